"""A company named without a legal form, in a designating verb's slot, is an organization
when its last word is one only organizations end in; other names there are left to the
name readers."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _orgs(text: str) -> set[str]:
    return {e.name for e in extract(text).entities if e.type == "Organization"}


def test_the_object_of_designated_ending_in_an_organization_word() -> None:
    result = extract("OFAC designated Yoltarin Trading in 2022.")
    assert ("Office of Foreign Assets Control", "Yoltarin Trading") in relations(
        result, "DESIGNATED")


def test_the_noun_a_passive_relative_clause_describes() -> None:
    assert "Yoltarin Trading" in _orgs("Yoltarin Trading, which was designated by OFAC in "
                                       "2022, kept placing IT workers abroad.")


def test_a_persons_name_in_the_slot_stays_a_person() -> None:
    result = extract("OFAC designated Tak Mun Gyu in 2022.")
    assert "Tak Mun Gyu" in {e.name for e in result.entities if e.type == "Person"}
    assert "Tak Mun Gyu" not in _orgs("OFAC designated Tak Mun Gyu in 2022.")

