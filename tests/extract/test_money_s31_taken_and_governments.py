"""Money the workers earned and a court or agency took, a court's second order noun, and a
state's government named only by its adjective (sentences and names invented)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

WORKERS = "DPRK IT workers"


def test_money_the_workers_earned_is_theirs_though_it_was_seized() -> None:
    result = extract("North Korean IT workers took contracts with clients abroad. Agents froze "
                     "about $640,000 that the workers had earned from those clients.",
                     doc_type="news")
    assert (WORKERS, "USD 640000") in relations(result, "GENERATED_REVENUE_FOR")
    # money seized that no one is said to have earned is nobody's revenue
    plain = extract("North Korean IT workers took contracts with clients abroad. Agents froze "
                    "about $640,000 in an account in Delaware.", doc_type="news")
    assert relations(plain, "GENERATED_REVENUE_FOR") == []


def test_a_part_of_the_wages_the_workers_received() -> None:
    result = extract("North Korean IT workers took contracts with clients abroad. Roughly "
                     "$215,000 of the salaries the workers had received was frozen in 2024.",
                     doc_type="news")
    assert (WORKERS, "USD 215000") in relations(result, "GENERATED_REVENUE_FOR")


def test_a_second_court_order_noun_joined_to_the_first_amount() -> None:
    result = extract("Dana Whitlock, 52, of Provo, Utah, was ordered to pay a money judgment of "
                     "$52,000 and restitution of $17,500.", doc_type="sentencing")
    forfeited = relations(result, "FORFEITED")
    assert ("Dana Whitlock", "USD 52000") in forfeited
    assert ("Dana Whitlock", "USD 17500") in forfeited


def test_a_states_government_named_by_its_adjective_is_the_state() -> None:
    result = extract("North Korean IT workers took contracts with clients abroad. The workers "
                     "amassed $1.3 million for the benefit of the North Korean government.",
                     doc_type="news")
    assert ("USD 1300000", "North Korea") in relations(result, "FUNDED")
    # the adjective before the workers alone is their nationality, not the state as actor
    workers_only = extract("North Korean IT workers took contracts with clients abroad and "
                           "earned $1.3 million.", doc_type="news")
    assert not [e for e in workers_only.entities if e.name == "North Korea"]


def test_earnings_sent_to_a_firm_described_as_north_korean_fund_it() -> None:
    result = extract("Treasury sanctioned Ostrander Circuit LLC, which hired North Korean "
                     "developers and sent their wages to Korea Myohyang Trading Company, a DPRK "
                     "company.")
    assert ("Ostrander Circuit LLC", "Korea Myohyang Trading Company") in \
        relations(result, "FUNDED")
    # a firm of no known DPRK side may simply have been paid for goods
    trade = extract("Treasury sanctioned Ostrander Circuit LLC, which hired North Korean "
                    "developers and sent their wages to Halden Parts Ltd., a Danish supplier.")
    assert relations(trade, "FUNDED") == []
