"""Where a defendant comes from (X 출신) and the words that describe them before their name
(재미교포, 조선족 여성, 33세 남성, 한인 여성 … 씨) are no person and no part of the name: the
place before 출신 is an origin (no LOCATED_IN either: 출신 says where someone was born or
grew up, not where they are), a people (조선족) describes, and the name with its age or 씨
is the defendant. Made-up sentences with invented names, through the real Kiwi pipeline."""

from __future__ import annotations

import pytest

from extract.lang.ko import KoreanPipeline
from graph.model import Extraction
from tests.lang_facts import case_defendants, read_ko_court_news


def _persons(result: Extraction) -> set[str]:
    return {m.text for e in result.entities if e.type == "Person" for m in e.mentions}


@pytest.mark.parametrize(("text", "name"), [
    ("미국 법원은 마닐라 출신의 필리핀계 이민자 도채린(36)에게 징역 2년을 선고했다.", "도채린"),
    ("시카고 출신인 재미교포 남준휘(58)는 통신사기 공모 혐의로 기소됐다.", "남준휘"),
    ("심양 출신 조선족 여성 구나연(44)은 자금세탁 공모 혐의로 기소됐다.", "구나연"),
    ("미 법무부는 리가 출신 33세 남성 올레그 바실첸코가 유죄를 인정했다고 밝혔다.",
     "올레그 바실첸코"),
    ("연방 검찰은 한인 여성 곽노을 씨를 신원도용 혐의로 기소했다.", "곽노을"),
], ids=["city-genitive", "city-copula", "people", "age-and-man", "honorific"])
def test_the_defendant_is_the_name_after_its_descriptions(ko: KoreanPipeline, text: str,
                                                           name: str) -> None:
    result = read_ko_court_news(ko, text, "북한 IT 노동자 조력자 재판")
    assert _persons(result) == {name}
    assert set().union(*case_defendants(result).values()) == {name}
    assert not [r for r in result.relations if r.type == "LOCATED_IN"]


def test_a_school_or_a_state_of_origin_is_no_person(ko: KoreanPipeline) -> None:
    """Look-alikes: 출신 after a school and after a state; the person after them stays."""
    result = read_ko_court_news(
        ko, "북한 출신 탈북민 모은결(29) 씨와 공과대학 출신의 연구원 석하람(41) 씨는 재판에서 "
            "북한 IT 노동자의 수법을 설명했다.", "북한 IT 노동자 재판")
    assert _persons(result) == {"모은결", "석하람"}
    assert not case_defendants(result)
