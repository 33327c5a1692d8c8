"""Korean organization names of shapes no list holds: a bureau by number or name (X총국), a
foreign firm written by sound under a legal form (유한책임회사, 엘엘씨, LLC), a Chinese firm
opening with its city, a Latin name with a two-part legal form in brackets, and the English
node such names meet. Invented names and our own sentences; each rule has a look-alike that
must give nothing."""

from __future__ import annotations

from extract.lang.crosslink import link
from extract.lang.ko import KoreanPipeline
from extract.lang.org_words import Fit, fit
from extract.lang.orgnames import english_org_name, proper_part
from graph.model import (
    DocumentMeta,
    Extraction,
)
from tests.english_registry import ofac_designated


def _read(ko: KoreanPipeline, text: str) -> Extraction:
    return ko.extract(text, DocumentMeta(id="t", date="2026-04-01", language="ko",
                                         doc_type="news"))


def _orgs(result: Extraction) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in result.entities
            if e.type == "Organization" and e.id != "organization:dprk-it-workers"}


def _designated(result: Extraction) -> set[str]:
    names = {e.id: e.name for e in result.entities}
    return {names[r.target] for r in result.relations if r.type == "DESIGNATED"}


def test_a_bureau_by_number_or_name(ko: KoreanPipeline) -> None:
    result = _read(ko, "정부는 618총국과 은별총국을 제재 대상으로 지정했다.")
    assert set(_orgs(result)) == {"618 General Bureau", "Unbyol General Bureau"}
    assert _designated(result) == {"618 General Bureau", "Unbyol General Bureau"}
    # the word alone, or a director of one: no name
    assert not _orgs(_read(ko, "그는 총국에 보고했다. 총국장은 답하지 않았다."))


def test_a_sound_name_under_a_spaced_legal_form(ko: KoreanPipeline) -> None:
    orgs = _orgs(_read(ko, "재무부는 러시아 기업 도브라스텍 유한책임회사를 제재했다."))
    assert list(orgs.values()) == [["도브라스텍 유한책임회사"]]
    assert next(iter(orgs)).endswith("LLC")
    orgs = _orgs(_read(ko, "재무부는 러시아 기업 '크로바스 LLC'를 제재했다."))
    assert list(orgs.values()) == [["크로바스 LLC"]]
    # the legal form under a state and generic words only: a kind of company
    assert not _orgs(_read(ko, "그는 러시아 유한책임회사와 계약했다. 그 LLC는 문을 닫았다."))


def test_a_hangul_legal_form_before_the_latin_name(ko: KoreanPipeline) -> None:
    orgs = _orgs(_read(ko, "재무부는 크로바스소프트 엘엘씨(Krovassoft LLC)를 제재했다."))
    assert {name: sorted(ms) for name, ms in orgs.items()} == {
        "Krovassoft LLC": ["Krovassoft LLC", "크로바스소프트 엘엘씨"]}


def test_a_latin_name_with_a_two_part_legal_form_is_one_company(ko: KoreanPipeline) -> None:
    result = _read(ko, "정부는 단둥은해무역유한공사(Dandong Yinhai Trading Co., Ltd.)를 "
                       "제재 대상으로 지정했다.")
    assert {name: sorted(ms) for name, ms in _orgs(result).items()} == {
        "Dandong Yinhai Trading Co., Ltd.": ["Dandong Yinhai Trading Co., Ltd.",
                                             "단둥은해무역유한공사"]}


def test_a_legal_form_before_the_name_is_no_name(ko: KoreanPipeline) -> None:
    orgs = _orgs(_read(ko, "북한 IT 인력은 주식회사 가람소프트에 위장 취업했다."))
    assert not any(ms == ["주식회사"] for ms in orgs.values())


def test_a_city_opens_a_chinese_firms_name() -> None:
    assert english_org_name("선양은룡무역유한공사") == "Shenyang Unryong Trading Co., Ltd."
    assert proper_part("선양은룡무역유한공사") == "은룡"
    # the city as the only proper word is the name's own word
    assert english_org_name("선양무역회사") == "Sonyang Trading Company"
    assert english_org_name("조선은별무역회사") == "Korea Unbyol Trading Company"


def test_the_subject_of_a_reported_clause_is_designated(ko: KoreanPipeline) -> None:
    result = _read(ko, "미 재무부는 크로바스 트레이딩 유한공사가 북한 노동자의 임금을 "
                       "세탁했다며 이 회사를 제재했다.")
    assert len(_designated(result)) == 1
    # a firm that only founded the target (X가 세운 Y) is not designated
    other = _read(ko, "미 재무부는 조선은별무역회사가 세운 조선금파기술교류사를 제재했다.")
    assert _designated(other) == {"Korea Kumpha Technology Exchange Co."}


