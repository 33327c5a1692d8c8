"""Run the extractor over a gold-annotated split and score it (tests and benchmarks).

Two splits: DEV (corpus/documents + corpus/gold) is the one rules and calibration may be
written against; TEST (corpus/test/documents + corpus/test/gold) is written by someone else
and is only ever scored, never read while writing rules.

Both splits hold English, Japanese and Korean documents, each read by its own pipeline;
`in_language` keeps one language's gold so a pipeline is judged by its own documents.
"""

from __future__ import annotations

from pathlib import Path

from corpus.frontmatter import CorpusDocument, read_document
from corpus.gold import load_gold
from extract.evaluate.scoring import GoldDoc, Score, score_corpus
from extract.extractor import Extractor
from graph.model import Extraction

CORPUS_DIR = Path(__file__).resolve().parent.parent.parent / "corpus"
DEV_DIR = CORPUS_DIR
TEST_DIR = CORPUS_DIR / "test"
TARGETS = {"entity": 0.90, "relation": 0.80}


def fresh_ids(corpus_dir: Path = CORPUS_DIR) -> set[str]:
    """Dev documents no rule has been written from yet (corpus/fresh.txt), scored apart."""
    path = corpus_dir / "fresh.txt"
    if not path.is_file():
        return set()
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return {line for line in lines if line and not line.startswith("#")}


def gold_documents(corpus_dir: Path = CORPUS_DIR) -> tuple[dict[str, CorpusDocument],
                                                           list[GoldDoc]]:
    documents = {d.meta.id: d for d in (read_document(p) for p in
                                         sorted((corpus_dir / "documents").glob("*.md")))}
    gold = [GoldDoc(g.doc_id, g.entities, g.relations)
            for g in load_gold(corpus_dir / "gold", documents)]
    return documents, gold


def evaluate(extractor: Extractor, corpus_dir: Path = CORPUS_DIR) -> tuple[Score,
                                                                           dict[str, Extraction]]:
    documents, gold = gold_documents(corpus_dir)
    wanted = [documents[g.doc_id] for g in gold]
    results: dict[str, Extraction] = {}
    for result in extractor.extract_many((d.body, d.meta) for d in wanted):
        if isinstance(result, Extraction):
            results[result.document.id] = result
    return score_corpus(results, gold), results


def in_language(gold: list[GoldDoc], documents: dict[str, CorpusDocument],
                language: str) -> list[GoldDoc]:
    """The gold documents written in `language` (as the extractor routes them: the front
    matter's language, else the one its script shows)."""
    from extract.lang.detect import document_language

    return [g for g in gold if g.doc_id in documents and document_language(
        documents[g.doc_id].body, documents[g.doc_id].meta) == language]
