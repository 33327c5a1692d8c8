"""Who designates in a Korean sentence: the state whose body the sentence names (미국
재무부 해외자산통제국(OFAC)은 …, 재무부는 …, 외교부는 …, 일본 정부는 …), the convention of
the Korean gold (docs/languages.md); and which earlier targets "these" are. Every sentence
is made up for the test, with invented names."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta, ExtractedEntity, Extraction

US = "country:US"


def _meta() -> DocumentMeta:
    return DocumentMeta(id="t", date="2026-03-10", issuers=[{"country": "KR"}],
                        doc_type="news")


def _first(entity: ExtractedEntity) -> str:
    return min(entity.mentions, key=lambda m: m.start).text


def designated(result: Extraction) -> set[tuple[str, str]]:
    names = {e.id: e for e in result.entities}
    return {(r.source, _first(names[r.target])) for r in result.relations
            if r.type == "DESIGNATED"}


def test_a_named_office_designates_for_its_state(ko: KoreanPipeline) -> None:
    result = ko.extract("미국 재무부 해외자산통제국(OFAC)은 9일(현지시간) 북한 IT 조직원 "
                        "표명석(Pyo Myong Sok)을 제재 대상으로 지정했다고 밝혔다.", _meta())
    assert designated(result) == {(US, "표명석")}
    assert "country:US" in {e.id for e in result.entities}


def test_a_department_named_alone_designates_for_its_state(ko: KoreanPipeline) -> None:
    result = ko.extract("재무부는 자금 세탁에 관여한 은하수신용은행을 제재 명단에 올렸다.", _meta())
    assert designated(result) == {(US, "은하수신용은행")}


def test_an_rok_ministry_and_a_government_designate_for_the_state(ko: KoreanPipeline) -> None:
    result = ko.extract("외교부는 10일 북한 IT 조직원 표명석을 독자제재 대상으로 지정했다.",
                        _meta())
    assert designated(result) == {("country:KR", "표명석")}
    result = ko.extract("일본 정부도 같은 날 은하수신용은행을 자산동결 대상으로 지정했다.",
                        _meta())
    assert designated(result) == {("country:JP", "은하수신용은행")}


def test_these_are_not_the_targets_of_a_recalled_act(ko: KoreanPipeline) -> None:
    """OFAC도 이들 기관 1곳을 지정했다 after a sentence that only recalls an earlier
    designation (지정한 바 있다): "these" are the targets the report reports; the recalled
    act stands apart, dated by its own sentence."""
    result = ko.extract("외교부는 10일 조선은하수무역회사를 독자제재 대상으로 지정했다. "
                        "조선한빛정보기술회사는 정부가 지난해 5월 제재 대상으로 지정한 바 "
                        "있다. 미국 재무부 해외자산통제국도 같은 날 이들 기관 1곳을 제재 "
                        "대상으로 지정했다.", _meta())
    assert designated(result) == {
        ("country:KR", "조선은하수무역회사"), ("country:KR", "조선한빛정보기술회사"),
        (US, "조선은하수무역회사")}
