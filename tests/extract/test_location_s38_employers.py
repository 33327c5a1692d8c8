""""P was employed by X in Y": a place right after the employer may be the employer's, so
it places no worker; a place after the one employed does."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _located(text: str) -> set[tuple[str, str]]:
    return set(relations(extract(text, doc_type="press_release"), "LOCATED_IN"))


def test_a_place_after_the_employer_places_no_worker() -> None:
    # the place may be the employer's: a firm there hired a worker who was elsewhere
    assert _located("Pak Chol Su was employed by Zentrix Ltd. in the United States.") == set()


def test_a_place_after_the_one_employed_places_him() -> None:
    assert _located("Zentrix Ltd. employed Pak Chol Su in the United States.") == {
        ("Pak Chol Su", "United States")}
