""""X and Y are run and staffed by North Koreans, with revenue going to the North Korean
regime": the money of an absolute with-phrase is that of the subject of the clause it is
set on (extract/frames/remittance.py). Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _funded(text: str) -> list[tuple[str, str]]:
    return sorted(relations(extract(text, doc_type="news"), "FUNDED"))


def test_the_subject_of_the_clause_funds_the_regime() -> None:
    text = ("The Treasury Department said that Alpha Soft Co. and Beta Link LLC are run and "
            "staffed by North Korean executives and employees, with revenue going to the "
            "North Korean regime.")
    assert _funded(text) == [("Alpha Soft Co.", "North Korea"), ("Beta Link LLC", "North Korea")]


def test_no_money_going_or_money_going_elsewhere_funds_nothing() -> None:
    assert _funded("Alpha Soft Co. is run by North Koreans, with no revenue going to the "
                   "regime in Pyongyang.") == []
    assert _funded("Alpha Soft Co. is run by North Koreans, with revenue going to Beta Link "
                   "LLC, a Chinese bank.") == []
