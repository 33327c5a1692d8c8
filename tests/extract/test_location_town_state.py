"""A town followed by its state in apposition ("in <town>, <state>"): the state is the
place (extract/frames/location.py, _IN). Invented names; a look-alike where the state in
apposition belongs to another clause's act."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _located(text: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="sanctions_release"), "LOCATED_IN")


def test_a_firm_based_in_a_town_and_its_state() -> None:
    assert ("Ostrava Pemberly Networks", "Russia") in _located(
        "The accounts were opened for Ostrava Pemberly Networks, a shell firm based in "
        "Khabarovsk, Russia.")


def test_a_town_and_state_after_in_on_a_noun() -> None:
    assert ("Talvenor Ridge Limited", "China") in _located(
        "Treasury also designated Talvenor Ridge Limited, a trading company in "
        "Dandong, China.")


def test_a_meeting_town_places_no_one() -> None:
    located = _located(
        "Quenby Harloft Systems hired the workers after a trade fair held in Dandong, "
        "China.")
    assert ("Quenby Harloft Systems", "China") not in located
