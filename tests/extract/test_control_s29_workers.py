"""Who runs the workers, read from the words that name them (extract/frames/control_workers.py),
and whom a body answers to (control_described.py, the "subordinate" postmodifier in
control.py). Invented names; each reading has a look-alike that must not fire."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_LEDE = "OFAC designated entities that employ North Korean IT workers. "
_FIRM = "Korea Hanbok Trading Corporation"


def controlled(text: str) -> list[tuple[str, str]]:
    return relations(extract(_LEDE + text, doc_type="news"), "CONTROLLED_BY")


def test_a_team_word_for_the_workers_is_what_a_body_runs() -> None:
    assert ("DPRK IT workers", _FIRM) in controlled(
        f"{_FIRM}, which runs IT worker teams in China, was designated.")
    assert ("DPRK IT workers", _FIRM) in controlled(
        f"{_FIRM} manages a North Korean IT delegation in Laos.")


def test_a_team_of_other_work_or_a_planned_team_is_not_read() -> None:
    assert not controlled(f"{_FIRM} runs sales teams in Laos.")
    assert not controlled(f"{_FIRM} plans to run IT teams in Laos.")
    assert not controlled(f"{_FIRM} does not run IT teams in Laos.")


def test_a_dprk_body_owns_its_workers() -> None:
    lede = f"{_FIRM}, a North Korean firm, was designated. "
    assert ("DPRK IT workers", _FIRM) in controlled(
        lede + f"{_FIRM}'s delegations of IT workers in Russia take on freelance projects.")
    assert ("DPRK IT workers", _FIRM) in controlled(
        f"OFAC also designated {_FIRM}, a North Korean company whose IT teams in Laos earn "
        "money for it.")


def test_a_client_firm_does_not_own_the_workers_it_hired() -> None:
    text = ("Acme Software Inc., a U.S. company, was defrauded. Acme Software Inc.'s IT "
            "workers were replaced.")
    assert not controlled(text)


def test_a_postposed_subordinate_describes_the_object_it_follows() -> None:
    text = f"Kim Chol Nam manages a delegation of IT workers subordinate to {_FIRM}."
    assert ("DPRK IT workers", _FIRM) in controlled(text)
    assert not controlled("Kim Chol Nam arrived in Laos subordinate to nobody.")


def test_a_body_reports_to_the_dprk_unit_above_it() -> None:
    assert ("DPRK IT workers", "Munitions Industry Department") in controlled(
        "The delegation of IT workers reports directly to the Munitions Industry Department.")


def test_a_report_of_something_or_to_a_client_is_no_chain_of_command() -> None:
    assert not controlled(f"{_FIRM}, a North Korean company, reported the theft to the "
                          "Munitions Industry Department.")
    assert not controlled("Acme Software Inc., a U.S. company, hired Pyolbit Tech LLC. "
                          "Pyolbit Tech LLC reports to Acme Software Inc.")


def test_the_dprk_possessive_on_a_description_of_a_body() -> None:
    text = ("The Reconnaissance General Bureau, the DPRK's premier military intelligence "
            "organization, runs hacking units.")
    assert ("Reconnaissance General Bureau", "North Korea") in controlled(text)
    assert not controlled("Toyota Motor Corporation, Japan's largest business group, was "
                          "hacked.")
    assert not controlled("The Reconnaissance General Bureau, an intelligence organization, "
                          "runs hacking units.")


def test_a_plural_description_covers_every_item_of_its_list() -> None:
    found = controlled("In April the FBI said the Pyolbit Group and the Hwasong Group, cyber "
                       "units of the RGB, were responsible.")
    assert ("Pyolbit Group", "RGB") in found and ("Hwasong Group", "RGB") in found


def test_a_north_korean_controlled_company() -> None:
    assert ("Yanbian Goldstar", "North Korea") in controlled(
        "Yanbian Goldstar, a North Korean-controlled company in China, was designated.")
    assert not controlled("Yanbian Goldstar, a South Korean-owned company in China, was "
                          "hacked.")


def test_the_examples_of_groups_linked_to_the_state_are_linked_to_it() -> None:
    found = relations(extract("The joint statement identifies advanced persistent threat "
                              "groups linked to DPRK, such as the Pyolbit Group, which have "
                              "been involved in cybercrime campaigns.", doc_type="news"),
                      "CONTROLLED_BY")
    assert ("Pyolbit Group", "North Korea") in found
    assert not relations(extract("The statement names threat groups linked to Acme Software "
                                 "Inc., such as the Pyolbit Group.", doc_type="news"),
                         "CONTROLLED_BY")


def test_a_past_owner_or_front_is_not_read() -> None:
    assert not controlled(f"Pyolbit Tech LLC, formerly owned by {_FIRM}, sells software.")
    assert not controlled(f"Pyolbit Tech LLC was previously controlled by {_FIRM}.")
    assert not controlled(f"Pyolbit Tech LLC was once a subsidiary of {_FIRM}.")
    assert not relations(extract(f"Pyolbit Tech LLC, a former front company for {_FIRM}, was "
                                 "sold.", doc_type="news"), "FRONT_FOR")


def test_an_adverb_of_another_verb_leaves_the_present_tie() -> None:
    assert ("Pyolbit Tech LLC", _FIRM) in controlled(
        f"Pyolbit Tech LLC, previously designated by OFAC, is controlled by {_FIRM}.")
    assert ("Pyolbit Tech LLC", _FIRM) in controlled(
        f"Pyolbit Tech LLC is a subsidiary of {_FIRM}.")


def test_the_name_the_parser_split_before_a_copula_is_its_subject() -> None:
    assert (_FIRM, "Jong In Chol") in controlled(f"Jong In Chol is the head of {_FIRM}.")
    assert not controlled(f"Jong In Chol met the head of {_FIRM}.")
