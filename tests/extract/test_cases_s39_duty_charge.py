"""'charged with <an office's work>' is a duty, not a criminal charge (names and sentences
invented for the test)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def test_a_duty_opens_no_case() -> None:
    for text in ("Jane Roe, who is charged with overseeing the task force, said the workers "
                 "were identified last year.",
                 "The FBI agent charged with leading the investigation, John Vale, declined "
                 "to comment."):
        result = extract(text, doc_type="news")
        assert not relations(result, "DEFENDANT_IN"), text
        assert not [e for e in result.entities if e.type == "Case"], text


def test_a_crime_charged_with_a_gerund_stays_a_charge() -> None:
    for text in ("Mark Dunning was charged with conspiring to commit wire fraud.",
                 "Mark Dunning was charged with laundering money for North Korean IT workers."):
        assert relations(extract(text, doc_type="news"), "DEFENDANT_IN") == [
            ("Mark Dunning", "United States v. Mark Dunning")], text
