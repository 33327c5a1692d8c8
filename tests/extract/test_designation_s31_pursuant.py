"""Release formulas the parser misreads around "pursuant to", and the dates of list items
(session 31). Invented names; each with a look-alike that must give nothing."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _dated(text: str) -> dict[str, object]:
    result = extract(text, date="2024-04-09")
    names = {e.id: e.name for e in result.entities}
    return {names[r.target]: r.properties.get("date") for r in result.relations
            if r.type == "DESIGNATED"}


def test_target_before_pursuant_is_designated_in_every_misreading() -> None:
    text = ("Treasury is designating Kwanmobong Data Company pursuant to E.O. 13810.\n\n"
            "The Department of State designated Haegumgang Exchange LLC pursuant to "
            "E.O. 13687.\n\n"
            "Treasury is designating Ri Pyong Chan pursuant to E.O. 13722.")
    found = relations(extract(text), "DESIGNATED")
    assert ("Department of the Treasury", "Kwanmobong Data Company") in found, found
    assert ("Department of State", "Haegumgang Exchange LLC") in found, found
    assert ("Department of the Treasury", "Ri Pyong Chan") in found, found


def test_a_denied_or_planned_designation_pursuant_to_an_order_is_none() -> None:
    text = ("Treasury is not designating Kwanmobong Data Company pursuant to E.O. 13810.\n\n"
            "The Department of State may designate Haegumgang Exchange LLC pursuant to "
            "E.O. 13687.")
    assert not relations(extract(text), "DESIGNATED")


def test_the_reason_after_pursuant_says_who_owns_the_target() -> None:
    text = ("Treasury is designating Kwanmobong Data Company pursuant to E.O. 13382 for being "
            "owned or controlled by the Technical Reconnaissance Bureau.\n\n"
            "The Department of State designated Haegumgang Exchange LLC pursuant to "
            "E.O. 13687 for being owned or controlled by Kwanmobong Data Company.")
    found = relations(extract(text), "CONTROLLED_BY")
    assert ("Kwanmobong Data Company", "Technical Reconnaissance Bureau") in found, found
    assert ("Haegumgang Exchange LLC", "Kwanmobong Data Company") in found, found
    # the designator owns nothing and nobody owns it
    assert not [p for p in found if "Department" in p[0] or "Department" in p[1]], found


def test_list_items_take_the_date_of_their_lead_not_a_birth_date() -> None:
    text = ("On April 9, 2024, the Department of State designated the following persons:\n\n"
            "- Ri Pyong Chan (DPRK national; DOB 14 Feb 1982)\n"
            "- Jo Kum Hyang (DPRK national, born 30 November 1990)\n")
    dated = _dated(text)
    assert dated.get("Ri Pyong Chan") == "2024-04-09", dated
    assert dated.get("Jo Kum Hyang") == "2024-04-09", dated



def test_added_that_is_no_designation() -> None:
    text = "The Department of State added that Kwanmobong Data Company hides its owners."
    assert not relations(extract(text), "DESIGNATED")


def test_a_present_status_in_a_relative_clause_is_no_act_of_the_release() -> None:
    text = ("Sobaeksan Freight LLC traded with Kwanmobong Data Company, which is sanctioned.\n\n"
            "Haegumgang Exchange LLC, which is designated today, hides its owners.")
    found = relations(extract(text), "DESIGNATED")
    assert "Kwanmobong Data Company" not in {t for _, t in found}, found
    assert ("Department of the Treasury", "Haegumgang Exchange LLC") in found or \
        ("Office of Foreign Assets Control", "Haegumgang Exchange LLC") in found, found


def test_added_to_its_list_with_the_list_hung_on_the_object() -> None:
    text = ("Treasury also added Tongdu Holdings Limited to its Specially "
            "Designated Nationals list.")
    found = relations(extract(text), "DESIGNATED")
    assert ("Department of the Treasury", "Tongdu Holdings Limited") in found, found
