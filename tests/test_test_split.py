"""The held-out test split (corpus/test) is complete, valid and in step with its sources."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path
from types import ModuleType

from corpus.check import load_corpus
from corpus.gold import load_gold

TEST_SPLIT = Path(__file__).resolve().parents[1] / "corpus" / "test"


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_gold", TEST_SPLIT / "build_gold.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_split_validates_and_covers_three_languages() -> None:
    corpus = load_corpus(TEST_SPLIT / "documents")
    assert corpus.problems == []
    gold = load_gold(TEST_SPLIT / "gold", corpus.documents)
    assert {g.doc_id for g in gold} == set(corpus.documents)
    languages = Counter(doc.meta.language for doc in corpus.documents.values())
    assert languages["en"] >= 22 and languages["ja"] >= 4 and languages["ko"] >= 4
    assert all(r.modality for g in gold for r in g.relations)


def test_documents_and_gold_are_rebuilt_exactly_from_the_sources(tmp_path: Path) -> None:
    (tmp_path / "documents").mkdir()
    (tmp_path / "gold").mkdir()
    build = _builder().build
    sources = sorted((TEST_SPLIT / "src").glob("*.txt"))
    for source in sources:
        build(source, tmp_path)
    for folder in ("documents", "gold"):
        built = {p.name: p.read_bytes() for p in (tmp_path / folder).iterdir()}
        committed = {p.name: p.read_bytes() for p in (TEST_SPLIT / folder).iterdir()}
        assert built == committed, f"{folder}: edit corpus/test/src and rerun build_gold.py"


def test_evidence_is_cut_at_sentences_not_abbreviations() -> None:
    spans = _builder().sentence_spans
    body = "The U.S. District Judge Ann B. Moss ruled. It is over.\nNext line。次の文。"
    pieces = [body[a:b] for a, b in spans(body)]
    assert pieces == ["The U.S. District Judge Ann B. Moss ruled.", "It is over.",
                      "Next line。", "次の文。"]
