"""A designation by count whose set counts one ("two individuals and one entity"), and a
later sentence naming that one member ("The entity is X"); look-alikes name no member."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract, relations

_KR = [{"country": "KR", "agency": "Ministry of Foreign Affairs of the Republic of Korea"}]
_ACT = ("On March 4, the Government of the Republic of Korea designated two individuals and "
        "one entity as targets of its sanctions. The individuals are Tak Mun Gyu and Yom Sol "
        "Hwa. ")


def _designated(text: str) -> list[tuple[str, str]]:
    return relations(extract(text, issuers=_KR), "DESIGNATED")


def test_the_one_counted_entity_is_the_one_the_next_sentence_names() -> None:
    found = _designated(_ACT + "The entity is Pyolmori Export Corporation.")
    assert ("South Korea", "Pyolmori Export Corporation") in found
    assert ("South Korea", "Tak Mun Gyu") in found


def test_a_set_of_one_alone_is_taken_up_too() -> None:
    found = _designated("Seoul designated one entity on Tuesday. The entity is Ungdok "
                        "Software Trading Company, a front company in Vientiane.")
    assert ("South Korea", "Ungdok Software Trading Company") in found


@pytest.mark.parametrize("second", [
    # the entity described, not named as the member
    "The entity is a front company of Pyolmori Export Corporation.",
    # someone else's entity: restricted by something other than the act
    "The entity raided by the police is Pyolmori Export Corporation.",
    # a modal copula is no fact of this act
    "The entity will be Pyolmori Export Corporation.",
])
def test_no_member_where_the_sentence_does_not_name_the_one(second: str) -> None:
    found = _designated(_ACT + second)
    assert not any(target == "Pyolmori Export Corporation" for _, target in found)


def test_a_count_of_two_is_not_taken_up_by_a_singular() -> None:
    found = _designated("Seoul designated two entities on Tuesday. The entity is Ungdok "
                        "Software Trading Company.")
    assert not any(target == "Ungdok Software Trading Company" for _, target in found)
