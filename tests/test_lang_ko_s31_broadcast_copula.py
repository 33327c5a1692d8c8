"""Broadcast reports close a list of defendants with the copula 입니다 (invented names)."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta

US = [{"country": "US", "agency": "Department of Justice"}]


def _persons(ko: KoreanPipeline, text: str) -> set[str]:
    result = ko.extract(text, DocumentMeta(id="t", date="2026-03-02", language="ko",
                                           title="북한 IT 조력자 기소", issuers=US))
    return {e.name for e in result.entities if e.type == "Person"}


def test_a_name_before_the_copula_is_a_person(ko: KoreanPipeline) -> None:
    text = ("미국 법무부가 북한 IT 노동자의 위장 취업을 도운 혐의로 2명을 기소했습니다. "
            "기소된 북한 국적자는 남궁혁진과 석만춘입니다.")
    names = _persons(ko, text)
    assert any("석만춘" in n or "Sok Man" in n for n in names), names
    assert not any("입니다" in n for n in names)
