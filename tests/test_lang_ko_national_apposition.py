"""A citizenship before a word (북한 국적자 X를) says the word is a person's name, even where
the analyzer reads the unknown name as a verb form (X as a noun and 하 + 어) or as a copula
and a noun: a case particle closing the word says a noun ends there, which no verb form
ending in -어 takes. A quantifier, a numeral or an adverb in the name's place (국적자
모두를, 여러 명을) names no one, nor does a verb form closed by an ending (채용해도).
Made-up sentences with invented names, through the real Kiwi pipeline."""

from __future__ import annotations

import pytest

from extract.lang.ko import KoreanPipeline
from graph.model import Extraction
from tests.lang_facts import case_defendants, read_ko_court_news


def _persons(result: Extraction) -> set[str]:
    return {min(e.mentions, key=lambda m: m.start).text for e in result.entities
            if e.type == "Person"}


@pytest.mark.parametrize(("text", "name"), [
    ("미국 연방 대배심은 북한 국적자 나보람을 전신사기 공모 혐의로 기소했다.", "나보람"),
    ("미국 연방 대배심은 중국 국적자 조사해를 자금세탁 공모 혐의로 기소했다.", "조사해"),
], ids=["copula-misread", "verb-misread"])
def test_a_name_after_a_citizenship_misread_as_a_verb(ko: KoreanPipeline, text: str,
                                                      name: str) -> None:
    result = read_ko_court_news(ko, text, "북한 IT 노동자 기소")
    assert name in _persons(result)
    assert set().union(*case_defendants(result).values()) == {name}


@pytest.mark.parametrize("text", [
    "미국 연방 대배심은 북한 국적자 모두를 전신사기 공모 혐의로 기소했다.",
    "미국 연방 대배심은 중국 국적자 여러 명을 기소했다.",
    "미 법무부는 중국 국적자 채용해도 처벌받을 수 있다고 경고했다.",
], ids=["quantifier", "determiner", "verb-ending"])
def test_no_name_after_a_citizenship(ko: KoreanPipeline, text: str) -> None:
    result = read_ko_court_news(ko, text, "북한 IT 노동자 기소")
    assert not _persons(result)
    assert not case_defendants(result, named_only=True)
