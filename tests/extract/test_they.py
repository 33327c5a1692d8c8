"""'They' continues a subject that lists named actors, and nothing else (names invented).
Each test checks the mentions coreference adds, on the real parse."""

from __future__ import annotations

from extract.mentions import collect
from extract.resolve import resolve_document
from extract.they import resolve_they
from graph.model import DocumentMeta
from tests.extract.conftest import extractor


def they_are(text: str) -> set[str]:
    x = extractor()
    doc = x.nlp(text)
    mentions = collect(doc)
    result = resolve_document(mentions, DocumentMeta(id="t"), x.gazetteer)
    return {result.entities[s.entity].name for s in resolve_they(doc, mentions, result)}


def test_they_under_a_verb_whose_subject_lists_names() -> None:
    assert they_are("Norvane Trading LLC and Kestrel Soft Ltd. admitted that they paid "
                    "the workers.") == {"Norvane Trading LLC", "Kestrel Soft Ltd."}


def test_they_opening_the_next_sentence() -> None:
    assert they_are("Norvane Trading LLC and Kestrel Soft Ltd. recruited the workers. They "
                    "paid them in cash.") == {"Norvane Trading LLC", "Kestrel Soft Ltd."}


def test_they_after_a_plural_noun_subject_is_unresolved() -> None:
    assert not they_are("Norvane Trading LLC and Kestrel Soft Ltd. recruited the workers. "
                        "The workers said that they were paid in cash.")


def test_they_in_a_relative_clause_is_unresolved() -> None:
    assert not they_are("Norvane Trading LLC and Kestrel Soft Ltd. paid companies that "
                        "believed they had hired local staff.")


def test_they_after_a_subject_naming_one_actor_is_unresolved() -> None:
    assert not they_are("Norvane Trading LLC recruited the workers. They paid them in cash.")


def test_a_relation_of_they_holds_for_every_named_actor() -> None:
    from tests.extract.conftest import extract, relations

    result = extract("Norvane Trading LLC and Kestrel Soft Ltd. recruited remote workers. They "
                     "were designated by OFAC on May 4, 2025.", doc_type="news")
    found = relations(result, "DESIGNATED")
    assert ("Office of Foreign Assets Control", "Norvane Trading LLC") in found
    assert ("Office of Foreign Assets Control", "Kestrel Soft Ltd.") in found
