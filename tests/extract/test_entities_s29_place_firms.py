"""A firm named after its city or state keeps the place as its first word: the place (or the
state's name) no longer hides the firm, so the designation of "Pyongyang <Name> Trading
Company" reaches it (names invented for the test)."""

from __future__ import annotations

from tests.extract.conftest import extract, named, relations


def test_a_firm_opened_by_a_capital_is_designated() -> None:
    result = extract("OFAC today designated Pyongyang Hwasol Technology Center, which sends "
                     "IT workers to Laos.")
    assert ("Office of Foreign Assets Control", "Pyongyang Hwasol Technology Center") in \
        relations(result, "DESIGNATED")


def test_a_firm_opened_by_a_city_is_one_organization() -> None:
    result = extract("OFAC designated Dandong Quanli Trading Company.")
    assert "Dandong Quanli Trading Company" in named(result).values()


def test_a_place_with_no_firm_word_after_it_stays_a_place() -> None:
    result = extract("The workers lived in Pyongyang Province before moving to Dandong City.")
    assert not [e for e in result.entities if e.type == "Organization"]


def test_a_states_own_body_is_not_a_firm() -> None:
    result = extract("The United States Department of Justice charged him.")
    assert "Department of Justice" in named(result).values()
    assert not [e for e in result.entities if e.name.startswith("United States Department")]
