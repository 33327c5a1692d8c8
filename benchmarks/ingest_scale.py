"""How ingest scales: synthetic corpora of 1,000 and 10,000 documents into a fresh embedded store.

For each size it synthesizes a corpus (corpus.synth), times extraction alone over it, then
times a full `run_ingest` (read, extract, write) into a new FalkorDB of its own, and prints
documents/s, the share storage adds on top of extraction (target: at most 30 %; also
measured inside the run, which is steadier on a shared machine), peak
memory of this process and of the server, and the final counts. The last lines compare the
sizes: time per document should stay about flat (linear growth).

Usage: .venv/bin/python benchmarks/ingest_scale.py [--sizes 1000 10000] [--workers 1]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import redis

from api.ingest_runner import IngestSummary, run_ingest
from corpus.frontmatter import read_document
from corpus.synth import synthesize
from extract.extractor import Extractor
from graph.stores.falkor import FalkorStore
from graph.stores.falkor_server import start_server, stop_server


def extraction_only(extractor: Extractor, docs_dir: Path, workers: int) -> float:
    """Read and extract every document, writing nothing: the baseline ingest is compared to."""
    start = time.perf_counter()
    docs = [read_document(p) for p in sorted(docs_dir.glob("*.md"))]
    for _ in extractor.extract_many(((d.body, d.meta) for d in docs), n_process=workers):
        pass
    return time.perf_counter() - start


def server_peak_mb(store: FalkorStore) -> float:
    info = redis.Redis(unix_socket_path=str(store.socket_path)).info("memory")
    return float(info["used_memory_peak"]) / 2**20


def run_size(n: int, seed: int, workers: int, extractor: Extractor, tmp: Path) -> dict[str, float]:
    corpus = tmp / f"corpus-{n}"
    t0 = time.perf_counter()
    synthesize(n, seed, corpus)
    print(f"\n== {n:,} documents (synthesized in {time.perf_counter() - t0:.1f} s)", flush=True)
    docs_dir = corpus / "documents"
    extract_s = extraction_only(extractor, docs_dir, workers)
    print(f"extraction only: {extract_s:.1f} s, {n / extract_s:.1f} documents/s", flush=True)
    data = tmp / f"db-{n}"
    start_server(data)
    store = FalkorStore(data, "bench")
    try:
        store.ensure_schema()
        t0 = time.perf_counter()
        summary: IngestSummary = run_ingest(store, [docs_dir], extractor=extractor,
                                            workers=workers, progress=False)
        ingest_s = time.perf_counter() - t0
        counts = store.counts()
        server_mb = server_peak_mb(store)
    finally:
        store.close()
        stop_server(data)
    nodes, rels = sum(counts["nodes"].values()), sum(counts["relationships"].values())
    overhead = ingest_s / extract_s - 1
    print(f"ingest: {ingest_s:.1f} s, {n / ingest_s:.1f} documents/s "
          f"({summary.written} written, {summary.failed} failed); inside it "
          f"{summary.extract_seconds:.1f} s extracting, {summary.write_seconds:.1f} s writing")
    print(f"storage adds {overhead:+.0%} to extraction alone (target <= +30%); "
          f"writing alone {n / summary.write_seconds:.1f} documents/s")
    # the same comparison inside one run, where both sides share the machine's load
    print(f"inside the run, writing is {summary.write_seconds / summary.extract_seconds:.0%} "
          "of extraction time")
    own_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: this process {own_mb:.0f} MB, FalkorDB server {server_mb:.0f} MB")
    print(f"graph: {nodes:,} nodes, {rels:,} relationships")
    print("  nodes: " + ", ".join(f"{k} {v:,}" for k, v in counts["nodes"].items()))
    print("  relationships: " + ", ".join(f"{k} {v:,}" for k, v in counts["relationships"].items()))
    return {"docs": n, "extract": extract_s, "ingest": ingest_s, "write": summary.write_seconds,
            "nodes": nodes, "rels": rels}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    extractor = Extractor()
    results = []
    with tempfile.TemporaryDirectory(prefix="tkg-ingest-scale-") as tmp:
        warm = Path(tmp) / "warm-up"  # first documents run slow; neither side should pay it
        synthesize(50, args.seed + 1, warm)
        extraction_only(extractor, warm / "documents", args.workers)
        for n in args.sizes:
            results.append(run_size(n, args.seed, args.workers, extractor, Path(tmp)))
    if len(results) > 1:
        a, b = results[0], results[-1]
        factor = b["docs"] / a["docs"]
        print(f"\n== growth {a['docs']:,} -> {b['docs']:,} documents (x{factor:.0f})")
        for key, what in (("ingest", "ingest time"), ("write", "writing time"),
                          ("extract", "extraction time")):
            print(f"{what}: x{b[key] / a[key]:.1f} (per document x"
                  f"{(b[key] / b['docs']) / (a[key] / a['docs']):.2f}; 1.00 is linear)")
        print(f"nodes x{b['nodes'] / a['nodes']:.1f}, relationships x{b['rels'] / a['rels']:.1f}")


if __name__ == "__main__":
    main()
