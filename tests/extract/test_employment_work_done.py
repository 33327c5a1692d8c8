"""Jobs read from what a worker did or belonged to (extract/frames/jobs_held.py), and acts
read from the one accused of them (`ACCUSED`, extract/frames/_money.py): paraphrases with
invented names, each with a look-alike that must not fire."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _rel(text: str, rtype: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="news"), rtype)


def test_work_done_for_a_firm_is_a_job() -> None:
    assert ("Park Chol Su", "U.S. companies") in _rel(
        "Park Chol Su did remote work for at least 30 U.S. companies.", "EMPLOYED_AT")
    assert ("Ri Song Il", "Orion Media LLC") in _rel(
        "Ri Song Il performed remote work for Orion Media LLC from 2020 to 2023.",
        "EMPLOYED_AT")


def test_work_denied_sought_or_applied_for_is_no_job() -> None:
    for text in ("Park Chol Su did no work for Orion Media LLC.",
                 "Park Chol Su sought to do remote work for Orion Media LLC.",
                 "Park Chol Su applied for remote work at Orion Media LLC.",
                 "Park Chol Su could do remote work for Orion Media LLC."):
        assert _rel(text, "EMPLOYED_AT") == [], text


def test_a_person_belongs_to_an_organization() -> None:
    assert ("Park Chol Su", "Reconnaissance General Bureau") in _rel(
        "Park Chol Su belongs to the Reconnaissance General Bureau.", "EMPLOYED_AT")
    # things belong to a firm; no one works there
    assert _rel("The laptops belonged to Orion Media LLC.", "EMPLOYED_AT") == []


def test_the_accused_is_the_actor_of_the_act_charged() -> None:
    assert ("Dmitri Volkov", "DPRK IT workers") in _rel(
        "The indictment charges Dmitri Volkov with helping North Korean IT workers obtain "
        "jobs.", "FACILITATED")
    assert ("Dmitri Volkov", "DPRK IT workers") in _rel(
        "Prosecutors accused Dmitri Volkov of conspiring to launder the earnings of North "
        "Korean IT workers.", "FACILITATED")


def test_barred_from_an_act_or_not_charged_with_it() -> None:
    assert _rel("The court barred Dmitri Volkov from helping North Korean IT workers.",
                "FACILITATED") == []
    assert _rel("Dmitri Volkov was not charged with helping North Korean IT workers.",
                "FACILITATED") == []


def test_named_actors_a_participle_calls_accused() -> None:
    found = _rel("Police arrested Maria Novak and Tom Baxter, charged with helping North "
                 "Korean IT workers obtain remote jobs.", "FACILITATED")
    assert {("Maria Novak", "DPRK IT workers"), ("Tom Baxter", "DPRK IT workers")} <= set(found)


def test_a_counted_description_or_an_unresolved_them_is_not_read() -> None:
    assert _rel("Police arrested two men suspected of helping a North Korean IT worker "
                "earn money.", "FACILITATED") == []
    assert _rel("Prosecutors charged three people with helping them: Maria Novak, Tom "
                "Baxter and Lev Orlov.", "FACILITATED") == []


def test_the_one_let_do_something_does_it() -> None:
    found = _rel("Dmitri Volkov enabled North Korean IT workers to obtain employment at "
                 "Orion Media LLC.", "EMPLOYED_AT")
    assert found == [("DPRK IT workers", "Orion Media LLC")]
    assert _rel("Dmitri Volkov helped Park Chol Su to earn more than $40,000.",
                "GENERATED_REVENUE_FOR") == [("Park Chol Su", "USD 40000")]


def test_one_asked_to_do_something_did_not_do_it() -> None:
    assert _rel("Dmitri Volkov asked North Korean IT workers to find jobs at Orion Media "
                "LLC.", "EMPLOYED_AT") == []


def test_a_person_who_joined_a_firm() -> None:
    assert _rel("Park Chol Su joined Orion Media LLC as a developer in 2021.",
                "EMPLOYED_AT") == [("Park Chol Su", "Orion Media LLC")]
    assert _rel("Park Chol Su tried to join Orion Media LLC as a developer.",
                "EMPLOYED_AT") == []
    assert _rel("Orion Media LLC joined Vesta LLC in a lawsuit.", "EMPLOYED_AT") == []


def test_a_gerund_under_the_second_of_two_verbs_shares_their_subject() -> None:
    assert ("Lena Markova", "DPRK IT workers") in _rel(
        "Lena Markova was arrested in May and charged with helping North Korean IT workers.",
        "FACILITATED")
    assert ("DPRK IT workers", "North Korea") in _rel(
        "North Korea sends IT workers abroad. North Korean IT workers on company networks "
        "have stolen data and carried on earning money for the regime.", "FUNDED")


def test_a_second_verb_with_its_own_subject_keeps_it() -> None:
    assert ("Lena Markova", "DPRK IT workers") not in _rel(
        "Lena Markova was arrested in May, and prosecutors charged Tom Baxter with helping "
        "North Korean IT workers.", "FACILITATED")
