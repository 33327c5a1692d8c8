""""X continued to operate, moving its workers' earnings back to Y": a participle clause set
off after the main clause shares its subject, who moves the money (extract/frames/
remittance.py). Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _funded(text: str) -> list[tuple[str, str]]:
    return sorted(relations(extract(text, doc_type="indictment"), "FUNDED"))


def test_the_subject_of_the_main_clause_moves_the_money() -> None:
    text = ("Alpha Soft Co. and Beta Link LLC continued to operate for years after that "
            "action, moving their workers' earnings back to the regime in Pyongyang.")
    assert _funded(text) == [("Alpha Soft Co.", "North Korea"), ("Beta Link LLC", "North Korea")]


def test_money_moved_elsewhere_or_only_hoped_for_funds_nothing() -> None:
    assert _funded("The FBI seized the accounts of Alpha Soft Co., moving the funds back to "
                   "the U.S. Treasury.") == []
    assert _funded("Alpha Soft Co. continued to operate, hoping to send its earnings back to "
                   "the regime in Pyongyang.") == []
