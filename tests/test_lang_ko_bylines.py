"""A news byline names the reporter, no participant (ko_persons.drop_bylines). Every
sentence is made up for the test, with invented names."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta


def _persons(ko: KoreanPipeline, text: str) -> set[str]:
    result = ko.extract(text, DocumentMeta(id="t", date="2025-06-01", doc_type="news"))
    return {m.text for e in result.entities if e.type == "Person" for m in e.mentions}


def test_the_reporter_of_a_byline_is_no_person_of_the_story(ko: KoreanPipeline) -> None:
    assert _persons(ko, "(서울=연합뉴스) 남궁민철 기자 = 외교부는 10일 북한 IT 조직원 "
                        "표명석을 독자제재 대상으로 지정했다.") == {"표명석"}
    assert _persons(ko, "[워싱턴=뉴시스] 도하린 특파원 = 미국 재무부는 표명석을 제재했다.\n"
                        "도하린 기자 dohr@example.com") == {"표명석"}


def test_a_title_without_a_byline_keeps_the_person(ko: KoreanPipeline) -> None:
    """Look-alike: 기자 in 기자회견, and a person who speaks to reporters."""
    assert "김철민" in _persons(ko, "김철민 대표는 기자회견에서 혐의를 부인했다.")
    assert "김철민" in _persons(ko, "김철민은 기자들에게 제재가 부당하다고 말했다.")
