""""the income they earn is sent back to the government in Pyongyang": the parser hangs "in
Pyongyang" on the verb, not on "government"; a government the money is sent to, placed in a
state by the clause, is that state (extract/frames/remittance.py). Invented wording."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _funded(text: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="advisory"), "FUNDED")


def test_the_government_in_a_state_is_the_state() -> None:
    text = ("North Korea has organized a large workforce of DPRK IT workers who sell their "
            "services abroad while concealing their nationality, and the income they earn "
            "is sent back to the government in Pyongyang.")
    assert _funded(text) == [("DPRK IT workers", "North Korea")]


def test_a_government_of_another_state_is_funded_by_no_one() -> None:
    assert _funded("The DPRK IT workers sent their wages to the government in Beijing to "
                   "pay a fine.") == []


def test_a_planned_transfer_funds_nothing() -> None:
    assert _funded("The DPRK IT workers planned to send their earnings back to the "
                   "government in Pyongyang.") == []
