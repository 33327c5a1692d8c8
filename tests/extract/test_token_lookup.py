"""Tokens found by word or lemma in an array (extract/token_lookup.py) are the tokens a
loop over the document would find, in text order."""

from __future__ import annotations

from spacy.language import Language

from extract.token_lookup import with_lemma, with_lower, with_pos_and_dep
from tests.extract.conftest import extractor


def _nlp() -> Language:
    return extractor().nlp


def test_words_found_as_a_loop_finds_them() -> None:
    nlp = _nlp()
    doc = nlp("Each of them hired the firms. All of the Firms were paid, and each one left.")
    words = {"each", "all", "firms"}
    assert with_lower(doc, words) == [t for t in doc if t.lower_ in words]
    assert [t.i for t in with_lower(doc, words)] == sorted(t.i for t in with_lower(doc, words))
    assert len(with_lower(doc, words)) == 5


def test_lemmas_found_as_a_loop_finds_them() -> None:
    nlp = _nlp()
    doc = nlp("The firm hires workers; it hired more in May and is hiring again.")
    assert with_lemma(doc, {"hire"}) == [t for t in doc if t.lemma_ == "hire"]
    assert [t.text for t in with_lemma(doc, {"hire"})] == ["hires", "hired", "hiring"]


def test_part_of_speech_and_dependency_both_hold() -> None:
    nlp = _nlp()
    doc = nlp("The broker told the clerks to file the forms, and the clerks said they filed them.")
    tags, deps = {"NOUN", "VERB"}, {"nsubj", "dobj"}
    found = with_pos_and_dep(doc, tags, deps)
    assert found == [t for t in doc if t.pos_ in tags and t.dep_ in deps]
    assert found and any(t.pos_ == "NOUN" for t in found)
    # one column alone is not enough: a subject pronoun is no noun
    assert all(t.pos_ != "PRON" for t in found)
    assert with_pos_and_dep(doc, set(), deps) == []


def test_nothing_asked_or_nothing_there() -> None:
    nlp = _nlp()
    doc = nlp("Nothing here.")
    assert with_lower(doc, set()) == []
    assert with_lower(doc, {"absent"}) == []
    assert with_lower(nlp(""), {"each"}) == []
