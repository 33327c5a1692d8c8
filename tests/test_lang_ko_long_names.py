"""Foreign names in Hangul the person reader used to cut or miss (ko_western.py): a name
whose last word Kiwi knows as a common noun, closed by an age or 씨, and a name given in
quotes to a person (‘X’라는 이름의 외국인). Invented names; each with a look-alike."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta


def _persons(ko: KoreanPipeline, text: str) -> dict[str, list[str]]:
    result = ko.extract(text, DocumentMeta(id="t", date="2026-01-05", language="ko"))
    return {e.id: [m.text for m in e.mentions] for e in result.entities if e.type == "Person"}


def test_an_age_after_a_common_noun_closes_a_four_word_name(ko: KoreanPipeline) -> None:
    """피고인 탄 프엉 응옥 봉(37)씨: 봉 ("stick") is the family name the age closes; 봉씨 later
    is the same person."""
    found = _persons(ko, "법원은 텍사스주에 사는 피고인 탄 프엉 응옥 봉(37)씨에게 징역 2년을 "
                         "선고했다. 봉씨는 혐의를 인정했다.")
    assert list(found.values()) == [["탄 프엉 응옥 봉", "봉"]]


def test_without_the_cue_the_common_noun_stays_out(ko: KoreanPipeline) -> None:
    """Look-alike: the same word after the name with no age or 씨 (… 응옥 봉투를) is no part
    of it."""
    found = _persons(ko, "피고인 탄 프엉 응옥 봉투를 건넸다.")
    assert all("봉" not in m for mentions in found.values() for m in mentions)


def test_a_name_in_quotes_given_to_a_foreigner(ko: KoreanPipeline) -> None:
    """‘X’라는 이름의 외국인: the quoted run is a person's name; alone later too."""
    found = _persons(ko, "실제 일은 베트남 하노이에 머물던 '로저 클리퍼드'라는 이름의 외국인이 "
                         "처리했다. 검찰은 클리퍼드가 북한 국적자라고 본다.")
    assert list(found.values()) == [["로저 클리퍼드", "클리퍼드"]]


def test_a_name_in_quotes_given_to_a_firm_is_no_person(ko: KoreanPipeline) -> None:
    """Look-alike: ‘X’라는 이름의 회사 names a firm."""
    assert not _persons(ko, "그는 '로저 클리퍼드'라는 이름의 회사를 세웠다.")
