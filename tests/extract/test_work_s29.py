"""Session 29 employment and facilitation readers (extract/frames/work_roles.py and the
"on behalf of" and kit-user paths of facilitation.py): paraphrases with invented names,
each with look-alikes that must not fire (a plan, a negation, a different role)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

WORKERS = "DPRK IT workers"


def _rel(text: str, rtype: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="news"), rtype)


def test_a_firms_staff_that_included_the_workers_employed_them() -> None:
    for text in ("Copperleaf Data LLC's employees included several North Korean IT workers.",
                 "Two North Korean IT workers were among Copperleaf Data LLC's developers."):
        assert (WORKERS, "Copperleaf Data LLC") in _rel(text, "EMPLOYED_AT"), text
    # a staff only hoped for, an inclusion denied: no job
    for text in ("Copperleaf Data LLC's prospective employees included North Korean IT "
                 "workers.",
                 "Copperleaf Data LLC's staff did not include any North Korean IT workers."):
        assert _rel(text, "EMPLOYED_AT") == [], text


def test_contracting_with_a_firm_is_working_for_it_whichever_side_is_subject() -> None:
    for text in ("Bellmont Tech LLC contracted with the North Korean IT workers for "
                 "software development.",
                 "The North Korean IT workers contracted with Bellmont Tech LLC under false "
                 "names."):
        assert (WORKERS, "Bellmont Tech LLC") in _rel(text, "EMPLOYED_AT"), text
    # a plan to contract, and a contract between two firms, employ no one
    for text in ("Bellmont Tech LLC planned to contract with the North Korean IT workers.",
                 "Bellmont Tech LLC contracted with Ferrow Logistics Inc. for shipping."):
        assert _rel(text, "EMPLOYED_AT") == [], text


def test_wages_drawn_from_or_paid_by_a_firm_make_it_the_employer() -> None:
    for text in ("The North Korean IT workers received salaries from Marlow Robotics Inc. "
                 "for two years.",
                 "Marlow Robotics Inc. paid the North Korean IT workers' salaries through a "
                 "bank in Ohio."):
        assert (WORKERS, "Marlow Robotics Inc.") in _rel(text, "EMPLOYED_AT"), text
    # payments that are no wages, and wages a payroll agent paid for another firm
    assert _rel("The North Korean IT workers received payments from Marlow Robotics Inc. "
                "for laptops.", "EMPLOYED_AT") == []
    found = _rel("Quill Payroll LLC paid the North Korean IT workers' wages on behalf of "
                 "Marlow Robotics Inc.", "EMPLOYED_AT")
    assert (WORKERS, "Quill Payroll LLC") not in found


def test_entering_a_firm_by_posing_as_staff_is_a_job_there() -> None:
    found = _rel("Park Chol Su infiltrated Tessaro Games LLC by posing as a remote developer.",
                 "EMPLOYED_AT")
    assert ("Park Chol Su", "Tessaro Games LLC") in found
    # breaking into its network names no post
    assert _rel("Park Chol Su infiltrated the network of Tessaro Games LLC to steal data.",
                "EMPLOYED_AT") == []


def test_a_proxy_for_the_workers_helped_them_a_proxy_for_a_firm_did_not() -> None:
    found = _rel("Trevor Malloy acted as a proxy for North Korean IT workers during job "
                 "interviews.", "FACILITATED")
    assert ("Trevor Malloy", WORKERS) in found
    assert _rel("Trevor Malloy acted as a proxy for Bellmont Tech LLC at the shareholder "
                "meeting.", "FACILITATED") == []


def test_recommending_a_north_korean_to_a_firm_helped_him() -> None:
    found = _rel("It was Ri Kwang Hyon who recommended Choe Song Il, a North Korean national, "
                 "to Tessaro Games LLC, which then hired Choe.", "FACILITATED")
    assert ("Ri Kwang Hyon", "Choe Song Il") in found
    # referred to prosecutors, not to a firm: no help
    assert _rel("The FBI referred Choe Song Il, a North Korean national, to federal "
                "prosecutors.", "FACILITATED") == []


def test_kit_set_up_on_behalf_of_or_used_by_the_workers_helped_them() -> None:
    found = _rel("Greta Pohl and Sam Ortiz received and set up laptops on behalf of North "
                 "Korean IT workers.", "FACILITATED")
    assert ("Greta Pohl", WORKERS) in found and ("Sam Ortiz", WORKERS) in found
    found = _rel("Corvid Tech Ltd., a company in China, supplied the laptops that the North "
                 "Korean IT workers used.", "FACILITATED")
    assert ("Corvid Tech Ltd.", WORKERS) in found
    # laptops someone else seized name no one helped
    assert _rel("Corvid Tech Ltd. supplied the laptops that the FBI later seized from Greta "
                "Pohl.", "FACILITATED") == []


def test_a_laptop_farm_run_for_the_workers_helped_them_one_only_possible_did_not() -> None:
    found = _rel("Darla Kemp ran a laptop farm for North Korean IT workers in her house.",
                 "FACILITATED")
    assert ("Darla Kemp", WORKERS) in found
    assert _rel("Darla Kemp could have run a laptop farm for North Korean IT workers.",
                "FACILITATED") == []


def test_funds_a_banker_manages_on_behalf_of_his_bank_are_no_help() -> None:
    assert _rel("Jang Kuk Su and Ho Il Nam are North Korean bankers who managed funds on "
                "behalf of Kumrung Credit Bank, a DPRK bank.", "FACILITATED") == []


def test_every_name_coordinated_after_the_colon_of_a_counted_noun_is_listed() -> None:
    found = _rel("The Department of Justice announced an indictment against two North Korean "
                 "nationals, Ryu Chol Min and Kang Il Su, and against three people charged "
                 "with helping North Korean IT workers: Marco Vidal, a citizen of Chile, and "
                 "Tomas Brandt and Owen Pike, both of Texas.", "FACILITATED")
    for helper in ("Marco Vidal", "Tomas Brandt", "Owen Pike"):
        assert (helper, WORKERS) in found, helper
    # the nationals named before the colon are no helpers
    assert not any(source in {"Ryu Chol Min", "Kang Il Su"} for source, _ in found)


def test_a_person_described_by_a_trade_at_a_firm_holds_a_post_there() -> None:
    for text, firm in (
            ("Those designated today include Ryu Son Gil, a hacker affiliated with Taedong "
             "Trading Corporation, a front company.", "Taedong Trading Corporation"),
            ("Ryu Son Gil, a senior accountant at Kumrung Credit Bank, moved the funds.",
             "Kumrung Credit Bank"),
            ("Ryu Son Gil is a network technician at Tessaro Games LLC.", "Tessaro Games LLC")):
        assert ("Ryu Son Gil", firm) in _rel(text, "EMPLOYED_AT"), text
    # a customer or a student at a place, a citizen of a state: no post
    for text in ("Ryu Son Gil, a longtime customer at Kumrung Credit Bank, opened three "
                 "accounts.",
                 "Ryu Son Gil, a citizen of North Korea, was a student at Kim Il Sung "
                 "University."):
        assert _rel(text, "EMPLOYED_AT") == [], text


def test_who_holds_the_accounts_the_workers_pay_lands_in_helped_them() -> None:
    for text in ("The North Korean IT workers' wages were deposited into accounts controlled "
                 "by Lena Brooks.",
                 "Marlow Robotics Inc. wired the salaries of the North Korean IT workers into "
                 "accounts that Lena Brooks controlled.",
                 "The North Korean IT workers' wages were deposited into Lena Brooks's "
                 "accounts in Ohio."):
        assert ("Lena Brooks", WORKERS) in _rel(text, "FACILITATED"), text
    # accounts of an agency, the workers' own accounts, a firm's own money: no help
    for text in ("The North Korean IT workers' wages were deposited into accounts "
                 "controlled by the Federal Bureau of Investigation.",
                 "The North Korean IT workers' wages were deposited into their own accounts "
                 "in China.",
                 "Marlow Robotics Inc. deposited its own profits into accounts controlled by "
                 "Lena Brooks."):
        assert _rel(text, "FACILITATED") == [], text


def test_a_bare_north_korean_plural_is_the_collective_the_document_names() -> None:
    lead = "Prosecutors said North Korean IT workers used stolen identities. "
    found = _rel(lead + "Adam Cole let North Korean workers use his identity to get hired.",
                 "FACILITATED")
    assert ("Adam Cole", WORKERS) in found
    for text in ("The conspirators got North Korean workers hired at Ridgeview Systems Inc.",
                 "The scheme placed North Korean operatives at Ridgeview Systems Inc."):
        assert (WORKERS, "Ridgeview Systems Inc.") in _rel(lead + text, "EMPLOYED_AT"), text
    # a counted set is its own; workers of another nation are not the collective; and a
    # document that never names the collective gets none
    found = _rel(lead + "The scheme placed two North Korean developers at Ridgeview Systems "
                 "Inc.", "EMPLOYED_AT")
    assert (WORKERS, "Ridgeview Systems Inc.") not in found
    assert _rel(lead + "Ridgeview Systems Inc. hired American workers.", "EMPLOYED_AT") == []
    assert _rel("Adam Cole let North Korean workers use his identity to get hired.",
                "FACILITATED") == []


def test_a_fee_paid_for_a_service_employs_no_one_a_salary_does() -> None:
    for text in ("Ferrow Logistics Inc. paid Mark Dalton a salary of $90,000 a year.",
                 "Ferrow Logistics Inc. paid Mark Dalton for his software work."):
        assert ("Mark Dalton", "Ferrow Logistics Inc.") in _rel(text, "EMPLOYED_AT"), text
    for text in ("Ferrow Logistics Inc. paid Mark Dalton a monthly fee for each laptop he "
                 "hosted.",
                 "Ferrow Logistics Inc. paid Mark Dalton $5,000 in fees."):
        assert _rel(text, "EMPLOYED_AT") == [], text


def test_the_collective_among_a_dprk_units_staff_holds_no_job_a_person_a_post() -> None:
    assert _rel("The Reconnaissance General Bureau's developers included North Korean IT "
                "workers in Laos.", "EMPLOYED_AT") == []
    assert ("Ryu Son Gil", "Reconnaissance General Bureau") in _rel(
        "The Reconnaissance General Bureau's developers included Ryu Son Gil.", "EMPLOYED_AT")
