"""ISSUED where news says a summit's leaders adopted a statement (session 35,
extract/frames/issuance.py): "the leaders of A and B adopted X" is X issued by the states
they lead. Invented title; look-alikes must give nothing."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_TITLE = '"Joint Statement on Offshore Payroll Abuse"'


def issued(text: str) -> set[tuple[str, str]]:
    return set(relations(extract(text, doc_type="news"), "ISSUED"))


def test_the_leaders_of_states_issue_what_they_adopted() -> None:
    found = issued(f"Ottawa (Wire) - The leaders of Canada and Australia adopted the {_TITLE} "
                   "during talks on Friday.")
    assert ("Canada", "Joint Statement on Offshore Payroll Abuse") in found, found
    assert ("Australia", "Joint Statement on Offshore Payroll Abuse") in found, found


def test_leaders_who_only_will_adopt_or_lead_no_state_issue_nothing() -> None:
    planned = issued(f"Ottawa (Wire) - The leaders of Canada and Australia will adopt the "
                     f"{_TITLE} at a summit next month.")
    assert not planned, planned
    group = issued(f"The leaders of the Kimsuky group adopted the {_TITLE} in 2021.")
    assert not group, group
