"""Abuse probes against a real server on loopback: runaway queries, the crash query, heavy
analysts next to ordinary readers, and the store's memory over repeated probes.

Builds a synthetic graph (benchmarks/api_latency.py's builder: the synthetic corpus written
through the real ingest mapping), serves the app with uvicorn in a child process, then:
1. single runaway queries through POST /api/cypher: wall time (target: within the query
   time limit + 1 s) and the store's memory growth (target: under 200 MB after the query;
   the peak during it is printed too);
2. the query that crashed FalkorDB 4.16 (refused), then /readyz;
3. dossier requests from 8 clients, alone and while 4 other clients loop worst-case
   queries (target: loaded p50 at most 3x the unloaded p50, zero errors);
4. the store's memory after each of several rounds of the probes with distinct literals
   (each distinct statement is planned and cached anew), and after MEMORY PURGE.
Every loop is bounded in count and time. Loopback only.

Usage: .venv/bin/python benchmarks/abuse.py [--docs 1000] [--requests 240] [--rounds 4]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx

from benchmarks.api_latency import GRAPH, ensure_graph, pick_targets, serve
from graph.stores.falkor import FalkorStore
from graph.stores.falkor_server import _command, read_pid, server_paths, start_server, stop_server

RUNAWAY = [
    "UNWIND range(1,5000000) AS x RETURN x",
    "RETURN size(range(1,100000000))",
    "MATCH (a),(b),(c),(d) RETURN count(*)",
    # bounds no check of the text can judge (read_guard.guard_ranges)
    "WITH 100000000 AS n RETURN size(range(1,n))",
    "UNWIND range(1, 2500 * 2000) AS x RETURN x",
]
WORST = [
    "MATCH (a),(b),(c),(d) RETURN count(*)",
    "MATCH (a)-[*1..6]-(b) RETURN count(*)",
    "UNWIND range(1,5000000) AS x RETURN x",
    "MATCH (a),(b) WHERE a.name CONTAINS 'x' AND b.name CONTAINS 'y' RETURN count(*)",
]
CRASH = "CALL { CALL db.labels() } RETURN 1"
MB = 1024 * 1024


class StoreMemory:
    """Resident memory of the store's server process, from /proc."""

    def __init__(self, data: Path) -> None:
        self.paths = server_paths(data)

    @property
    def pid(self) -> int:
        pid = read_pid(self.paths)
        if pid is None:
            raise SystemExit("the store is not running")
        return pid

    def _status(self, key: str) -> int:
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024
        return 0

    def rss(self) -> int:
        return self._status("VmRSS")

    def reset_peak(self) -> None:
        Path(f"/proc/{self.pid}/clear_refs").write_text("5")

    def peak(self) -> int:
        return self._status("VmHWM")

    def purge(self) -> None:
        _command(self.paths.socket, "MEMORY", "PURGE", timeout=10)


