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
    # the city as the English releases spell it, not by the Korean rules ('Dandung')
    assert "Dandong Chongha Network Technology" in {e.name for e in result.entities}


def test_a_province_state_and_trade_under_a_legal_form(ko: KoreanPipeline) -> None:
    result = _read(ko, "제재 대상은 ▲ 천마무역회사 ▲ 지린 중국 무역 유한회사 ▲ 김철웅이다.")
    assert "지린 중국 무역 유한회사" in _mentions(result, "Organization")


def test_common_words_before_a_company_word_name_nothing(ko: KoreanPipeline) -> None:
    """Look-alike: biotechnology, a Chinese network technology, a Chinese trading LLC, a
    pronoun written with ㅡ (그는)."""
    result = _read(ko, "그는 바이오테크놀로지와 중국 네트워크 테크놀로지, 첨단 테크놀로지 "
                       "기업, 중국 무역 유한회사에 투자했다.")
    assert _mentions(result, "Organization") == set()


def test_an_academy_in_a_list_of_bodies(ko: KoreanPipeline) -> None:
    result = _read(ko, "제재 대상에 오른 백두산무역회사, 청하학원 등 기관 2곳은 국방성 산하 "
                       "조직이다.")
    assert _mentions(result, "Organization") == {"백두산무역회사", "청하학원"}
    assert {e.name for e in result.entities if e.type == "Organization"} >= {
        "Chongha Academy"}


def test_a_kind_of_school_is_no_academy_name(ko: KoreanPipeline) -> None:
    """Look-alike: a cram school, an English school, a maths and a piano school."""
    result = _read(ko, "그는 입시학원과 영어학원, 사설 학원, 수학학원, 피아노학원에 다녔다.")
    assert _mentions(result, "Organization") == set()


def test_a_name_by_sound_where_a_body_is_seated(ko: KoreanPipeline) -> None:
    """러시아 소재 'X Y'에 대한, 러시아 소재 X Y의 관리자: a company by its seat."""
    result = _read(ko, "국무부는 러시아 소재 '칼리스타 브로네스'에 대한 정보를 찾고 있다. "
                       "이들은 러시아 소재 칼리스타 브로네스의 관리자다.")
    assert _mentions(result, "Organization") == {"칼리스타 브로네스"}


def test_a_seated_loanword_is_no_company(ko: KoreanPipeline) -> None:
    """Look-alike: a start-up, a cloud firm: a loanword of the dictionary, or one that
    qualifies the noun after it."""
    result = _read(ko, "그는 미국에 본사를 둔 스타트업에서 일했고 미국 소재 클라우드 업체에 "
                       "다녔다.")
    assert _mentions(result, "Organization") == set()
