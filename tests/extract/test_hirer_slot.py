"""A company named without a legal form in the hirer's slot ("<Name> hired ...") or after
"placed at" is an employer (our own invented names); people and sentence openers are not."""

from __future__ import annotations

from extract.components.org_context import employer_spans
from tests.extract.conftest import extract, relations

OPENING = "Thousands of North Korean IT workers are deployed abroad. "


def spans(text: str) -> list[str]:
    return [text[a:b] for a, b in employer_spans(text)]


def test_the_name_before_hired_or_employed_is_the_employer() -> None:
    for sentence in ("Bluecrest Analytics hired two of the IT workers in 2022.",
                     "Bluecrest Analytics unknowingly employed a North Korean IT worker.",
                     "In March Bluecrest Analytics hired two of the IT workers."):
        found = relations(extract(OPENING + sentence, doc_type="news"), "EMPLOYED_AT")
        assert ("DPRK IT workers", "Bluecrest Analytics") in found, sentence
    assert spans("One worker was placed at Harrow Freight by a broker.") == ["Harrow Freight"]


def test_people_sentence_openers_and_denials_are_no_employer() -> None:
    assert not relations(extract(OPENING + "Marcus Delane Hollis hired a lawyer.",
                                 doc_type="news"), "EMPLOYED_AT")
    assert spans("Prosecutors hired an expert.") == []
    assert not relations(extract(OPENING + "Bluecrest Analytics never hired any of the IT "
                                 "workers.", doc_type="news"), "EMPLOYED_AT")
