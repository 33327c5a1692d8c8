"""Load a synthetic graph through the store's upsert and through bare Cypher, on both stores.

Everything runs in one process: the embedded FalkorDB (a graph per round) and a local Neo4j
5 started by our launcher (wiped between rounds), so the ratios are fair on a noisy shared
machine. The bare path writes the same properties and provenance lists with a plain
`UNWIND … MERGE … SET`; the store path adds model validation and the per-document provenance
merge. Then 3-hop neighbourhood and shortest-path latencies, and Neo4j/FalkorDB ratios.

    .venv/bin/python benchmarks/store_load.py [--nodes 5000] [--rels 10000] [--rounds 2]
        [--stores falkordb,neo4j]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from graph.search_keys import fulltext_terms
from graph.store import GraphStore, NodeRow, RelRow
from graph.stores.falkor import FalkorStore
from graph.stores.falkor_server import start_server, stop_server
from graph.stores.neo4j import Neo4jStore
from graph.stores.neo4j_server import Neo4jOptions
from graph.stores.neo4j_server import start_server as start_neo4j
from graph.stores.neo4j_server import stop_server as stop_neo4j

LABELS = ("Person", "Organization")
REL_TYPES = ("FACILITATED", "EMPLOYED_AT", "CONTROLLED_BY")
BATCH = 5000

BARE_NODES = """
UNWIND $rows AS row
MERGE (x:{label}:Entity {{id: row.id}})
SET x += row.props, x.aliases = row.aliases, x.sources = [row.doc], x.ev_doc = row.ev_doc,
    x.ev_start = row.ev_start, x.ev_end = row.ev_end, x.ev_text = row.ev_text,
    x.confidence = row.confidence
"""

BARE_RELS = """
UNWIND $rows AS row
MATCH (a:Entity {{id: row.source}})
MATCH (b:Entity {{id: row.target}})
MERGE (a)-[x:{rel_type} {{key: row.key}}]->(b)
SET x += row.props, x.sources = [row.doc], x.ev_doc = row.ev_doc, x.ev_start = row.ev_start,
    x.ev_end = row.ev_end, x.ev_text = row.ev_text, x.confidence = row.confidence
