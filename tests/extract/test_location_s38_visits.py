""""X traveled to Y, where he worked": a clause of place on a trip's goal tells what X did
on a visit, not where X is; moving or being sent somewhere still places X."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _located(text: str) -> set[tuple[str, str]]:
    return set(relations(extract(text, doc_type="press_release"), "LOCATED_IN"))


def test_a_trip_is_no_place() -> None:
    assert _located("Corwin Baleford traveled to China, where he worked with North Korean "
                    "IT workers.") == set()


def test_a_visit_is_no_place() -> None:
    assert _located("Corwin Baleford visited Russia, where he lived with North Korean IT "
                    "workers.") == set()


def test_a_move_places() -> None:
    assert _located("Corwin Baleford moved to China, where he worked with North Korean IT "
                    "workers.") == {("Corwin Baleford", "China")}


def test_working_there_without_a_trip_places() -> None:
    assert _located("Corwin Baleford worked in China with North Korean IT workers.") == {
        ("Corwin Baleford", "China")}

