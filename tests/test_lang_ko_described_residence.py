"""Where a person lives when a word describing them stands between the residence and the
name (X주에 사는 재미동포 A, X주에 거주하는 탈북자 A): A lives there, as in X주에 사는 A. Two
words between (A의 동업자 B) say nothing of B. Made-up sentences with invented names,
through the real Kiwi pipeline."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import Extraction
from tests.lang_facts import read_ko_court_news


def _located(result: Extraction) -> set[tuple[str, str]]:
    names = {e.id: e for e in result.entities}
    return {(min(names[r.source].mentions, key=lambda m: m.start).text, names[r.target].name)
            for r in result.relations if r.type == "LOCATED_IN"}


def test_a_described_person_lives_where_the_sentence_says(ko: KoreanPipeline) -> None:
    result = read_ko_court_news(
        ko, "미국 법원은 메릴랜드주에 사는 재미동포 도하진(52)에게 징역 4년을 선고했다.",
        "북한 IT 노동자 조력자 선고")
    assert _located(result) == {("도하진", "United States")}
    result = read_ko_court_news(
        ko, "미국 연방 대배심은 텍사스주에 거주하는 탈북자 권미소 씨를 기소했다.",
        "북한 IT 노동자 조력자 기소")
    assert _located(result) == {("권미소", "United States")}


def test_two_words_between_say_nothing_of_the_name(ko: KoreanPipeline) -> None:
    result = read_ko_court_news(
        ko, "미국 법원은 메릴랜드주에 사는 도하진의 동업자 권미소 씨에게 징역 2년을 선고했다.",
        "북한 IT 노동자 조력자 선고")
    assert ("권미소", "United States") not in _located(result)
