"""Entities found by their shape and role on text no list names (session 27): each
construction on a paraphrase with invented names, with a look-alike that must not fire."""

from __future__ import annotations

from graph.model import ExtractedEntity
from tests.extract.conftest import extract


def _of(text: str, type_: str) -> list[ExtractedEntity]:
    return [e for e in extract(text, doc_type="news").entities if e.type == type_]


def _names(text: str, type_: str) -> set[str]:
    return {e.name for e in _of(text, type_)}


def test_a_thing_counted_with_an_indefinite_article_is_no_person() -> None:
    text = "The intruder moved files onto the laptop with the help of a Raspberry Pi."
    assert "Raspberry Pi" not in _names(text, "Person")
    # a name after a verb stays a person
    person = "The analysts called Dara Whitcombe, who said she owned the account."
    assert "Dara Whitcombe" in _names(person, "Person")


def test_a_qualifier_is_a_whole_word_not_the_end_of_a_verb() -> None:
    payments = _of("The mixer Glassgate was used to launder more than $4 billion since 2020.",
                   "Payment")
    assert [(p.name, p.properties.get("qualifier")) for p in payments] == [
        ("USD 4000000000", "more_than")]


def test_the_victim_of_an_attack_is_an_organization() -> None:
    text = "Investigators tied the unit to the 2019 cyberattack on Pelham Ridge Entertainment."
    assert "Pelham Ridge Entertainment" in _names(text, "Organization")
    # a person attacked stays a person
    person = "The same crew was behind the attack on Marisol Quintero last spring."
    assert "Marisol Quintero" not in _names(person, "Organization")


def test_the_owner_named_before_a_robbed_thing_is_the_victim() -> None:
    text = "The hackers stole $60 million from Lumora's Quillon bridge in June 2023."
    orgs = _names(text, "Organization")
    assert "Lumora's Quillon" not in orgs
    assert "Lumora" in orgs or not orgs  # the owner, never the possessive run
    person = "He stole $5 million from John Smith's accounts."
    assert not _names(person, "Organization")  # the model's person stays a person


def test_a_casino_a_game_and_a_platform_called_a_name_are_organizations() -> None:
    text = ("The group took about $12 million from the online casino Redmoor.io and attacked "
            "the game Lantern Isles. They also marketed a shipping platform called Cobalt "
            "Tide Token to investors.")
    orgs = _names(text, "Organization")
    assert {"Redmoor.io", "Lantern Isles", "Cobalt Tide Token"} <= orgs
    # a lowercase head with no name after it names nothing
    assert not _names("They ran an online casino and a game for years.", "Organization")


def test_apt38_is_its_own_group_beside_lazarus() -> None:
    text = ("The FBI said the Lazarus Group and APT38 were responsible for the theft. "
            "Bluenoroff and Andariel were designated the same day.")
    orgs = _names(text, "Organization")
    assert {"Lazarus Group", "APT38", "Bluenoroff", "Andariel"} <= orgs


def test_workers_placed_abroad_are_still_the_dprk_workers() -> None:
    text = ("The guidance said that thousands of North Korean IT workers, most of them based "
            "in China and Russia, hide their nationality.")
    orgs = _of(text, "Organization")
    assert [(o.name, o.properties.get("kind")) for o in orgs] == [
        ("DPRK IT workers", "worker_group")]


def test_a_defendant_in_capitals_with_an_age_is_a_person() -> None:
    text = ("UNITED STATES OF AMERICA v. LEE MOON SIK, HAN DO and PAVEL ORLOV\n\n"
            "2. Defendant LEE MOON SIK, age 31, defendant HAN DO, age 27, and defendant "
            "PAVEL ORLOV, age 36, were programmers.\n\n"
            "10. In a separate case, United States v. Rafael Ostrander, RAFAEL OSTRANDER, age "
            "37, of Halifax, pleaded guilty. OSTRANDER admitted the laundering.")
    assert {"Lee Moon Sik", "Han Do", "Pavel Orlov", "Rafael Ostrander"} <= _names(
        text, "Person")
    assert {"United States v. Lee Moon Sik", "United States v. Rafael Ostrander"} <= _names(
        text, "Case")
    # a heading in capitals with no age is no person
    heading = "UNITED STATES DISTRICT COURT, CENTRAL DISTRICT\n\nThe grand jury charges."
    assert not _names(heading, "Person")


def test_a_new_country_is_a_state_and_its_adjective_a_nationality() -> None:
    text = "The conspirators reached banks in Malta and Mexico."
    assert {"Malta", "Mexico"} <= _names(text, "Country")
    adjective = "They stole $2 million from a Slovenian exchange."
    assert "Slovenia" not in _names(adjective, "Country")


def test_the_people_section_of_an_annex_lists_persons() -> None:
    text = ("Individuals (2)\n1) Song Rim: involved in developing phishing applications\n"
            "2) Ri Ok: head of the Example Bureau\n\n"
            "Entities (1)\n1) Moonbeam Trading: front company")
    persons = _names(text, "Person")
    assert {"Song Rim", "Ri Ok"} <= persons
    assert "Moonbeam Trading" not in persons  # the entities' section lists no people


def test_a_name_with_a_particle_before_its_description_is_a_person() -> None:
    text = ("Prosecutors unsealed an indictment charging Rodrigo Pena de Alba, a Spanish "
            "citizen, with conspiring.")
    assert "Rodrigo Pena de Alba" in _names(text, "Person")
    # a particle never opens the name
    assert not any(n.startswith("de ") for n in _names(text, "Person"))


def test_a_place_made_an_adjective_is_no_victim() -> None:
    text = ("A hacker group stole assets worth $30 million from Tokyo-based cryptocurrency "
            "exchange Hoshino Coin Co in May.")
    orgs = _names(text, "Organization")
    assert "Tokyo-based" not in orgs
    assert "Hoshino Coin Co" in orgs


def test_a_name_listed_among_people_is_a_person() -> None:
    text = ("In Georgia, Audricus Phagnasay, Jason Salazar and Alexander Paul Travis each "
            "pleaded guilty to wire fraud conspiracy.")
    assert {"Audricus Phagnasay", "Jason Salazar", "Alexander Paul Travis"} <= _names(
        text, "Person")
    # a company word keeps a listed company a company
    company = "Brightwave Partners, Jason Salazar and Alexander Paul Travis were named."
    assert "Brightwave Partners" not in _names(company, "Person")


def test_a_site_named_after_its_kind_is_an_organization() -> None:
    text = "Marek Hollis, who ran the identity-rental site GigRentHub, pleaded guilty."
    assert "GigRentHub" in _names(text, "Organization")
    assert "Marek Hollis" in _names(text, "Person")
