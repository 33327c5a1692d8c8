""""A, 36, and B, 52, of <town>, <state>, and <town>, <state>, respectively": each person
lives in the town paired with them in order; lists that do not pair place no one by it."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _people_located(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, t in relations(extract(text, doc_type="press_release"),
                                         "LOCATED_IN") if not s.startswith("United States v.")}


def test_towns_pair_with_persons_in_order() -> None:
    assert _people_located(
        "Dana Whitlock, 36, and Corwin Baleford, 52, of El Paso, Texas, and Toronto, Canada, "
        "respectively, are charged in the United States and Canada.") == {
        ("Dana Whitlock", "United States"), ("Corwin Baleford", "Canada")}


def test_three_persons_and_two_towns_do_not_pair() -> None:
    assert _people_located(
        "Dana Whitlock, Ann Ross, and Corwin Baleford, of El Paso, Texas, and Toronto, "
        "Canada, respectively, are charged in the United States and Canada.") == set()
