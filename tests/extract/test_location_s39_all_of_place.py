""""A, B and C, all of <place>" and "A and B, both of <place>": the appositive gives the home
of every person of the list before it (extract/frames/location_rules.py). Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _homes(text: str) -> list[tuple[str, str]]:
    found = extract(text, doc_type="indictment", issuers=[{"country": "US"}])
    return sorted(relations(found, "LOCATED_IN"))


def test_every_person_of_the_list_lives_in_the_place() -> None:
    assert _homes("Ana Ruiz, Ben Talbot and Cora Lindqvist, all of China, were indicted.") == [
        ("Ana Ruiz", "China"), ("Ben Talbot", "China"), ("Cora Lindqvist", "China")]
    assert _homes("Ana Ruiz and Ben Talbot, both of Taiwan, were indicted.") == [
        ("Ana Ruiz", "Taiwan"), ("Ben Talbot", "Taiwan")]


def test_the_people_after_a_semicolon_keep_their_own_home() -> None:
    text = ("Ana Ruiz, Ben Talbot, Cora Lindqvist, all of China; Dario Ashton, of Ohio; "
            "Elena Moss of Taiwan were indicted on Monday.")
    homes = _homes(text)
    assert ("Ben Talbot", "China") in homes and ("Cora Lindqvist", "China") in homes
    assert ("Dario Ashton", "China") not in homes and ("Elena Moss", "China") not in homes


def test_both_of_whom_names_no_place() -> None:
    assert _homes("Ana Ruiz and Ben Talbot, both of whom hosted laptops, were indicted.") == []
