"""A US conviction as Korean news reports it (ko_charge_cues.CONVICTED, CONVICTED_BY): the
one the jury's verdict or the court's judgment names is a defendant of the case. Every
sentence is made up for the test, with invented names; each construction has a look-alike
that states no conviction (a verdict awaited, an acquittal, a negation, a Korean court)."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta, Extraction


def _meta() -> DocumentMeta:
    return DocumentMeta(id="t", date="2025-06-01", issuers=[{"country": "KR"}],
                        doc_type="news")


def defendants(result: Extraction) -> set[tuple[str, str]]:
    names = {e.id: e for e in result.entities}
    return {(min(names[r.source].mentions, key=lambda m: m.start).text, names[r.target].type)
            for r in result.relations if r.type == "DEFENDANT_IN"}


def test_the_one_a_jury_finds_guilty(ko: KoreanPipeline) -> None:
    """배심원단은 X에게 유죄 평결을 내렸다: X is the defendant of a US case."""
    result = ko.extract("미국 연방 배심원단은 북한 IT 노동자들에게 신분을 빌려준 혐의로 "
                        "재판에 넘겨진 다니엘 후버(41)에게 유죄 평결을 내렸다.", _meta())
    assert defendants(result) == {("다니엘 후버", "Case")}


def test_the_one_who_received_a_guilty_verdict(ko: KoreanPipeline) -> None:
    """X는 … 유죄 평결을 받았다; X가 … 유죄가 인정됐다."""
    result = ko.extract("미 법무부에 따르면 노트북 농장을 운영한 다니엘 후버(41)는 지난 10일 "
                        "오하이오 남부 연방지법 재판에서 유죄 평결을 받았다.", _meta())
    assert defendants(result) == {("다니엘 후버", "Case")}
    result = ko.extract("노트북 농장을 운영한 다니엘 후버(41)가 미국 법원 재판에서 유죄가 "
                        "인정됐다.", _meta())
    assert defendants(result) == {("다니엘 후버", "Case")}


def test_a_court_that_finds_guilty(ko: KoreanPipeline) -> None:
    result = ko.extract("미국 오하이오 남부 연방지법은 다니엘 후버(41)에 대해 유죄를 "
                        "선고했다.", _meta())
    assert defendants(result) == {("다니엘 후버", "Case")}


def test_no_conviction_stated(ko: KoreanPipeline) -> None:
    """Look-alikes: a verdict awaited, an acquittal, a negation, a Korean court."""
    for text in ("미국 연방 법원에서 다니엘 후버(41)가 유죄 평결을 받을 경우 최대 징역 20년에 "
                 "처해질 수 있다.",
                 "미국 연방 배심원단은 다니엘 후버(41)에게 무죄 평결을 내렸다.",
                 "미국 연방 법원에서 다니엘 후버(41)는 유죄 평결을 받지 않았다.",
                 "서울중앙지법은 김철민(45)에게 유죄를 선고했다."):
        assert defendants(ko.extract(text, _meta())) == set(), text


def test_a_term_handed_down(ko: KoreanPipeline) -> None:
    """X에게 징역 40개월형이 내려졌다: sentenced; look-alike: a term the charge could carry."""
    result = ko.extract("북한 IT 노동자들의 취업을 도운 미국인 다니엘 후버(41)에게 징역 "
                        "40개월형이 내려졌다고 미 법무부가 밝혔다.", _meta())
    assert {r.type for r in result.relations} >= {"SENTENCED", "DEFENDANT_IN"}
    result = ko.extract("미국 연방법원에서 유죄가 확정되면 다니엘 후버(41)에게 징역 20년형이 "
                        "내려질 수 있다.", _meta())
    assert not [r for r in result.relations if r.type in ("SENTENCED", "DEFENDANT_IN")]


def test_a_term_received_with_other_penalties(ko: KoreanPipeline) -> None:
    """X가 징역 96개월과 보호관찰 3년, 몰수 명령을 받았다: sentenced; look-alikes: what the
    charge could carry, a prosecutor's request (구형), a negation."""
    result = ko.extract("미 법무부는 북한 IT 노동자들에게 신분을 빌려준 다니엘 후버(41)가 징역 "
                        "96개월과 보호관찰 3년, 20만 달러 몰수 명령을 받았다고 밝혔다.", _meta())
    assert {(r.type, r.properties.get("months")) for r in result.relations
            if r.type == "SENTENCED"} == {("SENTENCED", 96)}
    for text in ("미 법무부는 다니엘 후버(41)가 유죄 판결을 받으면 최대 징역 20년과 벌금 25만 "
                 "달러를 받을 수 있다고 밝혔다.",
                 "미국 검찰은 다니엘 후버(41)에게 징역 8년과 몰수를 구형했다.",
                 "미국 법원에서 다니엘 후버(41)는 징역 20년과 벌금을 받지 않았다."):
        result = ko.extract(text, _meta())
        assert not [r for r in result.relations if r.type == "SENTENCED"], text
