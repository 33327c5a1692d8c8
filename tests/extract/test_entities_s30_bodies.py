"""An Agency is a government body (session 30): a name ending in a head word that
government bodies share with DPRK units, research centers and firms is typed by what the
name and its place in the sentence say, not by the head word alone. Paraphrases with
invented names; each with a look-alike government body that must stay an Agency."""

from __future__ import annotations

from graph.model import ExtractedEntity
from tests.extract.conftest import extract


def _of(text: str) -> dict[str, ExtractedEntity]:
    return {e.name: e for e in extract(text, doc_type="news").entities}


def test_a_dprk_center_is_a_unit_not_an_agency() -> None:
    found = _of("The Treasury Department designated the Pyongyang Informatics Center, which "
                "sends North Korean IT workers abroad.")
    center = found["Pyongyang Informatics Center"]
    assert (center.type, center.properties.get("kind")) == ("Organization", "dprk_unit")
    # a state's own center stays its agency
    look = _of("Japan's Cyber Crime Center warned companies about North Korean IT workers.")
    assert look["Cyber Crime Center"].type == "Agency"


def test_a_center_for_a_field_of_study_is_no_agency() -> None:
    found = _of("The Center for Strategic Studies, a Washington think tank, said North Korean "
                "IT workers had earned $600 million.")
    assert found["Center for Strategic Studies"].type == "Organization"
    # a national center keeps its state
    look = _of("The National Cyber Defense Center warned companies about North Korean IT "
               "workers.")
    assert look["National Cyber Defense Center"].type == "Agency"


def test_a_firm_named_agency_is_an_organization() -> None:
    found = _of("Lina Marsh laundered the money through Velmora Staffing Agency, a recruiting "
                "firm in Dallas.")
    assert found["Velmora Staffing Agency"].type == "Organization"
    # a county office is a government body
    look = _of("The Orlan County Sheriff's Office arrested Lina Marsh in March.")
    assert look["Orlan County Sheriff's Office"].type == "Agency"


def test_a_us_attorneys_office_named_by_its_district_is_one_agency() -> None:
    found = _of("The U.S. Attorney's Office for the Western District of Velmora charged "
                "Dana Kroft with hosting laptops for North Korean IT workers.")
    office = found["U.S. Attorney's Office for the Western District of Velmora"]
    assert office.type == "Agency"
    # the title of a person is no office: the prosecutor is a person, no agency is made
    look = _of('"This scheme robbed Americans," said U.S. Attorney for the District of '
               "Velmora Joshua Lamb.")
    assert not [e for e in look.values() if e.type == "Agency" and "District" in e.name]


def test_a_bureau_of_a_dprk_body_is_a_unit() -> None:
    found = _of("The Treasury designated the Cyber Warfare Bureau of the Korean People's Army "
                "for sending North Korean IT workers abroad.")
    bureau = found["Cyber Warfare Bureau"]
    assert (bureau.type, bureau.properties.get("kind")) == ("Organization", "dprk_unit")
    # a bureau of another state's listed body stays that state's
    look = _of("The Cyber Affairs Bureau of the Japanese National Police Agency warned "
               "companies about North Korean IT workers.")
    assert all(e.type != "Organization" for e in look.values() if "Bureau" in e.name)
