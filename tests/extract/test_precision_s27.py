"""False facts found on released dev documents the rules were not written from (session 27),
each on a paraphrase with new names and paired with a look-alike that must still be read
(extract/frames/control.py, extract/frames/_cases.py, extract/own_money.py)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def test_a_functional_chief_officer_runs_no_firm() -> None:
    # "chief information security officer" heads one function, not the company
    result = extract(
        "Dara Quenby, Holtvane Inc.'s chief information security officer, told reporters that "
        "the company now calls every reference itself.", doc_type="news_article")
    assert ("Holtvane Inc.", "Dara Quenby") not in relations(result, "CONTROLLED_BY")


def test_the_chief_executive_officer_still_heads_the_firm() -> None:
    result = extract(
        "Marlo Petrossian, Holtvane Inc.'s chief executive officer, told reporters that the "
        "company now calls every reference itself.", doc_type="news_article")
    assert ("Holtvane Inc.", "Marlo Petrossian") in relations(result, "CONTROLLED_BY")


_TWO_CASES = (
    "Torben Ashgrove was arrested in Ohio and charged with conspiracy to violate sanctions. "
    "He pleaded guilty in United States v. Ashgrove in the Southern District of Ohio. ")


def test_an_indictment_charging_a_missed_first_name_opens_no_case_of_the_second() -> None:
    # the first defendant is no entity: the case is not the one told before, and naming it
    # after the second defendant would make a case that does not exist
    result = extract(
        _TWO_CASES + "Later that month prosecutors in the same district unsealed an "
        "indictment charging Xabier Olaortua Lezeta, a Basque citizen, and Gavin Pellow, a "
        "Welsh citizen, with conspiring with Ashgrove to evade sanctions.",
        doc_type="doj_press_release")
    cases = relations(result, "DEFENDANT_IN")
    assert not any(p == "Gavin Pellow" and "Ashgrove" in c for p, c in cases)
    assert not any(c.endswith("Gavin Pellow") for _, c in cases)


def test_a_person_previously_charged_in_a_complaint_is_in_a_case_of_his_own() -> None:
    result = extract(
        _TWO_CASES + "Ri Song Gwan was previously charged in a criminal complaint, unsealed "
        "in 2019, for his role in a bank theft.", doc_type="doj_press_release")
    cases = relations(result, "DEFENDANT_IN")
    assert not any(p == "Ri Song Gwan" and "Ashgrove" in c for p, c in cases)


def test_a_defendant_charged_in_the_told_case_stays_in_it() -> None:
    # the look-alike: a definite reference keeps the case the document told
    result = extract(
        "Torben Ashgrove was arrested in Ohio and charged with conspiracy to violate "
        "sanctions in United States v. Ashgrove. Gavin Pellow was also charged in the "
        "indictment.", doc_type="doj_press_release")
    cases = relations(result, "DEFENDANT_IN")
    assert ("Gavin Pellow", "United States v. Torben Ashgrove") in cases or \
        ("Gavin Pellow", "United States v. Ashgrove") in cases


def test_a_dprk_unit_moving_its_own_proceeds_helps_no_workers() -> None:
    result = extract(
        "North Korean IT workers also earn money for the regime. OFAC designated Coinveil, a "
        "mixer it described as a laundering tool of the Andariel group, which had used it to "
        "move proceeds of the Harbor bridge theft.")
    assert not any("Andariel" in h for h, _ in relations(result, "FACILITATED"))


def test_a_facilitator_moving_proceeds_still_helps_the_workers() -> None:
    result = extract(
        "DPRK IT workers obtained remote jobs at U.S. companies. Delia Mournfield laundered "
        "the proceeds through her bank accounts.", doc_type="doj_press_release")
    assert ("Delia Mournfield", "DPRK IT workers") in relations(result, "FACILITATED")


def test_workers_recruited_somewhere_do_not_place_the_named_recruiter() -> None:
    # "Name: Recruited workers in Y": the parser hangs the list item's description on the
    # name as an apposition; a plural group noun never stands for one person
    result = extract(
        "Korea Pyoldal Trading Company: A front company. Ryang Chol Su: Recruited workers "
        "in countries like Laos and managed revenue-generating subsidiaries.")
    assert ("Ryang Chol Su", "Laos") not in relations(result, "LOCATED_IN")


def test_a_worker_placed_in_a_country_is_still_there() -> None:
    result = extract("Ryang Chol Su, a North Korean worker in Laos, was designated.")
    assert ("Ryang Chol Su", "Laos") in relations(result, "LOCATED_IN")


def test_a_ground_of_operating_in_a_states_industry_places_no_one() -> None:
    # the authority's criterion ("for operating in the IT industry in the DPRK") is met
    # from abroad by front companies: it places the sector, not the designated firm
    result = extract(
        "Velmara Soft LLC was designated for having operated in the information technology "
        "industry in the DPRK.")
    assert ("Velmara Soft LLC", "North Korea") not in relations(result, "LOCATED_IN")


def test_a_ground_of_operating_in_a_country_still_places_the_firm() -> None:
    result = extract(
        "Velmara Soft LLC was designated for having operated in Laos on behalf of the "
        "Munitions Industry Department.")
    assert ("Velmara Soft LLC", "Laos") in relations(result, "LOCATED_IN")


def test_a_firm_described_after_its_employee_is_the_one_placed() -> None:
    # the parser hangs "a company" on the person; the company is what is headquartered
    result = extract("Yom Chol Gu worked for Sonbong Trading, a company headquartered in Laos.")
    located = relations(result, "LOCATED_IN")
    assert ("Yom Chol Gu", "Laos") not in located
    assert ("Sonbong Trading", "Laos") in located


def test_a_person_described_as_based_somewhere_is_still_placed() -> None:
    result = extract("Yom Chol Gu, a banker based in Dandong, China, was designated.")
    assert ("Yom Chol Gu", "China") in relations(result, "LOCATED_IN")


def test_a_participle_after_an_of_phrase_places_the_firm_not_its_director() -> None:
    result = extract("Ho Yong Bom, director of Sonbong Trading Co. located in Pyongyang, North "
                     "Korea, sent workers to Laos.")
    located = relations(result, "LOCATED_IN")
    assert ("Ho Yong Bom", "North Korea") not in located
    assert ("Sonbong Trading Co.", "North Korea") in located


def test_a_director_based_somewhere_is_still_placed() -> None:
    result = extract("Ho Yong Bom, a director based in Pyongyang, North Korea, sent workers "
                     "to Laos.")
    assert ("Ho Yong Bom", "North Korea") in relations(result, "LOCATED_IN")
