"""A person's post in apposition in a Korean designation report (ko_designations.py):
"A 선양 대표도 명단에 올랐다" designates A; the person whose post or company a target is
("A 대표의 회사가", "A가 대표인 Y가 … 올랐다") is not designated. Invented names."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta

OPENING = "외교부는 2일 북한 기관 1곳과 개인 2명을 독자제재 대상으로 지정했다. "


def _designated(ko: KoreanPipeline, text: str) -> set[str]:
    result = ko.extract(OPENING + text, DocumentMeta(id="t", date="2026-02-03",
                                                     language="ko", doc_type="news"))
    names = {e.id: e for e in result.entities}
    return {min(names[r.target].mentions, key=lambda m: m.start).text
            for r in result.relations if r.type == "DESIGNATED"}


def test_the_subject_named_with_its_post_is_designated(ko: KoreanPipeline) -> None:
    assert _designated(ko, "도명준 선양 대표도 명단에 올랐다.") == {"도명준"}


def test_the_head_of_the_company_listed_is_not_designated(ko: KoreanPipeline) -> None:
    """Look-alikes: the company A heads is the subject, A only says whose it is."""
    assert _designated(ko, "도명준 선양 대표의 회사가 새로 제재 대상에 올랐다.") == set()
    assert _designated(ko, "도명준이 대표인 조선백두정보기술교류사가 새로 제재 대상에 "
                           "올랐다.") == {"조선백두정보기술교류사"}


def test_a_bank_named_only_in_its_officers_post_with_a_city(ko: KoreanPipeline) -> None:
    """"X은행의 A 중국 단둥 대표가 … 올랐다": the bank is where A's post is, no target; the
    look-alike: the bank as the subject itself is one."""
    assert "조선청천은행" not in _designated(ko, "조선청천은행의 도명준 중국 단둥 대표가 새로 "
                                                  "제재 대상에 올랐다.")
    assert "조선청천은행" in _designated(ko, "조선청천은행도 새로 제재 대상에 올랐다.")
