""""A and B received laptops at their homes in Y": the persons the clause's subject lists
are in Y when coreference leaves "their" open; never when another plural or another named
actor stands between the list and "their"."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _located(text: str) -> set[tuple[str, str]]:
    return set(relations(extract(text, doc_type="press_release"), "LOCATED_IN"))


def test_their_homes_place_the_listed_subject() -> None:
    assert _located("Corwin Baleford and Mara Tressel are accused of receiving company "
                    "laptops at their homes in the United States.") == {
        ("Corwin Baleford", "United States"), ("Mara Tressel", "United States")}


def test_their_homes_in_a_clause_of_its_own() -> None:
    assert _located("Prosecutors said that Corwin Baleford and Mara Tressel kept laptops at "
                    "their homes in Canada.") >= {
        ("Corwin Baleford", "Canada"), ("Mara Tressel", "Canada")}


def test_a_plural_between_may_own_the_homes() -> None:
    assert _located("Corwin Baleford and Mara Tressel shipped laptops to North Korean "
                    "workers at their homes in China.") == set()


def test_named_people_between_may_own_the_homes() -> None:
    assert _located("Corwin Baleford and Mara Tressel shipped laptops to Pak Chol Su and Ri "
                    "Song Il at their homes in China.") == set()


def test_one_person_is_no_their() -> None:
    assert _located("Corwin Baleford said the workers kept laptops at their homes in "
                    "China.") == set()
