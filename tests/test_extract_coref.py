"""References across sentences with the real model: each resolved pronoun or definite
description is a mention of its referent; officials and expletive "it" are not referents."""

from __future__ import annotations

from functools import lru_cache

from extract.coref import implicit_actor, resolve_references
from extract.extractor import Extractor
from extract.mentions import MentionSpan, collect
from extract.resolve import DocEntities, resolve_document
from graph.model import DocumentMeta


@lru_cache(maxsize=1)
def extractor() -> Extractor:
    return Extractor()


def references(text: str, **meta: object) -> tuple[list[MentionSpan], DocEntities]:
    x = extractor()
    document = DocumentMeta(id="c", **meta)  # type: ignore[arg-type]
    mentions = collect(x.nlp(text))
    result = resolve_document(mentions, document, x.gazetteer)
    return resolve_references(mentions, result, document, x.gazetteer), result


def referent(spans: list[MentionSpan], result: DocEntities, word: str) -> list[str]:
    return [result.entities[s.entity].name for s in spans if s.text.lower() == word]


def test_pronouns_and_the_company_resolve_to_their_entity() -> None:
    spans, result = references(
        "Bluefin Staffing LLC recruited remote developers in 2023. The company paid them "
        "through shell accounts, and it later moved the money abroad. Jane Quill ran the "
        "accounts. She admitted the scheme.")
    assert referent(spans, result, "the company") == ["Bluefin Staffing LLC"]
    assert referent(spans, result, "it") == ["Bluefin Staffing LLC"]
    assert referent(spans, result, "she") == ["Jane Quill"]
    assert all(s.tok_start >= 0 and s.tok_end > s.tok_start for s in spans)


def test_it_before_an_adjective_and_the_acronym_it_are_not_references() -> None:
    spans, _ = references("Bluefin Staffing LLC hired IT staff. It is important to verify "
                          "identities.")
    assert not spans


def test_an_official_with_a_title_is_not_the_defendant() -> None:
    spans, result = references(
        "Ann Reed of Boise admitted the fraud. Assistant Attorney General Mark Dole said the "
        "case mattered. The defendant faces ten years.")
    assert referent(spans, result, "the defendant") == ["Ann Reed"]


def test_the_three_governments_are_the_issuing_states() -> None:
    issuers = [{"country": "US"}, {"country": "JP"}, {"country": "KR"}]
    spans, result = references("The three governments today designated a network.",
                               issuers=issuers)
    assert sorted(referent(spans, result, "the three governments")) == [
        "Japan", "South Korea", "United States"]


def test_the_agency_that_designates_is_the_actor_of_a_passive_designation() -> None:
    x = extractor()
    meta = DocumentMeta(id="c", issuers=[{"country": "US",
                                          "agency": "Department of the Treasury"}])
    text = ("OFAC today sanctioned two companies. Bluefin Staffing LLC is being designated "
            "for employing remote workers.")
    mentions = collect(x.nlp(text))
    result = resolve_document(mentions, meta, x.gazetteer)
    actor = implicit_actor(mentions, result, meta, x.gazetteer)
    assert actor is not None and actor.name == "Office of Foreign Assets Control"
    bare = DocumentMeta(id="c", issuers=meta.issuers)
    only = collect(x.nlp("Bluefin Staffing LLC is being designated today."))
    alone = resolve_document(only, bare, x.gazetteer)
    actor = implicit_actor(only, alone, bare, x.gazetteer)
    assert actor is not None and actor.name == "Department of the Treasury"


def test_a_judge_title_belongs_to_the_judge_not_to_the_next_name() -> None:
    spans, result = references(
        "Judge Paul Marren of the District of Idaho also ordered Jane Quill to forfeit "
        "$9,000. She shipped the laptops.")
    assert referent(spans, result, "she") == ["Jane Quill"]
    spans, result = references(
        "Judge Paul Marren of the District of Idaho also ordered the forfeiture. She "
        "shipped the laptops.")
    assert referent(spans, result, "she") == []
