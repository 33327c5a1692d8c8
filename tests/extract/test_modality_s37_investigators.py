"""A fact investigators tell before any charge is alleged, as a prosecutor's is
(docs/annotation.md, modality; extract/modality.py). Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract

_ACT = "Dorin Vale hosted laptops for North Korean IT workers at her home in Kansas."


def facilitations(text: str) -> list[str]:
    found = extract(text, doc_type="news", issuers=[{"country": "US"}])
    return [r.modality for r in found.relations if r.type == "FACILITATED"]


def test_what_investigators_say_is_alleged() -> None:
    assert facilitations("Investigators say " + _ACT) == ["alleged"]
    assert facilitations("According to investigators, " + _ACT) == ["alleged"]
    assert facilitations("An investigator said " + _ACT) == ["alleged"]


def test_the_same_fact_told_by_the_text_is_asserted() -> None:
    assert facilitations(_ACT) == ["asserted"]
