"""Session 41: advisory titles as plain text gives them (extract/titles.py).

A quoted title that no document word announces but that the sentence says someone put
out ('"X" (XY), issued by A on ...'); a title after "titled" that lost its quotation marks
or italics; an acronym in brackets after a title, which is its short name and not part of
it. Look-alikes: a quoted sentence, "titled" after a word that is no document, a
lower-case run after "titled". Invented names and sentences."""

from __future__ import annotations

from graph.model import Extraction
from tests.extract.conftest import extract, relations


def news(text: str) -> Extraction:
    return extract(text, doc_type="news", date="2024-06-12")


def advisories(result: Extraction) -> set[str]:
    return {e.name for e in result.entities if e.type == "Advisory"}


def test_a_quoted_title_with_its_acronym_and_issuer() -> None:
    result = news('"Screening Remote Contractors Abroad" (SRCA), issued by the Department of '
                  "Labor on May 3, 2024, warns employers about North Korean IT workers.")
    assert "Screening Remote Contractors Abroad" in advisories(result)
    assert ("Department of Labor", "Screening Remote Contractors Abroad") in \
        relations(result, "ISSUED")


def test_a_quoted_sentence_before_an_issuer_is_no_title() -> None:
    result = news('"companies must check every remote applicant", published by the '
                  "Department of Labor, was read widely.")
    assert not advisories(result)


def test_a_title_after_titled_without_quotation_marks() -> None:
    result = news("The Department of Labor published an advisory titled Remote Hiring Risks "
                  "in the Technology Sector on Monday.")
    assert advisories(result) == {"Remote Hiring Risks in the Technology Sector"}
    assert ("Department of Labor", "Remote Hiring Risks in the Technology Sector") in \
        relations(result, "ISSUED")


def test_titled_without_a_document_word_or_title_case_is_no_title() -> None:
    for text in ("The Department of Labor ran an operation titled Silent Harbor Review in "
                 "May.",
                 "The Department of Labor published an advisory titled in plain words for "
                 "employers."):
        assert not {a for a in advisories(news(text)) if a[:1].isupper()}, text


def test_an_acronym_after_a_title_is_not_part_of_it() -> None:
    result = news("The Department of Labor issued the Guidance on Remote Hiring Practices "
                  "(GRHP) on May 3, 2024.")
    assert advisories(result) == {"Guidance on Remote Hiring Practices"}
