"""The table that stands in for the model's attribute_ruler gives exactly its annotations."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Token

from corpus.frontmatter import read_document
from extract.components.attribute_table import AttributeTable
from extract.pipeline import DEFAULT_MODEL, build_nlp

_CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "documents"


@lru_cache(maxsize=1)
def _model() -> tuple[Language, AttributeRuler, AttributeTable]:
    nlp = spacy.load(DEFAULT_MODEL, exclude=["senter"])
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    return nlp, ruler, AttributeTable(ruler)


def _parsed(texts: list[str]) -> list[Doc]:
    nlp, _, _ = _model()
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        return list(nlp.pipe(texts))


def _set(token: Token) -> tuple[int, str, int, int]:
    """Every attribute a rule of the ruler can set."""
    return token.pos, str(token.morph), token.lemma, token.dep


def _differences(docs: list[Doc]) -> list[str]:
    _, ruler, table = _model()
    found = []
    for doc in docs:
        by_ruler, by_table = ruler(doc.copy()), table(doc.copy())
        for a, b in zip(by_ruler, by_table, strict=True):
            if _set(a) != _set(b):
                found.append(f"{a.text!r} ({a.tag_}, {a.dep_}): {a.pos_} {a.morph} {a.lemma_}"
                             f" vs {b.pos_} {b.morph} {b.lemma_}")
    return found


def test_every_corpus_document_gets_the_rulers_annotations() -> None:
    texts = [read_document(p).body for p in sorted(_CORPUS.glob("*.md"))]
    assert len(texts) > 50
    assert _differences(_parsed(texts)) == []


@pytest.mark.parametrize("text", [
    # rules that span two tokens: the contraction "ain't", "gonna", "gotta", "let's",
    # "c'mon", "y'all", and "is" after an expletive "there"
    "Y'all ain't gonna believe it, and we gotta go; c'mon, let's see.",
    "There is a firm in Shenyang, and there were two more; there's a third.",
    # whitespace tokens, determiners outside their usual dependency, auxiliaries
    "The  advisory\n\nwarns that  which was issued had been read.\n   \n",
    "All of those that were hired could have been paid by both of them.",
])
def test_spanning_and_rare_rules_match_the_ruler(text: str) -> None:
    assert _differences(_parsed([text])) == []


def test_a_document_with_no_spanning_rule_skips_the_matcher_and_still_agrees() -> None:
    _, _, table = _model()
    doc = _parsed(["The company paid the workers."])[0]
    rows = doc.to_array(["TAG", "LOWER", "DEP", "IS_SPACE"]).tolist()
    assert not any(table._known((r[0], r[1], r[2], r[3]))[1] for r in rows)
    assert _differences([doc]) == []


def test_the_pipeline_uses_the_table_in_place_of_the_ruler() -> None:
    nlp = build_nlp()
    assert "attribute_ruler" not in nlp.pipe_names
    names = nlp.pipe_names
    assert names.index("parser") < names.index("tkg_attribute_table_v1") \
        < names.index("lemmatizer")
