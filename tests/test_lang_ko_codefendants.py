"""Defendants named by the role word (피고, 피고인, before or after the name) and
co-defendants charged "together with" the one charged (B와 함께 기소됐다), as Korean news
reports a US case (ko_charges.py), through the real Kiwi pipeline. Invented names; each
construction has a look-alike that must not fire."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta

US = [{"country": "US", "agency": "Department of Justice"}]
LEAD = "미 법무부는 북한 IT 노동자의 위장 취업을 도운 혐의로 5명을 기소했다. "


def _defendants(ko: KoreanPipeline, text: str) -> set[str]:
    result = ko.extract(text, DocumentMeta(id="t", date="2026-03-02", language="ko",
                                           title="북한 IT 조력자 기소", issuers=US))
    names = {e.id: e for e in result.entities}
    return {min(names[r.source].mentions, key=lambda m: m.start).text
            for r in result.relations if r.type == "DEFENDANT_IN"}


def test_the_role_word_before_a_list_of_names(ko: KoreanPipeline) -> None:
    assert _defendants(ko, LEAD + "피고 김철웅과 리성학 등은 노트북 농장을 운영했다.") == {
        "김철웅", "리성학"}


def test_the_role_word_after_the_name(ko: KoreanPipeline) -> None:
    assert _defendants(ko, LEAD + "김철웅 피고인은 애리조나주에서 체포됐다.") == {"김철웅"}


def test_the_accused_of_a_complaint_and_the_plaintiff_are_no_defendants(
        ko: KoreanPipeline) -> None:
    """Look-alike: 피고소인 (accused in a complaint) and 원고 (plaintiff)."""
    assert _defendants(ko, LEAD + "피고소인 김철웅은 애리조나주에서 체포됐다. "
                                  "원고 리성학은 소송을 냈다.") == set()


def test_co_defendants_charged_together_with_the_one_charged(ko: KoreanPipeline) -> None:
    text = "미국 연방 검찰은 북한 국적자 오세진을 기소했다. 오세진은 한명철, 류광수와 함께 " \
        "기소됐다."
    assert _defendants(ko, text) == {"오세진", "한명철", "류광수"}


def test_a_person_the_charged_one_worked_with_is_no_co_defendant(ko: KoreanPipeline) -> None:
    """Look-alike: 함께 goes with a verb of its own (함께 일한 혐의로): B is only named."""
    text = "미국 연방 검찰은 북한 국적자 오세진을 기소했다. 오세진은 한명철과 함께 일한 " \
        "혐의로 기소됐다."
    assert _defendants(ko, text) == {"오세진"}
