"""Constructions an unseen writer uses for the scheme's relations, each with a look-alike
that must state nothing (sentences and names invented for the test)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

MID = "Munitions Industry Department"


def test_payroll_and_contracting_are_jobs() -> None:
    found = relations(extract(
        "Owen Brackley was on the payroll of Tellmar Systems LLC. Fenwick Data Inc. "
        "contracted Laura Pennington to maintain its servers.", doc_type="news"), "EMPLOYED_AT")
    assert ("Owen Brackley", "Tellmar Systems LLC") in found
    assert ("Laura Pennington", "Fenwick Data Inc.") in found


def test_not_on_the_payroll_and_contracting_with_a_firm_are_no_jobs() -> None:
    found = relations(extract(
        "Owen Brackley was never on the payroll of Tellmar Systems LLC. Fenwick Data Inc. "
        "contracted with Tellmar Systems LLC to maintain its servers.", doc_type="news"),
        "EMPLOYED_AT")
    assert found == []


def test_an_employer_named_beside_the_worker() -> None:
    found = relations(extract("Owen Brackley's employer, Tellmar Systems LLC, declined to "
                              "comment.", doc_type="news"), "EMPLOYED_AT")
    assert found == [("Owen Brackley", "Tellmar Systems LLC")]


def test_a_prospective_employer_is_no_job() -> None:
    found = relations(extract("Owen Brackley's prospective employer, Tellmar Systems LLC, "
                              "declined to comment.", doc_type="news"), "EMPLOYED_AT")
    assert found == []


def test_the_firm_where_someone_worked() -> None:
    result = extract("Tellmar Systems LLC, where Owen Brackley worked until 2022, is based in "
                     "Laos. Vientiane, where Laura Pennington worked, is the capital of Laos.",
                     doc_type="news")
    assert relations(result, "EMPLOYED_AT") == [("Owen Brackley", "Tellmar Systems LLC")]


def test_working_with_a_firm_towards_a_purpose_is_no_job() -> None:
    result = extract("Owen Brackley worked with Tellmar Systems LLC to open bank accounts in "
                     "other people's names.", doc_type="news")
    assert relations(result, "EMPLOYED_AT") == []


def test_acting_for_or_on_behalf_of_a_bank() -> None:
    result = extract("Pak Ryong Su is designated today for acting for or on behalf of "
                     "Haedong Credit Bank.")
    assert ("Pak Ryong Su", "Haedong Credit Bank") in relations(result, "EMPLOYED_AT")


def test_a_front_through_which_a_unit_operates() -> None:
    result = extract(f"The {MID} operates through front companies such as Tellmar Systems "
                     "LLC and Fenwick Data Inc.", doc_type="news")
    found = relations(result, "FRONT_FOR")
    assert ("Tellmar Systems LLC", MID) in found and ("Fenwick Data Inc.", MID) in found


def test_payments_routed_through_fronts_name_no_owner() -> None:
    result = extract("Payments were routed through front companies such as Tellmar Systems "
                     "LLC.", doc_type="news")
    assert relations(result, "FRONT_FOR") == []


def test_a_front_organization_and_a_front_for_someone_s_operations() -> None:
    result = extract(f"Tellmar Systems LLC is a front organization of the {MID}. Fenwick "
                     f"Data Inc. is a front for the {MID}'s IT operations.", doc_type="news")
    found = relations(result, "FRONT_FOR")
    assert ("Tellmar Systems LLC", MID) in found and ("Fenwick Data Inc.", MID) in found


def test_a_state_earning_through_its_workers() -> None:
    result = extract("North Korea earns foreign currency through DPRK IT workers posted "
                     "abroad.", doc_type="news")
    assert ("DPRK IT workers", "North Korea") in relations(result, "FUNDED")


def test_a_person_earning_through_a_firm_funds_nobody() -> None:
    result = extract("Owen Brackley earned money through Tellmar Systems LLC. North Korea "
                     "earns praise through Tellmar Systems LLC.", doc_type="news")
    assert relations(result, "FUNDED") == []


def test_the_regime_keeping_the_workers_wages() -> None:
    result = extract("DPRK IT workers take remote jobs abroad. North Korea withholds up to 90 "
                     "percent of their earnings.", doc_type="news")
    assert ("DPRK IT workers", "North Korea") in relations(result, "FUNDED")


def test_a_seizure_by_another_state_is_no_funding() -> None:
    result = extract("DPRK IT workers take remote jobs abroad. The United States seized most "
                     "of the wages of the IT workers.", doc_type="news")
    assert relations(result, "FUNDED") == []


def test_supplying_the_workers_with_equipment() -> None:
    result = extract("Owen Brackley supplied DPRK IT workers with laptops and bank accounts.",
                     doc_type="news")
    assert ("Owen Brackley", "DPRK IT workers") in relations(result, "FACILITATED")


def test_supplying_a_firm_with_advice_or_an_agency_with_documents_is_no_help() -> None:
    result = extract("Owen Brackley provided Tellmar Systems LLC with advice. Laura Pennington "
                     "provided the FBI with documents.", doc_type="news")
    assert relations(result, "FACILITATED") == []


def test_conspiring_with_the_workers() -> None:
    result = extract("Owen Brackley conspired with DPRK IT workers to deceive U.S. employers.",
                     doc_type="news")
    assert ("Owen Brackley", "DPRK IT workers") in relations(result, "FACILITATED")


def test_refusing_to_work_with_the_workers_or_working_with_a_neighbour_is_no_help() -> None:
    result = extract("Owen Brackley refused to work with DPRK IT workers to deceive U.S. "
                     "employers. Laura Pennington worked with Owen Brackley to repair the fence.",
                     doc_type="news")
    assert relations(result, "FACILITATED") == []


def test_the_workers_taken_up_by_a_definite_description() -> None:
    result = extract("DPRK IT workers took remote jobs at U.S. firms. Owen Brackley hosted "
                     "laptops for the workers at his home in Ohio. The money these workers "
                     "earn goes to North Korea.", doc_type="indictment")
    assert ("Owen Brackley", "DPRK IT workers") in relations(result, "FACILITATED")
    assert ("DPRK IT workers", "North Korea") in relations(result, "FUNDED")


def test_the_workers_before_any_collective_stay_unresolved() -> None:
    result = extract("Owen Brackley hosted laptops for the workers at his home in Ohio. "
                     "Tellmar Systems LLC paid the workers in cash.", doc_type="news")
    assert not any(e.properties.get("kind") == "worker_group" for e in result.entities)


def test_designated_for_being_owned_by() -> None:
    result = extract("Tellmar Systems LLC and Fenwick Data Inc. were designated for being "
                     "owned or controlled by Owen Brackley.")
    found = relations(result, "CONTROLLED_BY")
    assert sorted(found) == [("Fenwick Data Inc.", "Owen Brackley"),
                             ("Tellmar Systems LLC", "Owen Brackley")]


def test_a_dprk_company_employing_the_workers_fields_them() -> None:
    result = extract("Funds were traced to Kim Sang Chol, who handled payments for Kestrel "
                     "Computer Corporation, a DPRK company that employs IT workers abroad. "
                     "Tellmar Systems LLC, an Ohio company, employed DPRK IT workers in "
                     "2023.", doc_type="news")
    assert relations(result, "CONTROLLED_BY") == [("DPRK IT workers",
                                                   "Kestrel Computer Corporation")]
    assert relations(result, "EMPLOYED_AT") == [("DPRK IT workers", "Tellmar Systems LLC")]


def test_money_earned_by_or_paid_to_the_workers_moving_on() -> None:
    result = extract("DPRK IT workers used false names. The salaries paid to the IT workers "
                     "were funneled to North Korea.", doc_type="news")
    assert ("DPRK IT workers", "North Korea") in relations(result, "FUNDED")


def test_salaries_paid_by_a_firm_are_not_its_own_money_going_on() -> None:
    result = extract("The salaries paid by Tellmar Systems LLC were funneled to North Korea.",
                     doc_type="news")
    assert relations(result, "FUNDED") == []


def test_a_participle_clause_earns_for_the_sentence_subject() -> None:
    result = extract("Owen Brackley hosted the laptops, collecting $96,000.", doc_type="news")
    assert ("Owen Brackley", "USD 96000") in relations(result, "GENERATED_REVENUE_FOR")


def test_a_participle_clause_of_hope_earns_nothing() -> None:
    result = extract("Owen Brackley hosted the laptops, hoping to collect $96,000.",
                     doc_type="news")
    assert relations(result, "GENERATED_REVENUE_FOR") == []


def test_operating_out_of_a_town_and_a_home_in_a_state() -> None:
    result = extract("Russia and the United States are named. Tellmar Systems LLC has operated "
                     "out of Vladivostok, Russia, since 2019. Owen Brackley kept the laptops "
                     "at his home in Phoenix, Arizona.", doc_type="news")
    found = relations(result, "LOCATED_IN")
    assert ("Tellmar Systems LLC", "Russia") in found
    assert ("Owen Brackley", "United States") in found


def test_a_house_someone_else_owns_places_nobody() -> None:
    result = extract("China is named. Owen Brackley shipped the laptops to a house in Dalian, "
                     "China.", doc_type="news")
    assert relations(result, "LOCATED_IN") == []


def test_playing_a_part_in_helping_and_serving_as_a_launderer() -> None:
    result = extract("Owen Brackley played a key role in helping DPRK IT workers obtain jobs. "
                     "Laura Pennington served as a money launderer for DPRK IT workers.",
                     doc_type="news")
    found = relations(result, "FACILITATED")
    assert ("Owen Brackley", "DPRK IT workers") in found
    assert ("Laura Pennington", "DPRK IT workers") in found


def test_no_part_in_helping_and_exposing_a_launderer_are_no_help() -> None:
    result = extract("Owen Brackley played no role in helping DPRK IT workers obtain jobs. "
                     "Laura Pennington exposed a money launderer for DPRK IT workers.",
                     doc_type="news")
    assert relations(result, "FACILITATED") == []


def test_the_third_verb_of_a_chain_shares_the_subject() -> None:
    result = extract("North Korea is named. DPRK IT workers hide their names, take remote jobs "
                     "with firms abroad, and send their pay back to the regime.",
                     doc_type="news")
    assert ("DPRK IT workers", "North Korea") in relations(result, "FUNDED")


def test_a_middle_verb_with_its_own_subject_keeps_the_chain_apart() -> None:
    result = extract("Owen Brackley hid the laptops and the DPRK IT workers logged in and sent "
                     "their pay back to North Korea.", doc_type="news")
    assert relations(result, "FUNDED") == [("DPRK IT workers", "North Korea")]
