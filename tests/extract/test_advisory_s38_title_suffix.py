"""An advisory titled by a capitalized run that ends in its document word ("the Ledger
Screening Advisory", "the Remote Hiring Guidance") is an Advisory the issuing frames read.
Look-alikes: a body whose name has the document word inside or before its head ("Advisory
Committee", "Intelligence Advisory Board"), a capital that opens a sentence, a document
named only by its kind or its author, a filing, an outlet, a person's statement, a state at
the head of a title. Invented names and sentences."""

from __future__ import annotations

from tests.extract.conftest import extract, named


def facts(text: str) -> list[tuple[str, str, str]]:
    result = extract(text, doc_type="news", date="2025-06-02")
    names = named(result)
    return [(r.type, names[r.source], names[r.target]) for r in result.relations
            if r.type in {"ISSUED", "ADVISES", "WARNS_ABOUT"}]


def test_a_bulletin_on_a_subject() -> None:
    found = facts("The FBI and Japan issued the Joint Bulletin on Remote Hiring Fraud.")
    assert ("ISSUED", "Federal Bureau of Investigation",
            "Joint Bulletin on Remote Hiring Fraud") in found
    assert ("ISSUED", "Japan", "Joint Bulletin on Remote Hiring Fraud") in found
