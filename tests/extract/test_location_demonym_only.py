"""A company the text calls "a Chinese company" is located in China even when the text
never writes the state's name: the adjective is the state's mention (docs/annotation.md)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def test_a_demonym_alone_places_the_firm() -> None:
    text = ("OFAC designated Tianbao Lianxun Software Co., a Chinese front company "
            "that houses the workers, and Russian firm Volgar Techstroi LLC.")
    located = relations(extract(text, doc_type="news"), "LOCATED_IN")
    assert ("Tianbao Lianxun Software Co.", "China") in located
    assert ("Volgar Techstroi LLC", "Russia") in located


def test_a_person_gets_no_location_from_a_demonym() -> None:
    text = "OFAC designated Oleg Varnikov, a Russian national, on Tuesday."
    assert relations(extract(text, doc_type="news"), "LOCATED_IN") == []
