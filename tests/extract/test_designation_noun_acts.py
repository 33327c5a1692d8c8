"""DESIGNATED from the act as a noun with its owner and its targets, as summaries word it:
"Seoul's listing of X", "the Treasury's sanctioning of Y", "OFAC's designation on May 23 of
Z and of W" (the parser hangs "of" on the date), "Japan's freezing of the assets of V",
"Seoul's sanctioning of four bodies covered A, B and C". Invented names; a planned act, an
act of someone who designates nobody and a listing of something else state nothing."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def designated(text: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="news"), "DESIGNATED")


def test_an_owners_noun_act_of_a_target_is_a_designation() -> None:
    found = designated("Washington's listing of Harrowgate Pixel Network Co. came first.")
    assert ("United States", "Harrowgate Pixel Network Co.") in found
    found = designated("The Treasury's sanctioning of Korea Tonghung Trading Corp. on "
                       "March 4 was followed by more.")
    assert ("Department of the Treasury", "Korea Tonghung Trading Corp.") in found


def test_of_hung_on_the_date_still_names_the_target() -> None:
    found = designated("OFAC's designation on May 23 of Harrowgate Pixel Network Co. and of "
                       "Korea Tonghung Trading Corp. extended the list.")
    assert ("Office of Foreign Assets Control", "Harrowgate Pixel Network Co.") in found


def test_freezing_the_assets_of_a_target() -> None:
    found = designated("Japan's freezing of the assets of Harrowgate Pixel Network Co. was "
                       "coordinated with Seoul.")
    assert ("Japan", "Harrowgate Pixel Network Co.") in found


def test_what_the_act_covered() -> None:
    found = designated("Seoul's sanctioning on February 10 of two companies covered "
                       "Harrowgate Pixel Network Co. and Korea Tonghung Trading Corp.")
    assert ("South Korea", "Korea Tonghung Trading Corp.") in found


def test_a_planned_act_or_a_listing_by_no_government_is_none() -> None:
    assert not designated("Japan's planned freezing of the assets of Harrowgate Pixel "
                          "Network Co. was delayed.")
    assert not designated("Acme Staffing LLC's listing of Harrowgate Pixel Network Co. on "
                          "its website drew clients.")


def test_the_next_item_the_parser_joins_to_an_appositive_is_a_target_too() -> None:
    text = ("Today, OFAC sanctioned Harrowgate Pixel Network Co., a company in Laos that "
            "found contracts for North Korean IT workers, and its director, Arkady Pelmenev.")
    found = relations(extract(text), "DESIGNATED")
    assert ("Office of Foreign Assets Control", "Arkady Pelmenev") in found


def test_a_common_noun_joined_to_the_appositive_adds_no_target() -> None:
    text = ("Today, OFAC sanctioned Harrowgate Pixel Network Co., a company in Laos that "
            "found contracts for North Korean IT workers, and its staff.")
    found = relations(extract(text), "DESIGNATED")
    assert [t for _, t in found] == ["Harrowgate Pixel Network Co."]
