"""A Korean report that designates persons and bodies by their count, then names them in the
next sentence ("개인은 A와 B이며, 기관은 X다", "이들은 A와 B이다": ko_designations.py
complement_items), through the real Kiwi pipeline. Every sentence is made up for the test,
with invented names."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta
from tests.lang_facts import designated


def _meta() -> DocumentMeta:
    return DocumentMeta(id="t", date="2026-08-19", issuers=[{"country": "KR"}],
                        doc_type="news")


def test_the_kinds_counted_are_named_after_the_designation(ko: KoreanPipeline) -> None:
    """개인은 A와 B이며, 기관은 X다: each clause's names; a name right before the copula
    다 (B다) is still a name."""
    result = ko.extract("외교부는 19일 해외 위장 취업을 조직한 개인 2명과 기관 1곳을 대북 "
                        "독자제재 대상으로 새로 지정했다. 개인은 남기옥과 채석훈이며, 기관은 "
                        "조선은빛물결회사다.", _meta())
    assert designated(result) == {("country:KR", "남기옥"), ("country:KR", "채석훈"),
                                  ("country:KR", "조선은빛물결회사")}


def test_they_are_designated_by_the_actor_of_the_sentence_before(ko: KoreanPipeline) -> None:
    """이들은 A와 B다 after a US designation in a Korean report: the United States, not the
    report's own government named in another sentence."""
    result = ko.extract("정부는 19일 조선은빛물결회사를 독자제재 대상으로 지정했다. 미국 "
                        "국무부와 재무부는 같은 날 개인 2명을 제재 대상에 올렸다. 이들은 "
                        "국해란과 도반석이다.", _meta())
    assert designated(result) == {("country:KR", "조선은빛물결회사"), ("country:US", "국해란"),
                                  ("country:US", "도반석")}


def test_complements_that_name_no_target(ko: KoreanPipeline) -> None:
    """After a review, not a designation, "이들은 A와 B이다" names no target; after a
    designation, a body the designated belong to (이들은 X 소속이다) or own (기관은 Y의
    자회사다) is none either."""
    assert designated(ko.extract("정부는 개인 2명에 대한 제재를 검토 중이다. 이들은 육지완과 "
                                 "맹호섭이다.", _meta())) == set()
    result = ko.extract("정부는 개인 1명과 기관 1곳을 독자제재 대상으로 지정했다. 이들은 "
                        "평양가람기술교류사 소속이다. 기관은 조선산마루무역회사의 자회사다.",
                        _meta())
    assert designated(result) == set()
