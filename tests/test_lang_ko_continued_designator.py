"""A Korean sentence that names no designator and only continues a designation ("X도 명단에
올랐다", "X는 제재를 받았다", "대상에는 X가 포함됐다") takes the designator the report named
for the act before it (docs/annotation.md: a sentence that names no actor continues the
designator named before it), not the state a bare 정부 elsewhere in the report stands for.
Made-up sentences with invented names, through the real Kiwi pipeline."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta
from tests.lang_facts import designated


def _news(ko: KoreanPipeline, text: str, issuers: list[dict[str, str]]) -> set[tuple[str, str]]:
    meta = DocumentMeta(id="t", date="2026-09-15", issuers=issuers, doc_type="news",
                        language="ko")
    return designated(ko.extract(text, meta))


_US_ACT = ("미 국무부는 14일 북한 무기 거래를 중개한 소상진을 제재 대상으로 지정했다. "
           "그가 운영해 온 조선청봉무역회사도 제재를 받았다. "
           "정부는 미국 측과 관련 정보를 긴밀히 공유해 왔다고 설명했다.")


def test_agentless_passive_after_a_us_act_in_a_news_report_is_the_us(ko: KoreanPipeline
                                                                        ) -> None:
    # a news report with no government issuer: its bare 정부 is the ROK's, but the passive
    # continues the State Department's act
    assert _news(ko, _US_ACT, []) == {("country:US", "소상진"),
                                      ("country:US", "조선청봉무역회사")}


def test_the_same_in_a_report_the_rok_issued(ko: KoreanPipeline) -> None:
    assert _news(ko, _US_ACT, [{"country": "KR"}]) == {("country:US", "소상진"),
                                                       ("country:US", "조선청봉무역회사")}


def test_a_passive_after_the_rok_own_act_stays_the_rok(ko: KoreanPipeline) -> None:
    text = ("정부는 15일 북한 해커 조직에 자금을 대 온 탁세범을 독자제재 대상으로 지정했다. "
            "그의 동업자 석만제(Sok Man Je)도 명단에 올랐다.")
    assert _news(ko, text, [{"country": "KR"}]) == {("country:KR", "탁세범"),
                                                    ("country:KR", "석만제")}
