""""X funneled income from their IT work back to Y": the parser hangs "back to Y" on the noun
of the from-phrase; the money still goes to Y (extract/frames/_money.py, `destination`).
Invented wording."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _funded(text: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="news"), "FUNDED")


def test_back_to_after_a_from_phrase_is_the_destination() -> None:
    assert _funded("DPRK IT workers worked for Alpha Soft Co. These IT workers funneled income "
                   "from their fraudulent IT work back to the DPRK through online payment "
                   "services.") == [("DPRK IT workers", "North Korea")]


def test_what_moves_back_must_be_money() -> None:
    assert _funded("DPRK IT workers moved the equipment from their offices back to the "
                   "DPRK.") == []


def test_negated_or_attempted_moves_fund_nothing() -> None:
    assert _funded("DPRK IT workers did not send income from their work back to the "
                   "DPRK.") == []
    assert _funded("DPRK IT workers tried to send income from their work back to the "
                   "DPRK.") == []
