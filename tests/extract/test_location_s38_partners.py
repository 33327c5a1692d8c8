""""X worked with co-conspirators in Y", "X hid the laptops in Y": a place right after the
partner or the object of the act may be theirs, so it places not X; the place written
before them ("X worked in Y with Z", "X was arrested in Y with Z") still does."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _located(text: str) -> set[tuple[str, str]]:
    return set(relations(extract(text, doc_type="press_release"), "LOCATED_IN"))


def test_a_place_after_the_partners_is_theirs() -> None:
    assert ("Corwin Baleford", "China") not in _located(
        "Corwin Baleford worked with North Korean IT workers in China.")


def test_a_place_after_the_object_is_the_objects() -> None:
    assert _located("Brandon Kelso hid the laptops in Texas, United States.") == set()


def test_a_place_before_the_partners_places_the_actor() -> None:
    assert ("Corwin Baleford", "China") in _located(
        "Corwin Baleford worked in China with North Korean IT workers.")


def test_an_arrest_with_partners_after_its_place_places_the_arrested() -> None:
    assert ("Corwin Baleford", "Poland") in _located(
        "Corwin Baleford was arrested in Poland with two co-conspirators.")
