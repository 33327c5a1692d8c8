"""A school's kind is no school's name: 医科大学, 工業大学, 体育学院 (a field or a standing
and the head noun) say what sort of school, as 各大学 says any; a school with a proper part
(a place or a Korean lead and a word, a name the analyzer tags as proper, katakana) stays a
body. Our own sentences with invented names, through the real GiNZA pipeline."""

from __future__ import annotations

from extract.lang.ja import JapanesePipeline
from extract.lang.ja_institutions import kind_of_school
from tests.ja_text import run

KOREA = [{"country": "KR", "agency": "Ministry of Foreign Affairs"}]


def _organizations(ja: JapanesePipeline, text: str) -> set[str]:
    return {e.name for e in run(ja, text, issuers=KOREA).entities if e.type == "Organization"}


def test_kinds_of_school_are_no_bodies(ja: JapanesePipeline) -> None:
    text = ("警察によると、送り出された技術者の中には体育大学や薬科大学の出身者もいた。"
            "政府は同日、技術者を送り出していたトンホ交易会社を独自制裁の対象に指定した。"
            "さらに、医科大学も対象となった。")
    assert _organizations(ja, text) == {"トンホ交易会社"}


def test_named_schools_stay_bodies(ja: JapanesePipeline) -> None:
    text = ("政府は同日、技術者を養成する咸興ソンリム大学と、チャンサン技術会社を独自制裁の"
            "対象に指定した。ハヌリ学院も対象となった。")
    assert {"咸興ソンリム大学", "チャンサン技術会社", "ハヌリ学院"} <= _organizations(ja, text)


def test_kind_of_school_by_its_words() -> None:
    for word in ("医科大学", "工業大学", "外国語大学", "国立理工大学", "女子短期大学", "芸術学院"):
        assert kind_of_school(word), word
    for word in ("平壌理工大学", "金星学院", "東海工業大学", "ソンリム医科大学", "大学"):
        assert not kind_of_school(word), word
