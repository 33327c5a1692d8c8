""""respectively" pairs two lists in the order the sentence writes them, however the role's
list was gathered (extract/respective.py). Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _located(text: str) -> list[tuple[str, str]]:
    return sorted(relations(extract(text, doc_type="news"), "LOCATED_IN"))


def test_the_firms_pair_with_the_places_in_written_order() -> None:
    expected = [("Hanbit Starline Co.", "China"), ("Volasys Starline LLC", "Russia")]
    assert _located("The individuals worked for Hanbit Starline Co. and Volasys Starline "
                    "LLC, which are located in China and Russia, respectively.") == expected
    assert _located("The defendants worked for Hanbit Starline Co. and Volasys Starline "
                    "LLC, both companies in China and Russia, respectively.") == expected

