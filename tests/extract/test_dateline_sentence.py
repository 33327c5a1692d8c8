"""A release's dateline ("BOISE —", "TACOMA, Wash. —") is not the first sentence's subject:
the sentence begins after the dash (extract/sentences.py `_DATELINE`)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _sentenced(text: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="sentencing", issuers=[{"country": "US"}]),
                     "SENTENCED")


def test_a_dateline_does_not_take_the_subject_of_the_first_sentence() -> None:
    for dateline in ("PORTLAND —", "PORTLAND, Ore. —", "PORTLAND - "):
        found = _sentenced(
            f"{dateline} Delphine Arcuri, 46, of Salem, Oregon, was sentenced today to 66 "
            "months in prison.")
        assert [s for s, _ in found] == ["Delphine Arcuri"], dateline


def test_a_capitalized_heading_with_a_dash_is_no_dateline() -> None:
    # five capitalized words are a heading, not a place: nothing is split, nothing read
    found = _sentenced("NORTH KOREAN REMOTE IT WORKERS - Delphine Arcuri was sentenced "
                       "today to 66 months in prison.")
    assert len(found) <= 1
