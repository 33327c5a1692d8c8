"""Session 27 money and help constructions (extract/frames/money_for.py,
funded_clauses.py, facilitation.py): paraphrases with invented names, each with a
look-alike that must not fire."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _rel(text: str, rtype: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="news"), rtype)


def test_money_moved_for_the_benefit_of_a_dprk_firm_funds_it() -> None:
    text = ("Varga Exchange LLC moved about $400,000 for the benefit of Sokchon Trading "
            "Corp., a North Korean company.")
    assert ("USD 400000", "Sokchon Trading Corp.") in _rel(text, "FUNDED")
    assert ("Varga Exchange LLC", "Sokchon Trading Corp.") in _rel(text, "FACILITATED")
    # for a firm of no DPRK side it may be any trade
    other = "Varga Exchange LLC moved about $400,000 for Orion Media LLC, a U.S. company."
    assert _rel(other, "FUNDED") == []
    assert _rel(other, "FACILITATED") == []
    # a plan to move it moves nothing
    assert _rel("Varga Exchange LLC planned to move $400,000 for the benefit of North "
                "Korea.", "FUNDED") == []


def test_money_converted_for_a_dprk_firm_funds_it() -> None:
    text = ("Adam Fletcher converted cryptocurrency into about $250,000 in U.S. dollars for "
            "Sokchon Trading Corp., a North Korean firm.")
    assert ("USD 250000", "Sokchon Trading Corp.") in _rel(text, "FUNDED")


def test_a_mixer_designated_for_processing_proceeds_for_a_dprk_group_helped_it() -> None:
    text = ("OFAC designated Grinder.io, a mixer, for processing $20 million of stolen "
            "proceeds for the Lazarus Group.")
    assert ("Grinder.io", "Lazarus Group") in _rel(text, "FACILITATED")
    # the group's own stolen money laundered for it does not fund it
    assert _rel(text, "FUNDED") == []


def test_an_officer_handling_payments_is_no_outside_helper() -> None:
    text = ("Kim Sang Chol, who handled payments for Sokchon Trading Corp., a North Korean "
            "company, was designated.")
    assert _rel(text, "FACILITATED") == []


def test_wages_that_were_revenue_for_the_state_fund_it() -> None:
    text = ("North Korea sends IT workers abroad. The wages the IT workers drew were revenue "
            "for the DPRK.")
    assert ("DPRK IT workers", "North Korea") in _rel(text, "FUNDED")
    # revenue for the workers themselves funds no state
    assert _rel("North Korea sends IT workers abroad. The wages the IT workers drew were "
                "revenue for the workers themselves.", "FUNDED") == []
    # money meant to be revenue is a plan
    assert _rel("North Korea sends IT workers abroad. The wages the IT workers drew were "
                "meant to be revenue for the DPRK.", "FUNDED") == []


def test_identities_stolen_for_the_workers_use_helped_them() -> None:
    assert ("Maria Lopez", "DPRK IT workers") in _rel(
        "Maria Lopez stole identities that North Korean IT workers used to get hired.",
        "FACILITATED")
    # identities someone else used, or traced, are no help to the workers
    assert _rel("Maria Lopez stole identities that the FBI later traced.",
                "FACILITATED") == []
    assert _rel("Maria Lopez stole identities that Orion Media LLC used in its records.",
                "FACILITATED") == []


def test_means_set_up_so_that_the_workers_could_act_helped_them() -> None:
    assert ("Maria Lopez", "DPRK IT workers") in _rel(
        "Maria Lopez installed remote-access software on the laptops so North Korean IT "
        "workers could log in.", "FACILITATED")
    assert ("Maria Lopez", "DPRK IT workers") in _rel(
        "Maria Lopez provided North Korean IT workers with U.S. identities.", "FACILITATED")
    # so that someone else could act, or so that the workers could not: no help
    assert _rel("Maria Lopez installed software on the laptops so that Orion Media LLC "
                "could monitor them.", "FACILITATED") == []
    assert _rel("Maria Lopez provided Orion Media LLC with U.S. identities.",
                "FACILITATED") == []


def test_a_source_of_revenue_for_the_state_funds_it() -> None:
    lead = "North Korea sends workers abroad. "
    for text in ("North Korean IT workers are a major source of revenue for the North "
                 "Korean regime.",
                 "North Korean IT workers serve as a key source of income for North "
                 "Korea's weapons programs.",
                 "North Korean IT workers provide a stream of revenue to the regime in "
                 "Pyongyang."):
        assert ("DPRK IT workers", "North Korea") in _rel(lead + text, "FUNDED"), text
    # a source cut off, denied or only possible; a source for a firm
    for text in ("Sanctions cut off a source of revenue for North Korea.",
                 "North Korean IT workers are not a source of revenue for North Korea.",
                 "North Korean IT workers could become a source of revenue for North Korea.",
                 "The wages the IT workers drew were not revenue for the DPRK."):
        assert _rel(lead + text, "FUNDED") == [], text
    assert _rel("Orion Media LLC is a source of revenue for Vela Systems Inc.",
                "FUNDED") == []


def test_the_proceeds_of_an_amount_moved_for_the_state_fund_it() -> None:
    text = ("Over six years the scheme generated at least $80 million, and the proceeds were "
            "moved through banks into accounts in China for the benefit of the North Korean "
            "government.")
    assert ("USD 80000000", "North Korea") in _rel(text, "FUNDED")
    # other proceeds (no definite reference back), or another state's government
    assert _rel("The scheme generated $80 million, and proceeds from other schemes were "
                "moved for the benefit of North Korea.", "FUNDED") == []
    assert _rel("The scheme generated $80 million, and the proceeds were moved for the "
                "benefit of the Chinese government.", "FUNDED") == []


def test_the_one_who_pleaded_or_was_found_guilty_of_the_help_is_the_helper() -> None:
    lead = "North Korean IT workers work abroad. "
    for text in ("Maria Lopez pleaded guilty to hosting laptops for North Korean IT workers.",
                 "Maria Lopez was found guilty of hosting laptops for North Korean IT workers.",
                 "Maria Lopez's laptop farm hosted more than 90 laptops for North Korean IT "
                 "workers.",
                 "Maria Lopez took part in the scheme, hosting laptops in her home."):
        assert ("Maria Lopez", "DPRK IT workers") in _rel(lead + text, "FACILITATED"), text
    for text in ("Maria Lopez pleaded not guilty to hosting laptops for North Korean IT "
                 "workers.",
                 "Maria Lopez was found not guilty of hosting laptops for North Korean IT "
                 "workers.",
                 "Agents searched the house, finding laptops used by North Korean IT workers."):
        assert _rel(lead + text, "FACILITATED") == [], text


def test_money_received_from_a_firm_was_paid_by_it() -> None:
    lead = "North Korean IT workers work abroad. "
    assert ("Orion Media LLC", "USD 50000") in _rel(
        lead + "Kim Chol Min received $50,000 from Orion Media LLC.", "PAID")
    # not received, or from no payer (a sale), or a reward offered
    for text in ("Kim Chol Min did not receive $50,000 from Orion Media LLC.",
                 "Kim Chol Min received $50,000 from the sale of laptops.",
                 "Kim Chol Min received a $5 million reward offer from the State Department."):
        assert _rel(lead + text, "PAID") == [], text
