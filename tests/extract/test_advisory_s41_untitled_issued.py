"""Session 41: untitled advisories a report names with their issuers (docs/annotation.md:
an untitled statement or advisory is named by its description as written).

A plural the issuers put out ("issued public advisories"), the issuers' present act ("are
releasing a joint bulletin"), a first "the statement" whose clause says who released it,
and "along with" a co-issuer after the verb. Look-alikes give nothing: counted or
definite plurals, a planned or future release, a "the" document after an advisory was
named, an advisory's own "the advisory", a report by a firm. Invented names and
sentences."""

from __future__ import annotations

from graph.model import Extraction
from tests.extract.conftest import extract, relations


def news(text: str) -> Extraction:
    return extract(text, doc_type="news", date="2024-06-12")


def advisories(result: Extraction) -> set[str]:
    return {e.name for e in result.entities if e.type == "Advisory"}


def test_a_plural_the_issuers_put_out_is_one_advisory() -> None:
    result = news("Japan and Canada issued public advisories about North Korean IT workers "
                  "last year.")
    assert advisories(result) == {"public advisories"}
    assert set(relations(result, "ISSUED")) == {("Japan", "public advisories"),
                                                ("Canada", "public advisories")}


def test_counted_or_definite_plurals_are_no_advisory() -> None:
    for text in ("Japan and Canada issued three advisories about North Korean IT workers.",
                 "Japan and Canada issued several advisories about North Korean IT workers.",
                 "Japan and Canada reissued the advisories about North Korean IT workers."):
        result = news(text)
        assert not advisories(result), text
        assert not relations(result, "ISSUED"), text


def test_the_issuers_present_act() -> None:
    result = news("The Department of Labor and the Department of Commerce are releasing a "
                  "joint bulletin on remote contractor fraud.")
    assert advisories(result) == {"joint bulletin"}
    assert set(relations(result, "ISSUED")) == {("Department of Labor", "joint bulletin"),
                                                ("Department of Commerce", "joint bulletin")}


def test_a_planned_release_is_nothing() -> None:
    for text in ("The Department of Labor and the Department of Commerce will be releasing "
                 "a joint bulletin on remote contractor fraud.",
                 "The Department of Labor and the Department of Commerce are preparing to "
                 "release a joint bulletin on remote contractor fraud."):
        result = news(text)
        assert not advisories(result), text
        assert not relations(result, "ISSUED"), text


def test_a_first_definite_statement_with_its_issuers() -> None:
    result = news("The statement, jointly released by the Department of Labor and the "
                  "Department of Commerce, warns companies about North Korean IT workers.")
    assert advisories(result) == {"statement"}
    assert set(relations(result, "ISSUED")) == {("Department of Labor", "statement"),
                                                ("Department of Commerce", "statement")}


def test_a_definite_document_after_an_advisory_was_named_is_not_new() -> None:
    result = news("The Department of Labor issued the Notice on Remote Contractor Fraud in "
                  "May. The statement, released by the Department of Commerce, warns "
                  "companies about North Korean IT workers.")
    assert "statement" not in advisories(result)
    assert ("Department of Commerce", "statement") not in relations(result, "ISSUED")


def test_an_advisorys_own_definite_mention_is_itself() -> None:
    result = extract("The advisory, published by the Department of Labor, is intended for "
                     "employers.", doc_type="advisory",
                     issuers=[{"country": "US", "agency": "Department of Labor"}])
    assert "advisory" not in advisories(result)


def test_a_report_by_a_firm_is_no_advisory() -> None:
    result = news("The report, prepared by Example Security Labs, warns companies about "
                  "North Korean IT workers.")
    assert not advisories(result)
    assert not relations(result, "ISSUED")


def test_a_co_issuer_along_with_after_the_verb() -> None:
    result = news("The Department of Labor issued a joint notice on Tuesday, along with the "
                  "Department of Commerce.")
    assert set(relations(result, "ISSUED")) == {("Department of Labor", "joint notice"),
                                                ("Department of Commerce", "joint notice")}


def test_the_topic_the_parser_hangs_on_the_verb_introduces_the_advisory() -> None:
    result = news("Japan's Ministry of Finance issued the advisory on remote contractor "
                  "fraud, along with the Ministry of Economy, Trade and Industry.")
    assert advisories(result) == {"advisory"}
    assert ("Ministry of Finance of Japan", "advisory") in relations(result, "ISSUED")


def test_a_date_after_a_definite_object_is_no_topic() -> None:
    for text in ("Japan's Ministry of Finance issued the advisory on Monday.",
                 "Japan's Ministry of Finance issued the guidance in May."):
        result = news(text)
        assert not advisories(result), text
