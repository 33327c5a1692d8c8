"""Does writing stay flat as the corpus grows? Statements at 1k, 10k and 100k documents.

Extraction runs at about 20 documents/s here, so 100k extracted documents would take over an
hour. Storage is what this measures, so the corpus is synthesized (corpus.synth, as
`tkg synth`), a pool of it is extracted once by the real extractor, and the store is fed
copies of those extractions: each copy gets new document ids and new ids for everything but
the hubs (countries, agencies, and entities in at least HUB_SHARE of the pool's documents),
so people, companies, payments and sanctions grow with the corpus while hubs gather one
statement per document, as in a real corpus.

At each size it prints, measured in this one run:
- per-document write time over the last WINDOW documents before the size is reached
  (`ingest_batch`, batches of 64 like the runner), and its ratio to the first size's;
  that window is written in turn, batch for batch, with the window of a separate store of
  1,000 documents (benchmarks/scale_reference.py), and the ratio of the two, both measured
  in the same seconds, is the figure held to the target (x1.20): a ratio to a figure taken
  an hour earlier carries whatever else the shared machine did in between;
- the largest stored entity node and relationship in bytes (JSON of their properties; the
  candidates are those with the most statements, the hubs) and the largest of a sample of
  statements (MENTIONS edges, Claim nodes), which must not grow with the corpus;
- dossier of the biggest hubs (api.services.dossier; every entity stated by as many
  documents as the biggest, up to TIED_HUBS, in id order): p50 and p90 of REPEATS runs each;
- `tkg forget` of one document (graph.ingest.forget): p50 and max over FORGETS documents
  (each written back afterwards, so the graph keeps its size), then p50 of forgetting the
  same documents again: the first round meets their data cold, the second warm. Neo4j
  plans each statement text on its first call; the store plans the forget's and the
  dossier's at start (GraphStore.warm_plans, as the API does), and the time that took is
  printed.

Usage: .venv/bin/python benchmarks/ingest_scale.py [--sizes 1000 10000 100000] [--pool 300]
                                                    [--data DIR] [--store falkordb|neo4j]

`--store neo4j` runs the same on a real Neo4j 5 started by the project's launcher in the data
folder (heap 1 GB, page cache 512 MB).

`--data DIR` keeps the graph in DIR (a temporary folder otherwise): a later run with the same
pool and seed finds the documents already written, writes only the rest (the write figure of
a size written earlier is then not measured) and measures the reads again.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from api.services.dossier import dossier
from benchmarks.scale_reference import REFERENCE, SmallStore
from corpus.frontmatter import read_document
from corpus.synth import synthesize
from extract.extractor import Extractor
from graph import queries
from graph.ingest import forget, ingest_batch
from graph.model import Extraction
from graph.store import GraphStore
from graph.stores.falkor import FalkorStore
from graph.stores.falkor_server import start_server, stop_server

BATCH = 64
WINDOW = 640
HUB_SHARE = 0.10
REPEATS = 20
TIED_HUBS = 3
FORGETS = 5


def extract_pool(n: int, seed: int, tmp: Path) -> list[Extraction]:
    synthesize(n, seed, tmp / "pool")
    docs = [read_document(p) for p in sorted((tmp / "pool" / "documents").glob("*.md"))]
    return [x for x in Extractor().extract_many((d.body, d.meta) for d in docs)
            if isinstance(x, Extraction)]


def hubs_of(pool: list[Extraction]) -> set[str]:
    seen: dict[str, int] = {}
    for x in pool:
        for e in x.entities:
            seen[e.id] = seen.get(e.id, 0) + 1
    return {i for i, n in seen.items()
            if n >= HUB_SHARE * len(pool) or i.startswith(("country:", "agency:"))}


def copy_of(x: Extraction, k: int, hubs: set[str]) -> Extraction:
    """Extraction `x` as the k-th copy: new document id, new ids for all but the hubs."""
    def new(ident: str) -> str:
        return ident if ident in hubs else f"{ident}-c{k}"

    doc = replace(x.document, id=f"{x.document.id}-c{k}")
    entities = [replace(e, id=new(e.id)) for e in x.entities]
    relations = [replace(r, source=new(r.source), target=new(r.target)) for r in x.relations]
    links = [replace(link, entity=new(link.entity), other=new(link.other)) for link in x.links]
    return replace(x, document=doc, entities=entities, relations=relations, links=links,
                   content_hash=f"{x.content_hash}-c{k}")


def largest(store: GraphStore) -> dict[str, int]:
    def size(props: object) -> int:
        return len(json.dumps(props, ensure_ascii=False).encode())

    nodes = store.run(queries.BIGGEST_ENTITIES, {"limit": 20})
    rels = store.run(queries.BIGGEST_RELATIONSHIPS, {"limit": 20})
    sample = store.run(queries.SAMPLE_STATEMENTS, {"limit": 2000})
    return {"node": max((size(r["props"]) for r in nodes), default=0),
            "relationship": max((size(r["props"]) for r in rels), default=0),
            "statement": max((size(r["props"]) for r in sample), default=0),
            "hub_docs": int(nodes[0]["props"].get("doc_count", 0)) if nodes else 0}


def biggest_hubs(store: GraphStore) -> list[str]:
    """Every entity stated by as many documents as the biggest (several hubs are in every
    document of the pool: which one the store lists first is not a choice to make)."""
    nodes = [r["props"] for r in store.run(queries.BIGGEST_ENTITIES, {"limit": 20})]
    top = nodes[0].get("doc_count") if nodes else None
    return sorted(str(n["id"]) for n in nodes if n.get("doc_count") == top)[:TIED_HUBS]


def p(values: list[float], q: float) -> float:
    return sorted(values)[min(len(values) - 1, int(q * len(values)))]


def measure(store: GraphStore, written: list[Extraction], rng: random.Random
            ) -> dict[str, Any]:
    sizes = largest(store)
    dossiers: dict[str, tuple[float, float]] = {}
    for hub in biggest_hubs(store):
        runs = []
        for _ in range(REPEATS):
            t0 = time.perf_counter()
            dossier(store, hub)
            runs.append(time.perf_counter() - t0)
        dossiers[hub] = (statistics.median(runs), p(runs, 0.9))
    forgets: list[float] = []
    picked = rng.sample(written, FORGETS)
    for x in picked + picked:  # the second round meets the statements' plans cached
        t0 = time.perf_counter()
        forget(store, x.document.id)
        forgets.append(time.perf_counter() - t0)
        ingest_batch(store, [x], states={})
    first, again = forgets[:FORGETS], forgets[FORGETS:]
    return {**sizes, "dossiers": dossiers, "forget_p50": statistics.median(first),
            "forget_max": max(first), "forget_again_p50": statistics.median(again)}


def open_store(kind: str, data: Path) -> GraphStore:
    if kind == "neo4j":
        from graph.stores.neo4j import Neo4jStore
        from graph.stores.neo4j_server import Neo4jOptions
        from graph.stores.neo4j_server import start_server as start_neo4j

        server, _ = start_neo4j(data, Neo4jOptions(heap="1g", page_cache="512m", http_port=-1))
        return Neo4jStore(server.uri, "neo4j", server.password())
    start_server(data)
    return FalkorStore(data, "scale")


def stop_store(kind: str, data: Path) -> None:
    if kind == "neo4j":
        from graph.stores.neo4j_server import stop_server as stop_neo4j

        stop_neo4j(data)
    else:
        stop_server(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--pool", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--data", type=Path, default=None,
                        help="keep the graph in this folder and reuse what it holds")
    parser.add_argument("--store", choices=("falkordb", "neo4j"), default="falkordb")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="tkg-ingest-scale-") as tmp_name:
        tmp = Path(tmp_name)
        t0 = time.perf_counter()
        pool = extract_pool(args.pool, args.seed, tmp)
        hubs = hubs_of(pool)
        print(f"pool: {len(pool)} synthetic documents extracted in "
              f"{time.perf_counter() - t0:.0f} s; {len(hubs)} hub entities kept across copies",
              flush=True)
        data = args.data or tmp / "db"
        store = open_store(args.store, data)
        small: SmallStore | None = None
        results: list[dict[str, Any]] = []
        try:
            small = SmallStore(open_store(args.store, tmp / "small"), tmp / "small",
                               lambda i: copy_of(pool[i % len(pool)], i // len(pool), hubs),
                               BATCH, WINDOW)
            store.ensure_schema()
            planned, seconds = store.warm_plans()
            if planned:
                print(f"planned {planned} statements at start (each run once, rolled back) "
                      f"in {seconds:.1f} s", flush=True)
            stored = store.count_documents()  # written by an earlier run (--data)
            written: list[Extraction] = []
            times: list[tuple[int, float]] = []  # (documents after the batch, seconds)
            started = time.perf_counter()
            for size in sorted(args.sizes):
                if size < stored:
                    print(f"== {size:,} documents: not measured (the graph in {data} already "
                          f"holds {stored:,})", flush=True)
                    continue
                window_batches: list[list[Extraction]] = []
                while len(written) < size:
                    batch = [copy_of(pool[(len(written) + i) % len(pool)],
                                     (len(written) + i) // len(pool), hubs)
                             for i in range(min(BATCH, size - len(written)))]
                    if len(written) + len(batch) > stored:
                        if small is not None and len(written) + len(batch) > size - WINDOW:
                            window_batches.append(batch)  # written below, in turn with small
                        else:
                            t0 = time.perf_counter()
                            outcomes = ingest_batch(store, batch, states={})
                            times.append((len(written) + len(batch), time.perf_counter() - t0))
                            bad = [o for o in outcomes if not hasattr(o, "skipped")]
                            if bad:
                                raise SystemExit(f"write failed: {bad[0]}")
                    written += batch
                per_doc = small_doc = float("nan")
                if window_batches and small is not None:
                    per_doc, small_doc = small.alternate(store, window_batches)
                    times.append((len(written), per_doc * sum(map(len, window_batches))))
                else:
                    window = [(n, s) for n, s in times if n > size - WINDOW]
                    per_doc = (sum(s for _, s in window) / (window[-1][0] - window[0][0] + BATCH)
                               if window else float("nan"))
                m = measure(store, written, rng)
                m.update(docs=size, per_doc_ms=per_doc * 1000, small_ms=small_doc * 1000,
                         elapsed=time.perf_counter() - started)
                results.append(m)
                base = results[0]["per_doc_ms"]
                print(f"== {size:,} documents (written in {m['elapsed']:.0f} s so far)\n"
                      f"write per document: {m['per_doc_ms']:.2f} ms "
                      f"(x{m['per_doc_ms'] / base:.2f} of the {results[0]['docs']:,.0f} figure "
                      f"taken {m['elapsed'] - results[0]['elapsed']:.0f} s earlier)\n"
                      f"  against a {REFERENCE:,}-document store written in turn in the same "
                      f"seconds ({m['small_ms']:.2f} ms): x{m['per_doc_ms'] / m['small_ms']:.2f}"
                      f" (target <= x1.20)\n"
                      f"largest entity node {m['node']:,} B, relationship "
                      f"{m['relationship']:,} B, statement {m['statement']:,} B "
                      f"(the biggest hubs with {m['hub_docs']:,} statements each)\n"
                      + "".join(f"dossier of {hub}: p50 {p50 * 1000:.1f} ms, p90 "
                                f"{p90 * 1000:.1f} ms (target p50 <= 50 ms)\n"
                                for hub, (p50, p90) in m["dossiers"].items())
                      + f"forget one document: p50 {m['forget_p50'] * 1000:.1f} ms, max "
                      f"{m['forget_max'] * 1000:.1f} ms (target <= 100 ms); the same "
                      f"documents again: p50 {m['forget_again_p50'] * 1000:.1f} ms",
                      flush=True)
            counts = store.counts()
            print("graph: " + ", ".join(f"{k} {v:,}" for k, v in counts["nodes"].items()))
        finally:
            store.close()
            stop_store(args.store, data)
            if small is not None:
                small.store.close()
                stop_store(args.store, small.data)
    if len(results) > 1:
        a, b = results[0], results[-1]
        print(f"\n== {a['docs']:,.0f} -> {b['docs']:,.0f} documents: write per document "
              f"x{b['per_doc_ms'] / a['per_doc_ms']:.2f} as measured apart, "
              f"x{b['per_doc_ms'] / b['small_ms']:.2f} against the small store in the same "
              f"seconds; largest node x"
              f"{b['node'] / max(a['node'], 1):.2f}, relationship x"
              f"{b['relationship'] / max(a['relationship'], 1):.2f}")


if __name__ == "__main__":
    main()
