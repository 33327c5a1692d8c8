"""Session 27 employment constructions (extract/frames/employment.py, jobs_held.py):
paraphrases with invented names, each with a look-alike that must not fire."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _rel(text: str, rtype: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="news"), rtype)


def test_heading_the_firms_named_delegation_is_a_post_in_it() -> None:
    text = ("Sokchon Trading Corp. keeps IT workers abroad. Pak Yong Su heads the Sokchon "
            "Trading Corp. delegation in Laos.")
    assert ("Pak Yong Su", "Sokchon Trading Corp.") in _rel(text, "EMPLOYED_AT")
    # a post named by a word that is no organization states no employer
    assert _rel("Pak Yong Su heads the software delegation in Laos.", "EMPLOYED_AT") == []


def test_members_of_a_bodys_units_hold_posts_in_it() -> None:
    found = _rel("Defendants Ri Chol Jin and Kang Myong Nam were software developers and "
                 "members of Reconnaissance General Bureau units.", "EMPLOYED_AT")
    assert ("Ri Chol Jin", "Reconnaissance General Bureau") in found
    assert ("Kang Myong Nam", "Reconnaissance General Bureau") in found
    # meeting the members makes no one a member
    assert _rel("Kang Myong Nam met members of Reconnaissance General Bureau units.",
                "EMPLOYED_AT") == []


def test_workers_got_hired_at_a_firm_hold_jobs_there() -> None:
    found = _rel("Adam Fletcher got North Korean IT workers hired by Orion Media LLC.",
                 "EMPLOYED_AT")
    assert ("DPRK IT workers", "Orion Media LLC") in found
    # wanting them hired is no hiring
    assert _rel("Adam Fletcher wanted North Korean IT workers hired at Orion Media LLC.",
                "EMPLOYED_AT") == []


def test_employment_of_a_worker_at_a_firm_that_someone_enabled_is_a_job() -> None:
    text = "Maria Lopez facilitated the employment of Kim Chol Min at Orion Media LLC."
    assert ("Kim Chol Min", "Orion Media LLC") in _rel(text, "EMPLOYED_AT")
    assert ("Maria Lopez", "Kim Chol Min") in _rel(text, "FACILITATED")
    # sought, opposed, only tried or denied: no job held
    for other in ("Kim Chol Min sought the employment of his brother at Orion Media LLC.",
                  "Maria Lopez opposed the employment of Kim Chol Min at Orion Media LLC.",
                  "Maria Lopez tried to arrange the employment of Kim Chol Min at Orion "
                  "Media LLC.",
                  "Maria Lopez did not facilitate the employment of Kim Chol Min at Orion "
                  "Media LLC."):
        assert _rel(other, "EMPLOYED_AT") == [], other


def test_taken_on_or_infiltrated_as_a_post_is_a_job() -> None:
    for text in ("Orion Media LLC took on Kim Chol Min as a developer.",
                 "Kim Chol Min was taken on as a developer by Orion Media LLC.",
                 "Kim Chol Min infiltrated Orion Media LLC as a remote developer.",
                 "Kim Chol Min was a contractor for Orion Media LLC."):
        assert ("Kim Chol Min", "Orion Media LLC") in _rel(text, "EMPLOYED_AT"), text
    # a rival taken on, a country entered, an infiltration only tried, a plan: no job
    for text in ("Orion Media LLC took on Vela Systems Inc. in court.",
                 "Kim Chol Min tried to infiltrate Orion Media LLC as a developer.",
                 "Orion Media LLC planned to take on Kim Chol Min as a developer."):
        assert _rel(text, "EMPLOYED_AT") == [], text
