"""Money frames, session 23: a sum someone's money came to, every amount of a listed
attribution of thefts, money that reaches someone, and money that ends up paying for a
state's programs. Our own wording and names; each with a look-alike that must not fire."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

OPENING = "Thousands of North Korean IT workers are deployed abroad. "
WORKERS_FUND = ("DPRK IT workers", "North Korea")


def found(sentence: str, rtype: str = "FUNDED") -> list[tuple[str, str]]:
    return relations(extract(OPENING + sentence, doc_type="news"), rtype)


def test_every_amount_of_a_listed_attribution_of_thefts_went_to_the_state() -> None:
    facts = found("Our three governments attribute to the DPRK the theft of $308 million from "
                  "Kappa Exchange, of USD 50 million from Tollbit, and of $16.13 million from "
                  "Rainfall Labs.")
    assert {("USD 308000000", "North Korea"), ("USD 50000000", "North Korea"),
            ("USD 16130000", "North Korea")} <= set(facts)
    facts = found("The United States and the ROK further attribute to North Korea the theft "
                  "of $235 million from Zentrix and of $50 million from Radiant Vault.")
    assert {("USD 235000000", "North Korea"), ("USD 50000000", "North Korea")} <= set(facts)
    # "attribute" without a theft attributes no money
    assert not found("The United States attributes to Russia a key role in a case of $40 "
                     "million.")


def test_a_states_thefts_that_total_a_sum_went_to_it() -> None:
    assert ("USD 660000000", "North Korea") in found(
        "The ministry estimated that the DPRK's cryptocurrency thefts in 2024 totaled about "
        "$660 million.")
    assert ("DPRK IT workers", "USD 4000000") in found(
        "The IT workers' earnings reached more than $4 million.", "GENERATED_REVENUE_FOR")
    # a loss is no one's revenue
    assert not found("The victims' losses totaled about $3 million.", "GENERATED_REVENUE_FOR")


def test_revenue_that_reaches_someone_is_theirs() -> None:
    assert WORKERS_FUND in found(
        "Revenue that reaches the IT workers ultimately supports North Korea's weapons "
        "programs.")
    assert not found("Revenue that reaches the IT workers ultimately supports their families.")


def test_money_that_ends_up_paying_for_a_states_programs_funds_it() -> None:
    assert WORKERS_FUND in found(
        "The salaries of the IT workers end up paying for North Korea's missile programs.")
    assert WORKERS_FUND in found(
        "The money the workers earn ends up paying for North Korea's missile programs.")
    assert not found("The salaries of the IT workers end up paying for their rent.")
    assert not found(
        "The salaries of the IT workers could end up paying for North Korea's programs.")
