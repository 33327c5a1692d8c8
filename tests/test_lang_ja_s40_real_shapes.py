"""Japanese shapes that real releases and reports write (session 40), through the real GiNZA
pipeline, in our own wording with invented names: Seoul's foreign ministry written 外交部
alone, 北韓 for North Korea, a reading inside a company's name, a Korean family name inside
a Chinese firm's name, the bare 外務省 once a report comes back to Japan, a weapon's
abbreviation in brackets, a list line's katakana name with its Latin spelling and English
post, and a Korean name with its Hangul in brackets. Each has a look-alike that must give
nothing more."""

from __future__ import annotations

import pytest

from extract.lang.ja import JapanesePipeline
from tests.ja_designators import designations
from tests.ja_text import run

US, JP, KR = "United States", "Japan", "South Korea"
MOFA_KR = "agency:ministry-of-foreign-affairs-of-the-republic-of-korea"


def test_bare_gaikoubu_after_korea_is_seouls_ministry_and_no_target(
        ja: JapanesePipeline) -> None:
    text = ("韓国政府は北朝鮮のIT技術者への対応を強めている。外交部は5日、北韓のIT企業の幹部"
            "であるチョ・ミンソクを独自制裁の対象に指定したと発表した。")
    result = run(ja, text)
    types = {e.name: e.type for e in result.entities}
    assert MOFA_KR in {e.id for e in result.entities}
    assert "外交部" not in types and "北韓" not in types
    assert designations(result) == {(KR, "チョ・ミンソク")}


def test_bare_gaikoubu_with_china_also_named_names_no_one(ja: JapanesePipeline) -> None:
    # look-alike: China and South Korea both named before: whose 外交部 stays open
    text = "中国と韓国の高官が会談した。外交部は5日、会談の内容を説明した。"
    assert MOFA_KR not in {e.id for e in run(ja, text).entities}


def test_bare_gaikoubu_with_no_state_named_names_no_one(ja: JapanesePipeline) -> None:
    text = "外交部は5日、会談の内容を説明した。"
    assert MOFA_KR not in {e.id for e in run(ja, text).entities}


def kinds(ja: JapanesePipeline, text: str) -> dict[str, str]:
    """Entity type by the name as first written, for persons and organizations."""
    return {min(e.mentions, key=lambda m: m.start).text: e.type
            for e in run(ja, text).entities
            if e.type in ("Person", "Organization") and e.mentions
            and e.properties.get("kind") != "worker_group"}


def test_a_reading_inside_a_company_name_leaves_one_company(ja: JapanesePipeline) -> None:
    text = ("韓国外交部は1日、IT技術者の派遣に関与したとされる「松濤(ソンド)ソフト開発会社」と、"
            "同社のリ・ミョンチョル社長を独自制裁の対象に指定したと発表した。")
    assert kinds(ja, text) == {"松濤(ソンド)ソフト開発会社": "Organization",
                               "リ・ミョンチョル": "Person"}
    result = run(ja, text)
    assert designations(result) == {(KR, "松濤(ソンド)ソフト開発会社"), (KR, "リ・ミョンチョル")}
    company = next(e for e in result.entities if e.type == "Organization")
    assert company.name == "松濤ソフト開発会社" and "ソンドソフト開発会社" in company.aliases


def test_a_person_read_in_brackets_before_a_company_word_stays_a_person(
        ja: JapanesePipeline) -> None:
    # look-alike: a dotted reading is a person's; 会社代表 after it is the post, no firm
    text = "米財務省は、金哲洙（キム・チョルス）会社代表を制裁対象に指定した。"
    assert "Organization" not in kinds(ja, text).values()


def test_a_place_read_in_brackets_names_no_company(ja: JapanesePipeline) -> None:
    # look-alike: a place with its reading, then ordinary words
    text = "米財務省は、平壌(ピョンヤン)市内に拠点を置く男を制裁対象に指定した。"
    assert "Organization" not in kinds(ja, text).values()


