"""Pure-logic units of the Japanese/Korean support: language detection, romanization both
ways, katakana readings, the native-script gazetteer, dates and amounts."""

from __future__ import annotations

import pytest

from extract.lang.dates import find_dates
from extract.lang.detect import detect_language, document_language
from extract.lang.hangul_guess import hangul_candidates
from extract.lang.kana_names import same_katakana_name
from extract.lang.money import find_money
from extract.lang.native import load_native
from extract.lang.orgnames import english_org_name
from extract.lang.romanize import canonical, same_person_name, same_word
from graph.model import DocumentMeta
from graph.search_keys import fulltext_terms, query_terms, script_of, widening_words


@pytest.mark.parametrize(("text", "lang"), [
    ("정부는 오늘 북한 IT 인력 15명을 독자제재 대상으로 지정했다.", "ko"),
    ("外務省は北朝鮮IT労働者に関する注意喚起を公表した。", "ja"),
    ("The Treasury designated two companies on Tuesday.", "en"),
    ("ROK MOFA (외교부) designated 15 people in a long English release about sanctions "
     "that quotes one Korean word.", "en"),
    ("北朝鮮外務省", "en"),  # kanji without kana is not enough to call it Japanese
])
def test_language_from_scripts(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_front_matter_overrides_detection() -> None:
    text = "정부는 오늘 제재 대상을 지정했다."
    assert document_language(text, DocumentMeta(id="x")) == "ko"
    assert document_language(text, DocumentMeta(id="x", language="en")) == "en"
    assert document_language(text, DocumentMeta(id="x", language="fr")) == "ko"


@pytest.mark.parametrize(("hangul", "latin"), [
    ("심현섭", "Sim Hyon Sop"),  # MR as the US writes DPRK names
    ("심현섭", "Shim Hyun-sub"),  # ROK passport habits, hyphenated
    ("심현섭", "Hyeon-seop Sim"),  # Revised Romanization, family name last
    ("박흥룡", "Park Heung-ryong"),
    ("리일진", "Ri Il Jin"),  # the DPRK's own initial r
    ("최명철", "Choi Myung-chul"),
    ("최명철", "CHOE Myong Chol"),
    ("김상만", "Kim Sangman"),  # given name joined
    ("승철범", "Sung Chol Bom"),
])
def test_same_person_name_across_romanizations(hangul: str, latin: str) -> None:
    assert same_person_name(hangul, latin)


@pytest.mark.parametrize(("hangul", "latin"), [
    ("김상만", "Kim Song Il"), ("최명철", "Chol Min Choe"), ("박흥룡", "Pak Hung"),
    ("심현섭", "Sin Hyon Sop"),
])
def test_different_names_do_not_match(hangul: str, latin: str) -> None:
    assert not same_person_name(hangul, latin)


def test_canonical_spelling_and_reverse_mapping() -> None:
    assert canonical("박흥룡") == "Pak Hung Ryong"
    assert canonical("승철범") == "Sung Chol Bom"
    assert canonical("리금형") == "Ri Kum Hyong"
    assert hangul_candidates("Sim Hyon Sop")[0] == "심현섭"
    assert "박흥룡" in hangul_candidates("Pak Hung Ryong")
    assert same_word("진영", "Chinyong") and same_word("진영", "Jinyong")


def test_katakana_renderings_of_korean_names() -> None:
    assert same_katakana_name("심현섭", "シム・ヒョンソプ")
    assert same_katakana_name("송금혁", "ソン・クムヒョク")
    assert not same_katakana_name("김상만", "パク・ジンヒョク")


def test_company_names_read_in_english() -> None:
    assert english_org_name("조선금정경제정보기술교류사") == \
        "Korea Kumjong Economic Information Technology Exchange Co."
    assert english_org_name("조선소백수무역회사") == "Korea Sobaeksu Trading Company"


def test_native_gazetteer_points_at_english_entries() -> None:
    native = load_native()
    found = {m.text: m.entry.id for m in native.find(
        "외교부와 기획재정부는 정찰총국과 313총국 소속 인원을 지정했다. 미국 재무부도", "ko")
        if m.entry}
    assert found == {
        "외교부": "agency:ministry-of-foreign-affairs-of-the-republic-of-korea",
        "기획재정부": "agency:ministry-of-economy-and-finance",
        "정찰총국": "organization:reconnaissance-general-bureau",
        "313총국": "organization:313-general-bureau",
        "미국 재무부": "agency:department-of-the-treasury"}
    ja = {m.text: m.entry.id for m in native.find("警察庁及び経済産業省は北朝鮮", "ja") if m.entry}
    assert ja == {"警察庁": "agency:national-police-agency-of-japan",
                  "経済産業省": "agency:ministry-of-economy-trade-and-industry",
                  "北朝鮮": "country:KP"}
    # the same characters name the ROK's police in Korean and Japan's in Japanese
    assert [m.entry.id for m in native.find("경찰청", "ko") if m.entry] == [
        "agency:korean-national-police-agency"]
    # no person and no company is listed
    for table in native.surfaces.values():
        assert all(e is None or e.type not in ("Person",) for e in table.values())
        assert all(e is None or e.properties.get("kind") not in ("company", "front_company")
                   for e in table.values())


def test_dates_in_each_format() -> None:
    found = find_dates("2024年3月26日 令和6年3月26日 2024년 12월 26일 2024.12.26. 12.26.(목) 26일",
                       "2024-12-20")
    assert [d.iso for d in found] == ["2024-03-26", "2024-03-26", "2024-12-26", "2024-12-26",
                                      "2024-12-26", "2024-12-26"]


def test_a_month_and_day_without_a_year_is_the_one_nearest_the_document() -> None:
    # told in January, "December 26" is the December just past; told in November, a hearing
    # "on February 19" is in the February to come; near the document it keeps its year
    assert [d.iso for d in find_dates("12월 26일", "2025-01-15")] == ["2024-12-26"]
    assert [d.iso for d in find_dates("12.26.(목)", "2025-01-15")] == ["2024-12-26"]
    assert [d.iso for d in find_dates("2月19日", "2025-11-15")] == ["2026-02-19"]
    assert [d.iso for d in find_dates("3월 2일 / 5월 30일", "2025-04-10")] == [
        "2025-03-02", "2025-05-30"]
    # the look-alike: a stated year is never moved
    assert [d.iso for d in find_dates("2024년 12월 26일", "2025-01-15")] == ["2024-12-26"]


def test_days_of_last_month_and_of_a_day_just_past() -> None:
    # an act of "the 24th of last month" told on August 27 is July's, in either language, and
    # so is "the 30th just past"; a day already passed this month stays in this month
    found = find_dates("지난달 24일 / 先月24日 / 지난 30일 / 지난 20일 / 이달 5일 / "
                       "지난해 1월 3일 / 26일", "2025-08-27")
    assert [d.iso for d in found] == ["2025-07-24", "2025-07-24", "2025-07-30", "2025-08-20",
                                      "2025-08-05", "2024-01-03", "2025-08-26"]
    # January's "last month" is December of the year before
    assert [d.iso for d in find_dates("지난달 3일", "2025-01-10")] == ["2024-12-03"]
    # without the document's month there is no month to count back from
    assert find_dates("지난달 24일", "2025") == []


def test_amounts_with_currency_and_qualifier() -> None:
    found = find_money("約6億6000万ドル、1億5000万円 및 약 88억 원, "
                       "최대 500만 달러, 30만 달러 이상")
    assert [(m.amount, m.currency, m.qualifier) for m in found] == [
        (660_000_000, "USD", "about"), (150_000_000, "JPY", "exact"),
        (8_800_000_000, "KRW", "about"), (5_000_000, "USD", "up_to"),
        (300_000, "USD", "at_least")]


def test_thousands_before_ten_thousands_count_in_that_unit() -> None:
    """1천710만 is 1,710 만 (17.1 million), 2천만 is 2,000 만; 28만 4천 still adds the
    thousands after (284,000). Look-alike: a plain thousands figure stays one."""
    found = find_money("약 1천710만 달러, 2천만 원, 28만 4천 달러, 5천 달러")
    assert [m.amount for m in found] == [17_100_000, 20_000_000, 284_000, 5_000]


def test_native_search_keys() -> None:
    assert script_of("심현섭") == "hangul" and script_of("北朝鮮") == "han"
    assert script_of("キム・サンマン") == "kana" and script_of("Kim") == "latin"
    indexed = fulltext_terms("Ministry of Economy, Trade and Industry",
                             ["経済産業省", "경제산업성"])
    typo = query_terms("경제산엽성")  # one wrong character
    shared = [t for t, _ in typo if t in indexed.split()]
    assert 0 < len(shared) < len(typo)
    assert widening_words("경제산엽성") == ["경제", "제산", "산엽", "엽성"]
