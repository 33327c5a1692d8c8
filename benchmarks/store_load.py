"""Load 100k nodes + 200k relationships through the store's upsert and through bare Cypher.

Both paths run in one process against one embedded FalkorDB server (separate graphs), so the
ratio is fair on a noisy shared machine. The bare path writes the same properties and
provenance lists with a plain `UNWIND … MERGE … SET`; the store path adds model validation and
the per-document provenance merge. Then 3-hop neighbourhood and shortest-path latencies.

    .venv/bin/python benchmarks/store_load.py [--nodes 100000] [--rels 200000] [--rounds 2]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from graph.search_keys import fulltext_terms
from graph.store import NodeRow, RelRow
from graph.stores.falkor import FalkorStore
from graph.stores.falkor_server import start_server, stop_server

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


def load_with_store(store: FalkorStore, nodes: dict[str, list[NodeRow]],
                    rels: dict[str, list[RelRow]]) -> float:
    t0 = time.perf_counter()
    for label, rows in nodes.items():
        store.upsert_nodes(label, rows)
    for rel_type, rel_rows in rels.items():
        store.upsert_relationships(rel_type, rel_rows)
    return time.perf_counter() - t0


def load_bare(store: FalkorStore, nodes: dict[str, list[NodeRow]],
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--rels", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--queries", type=int, default=100)
    args = parser.parse_args()

    nodes, rels = synthetic_graph(args.nodes, args.rels, seed=7)
    rows = args.nodes + args.rels
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        start_server(data_dir)
        try:
            store_times, bare_times = [], []
            for r in range(args.rounds):
                # Alternate the order each round so drift on a shared machine hits both.
                order = ("store", "bare") if r % 2 == 0 else ("bare", "store")
                for which in order:
                    graph = FalkorStore(data_dir, f"{which}{r}")
                    graph.ensure_schema()
                    if which == "store":
                        store_times.append(load_with_store(graph, nodes, rels))
                    else:
                        bare_times.append(load_bare(graph, nodes, rels))
                    counts = graph.counts()
                    if r < args.rounds - 1 or which == "bare":
                        graph.delete_graph()
                    else:
                        final = graph
                        final_counts = counts
            best_store, best_bare = min(store_times), min(bare_times)
            print(f"graph: {args.nodes:,} nodes + {args.rels:,} relationships "
                  f"= {rows:,} rows, batch {BATCH}, {args.rounds} rounds (best of each)")
            print(f"store upsert : {best_store:6.2f} s  {rows / best_store:9,.0f} rows/s   "
                  f"(all rounds: {', '.join(f'{t:.2f}' for t in store_times)})")
            print(f"bare MERGE   : {best_bare:6.2f} s  {rows / best_bare:9,.0f} rows/s   "
                  f"(all rounds: {', '.join(f'{t:.2f}' for t in bare_times)})")
            ratio = best_bare / best_store
            print(f"ratio store/bare throughput: {ratio:.2f}x  (target >= 0.80x)  "
                  f"whole store load {'under' if best_store < 30 else 'OVER'} 30 s")
            print(f"final counts: {final_counts}")

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
            m, p = percentiles(hood)
            print(f"3-hop neighbourhood (limit 500): median {m:.1f} ms, p95 {p:.1f} ms "
                  f"over {args.queries} random entities")
            m, p = percentiles(sp)
            print(f"shortest path (<= 4 hops): median {m:.1f} ms, p95 {p:.1f} ms over "
                  f"{args.queries} random pairs ({found} connected)")
            final.close()
        finally:
            stop_server(data_dir)


if __name__ == "__main__":
    main()
