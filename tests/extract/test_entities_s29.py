"""Ends recognised by shape and role (session 29): each construction on a paraphrase with
invented names, with a look-alike that must not fire."""

from __future__ import annotations

from graph.model import ExtractedEntity
from tests.extract.conftest import extract, relations


def _of(text: str, type_: str) -> list[ExtractedEntity]:
    return [e for e in extract(text, doc_type="news").entities if e.type == type_]


def _names(text: str, type_: str) -> set[str]:
    return {e.name for e in _of(text, type_)}


def test_an_acronym_in_parentheses_is_an_alias_not_part_of_the_name() -> None:
    text = ("The Office of Regulatory Payment Oversight (ORPO) warned firms about the workers. "
            "ORPO said the risk was growing.")
    agencies = _of(text, "Agency")
    assert [(a.name, a.aliases) for a in agencies] == [
        ("Office of Regulatory Payment Oversight", ["ORPO"])]
    # a parenthesis that is no acronym of the name is no alias
    other = "The Office of Regulatory Payment Oversight (London) warned firms."
    assert all(not a.aliases for a in _of(other, "Agency"))


def test_two_modifiers_sharing_a_plural_head_are_two_listed_bodies() -> None:
    text = "The Justice and Treasury Departments announced actions against the network."
    assert {"Department of Justice", "Department of the Treasury"} <= _names(text, "Agency")
    # a company's departments are no bodies a list names
    firm = "The Sales and Marketing Departments of the firm hired the developers."
    assert not _names(firm, "Agency")


def test_two_places_sharing_a_police_head_are_two_bodies() -> None:
    text = "The Kanagawa and Hiroshima Prefectural Police arrested two men in the scheme."
    assert {"Kanagawa Prefectural Police", "Hiroshima Prefectural Police"} <= _names(
        text, "Agency")
    # a state before "and" keeps its own reading
    state = "Officials from Japan and Hiroshima Prefectural Police met on Monday."
    assert "Japan Prefectural Police" not in _names(state, "Agency")


def test_a_place_opening_a_body_name_does_not_hide_the_body() -> None:
    text = "The Osaka Prefectural Police referred the case to prosecutors."
    assert "Osaka Prefectural Police" in _names(text, "Agency")
    # a place alone stays a place
    assert not _names("The men lived in Osaka for two years.", "Agency")


def test_the_name_before_also_known_as_is_the_entity_and_the_other_its_alias() -> None:
    text = "OFAC designated Tarnwick Global, also known as Velmora Tech, for employing the workers."
    orgs = _of(text, "Organization")
    assert [(o.name, o.aliases) for o in orgs if o.name != "DPRK IT workers"] == [
        ("Tarnwick Global", ["Velmora Tech"])]
    assert ("Office of Foreign Assets Control", "Tarnwick Global") in relations(
        extract(text, doc_type="news"), "DESIGNATED")
    # a scheme's nickname declares no body
    scheme = "The scheme, also known as Blue Harbor, paid the workers."
    assert not _names(scheme, "Organization")


def test_an_acronym_names_the_words_its_initials_spell() -> None:
    text = "Initiatives like the Illicit Crypto Alert Exchange (ICAE) partnership share data."
    assert [(o.name, o.aliases) for o in _of(text, "Organization")] == [
        ("Illicit Crypto Alert Exchange", ["ICAE"])]


def test_names_after_a_plural_company_noun_and_before_a_verb_are_companies() -> None:
    text = "The Japanese firms Teknova and Ostrel hired North Korean IT workers last year."
    result = extract(text, doc_type="news")
    assert {("DPRK IT workers", "Teknova"), ("DPRK IT workers", "Ostrel")} <= set(
        relations(result, "EMPLOYED_AT"))
    # a noun after the names makes them modifiers, not companies
    assert not _names("The companies Alpha and Beta sectors grew fast.", "Organization")


def test_a_place_made_an_adjective_before_a_bare_name_describes_a_company() -> None:
    text = ("The workers were employed by China-based Alder Pine Network and Russia-based "
            "Velt Orion.")
    assert {"Alder Pine Network", "Velt Orion"} <= _names(text, "Organization")
    # a person so described carries a role noun
    person = "Seattle-based lawyer Jane Roe represented the developers."
    assert "Jane Roe" not in _names(person, "Organization")


def test_a_ministry_after_a_state_is_that_state_ministry() -> None:
    text = "Australia's foreign ministry designated Pak Ung Chol, a North Korean banker."
    result = extract(text, doc_type="news")
    assert ("Ministry of Foreign Affairs of Australia", "Pak Ung Chol") in relations(
        result, "DESIGNATED")
    listed = "The Dutch foreign ministry and Japan's foreign ministry warned firms."
    assert {"Ministry of Foreign Affairs of the Netherlands",
            "Ministry of Foreign Affairs of Japan"} <= _names(listed, "Agency")
    # a state whose ministry the gazetteer lists under another name gets that entry
    dprk = "Korea Halmi Trading Corp. is a firm tied to North Korea's defense ministry."
    assert "Ministry of the People's Armed Forces" in _names(dprk, "Agency")
    # a ministry with no state before it names no body
    assert not _names("The foreign ministry said the talks would continue.", "Agency")


def test_a_company_list_may_end_before_a_parenthesis() -> None:
    text = ("The State Department offered a reward for two other front companies, Harlow "
            "Silverline and Quent Silverline (and their employees).")
    assert {"Harlow Silverline", "Quent Silverline"} <= _names(text, "Organization")
    assert not _names(text, "Person")


def test_an_it_firm_after_its_place_is_a_company() -> None:
    text = "Pak Sung Ho was the president of the Osaka-based IT firm QRX, which hired them."
    assert _names(text, "Organization") == {"QRX"}  # "IT" modifies the noun: no name
    # the trade word alone names no firm
    assert not _names("He ran the IT firm for years before he retired.", "Organization")


def test_a_single_firm_described_by_its_place_and_trade_is_an_employer() -> None:
    text = ("North Korean IT workers were hired by a Latvian freight software company and an "
            "American carmaker.")
    jobs = set(relations(extract(text, doc_type="news"), "EMPLOYED_AT"))
    assert {("DPRK IT workers", "Latvian freight software company"),
            ("DPRK IT workers", "American carmaker")} <= jobs
    # a release summing up the targets it designates describes no firm of its own
    summary = "OFAC designated a Latvian trading company and three individuals today."
    assert not _names(summary, "Organization")
    # the workers' jobs with a class of firms name no employer
    generic = "North Korean IT workers seek jobs with U.S. companies."
    assert not relations(extract(generic, doc_type="news"), "EMPLOYED_AT")


def test_a_nationality_before_a_company_name_is_no_part_of_it() -> None:
    text = ("The list included the North Korean Ardent Koryo Trading Corporation and the "
            "Chinese Lumen Harbor Trading Co., Ltd.")
    assert {"Ardent Koryo Trading Corporation", "Lumen Harbor Trading Co., Ltd."} <= _names(
        text, "Organization")
    # "Korean" alone may open a company's own name
    assert "Korean Skyway Lines Co." in _names("Korean Skyway Lines Co. was not affected.",
                                               "Organization")


def test_a_state_inside_a_company_name_is_a_word_of_the_name() -> None:
    text = "OFAC also sanctioned Dalian Japan Supply, a Chinese company that sold computers."
    assert "Dalian Japan Supply" in _names(text, "Organization")
    assert "Japan" not in _names(text, "Country")
    # a state named alone before its apposition stays the state
    state = "The workers moved to China, a country that hosts many of them."
    assert "China" in _names(state, "Country")
