"""A place modifier belongs to its own list item: "A, which is based in Russia, and the
UAE-based B" puts A in Russia and B in the UAE, never both in both (a name hyphened to
"-based" is a modifier, no list item); "the Russia-based A and B Co., Ltd., based in China"
puts B in China, not A. One modifier for the whole list ("A and B, which are based in
China", "the China-based A and B") still places both (sentences and
names invented for the test)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _placed(text: str) -> set[tuple[str, str]]:
    return set(relations(extract(text), "LOCATED_IN"))


def test_a_relative_clause_and_a_hyphened_modifier_each_their_own() -> None:
    found = _placed("OFAC designated Tamsin Trading LLC, which is based in Russia, and the "
                    "UAE-based Oriel Ventures FZE on Monday.")
    assert ("Tamsin Trading LLC", "Russia") in found
    assert ("Oriel Ventures FZE", "United Arab Emirates") in found
    assert ("Tamsin Trading LLC", "United Arab Emirates") not in found
    assert ("Oriel Ventures FZE", "Russia") not in found


def test_a_participle_after_the_list_is_the_nearest_items_when_the_first_is_placed() -> None:
    found = _placed("The Russia-based Quillon Soft LLC and Haitang Digital Co., Ltd., based in "
                    "China, employed North Korean IT workers.")
    assert ("Quillon Soft LLC", "Russia") in found
    assert ("Haitang Digital Co., Ltd.", "China") in found
    assert ("Quillon Soft LLC", "China") not in found
    assert ("Haitang Digital Co., Ltd.", "Russia") not in found


def test_one_modifier_for_the_whole_list_places_both() -> None:
    found = _placed("Quillon Soft LLC and Haitang Digital Co., Ltd., which are based in China, "
                    "employed North Korean IT workers.")
    assert {("Quillon Soft LLC", "China"), ("Haitang Digital Co., Ltd.", "China")} <= found
    found = _placed("The China-based Quillon Soft LLC and Haitang Digital Co., Ltd. employed "
                    "North Korean IT workers.")
    assert {("Quillon Soft LLC", "China"), ("Haitang Digital Co., Ltd.", "China")} <= found
