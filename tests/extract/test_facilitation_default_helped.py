"""The workers stand in for the one helped only when the sentence leaves that party
implicit (extract/relations.py `_defaults`): a verb whose object names someone else, even a
party the role refuses (a state), helped that party. Paraphrases with new names; the
look-alikes that still give the workers."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def test_bankers_who_enabled_the_state_to_move_money_helped_no_workers() -> None:
    result = extract(
        "North Korean IT workers earned large sums abroad. Separately, three bank "
        "representatives - Ko Tal Sun, Min Chol Ung and Pae Yong Gil - who have enabled "
        "Pyongyang to process financial transactions were also sanctioned.")
    helped = relations(result, "FACILITATED")
    assert not any(target == "DPRK IT workers" for _, target in helped)


def test_help_to_the_state_that_speaks_of_its_workers_still_reaches_them() -> None:
    result = extract("North Korean IT workers earned large sums abroad. Orvel Tam helped "
                     "Pyongyang make money from its IT workers.")
    assert ("Orvel Tam", "DPRK IT workers") in relations(result, "FACILITATED")


def test_an_implicit_party_is_still_the_workers() -> None:
    result = extract("North Korean IT workers earned large sums abroad. Orvel Tam ran a "
                     "laptop farm in Ohio.")
    assert ("Orvel Tam", "DPRK IT workers") in relations(result, "FACILITATED")
