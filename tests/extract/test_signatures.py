"""Argument signatures: a relation whose end falls in a class of entity its type refuses
(graph/model.yaml `classes` and `refuse`) is rejected with the reason, never written, while
the same construction with an end of the right side is written. Real spaCy model; the
sentences are ours, with names no list holds."""

from __future__ import annotations

from graph.model import Extraction
from tests.extract.conftest import extract, named, relations


def rejected(result: Extraction, rtype: str) -> list[tuple[str, str, str]]:
    names = named(result)
    return [(names.get(r.source, r.source), names.get(r.target, r.target), r.reason)
            for r in result.rejected if r.type == rtype]


def test_a_sanctioning_authority_controls_nobody() -> None:
    """"designated under OFAC's authorities": the authority the designation rests on is no
    ruler of the designated."""
    result = extract("Hwaryong Trading Company and its manager Ri Song Gil are designated "
                     "under OFAC's North Korea sanctions authorities.")
    rulers = [b for _, b in relations(result, "CONTROLLED_BY")]
    assert "Office of Foreign Assets Control" not in rulers
    refused = [(a, reason) for a, b, reason in rejected(result, "CONTROLLED_BY")
               if b == "Office of Foreign Assets Control"]
    assert refused and all("foreign_state" in reason for _, reason in refused)
    assert ("Office of Foreign Assets Control", "Hwaryong Trading Company") in relations(
        result, "DESIGNATED")


def test_the_dprk_state_may_control_a_company() -> None:
    for ruler in ("North Korea", "the Ministry of the People's Armed Forces"):
        result = extract(f"Hwaryong Trading Company operates under the direction of {ruler}.",
                         doc_type="news")
        assert relations(result, "CONTROLLED_BY") == [
            ("Hwaryong Trading Company", ruler.removeprefix("the "))]
        assert rejected(result, "CONTROLLED_BY") == []


def test_a_foreign_government_is_not_the_owner_of_a_front() -> None:
    result = extract("Hwaryong Trading Company is a front company for the Department of the "
                     "Treasury.", doc_type="news")
    assert relations(result, "FRONT_FOR") == []
    assert [(a, b) for a, b, _ in rejected(result, "FRONT_FOR")] == [
        ("Hwaryong Trading Company", "Department of the Treasury")]


def test_revenue_for_a_foreign_state_is_not_funding_it() -> None:
    result = extract("Hwaryong Trading Company earned revenue for Japan.", doc_type="news")
    assert relations(result, "FUNDED") == []
    assert any(b == "Japan" and "foreign_state" in reason
               for _, b, reason in rejected(result, "FUNDED"))


def test_the_dprk_designates_nobody() -> None:
    result = extract("North Korea designated Hwaryong Trading Company.", doc_type="news")
    assert relations(result, "DESIGNATED") == []
    assert any(a == "North Korea" and "dprk_state" in reason
               for a, _, reason in rejected(result, "DESIGNATED"))


def test_a_government_body_sits_in_its_own_state() -> None:
    """"The Ministry operates in Laos": its people work there; the ministry is in the DPRK.
    A company that operates there is placed there."""
    result = extract("The Ministry of the People's Armed Forces operates in Laos, and Hwaryong "
                     "Trading Company operates in Laos.", doc_type="news")
    assert relations(result, "LOCATED_IN") == [("Hwaryong Trading Company", "Laos")]


def test_the_japanese_and_korean_pipelines_obey_the_same_signatures() -> None:
    """Their relations pass the same check before they are written (extract/lang/
    assemble.py); pure logic over the real model."""
    from extract.lang.assemble import checked
    from extract.lang.common import DocBuilder, Span
    from graph.model import DocumentMeta, ExtractedEntity

    text = "북한은 화룡무역을 제재했다. 한국은 화룡무역을 제재했다."
    builder = DocBuilder(text, DocumentMeta(id="t"), "ko")
    for ident, label, props in (("country:KP", "Country", {"code": "KP"}),
                                ("country:KR", "Country", {"code": "KR"}),
                                ("organization:hwaryong", "Organization", {"kind": "company"})):
        builder.entities[ident] = ExtractedEntity(id=ident, type=label, name=ident,
                                                  properties=props)
    for state in ("country:KP", "country:KR"):
        builder.relate("DESIGNATED", state, "organization:hwaryong", Span(0, 10),
                       frame="designation.ko.v1", confidence=0.8)
    kept, refused = checked(builder)
    assert [r.source for r in kept] == ["country:KR"]
    assert [(r.source, r.frame) for r in refused] == [("country:KP", "designation.ko.v1")]
    assert "dprk_state" in refused[0].reason
