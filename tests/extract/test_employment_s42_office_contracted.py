"""EMPLOYED_AT: work at a firm's office or branch, a worker contracted to a firm, and the
workers' own "North Korean" kept apart from their employers (session 42, en24). Invented
names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def test_worked_at_the_office_of_a_firm() -> None:
    result = extract("Song Kum Chol worked at the Yanji office of Puhung Trading Company.",
                     doc_type="indictment")
    assert relations(result, "EMPLOYED_AT") == [("Song Kum Chol", "Puhung Trading Company")]


def test_worked_in_a_firms_branch() -> None:
    result = extract("Song Kum Chol worked in Puhung Trading Company's Yanji branch.",
                     doc_type="indictment")
    assert relations(result, "EMPLOYED_AT") == [("Song Kum Chol", "Puhung Trading Company")]


def test_contracted_to_a_firm() -> None:
    result = extract("Ri Kwang Hyok was contracted to Silverline Payments Corp. as a backend "
                     "developer.", doc_type="indictment")
    assert relations(result, "EMPLOYED_AT") == [("Ri Kwang Hyok", "Silverline Payments Corp.")]


def test_contracted_out_is_no_job_with_the_lender() -> None:
    result = extract("Kim Chol contracted the workers out to Silverline Payments Corp.",
                     doc_type="indictment")
    assert ("Kim Chol", "Silverline Payments Corp.") not in relations(result, "EMPLOYED_AT")


def test_north_korean_workers_hired_by_us_firms_hold_jobs() -> None:
    result = extract("North Korean IT workers applied for jobs using stolen identities, and "
                     "they were hired by 309 U.S. businesses and two international businesses.",
                     doc_type="indictment")
    assert ("DPRK IT workers", "U.S. businesses") in relations(result, "EMPLOYED_AT")
    assert relations(result, "CONTROLLED_BY") == []


def test_a_north_korean_employer_still_fields_them() -> None:
    result = extract("North Korean IT workers were hired by Sobaeksu, a North Korean company.",
                     doc_type="indictment")
    assert relations(result, "CONTROLLED_BY") == [("DPRK IT workers", "Sobaeksu")]
    assert relations(result, "EMPLOYED_AT") == []
