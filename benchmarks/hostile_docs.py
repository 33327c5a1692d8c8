"""Hostile and oversized documents: how long ingest and the document page take.

Builds documents of about 1 MB (the largest POST /api/documents accepts) in a temporary
store. Extraction is timed on a chunk (--chunk characters) and scaled linearly, since spaCy
over a whole megabyte takes minutes on a shared machine; the chunk's extraction, repeated
over the megabyte at shifted offsets, is then written through the real ingest mapping
(timed) and the document page is fetched (`GET /documents/{id}`, the real app through its
test client, twice). Targets: ingest at most 10 s, page at most 1 s. Also times the
refusal of a YAML alias bomb.

Kinds: `prose` repeats the corpus's own documents (many entities, many evidence spans);
`one-sentence` is the same text with no sentence ends; `names` is a list of names.

Usage: .venv/bin/python benchmarks/hostile_docs.py [--kinds prose,one-sentence,names]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from corpus.frontmatter import DocumentFormatError, parse_document
from extract.extractor import Extractor, content_hash
from graph.ingest import ingest_extraction
from graph.model import DocumentMeta, Evidence, Extraction, Mention
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


def replicate(extraction: Extraction, copies: int, doc_id: str) -> Extraction:
    """The extraction of `copies` back-to-back copies of a text: every mention and evidence
    span repeated at its shifted offsets (what extracting the long text would give)."""
    step = len(extraction.text)
    text = extraction.text * copies
    entities = [dataclasses.replace(e, mentions=[
        Mention(m.start + k * step, m.end + k * step, m.text)
        for k in range(copies) for m in e.mentions]) for e in extraction.entities]
    relations = [dataclasses.replace(r, evidence=[
        Evidence(v.start + k * step, v.end + k * step, v.sentence)
        for k in range(copies) for v in r.evidence]) for r in extraction.relations]
    meta = dataclasses.replace(extraction.document, id=doc_id, title=doc_id)
    return dataclasses.replace(extraction, document=meta, text=text,
                               content_hash=content_hash(text), entities=entities,
                               relations=relations)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", default="prose,one-sentence,names")
    parser.add_argument("--chunk", type=int, default=40_000,
                        help="characters extracted for real; the rest is that extraction "
                             "repeated")
    args = parser.parse_args()
    t0 = time.perf_counter()
    try:
        parse_document(BOMB, Path("bomb.md"))
        outcome = "ACCEPTED"
    except DocumentFormatError as exc:
        outcome = f"refused ({exc.message[:50]})"
    print(f"alias bomb ({len(BOMB)} bytes): {outcome} in {time.perf_counter() - t0:.3f} s")
    extractor = Extractor()
    extractor.extract("The FBI warned companies.", DocumentMeta(id="warm-up"))
    with tempfile.TemporaryDirectory(prefix="tkg-hostile-") as tmp:
        data = Path(tmp) / "db"
        start_server(data)
        try:
            store = FalkorStore(data, "hostile", keep_running=True)
            store.ensure_schema()
            app = create_app(Settings.model_validate({"data_dir": data,
                                                      "graph_name": "hostile"}))
            print(f"{'kind':<14}{'chars':>10}{'extract chunk':>15}{'-> 1 MB est.':>14}"
                  f"{'write s':>9}{'page s':>8}{'again':>7}{'page MB':>9}  verdict")
            with TestClient(app) as client:
                for kind in args.kinds.split(","):
                    doc_id = f"hostile-{kind}"
                    chunk = body_of(kind)[:args.chunk]
                    t1 = time.perf_counter()
                    small = extractor.extract(chunk, DocumentMeta(id=doc_id, title=kind))
                    extract_s = time.perf_counter() - t1
                    copies = SIZE // len(chunk)
                    full = replicate(small, copies, doc_id)
                    t1 = time.perf_counter()
                    written = ingest_extraction(store, full)
                    write_s = time.perf_counter() - t1
                    times = []
                    for _ in range(2):
                        t1 = time.perf_counter()
                        page = client.get(f"/documents/{doc_id}")
                        times.append(time.perf_counter() - t1)
                    estimate = extract_s * copies + write_s
                    ok = estimate <= 10 and max(times) <= 1 and page.status_code == 200
                    print(f"{kind:<14}{len(full.text):>10,}{extract_s:>13.1f} s"
                          f"{estimate:>12.1f} s{write_s:>9.1f}{times[0]:>8.2f}{times[1]:>7.2f}"
                          f"{len(page.content) / 1e6:>9.1f}  {'ok' if ok else 'MISS'}"
                          f"  ({written.entities} entities, {written.relationships} relations)",
                          flush=True)
            store.close()
        finally:
            stop_server(data)
    print("targets: ingest of 1 MB <= 10 s (extraction estimated linearly from the chunk, "
          "plus the measured write), page <= 1 s")


if __name__ == "__main__":
    main()
