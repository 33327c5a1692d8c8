"""Hostile and oversized documents: how long ingest and the document page take.

Builds documents of about 1 MB (the largest POST /api/documents accepts) in a temporary
store and times, for each: the whole ingest (read, extract, write; split into extracting
and writing) and the document page (`GET /documents/{id}`, served by the real app through
its test client, twice: the second is what every later reader gets). Targets: ingest at
most 10 s, page at most 1 s. Also times the refusal of a YAML alias bomb.

Kinds: `prose` repeats the corpus's own documents (many entities, many evidence spans);
`one-sentence` is the same text with no sentence ends; `names` is a list of names.

Usage: .venv/bin/python benchmarks/hostile_docs.py [--kinds prose,one-sentence,names]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fastapi.testclient import TestClient

from api.app import create_app
from api.ingest_runner import run_ingest
from api.settings import Settings
from corpus.frontmatter import DocumentFormatError, parse_document
from graph.stores.falkor import FalkorStore
from graph.stores.falkor_server import start_server, stop_server

REPO = Path(__file__).resolve().parents[1]
SIZE = 1_000_000
BOMB = "---\n" + "\n".join(
    [f"l{i}: &l{i} [" + ",".join([f"*l{i - 1}"] * 9 if i else ["'lol'"] * 9) + "]"
     for i in range(9)]) + "\ntitle: *l8\n---\nBody.\n"


def corpus_text() -> str:
    bodies = []
    for path in sorted((REPO / "corpus" / "documents").glob("*.md")):
        text = path.read_text()
        bodies.append(text.split("\n---\n", 1)[1] if text.startswith("---\n") else text)
    return "\n\n".join(bodies)


def body_of(kind: str) -> str:
    prose = corpus_text()
    if kind == "prose":
        text = prose
    elif kind == "one-sentence":
        text = prose.replace(".", ",").replace("\n", " ")
    elif kind == "names":
        text = " ".join(f"Kim Song Il{i % 97} of Acme Trading Co {i % 89}, " for i in range(40000))
    else:
        raise SystemExit(f"unknown kind {kind}")
    repeated = (text + "\n\n") * (SIZE // max(1, len(text)) + 1)
    return repeated[:SIZE - 100].rsplit(" ", 1)[0] + ".\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", default="prose,one-sentence,names")
    args = parser.parse_args()
    t0 = time.perf_counter()
    try:
        parse_document(BOMB, Path("bomb.md"))
        outcome = "ACCEPTED"
    except DocumentFormatError as exc:
        outcome = f"refused ({exc.message[:50]})"
    print(f"alias bomb ({len(BOMB)} bytes): {outcome} in {time.perf_counter() - t0:.3f} s")
    with tempfile.TemporaryDirectory(prefix="tkg-hostile-") as tmp:
        data = Path(tmp) / "db"
        start_server(data)
        try:
            store = FalkorStore(data, "hostile", keep_running=True)
            store.ensure_schema()
            app = create_app(Settings.model_validate({"data_dir": data,
                                                      "graph_name": "hostile"}))
            print(f"{'kind':<14}{'bytes':>10}{'ingest s':>10}{'extract':>9}{'write':>8}"
                  f"{'page s':>8}{'again':>7}{'page MB':>9}  verdict")
            with TestClient(app) as client:
                for kind in args.kinds.split(","):
                    doc_id = f"hostile-{kind}"
                    path = Path(tmp) / f"{doc_id}.md"
                    path.write_text(f"---\nid: {doc_id}\ntitle: {kind}\n---\n{body_of(kind)}")
                    summary = run_ingest(store, [path], progress=False)
                    if summary.failures:
                        print(f"{kind:<14} failed: {summary.failures[0][1][:80]}")
                        continue
                    times = []
                    for _ in range(2):
                        t1 = time.perf_counter()
                        page = client.get(f"/documents/{doc_id}")
                        times.append(time.perf_counter() - t1)
                    ok = summary.seconds <= 10 and max(times) <= 1 and page.status_code == 200
                    print(f"{kind:<14}{path.stat().st_size:>10,}{summary.seconds:>10.1f}"
                          f"{summary.extract_seconds:>9.1f}{summary.write_seconds:>8.1f}"
                          f"{times[0]:>8.2f}{times[1]:>7.2f}{len(page.content) / 1e6:>9.1f}  "
                          f"{'ok' if ok else 'MISS'}", flush=True)
            store.close()
        finally:
            stop_server(data)
    print("targets: ingest <= 10 s, page <= 1 s")


if __name__ == "__main__":
    main()
