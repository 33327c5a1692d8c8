"""DESIGNATED from "placed (put) under sanctions" and "put on a sanctions list", with the
agent the document last named as designating. Invented names; look-alikes state nothing."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

OPENING = "The Treasury Department sanctioned Pine Ridge Trading Co. for shipping laptops. "


def designated(sentence: str) -> list[tuple[str, str]]:
    return relations(extract(OPENING + sentence, doc_type="news"), "DESIGNATED")


def test_placed_under_sanctions_or_put_on_the_list_is_a_designation() -> None:
    expected = ("Department of the Treasury", "Harrow Freight Ltd.")
    assert expected in designated("Harrow Freight Ltd. was also placed under U.S. sanctions.")
    assert expected in designated("The Treasury placed Harrow Freight Ltd. under sanctions.")
    assert expected in designated("Treasury put Harrow Freight Ltd. on its sanctions list.")


def test_a_possible_or_denied_placement_or_another_status_is_none() -> None:
    for sentence in ("Harrow Freight Ltd. could be placed under sanctions.",
                     "The Treasury did not place Harrow Freight Ltd. under sanctions.",
                     "Harrow Freight Ltd. was placed under review."):
        assert all(t != "Harrow Freight Ltd." for _, t in designated(sentence)), sentence
