"""A list of defendants each given an age and a residence ("A, 41, of <town>, <state>, and
B, ..."): the parser joins B to the town, and B was lost (extract/list_items.py)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _defendants(text: str) -> set[str]:
    result = extract(text, doc_type="indictment", issuers=[{"country": "US"}])
    return {source for source, _ in relations(result, "DEFENDANT_IN")}


def test_the_next_person_after_a_residence_is_the_lists_next_item() -> None:
    assert _defendants(
        "A grand jury in Fresno indicted Odalys Brennock, 36, of Visalia, California, "
        "and Pieter Graumann, 58, a Dutch citizen, on charges of wire fraud conspiracy.",
    ) == {"Odalys Brennock", "Pieter Graumann"}
    assert _defendants(
        "Odalys Brennock, of Visalia, California, Pieter Graumann, of Eugene, Oregon, "
        "and Lucan Hathersage, of Ogden, Utah, were charged with money laundering "
        "conspiracy.",
    ) == {"Odalys Brennock", "Pieter Graumann", "Lucan Hathersage"}


def test_places_listed_in_a_residence_add_no_one() -> None:
    assert _defendants(
        "Odalys Brennock, 36, of Visalia and Fresno, California, was charged with wire "
        "fraud conspiracy. Her landlord, Pieter Graumann, was not charged.",
    ) == {"Odalys Brennock"}
