"""Session 34: an employer sending its equipment to its own hire helps no one; the workers
never stand in for a destination that is someone or somewhere else (extract/recipients.py,
extract/other_party.py)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_LEAD = "Corvina Blaisedell admitted running a laptop farm for North Korean IT workers. "


def _helped(text: str) -> list[tuple[str, str]]:
    return relations(extract(_LEAD + text, doc_type="press_release"), "FACILITATED")


def _helpers(text: str) -> set[str]:
    return {source for source, _ in _helped(text)}


def test_a_firm_that_sends_its_hire_a_computer_helps_no_one() -> None:
    for text in ("Brannock Freight Holdings LLC shipped a computer to the residence of "
                 "Corvina Blaisedell.",
                 "Two computers were mailed by Brannock Freight Holdings LLC to "
                 "Blaisedell's apartment in Yonkers.",
                 "Brannock Freight Holdings LLC delivered a laptop to Corvina Blaisedell.",
                 "Brannock Freight Holdings LLC forwarded equipment to its newest employee."):
        assert "Brannock Freight Holdings LLC" not in _helpers(text), text


def test_sending_the_machines_on_to_the_workers_is_help() -> None:
    assert ("Ludovic Ashgrave", "DPRK IT workers") in _helped(
        "Ludovic Ashgrave later mailed the computers to the North Korean IT workers in "
        "Dandong.")
    # no destination named: the act is the scheme's, as before
    assert ("Ludovic Ashgrave", "DPRK IT workers") in _helped(
        "Ludovic Ashgrave also shipped other computers abroad.")
