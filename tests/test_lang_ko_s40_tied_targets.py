"""A body the designated person is only tied to (X와 관련된 인물을 제재했다) or the parent of
such a body (Y의 해킹 단체인 X) is no target of the designation (ko_designations.py).
Invented names and sentences."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from tests.lang_facts import named_pairs, read_ko_news

_read = read_ko_news
_pairs = named_pairs


def test_a_body_the_target_is_only_tied_to_is_not_designated(ko: KoreanPipeline) -> None:
    result = _read(ko, "미국 재무부는 북한 정찰총국의 해킹 단체인 라자루스 그룹과 관련된 인물을 "
                       "제재했다.")
    assert _pairs(result, "DESIGNATED") == set()


def test_the_persons_tied_to_a_body_are_designated(ko: KoreanPipeline) -> None:
    """Look-alike: 'X와 관련된 A와 B를 제재했다' designates A and B, not X."""
    result = _read(ko, "재무부는 라자루스 그룹과 관련된 김철웅과 박영남을 제재했다.")
    assert {t for _s, t in _pairs(result, "DESIGNATED")} == {"Kim Chol Ung", "Pak Yong Nam"}


def test_the_subject_of_a_relative_clause_designates_nothing(ko: KoreanPipeline) -> None:
    """북한 정권이 주도하는 사기: the regime is the subject of the clause over 사기, not the
    designator; the agency that is the sentence's topic is."""
    result = _read(ko, "미 재무부는 27일 북한 정권이 주도하는 IT 사기와 관련해 개인 2명을 제재 "
                       "명단에 추가했다고 밝혔다. 이번 제재 명단에는 김철웅과 박영남이 "
                       "포함됐다.")
    assert _pairs(result, "DESIGNATED") == {("United States", "Kim Chol Ung"),
                                            ("United States", "Pak Yong Nam")}


def test_a_subject_after_the_relative_clause_still_designates(ko: KoreanPipeline) -> None:
    """Look-alike: the designator marked 가 after the clause is the sentence's own."""
    result = _read(ko, "북한이 주도하는 사기와 관련해 재무부가 김철웅을 제재했다.")
    assert _pairs(result, "DESIGNATED") == {("United States", "Kim Chol Ung")}