def test_sound_names_under_legal_forms_fit_their_english_names() -> None:
    assert fit("도브라스텍 유한책임회사", "Dobrastek LLC") is Fit.PARTIAL
    assert fit("크로바스 LLC", "Krovas LLC") is Fit.PARTIAL
    assert fit("브릭웨이브 솔루션즈", "Brickwave Solutions") is Fit.WHOLE
    # two English words glued into one, written by sound as two glued renderings
    assert fit("오션게이트 트레이딩 유한공사", "Oceangate Trading Co., Ltd.") is Fit.WHOLE
    assert fit("오션게이트 트레이딩", "Ocean Trading Co.") is Fit.NONE
    assert fit("브릭웨이브 솔루션즈", "Brickwave Systems") is not Fit.WHOLE
    assert fit("도브라스텍 유한책임회사", "Krovas LLC") is Fit.NONE


def test_a_glued_compound_by_sound_joins_the_english_node(ko: KoreanPipeline) -> None:
    result = _read(ko, "OFAC은 오션게이트 트레이딩 유한공사를 제재 대상으로 지정했다.")
    link(result, ofac_designated("Oceangate Trading Co., Ltd."))
    assert "organization:en" in {e.id for e in result.entities}
    # another firm sharing the generic words stays apart, with no link
    other = _read(ko, "OFAC은 오션브릭 트레이딩 유한공사를 제재 대상으로 지정했다.")
    link(other, ofac_designated("Oceangate Trading Co., Ltd."))
    assert "organization:en" not in {e.id for e in other.entities}
    assert not other.links


def test_a_short_form_keeps_the_last_generic_word(ko: KoreanPipeline) -> None:
    orgs = _orgs(_read(ko, "정부는 조선은별기술개발총회사를 제재 대상으로 지정했다. "
                           "은별총회사는 IT 인력을 파견했다."))
    assert list(orgs.values()) == [["조선은별기술개발총회사", "은별총회사"]]
    # another generic word is another company; a name with its state's word is a full one
    other = _orgs(_read(ko, "정부는 조선은별기술개발총회사를 지정했다. 은별해운은 배를 빌려줬다."))
    assert len(other) == 2
    third = _orgs(_read(ko, "정부는 조선은별무역회사와 은별기술개발무역회사를 지정했다."))
    assert len(third) == 2


def test_a_name_without_its_legal_form(ko: KoreanPipeline) -> None:
    orgs = _orgs(_read(ko, "박화송은 조선은별무역 지사 소속이다. 정부는 조선은별무역회사를 "
                           "제재 대상으로 지정했다."))
    assert sorted(sorted(ms) for ms in orgs.values()) == [["조선은별무역", "조선은별무역회사"]]
    # another head under the same proper part is another company
    other = _orgs(_read(ko, "정부는 조선은별무역회사와 조선은별해운회사를 지정했다."))
    assert len(other) == 2


def test_a_firm_named_after_the_word_for_it_with_the_copula(ko: KoreanPipeline) -> None:
    orgs = _orgs(_read(ko, "재무부는 중국에 있는 IT업체인 옌볜 크로반트, 그리고 보안 업체인 "
                           "몰바스를 제재 명단에 올렸다."))
    assert sorted(m for ms in orgs.values() for m in ms) == ["몰바스", "옌볜 크로반트"]
    # a businessman (기업인) by name, a place alone after the word: no firm
    assert not _orgs(_read(ko, "한국 기업인 존 스미스는 말했다. 그는 업체인 선양, 단둥에 갔다."))


def test_targets_listed_after_a_colon(ko: KoreanPipeline) -> None:
    result = _read(ko, "정부는 개인 1명과 기관 2개를 독자제재 대상으로 지정하였다. 지정 대상: "
                       "개인 1명(김은철), 기관 2개(조선은별무역회사, 금파기술교류사)")
    assert _designated(result) == {"Kim Un Chol", "Korea Unbyol Trading Company",
                                   "Kumpha Technology Exchange Co."}
    # the persons an inquiry is about are no designation's targets
    assert not _designated(_read(ko, "경찰은 수사 대상: 김은철을 조사했다."))


def test_the_city_before_a_proper_word_opens_the_name(ko: KoreanPipeline) -> None:
    orgs = _orgs(_read(ko, "재무부는 중국의 선양 은파리 네트워크 테크놀로지를 제재했다."))
    assert list(orgs.values()) == [["선양 은파리 네트워크 테크놀로지"]]
    assert next(iter(orgs)).startswith("Shenyang ")
    # a dictionary word after the city: no name at all
    assert not _orgs(_read(ko, "그는 선양 대형 네트워크 테크놀로지와 만났다."))
