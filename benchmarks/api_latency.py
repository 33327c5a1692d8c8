"""API latency under concurrency vs the same store calls made directly, on both stores.

Builds the graph once: synthesizes a corpus (corpus.synth) and writes every document through
the real ingest mapping (graph.ingest.ingest_extraction) from its exact synthetic gold, so
spaCy's time is left out (it is not what this measures). Then serves the app with a real
uvicorn in a child process and, for dossier, neighbors and paths, runs the same requests
from >= 8 client threads (httpx) and the same service calls directly in this process (8
threads, own store), alternating rounds so machine noise hits both. Prints p50/p99, rate,
errors and the API/direct p50 ratio (target: at most 2). The same graph is built in the
embedded FalkorDB and in a local Neo4j 5 (started by our launcher), measured one after the
other in one run, and the Neo4j/FalkorDB p50 ratios are printed at the end.

Usage: .venv/bin/python benchmarks/api_latency.py [--docs 500] [--clients 8]
       [--requests 100] [--rounds 2] [--stores falkordb,neo4j]
       [--data DIR]   (--data keeps and reuses the FalkorDB graph)
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx
import networkx as nx

from api.services import dossier as dossier_service
from api.services import neighbors as neighbor_service
from api.services import paths as path_service
from api.services.analytics import entity_graph
from corpus.check import load_corpus
from corpus.gold import load_gold
from corpus.synth import synthesize
from extract.extractor import content_hash
from graph.errors import DocumentError
from graph.ids import entity_id
from graph.ingest import ingest_batch
from graph.model import ExtractedEntity, ExtractedRelation, Extraction
from graph.store import GraphStore
from graph.stores.falkor import FalkorStore
from graph.stores.falkor_server import start_server, stop_server
from graph.stores.neo4j import Neo4jStore
from graph.stores.neo4j_server import Neo4jOptions
from graph.stores.neo4j_server import start_server as start_neo4j
from graph.stores.neo4j_server import stop_server as stop_neo4j

GRAPH = "bench"
BATCH = 100  # documents per ingest batch


def _global_id(entity: ExtractedEntity) -> str:
    code = entity.properties.get("code")
    return entity_id("Country", str(code)) if entity.type == "Country" and code else \
        entity_id(entity.type, entity.name)


def ensure_graph(store: GraphStore, n_docs: int, seed: int,
                 work: Path) -> dict[str, dict[str, int]]:
    """Reuse a kept graph of at least `n_docs` documents, else build one; its counts back."""
    store.ensure_schema()
    if store.count_documents() < n_docs:
        store.delete_all()
        store.ensure_schema()
        build_graph(store, n_docs, seed, work)
    return store.counts()


def build_graph(store: GraphStore, n_docs: int, seed: int, work: Path) -> None:
    """Synthesize and ingest (gold as the extraction), printing the time it took."""
    t0 = time.perf_counter()
    synthesize(n_docs, seed, work / "corpus")
    corpus = load_corpus(work / "corpus" / "documents")
    gold = load_gold(work / "corpus" / "gold", corpus.documents)
    print(f"synthesized {len(gold):,} documents in {time.perf_counter() - t0:.0f} s", flush=True)
    t0 = time.perf_counter()
    batch: list[Extraction] = []
    for i, g in enumerate(gold, 1):
        doc = corpus.documents[g.doc_id]
        ids = {e.id: _global_id(e) for e in g.entities}
        entities = [ExtractedEntity(ids[e.id], e.type, e.name, e.aliases, e.properties,
                                    e.mentions) for e in g.entities]
        relations = [ExtractedRelation(r.type, ids[r.source], ids[r.target], r.properties,
                                       evidence=r.evidence) for r in g.relations]
        batch.append(Extraction(doc.meta, doc.body, content_hash(doc.body), entities,
                                relations))
        if len(batch) == BATCH or i == len(gold):
            failed = [r for r in ingest_batch(store, batch, states={})
                      if isinstance(r, DocumentError)]
            if failed:
                raise SystemExit(f"ingest failed: {failed[0].detail}")
            batch = []
        if i % 1000 == 0:
            print(f"  ingested {i:,} ({i / (time.perf_counter() - t0):.0f} docs/s)", flush=True)
    print(f"ingested in {time.perf_counter() - t0:.0f} s", flush=True)


def pick_targets(store: GraphStore, n: int, seed: int) -> tuple[list[str], list[tuple[str, str]]]:
    """Entities with relationships (people and organizations), and pairs 2-4 hops apart."""
    graph = entity_graph(store)
    rng = random.Random(seed)
    candidates = sorted(v for v, d in graph.degree() if d > 0
                        and graph.nodes[v]["label"] in ("Person", "Organization"))
    entities = rng.sample(candidates, min(n, len(candidates)))
    pairs: list[tuple[str, str]] = []
    for source in entities:
        reach = nx.single_source_shortest_path_length(graph, source, cutoff=4)
        far = sorted(t for t, d in reach.items() if d >= 2
                     and graph.nodes[t]["label"] in ("Person", "Organization"))
        if far:
            pairs.append((source, rng.choice(far)))
    return entities, pairs


def timed(calls: list[Callable[[], bool]], clients: int) -> tuple[list[float], int, float]:
    """Run calls on `clients` threads: latencies (ms), errors, wall seconds."""
    def one(call: Callable[[], bool]) -> tuple[float, bool]:
        t0 = time.perf_counter()
        ok = call()
        return (time.perf_counter() - t0) * 1000, ok

    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        results = list(pool.map(one, calls))
    return [r[0] for r in results], sum(not r[1] for r in results), time.perf_counter() - t0


def p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 \
        else values[0]


def serve(store_env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, **store_env}
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory",
                             "--host", "127.0.0.1", "--port", str(port), "--log-level",
                             "warning", "--no-access-log"], env=env,
                            cwd=Path(__file__).resolve().parents[1])
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return proc, url
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    proc.terminate()
    raise SystemExit("uvicorn did not become ready")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=100, help="per kind, per round")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--stores", default="falkordb,neo4j")
    parser.add_argument("--data", type=Path, help="keep the FalkorDB graph here and reuse it")
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory(prefix="tkg-api-bench-", ignore_cleanup_errors=True) as tmp:
        for kind in args.stores.split(","):
            print(f"\n=== {kind} ===", flush=True)
            results[kind] = measure(kind, args, Path(tmp))
    if {"falkordb", "neo4j"} <= results.keys():
        ratios = ", ".join(f"{kind} API {results['neo4j'][kind][0] / v[0]:.2f}x / direct "
                           f"{results['neo4j'][kind][1] / v[1]:.2f}x"
                           for kind, v in results["falkordb"].items())
        print(f"\nneo4j/falkordb p50 ratios (above 1: Neo4j slower): {ratios}")


def measure(kind: str, args: argparse.Namespace, tmp: Path) -> dict[str, tuple[float, float]]:
    store: GraphStore
    if kind == "falkordb":
        data = args.data or tmp / "db"
        start_server(data)
        store = FalkorStore(data, GRAPH, keep_running=True)
        env = {"TKG_DATA_DIR": str(data), "TKG_GRAPH_NAME": GRAPH}
    else:
        server, _ = start_neo4j(tmp / "neo4j", Neo4jOptions(heap="1g", page_cache="256m",
                                                            http_port=-1))
        store = Neo4jStore(server.uri, "neo4j", server.password())
        env = {"TKG_NEO4J_URI": server.uri, "TKG_NEO4J_PASSWORD": server.password()}
    proc = None
    try:
        counts = ensure_graph(store, args.docs, args.seed, tmp / f"work-{kind}")
        print(f"graph: {counts['nodes'].get('Document', 0):,} documents, "
              f"{sum(counts['nodes'].values()):,} nodes, "
              f"{sum(counts['relationships'].values()):,} relationships", flush=True)
        entities, pairs = pick_targets(store, 300, args.seed)
        proc, url = serve(env)
        return run(store, url, entities, pairs, args)
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=30)
        store.close()
        if kind == "falkordb":
            stop_server(args.data or tmp / "db")
        else:
            stop_neo4j(tmp / "neo4j")


def run(store: GraphStore, url: str, entities: list[str], pairs: list[tuple[str, str]],
        args: argparse.Namespace) -> dict[str, tuple[float, float]]:
    """Print the table; return {kind: (API p50, direct p50)}."""
    local = __import__("threading").local()

    def http() -> httpx.Client:
        if not hasattr(local, "client"):
            local.client = httpx.Client(base_url=url, timeout=60)
        return local.client  # type: ignore[no-any-return]

    def get(path: str) -> Callable[[], bool]:
        def call() -> bool:
            try:
                return http().get(path).status_code == 200
            except httpx.TransportError as exc:  # counted as an error, like a non-200
                print(f"request failed: {exc!r}", file=sys.stderr)
                return False
        return call

    def direct(fn: Callable[[], object]) -> Callable[[], bool]:
        def call() -> bool:
            try:
                fn()
            except Exception as exc:  # counted as an error, like a non-200 answer
                print(f"direct call failed: {exc}", file=sys.stderr)
                return False
            return True
        return call

    q = quote
    kinds: dict[str, list[tuple[Callable[[], bool], Callable[[], bool]]]] = {
        "dossier": [(get(f"/api/entities/{q(e)}"),
                     direct(lambda e=e: dossier_service.dossier(store, e))) for e in entities],
        "neighbors": [(get(f"/api/entities/{q(e)}/neighbors?limit=50"),
                       direct(lambda e=e: neighbor_service.neighbors(store, e, limit=50)))
                      for e in entities],
        "paths": [(get(f"/api/paths?source={q(a)}&target={q(b)}&max_hops=4&k=3"),
                   direct(lambda a=a, b=b: path_service.paths(store, a, b, max_hops=4, k=3)))
                  for a, b in pairs],
    }
    print(f"{args.clients} concurrent clients, {args.requests} requests per kind and round, "
          f"{args.rounds} rounds (API and direct alternate)\n", flush=True)
    header = (f"{'kind':<10}{'api p50':>9}{'api p99':>9}{'api req/s':>11}{'err':>5}"
              f"{'direct p50':>12}{'direct p99':>12}{'calls/s':>9}{'err':>5}{'p50 ratio':>11}")
    print(header)
    out = {}
    for kind, pairs_of_calls in kinds.items():
        warm = [c for pair in pairs_of_calls[:20] for c in pair]
        timed(warm, args.clients)
        lat = {"api": [], "direct": []}  # type: dict[str, list[float]]
        err = {"api": 0, "direct": 0}
        wall = {"api": 0.0, "direct": 0.0}
        for r in range(args.rounds):
            rng = random.Random(r)
            batch = [rng.choice(pairs_of_calls) for _ in range(args.requests)]
            for side, index in (("api", 0), ("direct", 1)):
                values, errors, seconds = timed([b[index] for b in batch], args.clients)
                lat[side] += values
                err[side] += errors
                wall[side] += seconds
        total = args.requests * args.rounds
        ratio = p(lat["api"], 50) / p(lat["direct"], 50)
        out[kind] = (p(lat["api"], 50), p(lat["direct"], 50))
        print(f"{kind:<10}{p(lat['api'], 50):>7.1f}ms{p(lat['api'], 99):>7.1f}ms"
              f"{total / wall['api']:>11.0f}{err['api']:>5}"
              f"{p(lat['direct'], 50):>10.1f}ms{p(lat['direct'], 99):>10.1f}ms"
              f"{total / wall['direct']:>9.0f}{err['direct']:>5}{ratio:>10.2f}x", flush=True)
    print("\ntarget: API p50 at most 2x the direct p50, zero errors")
    return out


if __name__ == "__main__":
    main()
