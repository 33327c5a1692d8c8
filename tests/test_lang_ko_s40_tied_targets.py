"""A body the designated person is only tied to (X와 관련된 인물을 제재했다) or the parent of
such a body (Y의 해킹 단체인 X) is no target of the designation (ko_designations.py).
Invented names and sentences."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta, Extraction


def _read(ko: KoreanPipeline, text: str) -> Extraction:
    return ko.extract(text, DocumentMeta(id="t", date="2026-01-05", language="ko",
                                         doc_type="news"))


def _pairs(result: Extraction, rel: str) -> set[tuple[str, str]]:
    names = {e.id: e.name for e in result.entities}
    return {(names[r.source], names[r.target]) for r in result.relations if r.type == rel}


def test_a_body_the_target_is_only_tied_to_is_not_designated(ko: KoreanPipeline) -> None:
    result = _read(ko, "미국 재무부는 북한 정찰총국의 해킹 단체인 라자루스 그룹과 관련된 인물을 "
                       "제재했다.")
    assert _pairs(result, "DESIGNATED") == set()


def test_the_persons_tied_to_a_body_are_designated(ko: KoreanPipeline) -> None:
    """Look-alike: 'X와 관련된 A와 B를 제재했다' designates A and B, not X."""
    result = _read(ko, "재무부는 라자루스 그룹과 관련된 김철웅과 박영남을 제재했다.")
    assert {t for _s, t in _pairs(result, "DESIGNATED")} == {"Kim Chol Ung", "Pak Yong Nam"}
