"""A name inside a relative clause over a designation's target (ko_designations.py
describes_head): "A가 다닌 Y", "A가 근무하던 Y" make Y the target, A only describes it; a
body in quotes its members belong to (‘X’에 소속된 N명) is no target either. Invented
names and sentences; the look-alikes are a passive or listing verb (A가 포함된 명단).
"""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from extract.lang.ko_designations import describes_head
from graph.model import DocumentMeta
from tests.lang_facts import designated


def _meta() -> DocumentMeta:
    return DocumentMeta(id="t", date="2026-02-03", doc_type="news")


def test_the_subject_of_a_relative_clause_only_describes_the_head() -> None:
    assert describes_head("가 다닌 청운학원 등이 포함됐다")
    assert describes_head("이 근무하던 조선푸른별무역회사를")
    assert describes_head("'에 소속된 12명을 포함해")


def test_a_listing_or_passive_verb_keeps_its_subject() -> None:
    """Look-alike: A가 포함된 명단, A가 오른 목록, A가 지정된: A is what the list holds."""
    assert not describes_head("가 포함된 기관 5곳을 지정했다")
    assert not describes_head("가 오른 명단을 공개했다")
    assert not describes_head("가 지정된 것은 처음이다")
    assert not describes_head("가 새로 제재 대상에 올랐다")


def test_a_person_who_attended_the_target_is_no_target(ko: KoreanPipeline) -> None:
    result = ko.extract("외교부는 북한 기관 2곳을 독자제재 대상으로 지정했다. 제재 대상 기관에는 "
                        "조선푸른별무역회사와 국무위원장의 딸 김해란이 다닌 청운학원 등이 "
                        "포함됐다.", _meta())
    assert all(target != "김해란" for _, target in designated(result))
