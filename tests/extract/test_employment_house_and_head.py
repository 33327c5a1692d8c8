"""A firm that houses its workers abroad, and the head of a firm's delegation
(extract/frames/jobs_held.py, location.py): paraphrases with invented names, each with a
look-alike that must not fire."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _rel(text: str, rtype: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="sanctions_release"), rtype)


def test_a_firm_that_houses_it_workers_employs_them_there() -> None:
    text = ("Korea Tamrak Trading Corporation, a front company that has housed DPRK IT "
            "workers in Cambodia since at least 2022, was designated.")
    assert _rel(text, "EMPLOYED_AT") == [("DPRK IT workers", "Korea Tamrak Trading Corporation")]
    assert ("DPRK IT workers", "Cambodia") in _rel(text, "LOCATED_IN")
    assert _rel("Hwasong Trading Co. houses a delegation of DPRK IT workers that develops "
                "mobile games.", "EMPLOYED_AT") == [("DPRK IT workers", "Hwasong Trading Co.")]


def test_housing_things_employs_no_one() -> None:
    assert _rel("The warehouse of Hwasong Trading Co. housed laptops.", "EMPLOYED_AT") == []


def test_the_head_of_a_firms_delegation_holds_a_post_in_it() -> None:
    assert ("Ri Chol Man", "Korea Tamrak Trading Corporation") in _rel(
        "Korea Tamrak Trading Corporation runs IT workers abroad. Ri Chol Man, the president "
        "of Tamrak's IT worker delegation in Cambodia, was designated.", "EMPLOYED_AT")


def test_the_head_of_an_agencys_team_is_no_employee_of_a_firm() -> None:
    assert _rel("Ri Chol Man, the head of the FBI's cyber team, spoke.", "EMPLOYED_AT") == []
