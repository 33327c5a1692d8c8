"""Recall on wording the rules were not written from: employer slots, listing layouts, the
and places only made to seem. Each construction has a
look-alike that must state nothing (sentences and names invented for the test)."""

from __future__ import annotations

from tests.extract.conftest import extract, named, relations

LISTING = (
    "Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) "
    "designated the following individuals:\n\n"
    "- HAN Ryong Chol (a.k.a. Han Ryong-chol), DOB 04 Feb 1983; nationality Korea, North; "
    "Gender Male.\n"
    "- PAEK Sol Mi, DOB 19 Sep 1990; nationality Korea, North; Gender Female.\n\n"
    "Tallow Point Ltd. was not designated.\n"
)


def test_every_item_of_a_listing_whose_line_an_abbreviation_splits() -> None:
    result = extract(LISTING)
    found = relations(result, "DESIGNATED")
    assert ("Office of Foreign Assets Control", "Han Ryong Chol") in found
    assert ("Office of Foreign Assets Control", "Paek Sol Mi") in found
    # the paragraph after the list is no item of it
    assert all(target != "Tallow Point Ltd." for _, target in found)


def test_the_department_s_office_is_the_designator_of_a_listing() -> None:
    found = relations(extract(LISTING), "DESIGNATED")
    assert all(agent == "Office of Foreign Assets Control" for agent, _ in found)
    alone = relations(extract(LISTING.replace(
        "the Department of the Treasury's Office of Foreign Assets Control (OFAC)",
        "the Department of the Treasury")), "DESIGNATED")
    assert ("Department of the Treasury", "Paek Sol Mi") in alone


def test_listing_fields_are_no_people_and_korea_north_is_the_state() -> None:
    result = extract(LISTING)
    names = set(named(result).values())
    assert not any(n.startswith(("Gender", "DOB")) for n in names)
    assert "North Korea" in names
    assert {"Han Ryong Chol", "Paek Sol Mi"} <= names


def test_names_in_an_employer_slot_are_firms() -> None:
    result = extract("North Korean IT workers obtained jobs at Pellham Analytics. The "
                     "workers were hired by Brightmoor Logistics and Tallis Health.",
                     doc_type="news")
    found = relations(result, "EMPLOYED_AT")
    assert ("DPRK IT workers", "Pellham Analytics") in found
    assert ("DPRK IT workers", "Brightmoor Logistics") in found
    assert ("DPRK IT workers", "Tallis Health") in found


def test_a_person_who_employs_stays_a_person() -> None:
    result = extract("North Korean IT workers were paid and employed by Marcus Delane, "
                     "a resident of Ohio.", doc_type="news")
    people = {e.name for e in result.entities if e.type == "Person"}
    assert "Marcus Delane" in people
    assert not any(e.name == "Marcus Delane" for e in result.entities
                   if e.type == "Organization")


def test_hired_in_a_post_by_a_firm() -> None:
    found = relations(extract("Rhea Conti was hired as a developer by Marrow Bay Software.",
                              doc_type="news"), "EMPLOYED_AT")
    assert found == [("Rhea Conti", "Marrow Bay Software")]
    mistaken = relations(extract("Rhea Conti was hired as a developer by mistake.",
                                 doc_type="news"), "EMPLOYED_AT")
    assert mistaken == []


def test_a_place_only_made_to_seem_is_no_place() -> None:
    result = extract("North Korean IT workers logged in through hosted laptops, so that the "
                     "workers, connecting from abroad, appeared to be working inside the "
                     "United States. Other North Korean IT workers lived in Russia.",
                     doc_type="news")
    found = relations(result, "LOCATED_IN")
    assert ("DPRK IT workers", "United States") not in found
    assert ("DPRK IT workers", "Russia") in found


def test_the_collective_s_jobs_at_a_class_of_victims_name_no_employer() -> None:
    result = extract("North Korean IT workers obtained remote jobs with U.S. companies. "
                     "Other North Korean IT workers obtained jobs at Pellham Analytics.",
                     doc_type="news")
    assert relations(result, "EMPLOYED_AT") == [("DPRK IT workers", "Pellham Analytics")]
    # a counted set the document describes is one
    counted = extract("North Korean IT workers obtained remote jobs with 40 U.S. companies.",
                      doc_type="news")
    assert relations(counted, "EMPLOYED_AT") == [("DPRK IT workers", "U.S. companies")]


MEMBERS = (
    "Twelve of the individuals are members of Hwasong Trading Company, a firm under the "
    "Munitions Industry Department. The 12 members are:\n"
    "- Pak Ung Chol\n"
    "- Ri Sol Gyong\n\n"
)


def test_the_listed_members_of_an_organization_work_there() -> None:
    found = relations(extract(MEMBERS), "EMPLOYED_AT")
    assert ("Pak Ung Chol", "Hwasong Trading Company") in found
    assert ("Ri Sol Gyong", "Hwasong Trading Company") in found


def test_a_list_that_names_no_members_names_no_employer() -> None:
    result = extract(MEMBERS.replace("The 12 members are:", "The following people were "
                                     "arrested:"))
    assert relations(result, "EMPLOYED_AT") == []
    # an indefinite lead does not reach back for the organization
    other = extract(MEMBERS.replace("The 12 members are:", "Other members are:"))
    assert relations(other, "EMPLOYED_AT") == []
