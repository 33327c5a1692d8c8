"""Hostile and oversized documents: how long ingest and the document page take.

Posts documents of about 1 MB (the largest POST /api/documents accepts) to the real app
(through its test client, with an embedded FalkorDB in a temporary folder): the whole
document is extracted and written, end to end, and timed. spaCy alone over the same text
(the bare pretrained model, no components of ours, `nlp.pipe` over the same pieces
extract/long_text.py cuts) is timed right after, as the floor no extractor built on spaCy
can go under on this machine; the ratio of the two, measured in one run, is the figure to
compare between machines. Then the document page (`GET /documents/{id}`) is fetched twice.
Targets: ingest at most 10 s, page at most 1 s. Also times the refusal of a YAML alias
bomb.

Why the 10 s target is not met (measured in session 17, 2 shared cores): the bare model
alone needs 40-70 CPU-seconds per MB, so no extractor built on it can ingest 1 MB in 10 s
here, whatever it does after spaCy. Per component over 200 kB of prose (CPU): ner 44%,
tok2vec 15%, attribute_ruler 12%, parser 11%, lemmatizer 5%, frames 6%, our rulers 5%;
everything after spaCy adds ~15% more. Parsing only sentences that could hold a relation
would save at most the parser's 11%, and would change the output: the parser sets the
sentence boundaries every later step counts by (mention sentences, reference windows,
described names), and one named mention plus a resolved reference ("he", "the company")
can make a relation. What does help is sharing the pieces among processes (`--processes`).

Kinds: `prose` repeats the corpus's own documents (many entities, many evidence spans);
`one-sentence` is the same text with no sentence ends; `names` is a list of names.

Ingest reads the pieces with `--processes` worker processes (TKG_EXTRACT_PROCESSES); the
floor is one process, so a ratio under 1 is what the second process bought.

Usage: .venv/bin/python benchmarks/hostile_docs.py [--kinds prose,one-sentence,names]
       [--size 1000000] [--processes 2]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from corpus.frontmatter import DocumentFormatError, parse_document
from extract.long_text import cut_points
from extract.pipeline import PipelineConfig, build_nlp
from graph.stores.falkor_server import start_server, stop_server

REPO = Path(__file__).resolve().parents[1]
SIZE = 1_000_000  # characters of the posted Markdown, front matter included
KEY = "hostile-benchmark"
BOMB = "---\n" + "\n".join(
    [f"l{i}: &l{i} [" + ",".join([f"*l{i - 1}"] * 9 if i else ["'lol'"] * 9) + "]"
     for i in range(9)]) + "\ntitle: *l8\n---\nBody.\n"


def corpus_text() -> str:
    bodies = []
    for path in sorted((REPO / "corpus" / "documents").glob("*.md")):
        text = path.read_text()
        bodies.append(text.split("\n---\n", 1)[1] if text.startswith("---\n") else text)
    return "\n\n".join(bodies)


def front_matter(doc_id: str) -> str:
    return (f"---\nid: {doc_id}\ntitle: {doc_id}\nissuers:\n"
            "  - {country: US, agency: Department of the Treasury}\ndate: 2025-01-01\n"
            "doc_type: news\nlanguage: en\nsource_urls: []\n---\n")


def body_of(kind: str, size: int = SIZE) -> str:
    prose = corpus_text()
    if kind == "prose":
        text = prose
    elif kind == "one-sentence":
        text = prose.replace(".", ",").replace("\n", " ")
    elif kind == "names":
        text = " ".join(f"Kim Song Il{i % 97} of Acme Trading Co {i % 89}, " for i in range(40000))
    else:
        raise SystemExit(f"unknown kind {kind}")
    repeated = (text + "\n\n") * (size // max(1, len(text)) + 1)
    return repeated[:size].rsplit(" ", 1)[0] + ".\n"


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the piece workers): on a
    machine shared with other work, the figure wall time cannot give."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def spacy_floor(body: str) -> float:
    """Seconds the bare pretrained model takes over the same pieces the extractor reads."""
    bare = build_nlp(PipelineConfig(custom=False))
    bare("Warm up.")
    points = cut_points(body)
    pieces = [body[a:b] for a, b in zip([0, *points[:-1]], points, strict=True)]
    started = time.perf_counter()
    for _ in bare.pipe(pieces):
        pass
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", default="prose,one-sentence,names")
    parser.add_argument("--size", type=int, default=SIZE,
                        help="characters of each posted document (at most 1,000,000)")
    parser.add_argument("--processes", type=int, default=2,
                        help="worker processes reading one document's pieces")
    args = parser.parse_args()
    t0 = time.perf_counter()
    try:
        parse_document(BOMB, Path("bomb.md"))
        outcome = "ACCEPTED"
    except DocumentFormatError as exc:
        outcome = f"refused ({exc.message[:50]})"
    print(f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; ingest reads pieces in "
          f"{args.processes} process(es)")
    print(f"alias bomb ({len(BOMB)} bytes): {outcome} in {time.perf_counter() - t0:.3f} s")
    with tempfile.TemporaryDirectory(prefix="tkg-hostile-", ignore_cleanup_errors=True) as tmp:
        data = Path(tmp) / "db"
        start_server(data)
        try:
            app = create_app(Settings.model_validate({"data_dir": data, "graph_name": "hostile",
                                                      "api_key": KEY,
                                                      "extract_processes": args.processes}))
            print(f"{'kind':<14}{'chars':>10}{'ingest s':>10}{'spaCy s':>9}{'ratio':>7}"
                  f"{'page s':>8}{'again':>7}{'page MB':>9}  verdict")
            with TestClient(app) as client:
                warm = front_matter("warm-up") + "The FBI warned companies.\n"
                client.post("/api/documents", json={"markdown": warm},
                            headers={"X-API-Key": KEY}).raise_for_status()  # loads spaCy
                for kind in args.kinds.split(","):
                    doc_id = f"hostile-{kind}"
                    head = front_matter(doc_id)
                    markdown = head + body_of(kind, args.size - len(head) - 2)
                    t1, c1 = time.perf_counter(), cpu_seconds()
                    posted = client.post("/api/documents", json={"markdown": markdown},
                                         headers={"X-API-Key": KEY})
                    ingest_s, ingest_cpu = time.perf_counter() - t1, cpu_seconds() - c1
                    if posted.status_code != 200:
                        print(f"{kind:<14}{len(markdown):>10,}  refused in {ingest_s:.1f} s: "
                              f"{posted.status_code} {posted.text[:300]}", flush=True)
                        continue
                    floor_s = spacy_floor(markdown[len(head):])
                    times = []
                    for _ in range(2):
                        t1, c1 = time.perf_counter(), cpu_seconds()
                        page = client.get(f"/documents/{doc_id}")
                        times.append(time.perf_counter() - t1)
                    page_cpu = cpu_seconds() - c1
                    ok = ingest_s <= 10 and max(times) <= 1 and page.status_code == 200
                    result = posted.json()
                    print(f"{kind:<14}{len(markdown):>10,}{ingest_s:>10.1f}{floor_s:>9.1f}"
                          f"{ingest_s / floor_s:>7.2f}{times[0]:>8.2f}{times[1]:>7.2f}"
                          f"{len(page.content) / 1e6:>9.1f}  {'ok' if ok else 'MISS'}"
                          f"  (cpu: ingest {ingest_cpu:.1f} s, page {page_cpu:.2f} s)"
                          f"  ({result['entities']} entities, {result['relationships']} "
                          "relations)", flush=True)
        finally:
            stop_server(data)
    print("targets: ingest (POST /api/documents: extract and write) <= 10 s, page <= 1 s; "
          "ratio = ingest / bare spaCy over the same text, the part no extractor on spaCy "
          "can avoid")


if __name__ == "__main__":
    main()
