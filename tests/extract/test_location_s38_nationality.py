"""Where a person was born or which state they belong to is no place of residence: "a native
of Y", "a national from <Country>" place no one; "a resident of Y" and "a U.S. national from
<state>" (a home inside the state) still do."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _located(text: str) -> set[tuple[str, str]]:
    return set(relations(extract(text, doc_type="press_release"), "LOCATED_IN"))


def test_a_native_of_a_state_is_born_there() -> None:
    assert _located("Corwin Baleford, a native of Vietnam, hosted laptops for North Korean "
                    "IT workers.") == set()


def test_a_national_from_a_state_is_a_nationality() -> None:
    assert _located("Corwin Baleford, a national from Vietnam, hosted laptops for North "
                    "Korean IT workers.") == set()


def test_a_resident_of_a_state_lives_there() -> None:
    assert _located("Corwin Baleford, a resident of Vietnam, hosted laptops for North "
                    "Korean IT workers.") == {("Corwin Baleford", "Vietnam")}


def test_a_national_from_a_us_state_lives_there() -> None:
    assert _located("Corwin Baleford, a U.S. national from Texas, hosted laptops for North "
                    "Korean IT workers.") == {("Corwin Baleford", "United States")}
