"""Where a representative (or a firm) is, from a town the gazetteer places
(extract/frames/location.py): paraphrases with invented names, each with a look-alike that
must not fire."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _located(text: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="sanctions_release"), "LOCATED_IN")


def test_a_representative_in_a_town_is_in_its_state() -> None:
    assert ("Pak Chol Ho", "China") in _located(
        "Ryonggang works in China. Pak Chol Ho, Ryonggang's representative in Dalian, "
        "directs the company's teams there.")


def test_a_representative_named_with_a_state_before_the_post() -> None:
    assert ("Kim Chol", "China") in _located(
        "Tamrak operates in China. Kim Chol, the China representative of Korea Tamrak "
        "Trading Corporation, was designated.")


def test_a_citizen_named_with_a_state_is_a_nationality() -> None:
    assert ("Tom Baxter", "United States") not in _located(
        "Tom Baxter, a U.S. citizen, was charged in the United States.")