def test_a_chinese_firm_with_a_korean_family_name_inside_is_one_company(
        ja: JapanesePipeline) -> None:
    # the place, a proper part starting with 金, then ネットワーク技術有限会社
    text = ("米財務省は27日、北朝鮮のIT労働者の収入を送金したとして、▲パク・ソンミン、"
            "▲丹東金明利ネットワーク技術有限会社を制裁対象に指定した。")
    assert kinds(ja, text) == {"パク・ソンミン": "Person",
                               "丹東金明利ネットワーク技術有限会社": "Organization"}
    assert designations(run(ja, text)) == {(US, "パク・ソンミン"),
                                           (US, "丹東金明利ネットワーク技術有限会社")}


def test_a_korean_name_in_kanji_beside_a_company_stays_a_person(ja: JapanesePipeline) -> None:
    # look-alike: the name stands outside the company's name, glued to it by nothing
    text = "米財務省は、金英哲氏と大連ネットワーク技術有限会社を制裁対象に指定した。"
    assert kinds(ja, text)["金英哲"] == "Person"


MOFA_JP = "agency:ministry-of-foreign-affairs-of-japan"


def test_bare_gaimusho_after_japan_comes_back_is_japans(ja: JapanesePipeline) -> None:
    # a report on three governments: Seoul's ministry in full, then Japan, then the bare word
    text = ("韓国外務省は2日、個人5人に対する制裁を発表した。日本政府も2日、北朝鮮の団体を"
            "資産凍結の対象に追加指定することを閣議了解した。外務省によると、ハッカー集団"
            "「ソンボク」などが対象に含まれる。")
    result = run(ja, text)
    mentions = {m.text: e.id for e in result.entities for m in e.mentions}
    assert mentions["外務省"] == MOFA_JP
    assert (KR, "ソンボク") not in designations(result)


def test_bare_gaimusho_right_after_seouls_ministry_stays_seouls(ja: JapanesePipeline) -> None:
    # look-alike: no Japanese actor between: the short form of the ministry just named
    text = ("韓国外務省は2日、個人5人に対する制裁を発表した。外務省によると、対象には"
            "ハッカー集団の幹部が含まれる。")
    result = run(ja, text)
    assert MOFA_JP not in {e.id for e in result.entities}


def test_japan_named_among_three_states_does_not_take_back_the_bare_word(
        ja: JapanesePipeline) -> None:
    # look-alike: Japan is one of three states; the bare 財務省 after it is still the US one
    text = ("米財務省は27日、ソンボク貿易会社を制裁対象に指定した。日本と米国、韓国の3カ国は"
            "同日、共同声明を発表した。財務省は、凍結される資産の額を明らかにしていない。")
    ids = {e.id for e in run(ja, text).entities if e.type == "Agency"}
    assert ids == {"agency:department-of-the-treasury"}


@pytest.mark.parametrize("text", [
    "米財務省は、大陸間弾道ミサイル(ICBM)の発射を受け、ソンボク貿易会社を制裁対象に指定した。",
    "北朝鮮による大陸間弾道ミサイル(ICBM)などの発射を受け、米財務省はソンボク貿易会社を"
    "制裁対象に指定した。",
])
def test_a_weapons_abbreviation_in_brackets_is_no_organization(ja: JapanesePipeline,
                                                               text: str) -> None:
    assert kinds(ja, text) == {"ソンボク貿易会社": "Organization"}


LIST = ("資産凍結等の措置の対象となる個人\n"
        "1 ミハイル・ソロキン Mikhail SOROKIN 某国国防次官 Deputy Minister of Defence of "
        "the Republic 生年月日:1970年1月2日\n"
        "2 キム・ミョンチョル KIM Myong Chol 朝鮮ソンボク貿易会社代表 Representative of "
        "Korea Sonbok Trading Company 生年月日:1975年3月4日\n")


def test_a_list_line_romanization_is_the_persons_and_its_title_no_name(
        ja: JapanesePipeline) -> None:
    result = run(ja, LIST, issuers=[{"country": "JP", "agency": "Ministry of Finance"}])
    persons = {e.name: {m.text for m in e.mentions} for e in result.entities
               if e.type == "Person"}
    assert persons == {"Mikhail Sorokin": {"ミハイル・ソロキン", "Mikhail SOROKIN"},
                       "Kim Myong Chol": {"キム・ミョンチョル", "KIM Myong Chol"}}
    latin_orgs = {e.name for e in result.entities
                  if e.type == "Organization" and e.name.isascii()}
    assert latin_orgs <= {"Korea Sonbok Trading Company"}


