"""A clause of time in the present tense tells an act still to come (names invented)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_FUTURE = ("Marlowe Quince, 41, of Provo, Utah, pleaded guilty to wire fraud conspiracy. Quince "
           "faces up to 20 years in prison when he is sentenced on November 14.")


def test_a_sentencing_still_to_come_is_no_sentence() -> None:
    assert relations(extract(_FUTURE, doc_type="sentencing", date="2026-07-01"),
                     "SENTENCED") == []


def test_a_past_clause_of_time_is_a_done_act() -> None:
    past = _FUTURE.replace("faces up to 20 years in prison when he is sentenced",
                           "wept in court when he was sentenced")
    assert relations(extract(past, doc_type="sentencing", date="2026-12-01"), "SENTENCED")
