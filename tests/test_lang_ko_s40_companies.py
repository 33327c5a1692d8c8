"""Companies as Korean news writes them: a DPRK name with its long head or its state word
apart (ko_orgs.py), a foreign name written by sound with no Latin in brackets
(ko_sound_companies.py), and the look-alikes that describe a company. Invented names and
sentences."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta, Extraction


def _read(ko: KoreanPipeline, text: str) -> Extraction:
    return ko.extract(text, DocumentMeta(id="t", date="2026-01-05", language="ko",
                                         doc_type="news"))


def _mentions(result: Extraction, kind: str) -> set[str]:
    return {m.text for e in result.entities if e.type == kind for m in e.mentions}


def _pairs(result: Extraction, rel: str) -> set[tuple[str, str]]:
    names = {e.id: e.name for e in result.entities}
    return {(names[r.source], names[r.target]) for r in result.relations if r.type == rel}


def test_a_long_head_written_apart_makes_a_company(ko: KoreanPipeline) -> None:
    result = _read(ko, "재무부는 천마정보기술 개발협조회사의 총책임자 김철웅과 백두산 "
                       "무역회사를 제재 대상으로 지정했다.")
    assert _mentions(result, "Organization") == {"천마정보기술 개발협조회사", "백두산 무역회사"}
    assert _mentions(result, "Person") == {"김철웅"}  # no 조회사 inside the company's word
    assert ("Kim Chol Ung", "Chonma Information Technology Development Cooperation "
            "Company") in _pairs(result, "EMPLOYED_AT")


def test_the_state_word_opens_a_spaced_company_name(ko: KoreanPipeline) -> None:
    result = _read(ko, "재무부는 조선 천마 무역회사를 제재 대상으로 지정했다.")
    assert _mentions(result, "Organization") == {"조선 천마 무역회사"}
    assert {e.name for e in result.entities if e.type == "Organization"} == {
        "Korea Chonma Trading Company"}


def test_a_described_company_is_no_name(ko: KoreanPipeline) -> None:
    """Look-alike: 'another', 'a Russian', 'a large' trading company; 조선 alone."""
    result = _read(ko, "그는 다른 무역회사와 러시아 무역회사, 대형 무역회사, 조선 무역회사의 "
                       "직원들을 만났다.")
    assert _mentions(result, "Organization") == set()


def test_a_foreign_company_written_by_sound(ko: KoreanPipeline) -> None:
    result = _read(ko, "재무부는 중국에 위치한 단둥청하네트워크테크놀로지와 옌지 소재 블루포스 "
                       "네트워크 테크놀로지 유한회사를 제재 대상으로 지정했다.")
    assert _mentions(result, "Organization") == {
        "단둥청하네트워크테크놀로지", "블루포스 네트워크 테크놀로지 유한회사"}
    assert len(_pairs(result, "DESIGNATED")) == 2


def test_a_province_state_and_trade_under_a_legal_form(ko: KoreanPipeline) -> None:
    result = _read(ko, "제재 대상은 ▲ 천마무역회사 ▲ 지린 중국 무역 유한회사 ▲ 김철웅이다.")
    assert "지린 중국 무역 유한회사" in _mentions(result, "Organization")


def test_common_words_before_a_company_word_name_nothing(ko: KoreanPipeline) -> None:
    """Look-alike: biotechnology, a Chinese network technology, a Chinese trading LLC, a
    pronoun written with ㅡ (그는)."""
    result = _read(ko, "그는 바이오테크놀로지와 중국 네트워크 테크놀로지, 첨단 테크놀로지 "
                       "기업, 중국 무역 유한회사에 투자했다.")
    assert _mentions(result, "Organization") == set()
