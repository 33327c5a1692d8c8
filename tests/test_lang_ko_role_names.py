"""A Korean name after a post whose place is itself a word before it (하노이 지사 책임자 A):
the role word names the person after it even when a word before the role also stands
beside it. Invented names (read by the analyzer as an adverb and a noun, so only the role
says they are names) and invented sentences, with a look-alike."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta, Extraction
from tests.lang_facts import designated


def _read(ko: KoreanPipeline, text: str) -> Extraction:
    return ko.extract(text, DocumentMeta(id="t", date="2026-04-06", language="ko",
                                         title="대북 독자제재", doc_type="news",
                                         issuers=[{"country": "KR"}]))


def test_names_after_posts_at_branches(ko: KoreanPipeline) -> None:
    result = _read(ko, "정부는 6일 북한 개인 2명을 독자제재 대상으로 지정했다. 평양 본사 "
                       "총책임자 지금철과 하노이 지사 책임자 우선철이 제재 명단에 올랐다.")
    assert designated(result) == {("country:KR", "지금철"), ("country:KR", "우선철")}


def test_a_post_before_a_common_noun_names_nobody(ko: KoreanPipeline) -> None:
    """Look-alike: 지사 책임자 교체 (the replacement of the branch's head) is no person."""
    result = _read(ko, "하노이 지사 책임자 교체가 검토되고 있다.")
    assert [e.name for e in result.entities if e.type == "Person"] == []
