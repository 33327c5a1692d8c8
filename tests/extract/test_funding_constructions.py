"""FUNDED from constructions the money frames missed: the ones a state uses to earn ("X uses
its workers to earn revenue for Y"), revenue earned for a state's regime, money that
benefits a state. Each has a look-alike that states nothing (our own wording)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

OPENING = "Thousands of North Korean IT workers are deployed abroad. "
WORKERS_FUND = ("DPRK IT workers", "North Korea")


def funded(sentence: str) -> list[tuple[str, str]]:
    return relations(extract(OPENING + sentence, doc_type="news"), "FUNDED")


def test_the_ones_a_state_uses_to_earn_are_the_earners() -> None:
    assert WORKERS_FUND in funded(
        "The DPRK uses these IT workers to generate revenue for its weapons programs.")
    assert WORKERS_FUND in funded(
        "North Korea deploys the IT workers to earn foreign currency for the regime.")
    # using them for something else earns nothing
    assert not funded("The DPRK used the IT workers to steal identities.")


def test_revenue_for_a_states_regime_funds_the_state() -> None:
    assert WORKERS_FUND in funded("The IT workers earned money for the regime in Pyongyang.")
    assert WORKERS_FUND in funded("The IT workers earned money for the North Korean regime.")
    assert not funded("The IT workers did not earn money for the regime in Pyongyang.")


def test_earnings_that_benefit_a_state_fund_it_but_not_other_benefits() -> None:
    assert WORKERS_FUND in funded("The IT workers' earnings benefited North Korea.")
    assert not funded("The IT workers' earnings did not benefit North Korea.")
    # only money that benefits a state funds it
    assert not funded("The IT workers benefited North Korea.")
