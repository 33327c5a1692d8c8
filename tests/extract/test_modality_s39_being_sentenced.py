"""A sentencing told in the progressive ("is being sentenced next week") has handed down no
term yet: no SENTENCED (names and sentences invented for the test)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def test_being_sentenced_is_no_sentence() -> None:
    for text in ("Marcus Pelt is being sentenced on Friday in federal court in Texas.",
                 "Marcus Pelt, who is being sentenced next week, faces up to 20 years in "
                 "prison."):
        assert not relations(extract(text, doc_type="news"), "SENTENCED"), text


def test_a_sentence_handed_down_stays() -> None:
    text = "Marcus Pelt was sentenced on Friday to 40 months in prison."
    assert relations(extract(text, doc_type="news"), "SENTENCED") == [
        ("Marcus Pelt", "United States v. Marcus Pelt")]
