"""Work a third party brokered (extract/frames/employment_brokered.py): the one who lends
workers out or arranges their jobs is no employer; the client is. Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _rel(text: str, rtype: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="press_release"), rtype)


def test_a_firm_that_hires_workers_out_is_no_employer() -> None:
    text = ("Investigators said North Korean IT workers posed as Canadian freelancers. "
            "Brightfold Workforce Inc. hired the North Korean developers out to Calloway "
            "Dental Corp. for two years.")
    jobs = _rel(text, "EMPLOYED_AT")
    assert ("DPRK IT workers", "Calloway Dental Corp.") in jobs
    assert ("DPRK IT workers", "Brightfold Workforce Inc.") not in jobs
    assert ("Brightfold Workforce Inc.", "DPRK IT workers") in _rel(text, "FACILITATED")


def test_workers_farmed_out_by_a_broker_in_the_passive() -> None:
    text = ("Investigators said North Korean IT workers posed as Canadian freelancers. "
            "The workers were farmed out to Eastcombe Insurance Co. by Redvale Talent LLC.")
    jobs = _rel(text, "EMPLOYED_AT")
    assert ("DPRK IT workers", "Eastcombe Insurance Co.") in jobs
    assert ("DPRK IT workers", "Redvale Talent LLC") not in jobs


def test_an_offer_or_work_sent_out_is_no_job() -> None:
    offer = ("Investigators said North Korean IT workers posed as Canadian freelancers. "
             "Redvale Talent LLC offered to contract the workers out to Eastcombe "
             "Insurance Co.")
    assert _rel(offer, "EMPLOYED_AT") == []
    # a firm that contracts out its own work lends no workers
    work = ("Investigators said North Korean IT workers posed as Canadian freelancers. "
            "Eastcombe Insurance Co. contracted out its claims processing to Redvale "
            "Talent LLC.")
    assert _rel(work, "EMPLOYED_AT") == []
    assert _rel(work, "FACILITATED") == []


def test_jobs_arranged_for_the_workers_are_theirs() -> None:
    text = ("Investigators said North Korean IT workers posed as Canadian freelancers. "
            "Redvale Talent LLC lined up jobs at Fernhollow Optics Inc. for the workers.")
    jobs = _rel(text, "EMPLOYED_AT")
    assert ("DPRK IT workers", "Fernhollow Optics Inc.") in jobs
    assert ("Redvale Talent LLC", "Fernhollow Optics Inc.") not in jobs


def test_installing_software_is_a_means_of_help() -> None:
    # the lemmatizer gives "instal" for "installed" in some parses; the help is the same
    text = ("Brisco Tanfield lives in Ohio. Tanfield installed remote access software on "
            "laptops for North Korean IT workers.")
    assert ("Brisco Tanfield", "DPRK IT workers") in _rel(text, "FACILITATED")
    # the software let someone the sentence names log in: not the workers' help
    named = ("Brisco Tanfield lives in Ohio. Tanfield installed remote access software on "
             "the laptop, which allowed Dmitri Kasperl to log in from Vietnam.")
    assert _rel(named, "FACILITATED") == []
