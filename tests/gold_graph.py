"""A graph written from gold annotations, so API tests of dossiers, chains and pages test the
API on known facts instead of on whatever today's extractor reads (issue 10 measures that).

Gold entities carry document-local ids (`e1`); they get the ids extraction gives the same
things (graph/ids.py), so gold of several documents meets on one node where the extractor's
would. Everything else goes through the real ingest, the real store and the real API.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from corpus.check import document_paths
from corpus.frontmatter import read_document
from corpus.gold import load_gold
from extract.extractor import content_hash
from extract.lang.common import make_id
from graph.ids import entity_id, payment_id
from graph.ingest import ingest_batch
from graph.model import ExtractedEntity, Extraction
from graph.store import GraphStore

REPO = Path(__file__).resolve().parents[1]
DEV_DOCUMENTS = REPO / "corpus" / "documents"
DEV_GOLD = REPO / "corpus" / "gold"


def _graph_id(entity: ExtractedEntity, doc_id: str) -> str:
    if entity.type == "Payment":
        props = entity.properties
        return payment_id(doc_id, int(props["amount_usd"]), str(props.get("kind", "")))
    if entity.type == "Country":
        return entity_id("Country", str(entity.properties.get("code") or entity.name))
    # as the Japanese and Korean pipelines: a description in their script ("국내 에너지 기업")
    # has no Latin slug, so its id is made from the native text (extract/lang/common.py)
    return make_id(entity.type, entity.name)


def gold_extractions() -> list[Extraction]:
    """The gold of every dev document as the extractions ingest writes, in document order."""
    documents = {path.stem: read_document(path) for path in document_paths(DEV_DOCUMENTS)}
    gold = {g.doc_id: g for g in load_gold(DEV_GOLD, documents)}
    extractions = []
    for doc_id in sorted(gold):
        doc, annotated = documents[doc_id], gold[doc_id]
        ids: dict[str, str] = {}
        for e in annotated.entities:  # two payments of one amount and kind: -2, as extraction
            base = ident = _graph_id(e, doc_id)
            n = 2
            while e.type == "Payment" and ident in ids.values():
                ident, n = f"{base}-{n}", n + 1
            ids[e.id] = ident
        entities = [replace(e, id=ids[e.id]) for e in annotated.entities]
        relations = [replace(r, source=ids[r.source], target=ids[r.target])
                     for r in annotated.relations]
        extractions.append(Extraction(document=doc.meta, text=doc.body,
                                      content_hash=content_hash(doc.body),
                                      entities=entities, relations=relations))
    return extractions


def write_gold_graph(store: GraphStore) -> int:
    """Ingests the dev gold into `store` through the real ingest; returns documents written.
    Fails loudly on any problem, since a test graph that silently lost facts tests nothing."""
    results = ingest_batch(store, gold_extractions())
    problems = [p for r in results for p in r.problems]
    if problems:
        raise AssertionError(f"gold did not ingest cleanly: {problems[:3]}")
    return sum(1 for r in results if not r.skipped)
