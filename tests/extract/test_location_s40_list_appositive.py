""""A, its CEO B, and C, a Russia-based front company": an indefinite singular description
set after the last name of a list is that name's alone; the names before it are not placed
by it (extract/arguments.py, `_describes_one_name`). Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _places(text: str) -> list[tuple[str, str]]:
    return sorted(relations(extract(text, doc_type="news"), "LOCATED_IN"))


def test_the_description_places_only_the_name_it_follows() -> None:
    text = ("The action targeted Alpha Soft Co., its North Korean chief executive Kim Chol "
            "Su, and Beta Link LLC, a Russia-based front company for Alpha Soft Co.")
    assert _places(text) == [("Beta Link LLC", "Russia")]


def test_a_plural_description_after_the_list_still_places_every_name() -> None:
    text = "The action targeted Alpha Soft Co. and Beta Link LLC, two China-based companies."
    assert _places(text) == [("Alpha Soft Co.", "China"), ("Beta Link LLC", "China")]