def p50(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def probe(url: str, memory: StoreMemory, query: str, timeout_ms: int) -> None:
    memory.reset_peak()
    before = memory.rss()
    t0 = time.perf_counter()
    try:
        response = httpx.post(f"{url}/api/cypher", json={"query": query}, timeout=120)
        status = str(response.status_code)
    except httpx.TransportError as exc:
        status = type(exc).__name__
    seconds = time.perf_counter() - t0
    after, peak = memory.rss(), memory.peak()
    verdict = "ok" if seconds <= timeout_ms / 1000 + 1 and after - before < 200 * MB else "MISS"
    print(f"  {query[:44]:<44} {status:>4} {seconds:6.2f} s  rss {before / MB:6.0f} -> "
          f"{after / MB:6.0f} MB (growth {(after - before) / MB:+5.0f}, peak "
          f"{(peak - before) / MB:+6.0f})  {verdict}", flush=True)


def dossiers(url: str, entities: list[str], n: int, clients: int,
             deadline: float) -> tuple[list[float], Counter[str]]:
    """n dossier requests spread over `clients` threads; latencies (ms) and error kinds."""
    latencies: list[float] = []
    errors: Counter[str] = Counter()
    lock = threading.Lock()
    rng = random.Random(n)
    todo = [rng.choice(entities) for _ in range(n)]

    def worker(share: list[str]) -> None:
        with httpx.Client(base_url=url, timeout=60) as client:
            for entity in share:
                if time.monotonic() > deadline:
                    with lock:
                        errors["not sent (time bound)"] += 1
                    continue
                t0 = time.perf_counter()
                try:
                    status = client.get(f"/api/entities/{quote(entity)}").status_code
                except httpx.TransportError as exc:
                    status = type(exc).__name__  # type: ignore[assignment]
                with lock:
                    latencies.append((time.perf_counter() - t0) * 1000)
                    if status != 200:
                        errors[str(status)] += 1

    threads = [threading.Thread(target=worker, args=(todo[i::clients],))
               for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, errors


def heavy_loop(url: str, stop: threading.Event, outcomes: Counter[str], lock: threading.Lock,
               deadline: float, seed: int) -> None:
    rng = random.Random(seed)
    with httpx.Client(base_url=url, timeout=120) as client:
        while not stop.is_set() and time.monotonic() < deadline:
            try:
                status = str(client.post("/api/cypher",
                                         json={"query": rng.choice(WORST)}).status_code)
            except httpx.TransportError as exc:
                status = type(exc).__name__
            with lock:
                outcomes[status] += 1
            if status == "429":
                time.sleep(0.2)  # what a polite client does; the server answered at once


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--requests", type=int, default=240, help="dossier requests per phase")
    parser.add_argument("--rounds", type=int, default=8, help="rounds of the memory probe")
    parser.add_argument("--max-seconds", type=float, default=900, help="bound on the whole run")
    parser.add_argument("--data", type=Path, help="keep the graph here and reuse it")
    args = parser.parse_args()
    deadline = time.monotonic() + args.max_seconds
    timeout_ms = int(os.environ.get("TKG_QUERY_TIMEOUT_MS", "5000"))
    tmp = tempfile.TemporaryDirectory(prefix="tkg-abuse-")
    data = args.data or Path(tmp.name) / "db"
    start_server(data)
    store = FalkorStore(data, GRAPH, keep_running=True)
    proc = None
    try:
        counts = ensure_graph(store, args.docs, args.seed, Path(tmp.name))
        print(f"graph: {sum(counts['nodes'].values()):,} nodes, "
              f"{sum(counts['relationships'].values()):,} relationships; query time limit "
              f"{timeout_ms} ms", flush=True)
        entities, _ = pick_targets(store, 200, args.seed)
        proc, url = serve({"TKG_DATA_DIR": str(data), "TKG_GRAPH_NAME": GRAPH})
        memory = StoreMemory(data)

        print("\n1. runaway queries (target: <= limit + 1 s, growth < 200 MB)")
        for query in RUNAWAY:
            probe(url, memory, query, timeout_ms)

        print("\n2. the FalkorDB 4.16 crash query")
        crash = httpx.post(f"{url}/api/cypher", json={"query": CRASH}, timeout=30)
        ready = httpx.get(f"{url}/readyz", timeout=30)
        print(f"  {CRASH}: {crash.status_code} ({crash.json()['detail'][:70]}...); "
              f"/readyz {ready.status_code}", flush=True)

        print("\n3. dossiers from 8 clients, alone and beside 4 clients looping worst-case "
              "queries (target: p50 <= 3x, 0 errors)")
        dossiers(url, entities, 40, 8, deadline)  # warm-up
        alone, alone_errors = dossiers(url, entities, args.requests, 8, deadline)
        stop, lock, outcomes = threading.Event(), threading.Lock(), Counter[str]()
        heavy = [threading.Thread(target=heavy_loop,
                                  args=(url, stop, outcomes, lock, deadline, i))
                 for i in range(4)]
        for t in heavy:
            t.start()
        time.sleep(1.0)  # let the heavy queries take hold
        loaded, loaded_errors = dossiers(url, entities, args.requests, 8, deadline)
        stop.set()
        for t in heavy:
            t.join()
        ratio = p50(loaded) / p50(alone)
        print(f"  unloaded: p50 {p50(alone):7.1f} ms  max {max(alone):7.1f} ms  errors "
              f"{sum(alone_errors.values())}")
        print(f"  loaded:   p50 {p50(loaded):7.1f} ms  max {max(loaded):7.1f} ms  errors "
              f"{sum(loaded_errors.values())} {dict(loaded_errors) or ''}")
        print(f"  p50 ratio {ratio:.2f}x  "
              f"{'ok' if ratio <= 3 and not loaded_errors else 'MISS'}; heavy queries "
              f"answered: {dict(sorted(outcomes.items()))}", flush=True)

        print("\n4. store memory over repeated probes")
        print(f"  start: rss {memory.rss() / MB:.0f} MB")
        for r in range(args.rounds):
            if time.monotonic() > deadline:
                print("  (stopped: time bound)")
                break
            # Distinct literals each round: a cached plan per distinct statement is what
            # used to hold memory (FalkorDB folds range() literals into the plan).
            for query in [*RUNAWAY, f"UNWIND range(1, {3_000_000 + r}) AS x RETURN count(x)",
                          f"RETURN size(range(1, {9_000_000 + r})) AS n"]:
                httpx.post(f"{url}/api/cypher", json={"query": query}, timeout=120)
            print(f"  after round {r + 1}: rss {memory.rss() / MB:.0f} MB", flush=True)
        memory.purge()
        print(f"  after MEMORY PURGE: rss {memory.rss() / MB:.0f} MB")
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=30)
        store.close()
        stop_server(data)
        tmp.cleanup()


if __name__ == "__main__":
    main()
