"""Work got for someone else: "X found (secured, arranged) jobs for Y". Y holds the jobs and
X helped Y, which is facilitation where Y is the DPRK side. Sentences and names are invented
for the test; each construction has a look-alike that must state nothing."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def test_a_firm_that_found_contracts_for_the_workers_facilitated() -> None:
    found = relations(extract("Treasury sanctioned Harbor Crest Staffing LLC, a company "
                              "that found remote contracts for North Korean IT workers."),
                      "FACILITATED")
    assert ("Harbor Crest Staffing LLC", "DPRK IT workers") in found


def test_jobs_at_a_firm_for_the_workers_are_not_the_helper_s_jobs() -> None:
    result = extract("Daniel Mercer secured remote jobs at Fenwick Labs Inc. for North "
                     "Korean IT workers.", doc_type="news")
    assert ("Daniel Mercer", "DPRK IT workers") in relations(result, "FACILITATED")
    assert ("Daniel Mercer", "Fenwick Labs Inc.") not in relations(result, "EMPLOYED_AT")


def test_jobs_found_for_others_than_the_dprk_side_state_no_help_and_no_job() -> None:
    result = extract("Daniel Mercer secured remote jobs at Fenwick Labs Inc. for local "
                     "graduates.", doc_type="news")
    assert relations(result, "FACILITATED") == []
    assert relations(result, "EMPLOYED_AT") == []
    planned = extract("North Korean IT workers wanted work. Daniel Mercer planned to find "
                      "jobs for North Korean IT workers.", doc_type="news")
    assert relations(planned, "FACILITATED") == []


def test_how_long_a_job_was_held_is_no_one_it_was_got_for() -> None:
    found = relations(extract("Daniel Mercer held a remote job at Fenwick Labs Inc. for "
                              "three years.", doc_type="news"), "EMPLOYED_AT")
    assert found == [("Daniel Mercer", "Fenwick Labs Inc.")]
