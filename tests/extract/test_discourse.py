"""References the discourse decides (extract/discourse.py, extract/discourse_refs.py), each
on a paraphrase with new names, each with a look-alike that must not resolve."""

from __future__ import annotations

from extract.coref import resolve_references
from extract.mentions import MentionSpan, collect
from extract.resolve import DocEntities, resolve_document
from extract.resolve.unnamed import add_unnamed
from extract.they import resolve_they
from graph.model import DocumentMeta
from tests.extract.conftest import extractor


def references(text: str) -> tuple[list[MentionSpan], DocEntities]:
    x = extractor()
    meta = DocumentMeta(id="d", doc_type="press_release", date="2025-06-02",
                        issuers=[{"country": "US", "agency": "Department of the Treasury"}])
    doc = x.nlp(text)
    mentions = collect(doc)
    result = resolve_document(mentions, meta, x.gazetteer)
    return resolve_references(mentions, result, meta, x.gazetteer, doc), result


def referent(spans: list[MentionSpan], result: DocEntities, word: str) -> list[str]:
    return sorted(result.entities[s.entity].name for s in spans if s.text.lower() == word)


# --- "it": a referring subject only ------------------------------------------------------

def test_subject_it_takes_up_a_named_advisory() -> None:
    spans, result = references(
        "On March 3, 2024, the Department of the Treasury and the Federal Bureau of "
        "Investigation published the \"Guidance on Remote "
        "Hiring Fraud,\" an advisory on fake job applicants. It was addressed to staffing "
        "firms and payroll providers.")
    assert referent(spans, result, "it") == ["Guidance on Remote Hiring Fraud"]


def test_cleft_it_is_no_reference() -> None:
    spans, result = references(
        "Kestrel Path LLC hired Ana Voss in 2021. It was Ana Voss who brought Tomas Reyl "
        "to the firm.")
    assert referent(spans, result, "it") == []


def test_extraposed_and_reported_it_are_no_reference() -> None:
    spans, result = references(
        "Harbor Nine Ltd. paid the remote developers in cash. It is unlawful to pay them "
        "that way. It was reported that Harbor Nine Ltd. moved the money abroad.")
    assert referent(spans, result, "it") == []


def test_object_it_is_no_actor() -> None:
    spans, result = references(
        "Greyfield Systems Inc. employed the developers. The developers copied the source "
        "code and threatened to leak it unless the employer paid.")
    assert referent(spans, result, "it") == []


def test_subject_it_still_takes_up_a_firm() -> None:
    spans, result = references(
        "Copperleaf Trading LLC was registered in Delaware. It hired three remote developers.")
    assert referent(spans, result, "it") == ["Copperleaf Trading LLC"]


# --- "the regime": the state the document is about ---------------------------------------

def test_the_regime_is_the_state_the_document_is_about() -> None:
    spans, result = references(
        "North Korea sends developers abroad. North Korea uses them to raise money. Most "
        "of the developers work in China and Russia. Their wages go to the regime.")
    assert referent(spans, result, "the regime") == ["North Korea"]


def test_the_regime_between_two_states_named_alike_stays_open() -> None:
    spans, result = references(
        "Developers work in China and in Russia. Their wages go to the regime.")
    assert referent(spans, result, "the regime") == []


# --- counted plurals: a roster, a role noun ---------------------------------------------

def test_a_roster_of_names_is_the_counted_men() -> None:
    spans, result = references(
        "WANTED\n\nPAK SONG MIN\n\nRI CHOL HO\n\nDETAILS\n\nUsing false names, these two men "
        "obtained jobs at Bellwether Apps Inc. in 2021.")
    assert referent(spans, result, "these two men") == ["Pak Song Min", "Ri Chol Ho"]


def test_a_roster_of_another_size_is_not_the_counted_men() -> None:
    spans, result = references(
        "WANTED\n\nPAK SONG MIN\n\nRI CHOL HO\n\nO MYONG SU\n\nDETAILS\n\nUsing false names, "
        "these two men obtained jobs at Bellwether Apps Inc. in 2021.")
    assert referent(spans, result, "these two men") == []


def test_a_role_noun_takes_up_the_listed_pair() -> None:
    spans, result = references(
        "Lina Oskarsdottir and Pavel Drinov ran an exchange desk in Macau. Acting for the "
        "bank, the two brokers converted the funds into cash.")
    assert referent(spans, result, "the two brokers") == ["Lina Oskarsdottir", "Pavel Drinov"]


def test_a_counted_thing_is_no_set_of_persons() -> None:
    spans, result = references(
        "Lina Oskarsdottir and Pavel Drinov ran an exchange desk in Macau. The two accounts "
        "were closed in 2022.")
    assert referent(spans, result, "the two accounts") == []


# --- "they" after a subject that is no actor ----------------------------------------------

def they_references(text: str) -> tuple[list[MentionSpan], DocEntities]:
    x = extractor()
    meta = DocumentMeta(id="d", doc_type="press_release", date="2025-06-02",
                        issuers=[{"country": "US", "agency": "Department of Justice"}])
    doc = x.nlp(text)
    mentions = collect(doc)
    result = resolve_document(mentions, meta, x.gazetteer)
    add_unnamed(mentions, result, meta, x.gazetteer)
    resolve_references(mentions, result, meta, x.gazetteer, doc)
    return resolve_they(doc, mentions, result), result


def test_they_takes_up_the_one_plural_actor_after_a_grand_jury() -> None:
    spans, result = they_references(
        "A federal grand jury in Denver returned an indictment against Kevin Marsh and Laura "
        "Dent. They are charged with wire fraud conspiracy.")
    assert referent(spans, result, "they") == ["Kevin Marsh", "Laura Dent"]


def test_they_between_two_plural_actors_stays_open() -> None:
    spans, result = they_references(
        "A federal grand jury in Denver charged Kevin Marsh and Laura Dent with helping "
        "North Korean IT workers. They are charged with wire fraud conspiracy.")
    assert referent(spans, result, "they") == []


def test_they_after_a_plural_subject_that_is_no_entity_stays_open() -> None:
    spans, result = they_references(
        "The employers hired Kevin Marsh and Laura Dent in 2022. They were paid in cash.")
    assert referent(spans, result, "they") == []


# --- a definite description fits only entities whose name has its head ------------------

def test_the_department_is_no_sub_unit_without_the_word() -> None:
    spans, result = references(
        "The National Security Division brought the case against Gale Whitby. The "
        "Department said the laptops were shipped to Ohio.")
    assert referent(spans, result, "the department") == []


def test_the_department_takes_up_the_department_named() -> None:
    spans, result = references(
        "The Department of Justice charged Gale Whitby in May. The Department said the "
        "laptops were shipped to Ohio.")
    assert referent(spans, result, "the department") == ["Department of Justice"]
