""""우리 정부" ("our government") in a Korean report is the ROK government whoever issued
the report (native_actors.yaml). Made-up sentences with invented names, through the real
Kiwi pipeline."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta
from tests.lang_facts import designated


def test_our_government_in_a_report_of_a_us_act_is_the_rok(ko: KoreanPipeline) -> None:
    meta = DocumentMeta(id="t", date="2026-10-30", issuers=[{"country": "US"}],
                        doc_type="news")
    result = ko.extract("미 재무부 해외자산통제실은 29일 조선백로정보교류사를 제재했다. 우리 "
                        "정부도 이튿날 길상운을 대북 독자제재 대상으로 지정했다.", meta)
    assert designated(result) == {("country:US", "조선백로정보교류사"), ("country:KR", "길상운")}
