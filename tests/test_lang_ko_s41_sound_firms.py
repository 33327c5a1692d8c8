"""Korean company names that meet their English node: foreign firms written by sound with
no company word closing them (named after the word for a firm, quoted and called a site, a
sister of a firm already named), plain DPRK trading houses (X무역), and the words of DPRK
names that English releases translate or spell the North's way. Invented names and our own
sentences; each rule has a look-alike that must give nothing."""

from __future__ import annotations

from extract.lang.crosslink import link
from extract.lang.ko import KoreanPipeline
from extract.lang.org_words import Fit, fit
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
            if e.type == "Organization"}


def test_a_firm_named_right_after_the_word_for_a_firm(ko: KoreanPipeline) -> None:
    result = _read(ko, "외교부는 보안 업체 크로반트와 함께 포럼을 열었다.")
    assert [m for ms in _orgs(result).values() for m in ms] == ["크로반트"]
    # what the firm sells, whose mail it is: no name
    other = _read(ko, "그는 업체 클라우드 서비스를 썼다. 회사 이메일을 보냈다.")
    assert not _orgs(other)


def test_a_site_called_by_a_quoted_name(ko: KoreanPipeline) -> None:
    result = _read(ko, "그는 '도브리셀'이라는 웹사이트를 운영했다.")
    assert [m for ms in _orgs(result).values() for m in ms] == ["도브리셀"]
    # a quoted word called something else is no site
    other = _read(ko, "그는 '도브리셀'이라는 말을 썼다.")
    assert not _orgs(other)


def test_a_sister_firm_shares_the_proper_word(ko: KoreanPipeline) -> None:
    text = ("재무부는 선양 브릭스타 네트워크 테크놀로지와 몰바스 브릭스타를 제재 대상으로 "
            "지정했다. 선양브릭스타는 작은 회사다.")
    orgs = _orgs(_read(ko, text))
    assert sorted(len(ms) for ms in orgs.values()) == [1, 2]  # 선양브릭스타: the first firm
    assert any(ms == ["몰바스 브릭스타"] for ms in orgs.values())
    # a word that runs on past the shared word names no sister
    other = _orgs(_read(ko, "재무부는 선양 브릭스타 네트워크 테크놀로지와 몰바스 브릭스타즈를 "
                            "지정했다."))
    assert list(other.values()) == [["선양 브릭스타 네트워크 테크놀로지"]]


def test_a_country_by_sound_opens_a_firms_name(ko: KoreanPipeline) -> None:
    orgs = _orgs(_read(ko, "미국은 차이나 브릭스타를 제재 대상으로 지정했다."))
    assert list(orgs.values()) == [["차이나 브릭스타"]]
    assert "China" in next(iter(orgs))
    # a dictionary word after it makes a phrase, no firm
    assert not _orgs(_read(ko, "코리아 디스카운트가 커졌다."))


def test_a_plain_trading_house(ko: KoreanPipeline) -> None:
    orgs = _orgs(_read(ko, "정부는 벽류산무역과 청뢰무역을 제재 대상으로 지정했다."))
    assert sorted(m for ms in orgs.values() for m in ms) == ["벽류산무역", "청뢰무역"]
    # trade between states, and kinds of trade
    other = _read(ko, "남북무역과 북중무역, 중계무역, 해상무역이 줄었다.")
    assert not _orgs(other)


def test_words_english_releases_translate_or_spell_the_northern_way() -> None:
    # Seoul's spelling (용) against the North's romanization (Ryong)
    assert fit("조선용마산무역총회사", "Korea Ryongmasan General Trading Corporation") is Fit.WHOLE
    assert fit("조선용마산해운회사", "Korea Ryongmasan General Trading Corporation") is \
        Fit.CONTRADICTS
    assert fit("417총국", "417 General Bureau") is Fit.WHOLE
    assert fit("418총국", "417 General Bureau") is not Fit.WHOLE
    assert fit("조선용마산광업회사", "Korea Ryongmasan Mining Corporation") is Fit.WHOLE


def test_loanword_company_words_fit_the_english_name() -> None:
    assert fit("뉴웨스턴 쉬핑", "New Western Shipping Co. Ltd.") is Fit.WHOLE
    assert fit("뉴웨스턴 트레이딩", "New Western Shipping Co. Ltd.") is not Fit.WHOLE
    assert fit("크라빈 파트너스", "Kravin Partners Pte. Ltd.") is Fit.WHOLE


def test_a_trading_house_in_seouls_spelling_joins_the_english_node(ko: KoreanPipeline) -> None:
    text = "정부는 조선용마산무역총회사를 제재 대상으로 지정했다."
    result = _read(ko, text)
    link(result, ofac_designated("Korea Ryongmasan General Trading Corporation"))
    assert "organization:en" in {e.id for e in result.entities}
    # another firm of the same proper word: a shipping firm stays apart
    other = _read(ko, "정부는 조선용마산해운회사를 제재 대상으로 지정했다.")
    link(other, ofac_designated("Korea Ryongmasan General Trading Corporation"))
    assert "organization:en" not in {e.id for e in other.entities}
    assert not other.links
    # another proper part under the same generic words: no link at all
    third = _read(ko, "정부는 조선백마산무역총회사를 제재 대상으로 지정했다.")
    link(third, ofac_designated("Korea Ryongmasan General Trading Corporation"))
    assert "organization:en" not in {e.id for e in third.entities}
    assert not third.links


def test_a_glued_name_after_a_place_joins_the_english_firm(ko: KoreanPipeline) -> None:
    result = _read(ko, "재무부는 중국 IT업체 선양브릭스타를 제재 대상으로 지정했다.")
    link(result, ofac_designated("Shenyang Brickstar"))
    assert "organization:en" in {e.id for e in result.entities}
    # another proper word glued to the same place
    other = _read(ko, "재무부는 중국 IT업체 선양마크스타를 제재 대상으로 지정했다.")
    link(other, ofac_designated("Shenyang Brickstar"))
    assert "organization:en" not in {e.id for e in other.entities}
    assert not other.links
