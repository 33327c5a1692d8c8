"""DESIGNATED from a list run on after a colon with semicolons between its items, from the
agency that speaks "in announcing the designations", and from "all three" as the object
of a designation. Invented names; each construction has a look-alike that states nothing.
Also: a clause before a colon is not governed by a verb the parser hangs it on after it."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def designated(text: str, doc_type: str = "news") -> list[tuple[str, str]]:
    return relations(extract(text, doc_type=doc_type), "DESIGNATED")


def test_inline_list_after_a_colon_gives_one_target_per_semicolon_part() -> None:
    text = ("The Treasury Department on Tuesday imposed sanctions on two men and two firms "
            "it accused of aiding the workers: Arkady Pelmenev, a Belarusian national; "
            "Ri Chol Ung, a North Korean official based in Belarus; Harrowgate Pixel "
            "Network Co., a company in China; and Korea Tonghung Trading Corp., a North "
            "Korean firm.")
    found = designated(text)
    for target in ("Harrowgate Pixel Network Co.", "Korea Tonghung Trading Corp."):
        assert ("Department of the Treasury", target) in found


def test_a_semicolon_sentence_after_a_non_designating_colon_is_no_list() -> None:
    text = ("The Treasury Department on Tuesday described the network's structure: "
            "Harrowgate Pixel Network Co. hosts the servers; Korea Tonghung Trading Corp. "
            "pays the workers.")
    assert not [t for _, t in designated(text) if "Harrowgate" in t or "Tonghung" in t]


def test_the_agency_that_speaks_in_announcing_the_designations_designates() -> None:
    text = ("The bureau runs trading fronts abroad, the Treasury Department's Office of "
            "Foreign Assets Control said in announcing the designations. Bureau 614 was "
            "designated under Executive Order 13687.")
    assert ("Office of Foreign Assets Control", "Bureau 614") in designated(text)


def test_an_official_who_speaks_in_announcing_is_no_designator() -> None:
    text = ("The bureau runs trading fronts abroad, Deputy Secretary Marta Quillon said in "
            "announcing the designations. Bureau 614 was designated under Executive Order "
            "13687.")
    assert not [a for a, _ in designated(text) if "Quillon" in a]


def test_all_three_as_the_object_of_a_designation_is_the_listed_three() -> None:
    text = ("OFAC is also designating Hamhung Pixel Trading Co., Sinuiju Orbit Software "
            "Co. and Kaesong Delta Technology Co., three companies of the cyber program. "
            "South Korea had already designated all three on March 3, 2023.")
    found = designated(text, doc_type="sanctions_release")
    for target in ("Hamhung Pixel Trading Co.", "Sinuiju Orbit Software Co.",
                   "Kaesong Delta Technology Co."):
        assert ("South Korea", target) in found


def test_all_three_of_something_else_is_not_the_list() -> None:
    text = ("OFAC is also designating Hamhung Pixel Trading Co., Sinuiju Orbit Software "
            "Co. and Kaesong Delta Technology Co., three companies of the cyber program. "
            "South Korea has not designated all three of its partners.")
    found = designated(text, doc_type="sanctions_release")
    assert not [t for a, t in found if a == "South Korea"]


def test_a_release_sentence_before_a_colon_is_not_what_the_verb_after_it_asks() -> None:
    text = ("Alert Number: I-060225-PSA\n\nThe Federal Bureau of Investigation (FBI) is "
            "releasing this Public Service "
            "Announcement to warn employers about a habit of North Korean IT workers: once "
            "hired, they ask for the laptop to be sent to another address.")
    result = extract(text, doc_type="advisory", issuers=[
        {"country": "US", "agency": "Federal Bureau of Investigation"}])
    assert relations(result, "ISSUED"), relations(result, "ISSUED")


def test_a_clause_someone_asks_for_is_still_directed() -> None:
    text = ("Employers asked that the FBI release a public service announcement titled "
            "\"Laptop Reshipping by Remote Workers\".")
    result = extract(text, doc_type="news")
    assert not relations(result, "ISSUED")


def test_an_inline_list_after_a_planned_designation_is_none() -> None:
    text = ("The Treasury Department said it may impose sanctions on four targets: Arkady "
            "Pelmenev, a Belarusian national; Harrowgate Pixel Network Co., a company in "
            "China; and Korea Tonghung Trading Corp., a North Korean firm.")
    assert not designated(text)