"""


def synthetic_graph(n_nodes: int, n_rels: int, seed: int) -> tuple[
        dict[str, list[NodeRow]], dict[str, list[RelRow]]]:
    rng = random.Random(seed)
    nodes: dict[str, list[NodeRow]] = {label: [] for label in LABELS}
    ids = []
    for i in range(n_nodes):
        label = LABELS[i % 2]
        node_id = f"{label.lower()}:n{i}"
        ids.append(node_id)
        doc = f"doc-{i % 5000}"
        nodes[label].append(NodeRow(node_id, {"name": f"Entity {i}"}, doc, [f"E{i}"],
                                    [(i % 900, i % 900 + 80, f"Entity {i} was named.")], 0.9))
    rels: dict[str, list[RelRow]] = {t: [] for t in REL_TYPES}
    seen = set()
    while sum(len(v) for v in rels.values()) < n_rels:
        a, b = rng.randrange(n_nodes), rng.randrange(n_nodes)
        rtype = REL_TYPES[rng.randrange(3)]
        if a == b or (a, b, rtype) in seen:
            continue
        seen.add((a, b, rtype))
        rels[rtype].append(RelRow(ids[a], ids[b], {}, f"doc-{a % 5000}",
                                  evidence=[(10, 90, "They were linked.")], confidence=0.8))
    return nodes, rels


def wire_node(row: NodeRow) -> dict[str, Any]:
    # The same property values the store writes, search keys included, so both paths land
    # identical nodes; the difference measured is validation and provenance merging.
    props = {**row.properties, "id": row.id,
             "search_text": fulltext_terms(str(row.properties["name"]), row.aliases)}
    return {"id": row.id, "props": props, "aliases": row.aliases,
            "doc": row.doc, "ev_doc": [row.doc] * len(row.evidence),
            "ev_start": [e[0] for e in row.evidence], "ev_end": [e[1] for e in row.evidence],
            "ev_text": [e[2] for e in row.evidence], "confidence": row.confidence}


def wire_rel(row: RelRow) -> dict[str, Any]:
    return {"source": row.source, "target": row.target, "key": row.key, "props": row.properties,
            "doc": row.doc, "ev_doc": [row.doc] * len(row.evidence),
            "ev_start": [e[0] for e in row.evidence], "ev_end": [e[1] for e in row.evidence],
            "ev_text": [e[2] for e in row.evidence], "confidence": row.confidence}


def load_with_store(store: GraphStore, nodes: dict[str, list[NodeRow]],
                    rels: dict[str, list[RelRow]]) -> float:
    t0 = time.perf_counter()
    for label, rows in nodes.items():
        store.upsert_nodes(label, rows)
    for rel_type, rel_rows in rels.items():
        store.upsert_relationships(rel_type, rel_rows)
    return time.perf_counter() - t0


def load_bare(store: GraphStore, nodes: dict[str, list[NodeRow]],
              rels: dict[str, list[RelRow]]) -> float:
    t0 = time.perf_counter()
    for label, rows in nodes.items():
        wire = [wire_node(r) for r in rows]
        statement = BARE_NODES.format(label=label)
        for i in range(0, len(wire), BATCH):
            store.run(statement, {"rows": wire[i:i + BATCH]}, write=True)
    for rel_type, rel_rows in rels.items():
        wire = [wire_rel(r) for r in rel_rows]
        statement = BARE_RELS.format(rel_type=rel_type)
        for i in range(0, len(wire), BATCH):
            store.run(statement, {"rows": wire[i:i + BATCH]}, write=True)
    return time.perf_counter() - t0


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


@contextmanager
def empty_stores(kind: str, tmp: Path) -> Iterator[Callable[[str], GraphStore]]:
    """A factory of empty stores of one kind: a graph each (FalkorDB), or the one database
    of a local Neo4j, wiped (Neo4j Community has one user database)."""
    if kind == "falkordb":
        start_server(tmp / "falkor")

        def falkor(name: str) -> GraphStore:
            return FalkorStore(tmp / "falkor", name)

        try:
            yield falkor
        finally:
            stop_server(tmp / "falkor")
        return
    server, _ = start_neo4j(tmp / "neo4j", Neo4jOptions(heap="1g", page_cache="256m",
                                                        http_port=-1))

    def neo4j(name: str) -> GraphStore:
        store = Neo4jStore(server.uri, "neo4j", server.password())
        _wipe(store)
        return store

    try:
        yield neo4j
    finally:
        stop_neo4j(tmp / "neo4j")


def _wipe(store: GraphStore) -> None:
    if isinstance(store, FalkorStore):
        store.delete_graph()
    else:  # in slices, so a large graph does not need one huge transaction
        while store.run("MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n",
                        write=True)[0]["n"]:
            pass


def measure(kind: str, nodes: dict[str, list[NodeRow]], rels: dict[str, list[RelRow]],
            args: argparse.Namespace, tmp: Path) -> dict[str, float]:
    rows = args.nodes + args.rels
    with empty_stores(kind, tmp) as fresh:
        store_times, bare_times = [], []
        final: GraphStore | None = None
        for r in range(args.rounds):
            # Alternate the order each round so drift on a shared machine hits both.
            order = ("store", "bare") if r % 2 == 0 else ("bare", "store")
            for which in order:
                if final is not None:  # the previous load; Neo4j's next fresh() wipes it
                    _wipe(final)
                    final.close()
                final = fresh(f"{which}{r}")
                final.ensure_schema()
                if which == "store":
                    store_times.append(load_with_store(final, nodes, rels))
                else:
                    bare_times.append(load_bare(final, nodes, rels))
        # Both paths land the same graph: the queries run on the last one loaded.
        assert final is not None
        final_counts = final.counts()
        best_store, best_bare = min(store_times), min(bare_times)
        print(f"[{kind}] store upsert : {best_store:6.2f} s  {rows / best_store:9,.0f} rows/s"
              f"   (all rounds: {', '.join(f'{t:.2f}' for t in store_times)})")
        print(f"[{kind}] bare MERGE   : {best_bare:6.2f} s  {rows / best_bare:9,.0f} rows/s"
              f"   (all rounds: {', '.join(f'{t:.2f}' for t in bare_times)})")
        print(f"[{kind}] ratio store/bare throughput: {best_bare / best_store:.2f}x  "
              f"(target >= 0.80x)")
        print(f"[{kind}] final counts: {final_counts}")

        rng = random.Random(11)
        ids = [r.id for rows_ in nodes.values() for r in rows_]
        hood, sp, found = [], [], 0
        for _ in range(args.queries):
            node_id = rng.choice(ids)
            t0 = time.perf_counter()
            final.neighborhood(node_id, depth=3, limit=500)
            hood.append((time.perf_counter() - t0) * 1000)
        for _ in range(args.queries):
            a, b = rng.choice(ids), rng.choice(ids)
            t0 = time.perf_counter()
            found += final.shortest_path(a, b, max_hops=4) is not None
            sp.append((time.perf_counter() - t0) * 1000)
        hood_m, hood_p = percentiles(hood)
        sp_m, sp_p = percentiles(sp)
        print(f"[{kind}] 3-hop neighbourhood (limit 500): median {hood_m:.1f} ms, "
              f"p95 {hood_p:.1f} ms over {args.queries} random entities")
        print(f"[{kind}] shortest path (<= 4 hops): median {sp_m:.1f} ms, p95 {sp_p:.1f} ms "
              f"over {args.queries} random pairs ({found} connected)")
        final.close()
    return {"load": best_store, "bare": best_bare, "hood": hood_m, "path": sp_m}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--nodes", type=int, default=5_000)
    parser.add_argument("--rels", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--queries", type=int, default=50)
    parser.add_argument("--stores", default="falkordb,neo4j")
    args = parser.parse_args()

    nodes, rels = synthetic_graph(args.nodes, args.rels, seed=7)
    kinds = args.stores.split(",")
    print(f"graph: {args.nodes:,} nodes + {args.rels:,} relationships "
          f"= {args.nodes + args.rels:,} rows, batch {BATCH}, {args.rounds} rounds "
          f"(best of each), stores: {', '.join(kinds)}")
    figures = {}
    with tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            figures[kind] = measure(kind, nodes, rels, args, Path(tmp))
    if {"falkordb", "neo4j"} <= figures.keys():
        f, n = figures["falkordb"], figures["neo4j"]
        print("neo4j/falkordb time ratios (above 1: Neo4j slower): "
              f"store load {n['load'] / f['load']:.2f}x, bare MERGE {n['bare'] / f['bare']:.2f}x, "
              f"3-hop median {n['hood'] / f['hood']:.2f}x, "
              f"shortest-path median {n['path'] / f['path']:.2f}x")


if __name__ == "__main__":
    main()
