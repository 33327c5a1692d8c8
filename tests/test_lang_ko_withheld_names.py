"""Court news names a defendant after the role word (피고인 A) or withholds the name (a
family name with 모 or 씨: 여모(47)씨, 남궁씨에게). The role word makes the word after it a
name though the analyzer reads it as a common noun and a suffix; a withheld name is no
person at all (two reports' 김모 are strangers, and "Mr Namgung" is no one's name); a city
before its court (X 연방법원) is a place. Made-up sentences with invented names, through
the real Kiwi pipeline."""

from __future__ import annotations

import pytest

from extract.lang.ko import KoreanPipeline
from graph.model import Extraction
from tests.lang_facts import case_defendants, read_ko_court_news


def _persons(result: Extraction) -> set[str]:
    return {m.text for e in result.entities if e.type == "Person" for m in e.mentions}


def test_the_name_after_the_defendants_role_word(ko: KoreanPipeline) -> None:
    result = read_ko_court_news(
        ko, "시카고 연방법원에서 열린 재판에서 피고인 선거율은 신원도용 혐의를 모두 인정했다.",
        "북한 IT 노동자 조력자 유죄 인정")
    assert _persons(result) == {"선거율"}
    assert set().union(*case_defendants(result).values()) == {"선거율"}


@pytest.mark.parametrize("text", [
    "미국 연방수사국은 북한 IT 기술자에게 돈을 보낸 혐의로 한국 국적자인 여모(47)씨를 "
    "체포해 기소했다.",
    "연방법원은 노트북 농장을 운영한 피고인 남궁씨에게 징역 2년을 선고했다.",
    "재판에서 피고인 이씨는 북한 IT 노동자를 도운 혐의를 인정했다.",
], ids=["family-name-and-mo", "two-syllable-family-name", "role-and-family-name"])
def test_a_withheld_name_is_no_person(ko: KoreanPipeline, text: str) -> None:
    result = read_ko_court_news(ko, text, "북한 IT 노동자 조력자 재판")
    assert _persons(result) == set()
    assert not case_defendants(result)