def test_a_latin_company_beside_katakana_stays_a_company(ja: JapanesePipeline) -> None:
    # look-alike: a dotted katakana company and its Latin name are no person
    text = "米財務省は、ソンボク・トレーディング Sonbok Trading LLCを制裁対象に指定した。"
    assert "Person" not in kinds(ja, text).values()


@pytest.mark.parametrize("text", [
    "米財務省は、キム・ヨンスン（김영순）を制裁対象に指定した。",
    "米財務省は、金英順（김영순）を制裁対象に指定した。",
])
def test_a_korean_name_with_its_hangul_takes_the_hanguls_spelling(ja: JapanesePipeline,
                                                                  text: str) -> None:
    result = run(ja, text)
    persons = [e for e in result.entities if e.type == "Person"]
    assert [(p.id, p.name) for p in persons] == [("person:kim-yong-sun", "Kim Yong Sun")]
    assert [(r.type, r.target) for r in result.relations] == [("DESIGNATED",
                                                               "person:kim-yong-sun")]


def test_hangul_that_is_no_reading_of_the_name_gives_no_spelling(ja: JapanesePipeline) -> None:
    # look-alike: the bracket's Hangul is another name; no silent merge with it
    text = "米財務省は、金英順（박철수）を制裁対象に指定した。"
    ids = {e.id for e in run(ja, text).entities}
    assert "person:pak-chol-su" not in ids and "person:kim-yong-sun" not in ids


def test_a_school_named_in_kanji_after_pyongyang_is_a_body(ja: JapanesePipeline) -> None:
    text = "韓国外交部は23日、平壌の金光学院を独自制裁の対象に指定したと発表した。"
    assert designations(run(ja, text)) == {(KR, "金光学院")}


@pytest.mark.parametrize("text", [
    "韓国外交部は23日、東京の金光学院を独自制裁の対象に指定したと発表した。",
    "韓国外交部は23日、平壌の芸術学院を独自制裁の対象に指定したと発表した。",
])
def test_a_kanji_school_not_placed_in_the_north_or_a_kind_is_no_body(ja: JapanesePipeline,
                                                                     text: str) -> None:
    # look-alikes: another city, or a kind of school (an arts academy)
    assert kinds(ja, text) == {}


def test_bare_gaikoubu_with_no_state_is_no_company(ja: JapanesePipeline) -> None:
    text = "外交部によると、対象にはソンボク貿易会社が含まれる。"
    assert kinds(ja, text) == {"ソンボク貿易会社": "Organization"}


COUNTED = "韓国外交部は23日、北朝鮮の2機関と個人5人を独自制裁の対象に指定すると発表した。"


def test_a_name_with_mo_after_counted_targets_is_one_more_target(ja: JapanesePipeline) -> None:
    text = COUNTED + "また幹部候補の養成で知られる平壌のソンボク大学も制裁対象機関に含まれた。"
    assert designations(run(ja, text)) == {(KR, "ソンボク大学")}


@pytest.mark.parametrize("second", [
    "ソンボク大学も制裁対象機関に含まれる可能性がある。",  # a possibility states nothing
    "ソンボク大学も対象にならなかった。",  # negated
])
def test_a_name_with_mo_that_is_not_stated_a_target_gives_nothing(ja: JapanesePipeline,
                                                                   second: str) -> None:
    assert designations(run(ja, COUNTED + second)) == set()


def test_a_birthplace_in_katakana_before_its_region_is_no_company(
        ja: JapanesePipeline) -> None:
    text = ("財務省は、次の者を資産凍結等の措置の対象とした。\n"
            "1 ミハイル・ソロキン 生年月日:1970年1月2日 出生地:ヴィテプスク州(ベラルーシ)\n")
    assert kinds(ja, text) == {"ミハイル・ソロキン": "Person"}
