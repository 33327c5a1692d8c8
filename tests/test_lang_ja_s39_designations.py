"""Japanese designations as government releases and news agencies write them (session 39),
through the real GiNZA pipeline, in our own wording with invented names: a foreign company
named wholly in katakana (X・トレーディング), the grounds clause of the act (…したとして、)
with a subject of its own, a further target added with も, the news outlet a report cites,
a body named only for its representative or its unit, a time word glued to a name, a
quoted unit sanctioned by に. Each has a look-alike that must give nothing more."""

from __future__ import annotations

import pytest

from extract.lang.ja import JapanesePipeline
from tests.ja_designators import designations
from tests.ja_text import run

US, JP, KR = "United States", "Japan", "South Korea"


def kinds(ja: JapanesePipeline, text: str) -> dict[str, str]:
    """Entity type by the name as first written, for persons and organizations."""
    return {min(e.mentions, key=lambda m: m.start).text: e.type
            for e in run(ja, text).entities
            if e.type in ("Person", "Organization") and e.mentions
            and e.properties.get("kind") != "worker_group"}


@pytest.mark.parametrize("text", [
    "米財務省は、ミョンソン・トレーディングとチョンマ・インターナショナルを制裁対象に指定した。",
    "米財務省は、北朝鮮のIT労働者派遣に関与したとして、次の2団体を制裁対象に指定した。\n"
    "・ミョンソン・トレーディング\n・チョンマ・インターナショナル\n",
])
def test_a_katakana_name_ending_in_a_company_word_is_a_company(ja: JapanesePipeline,
                                                               text: str) -> None:
    # the whole name, nine letters of インターナショナル included, and no person
    assert designations(run(ja, text)) == {(US, "ミョンソン・トレーディング"),
                                           (US, "チョンマ・インターナショナル")}
    assert kinds(ja, text) == {"ミョンソン・トレーディング": "Organization",
                               "チョンマ・インターナショナル": "Organization"}


def test_a_katakana_person_beside_a_katakana_company_stays_a_person(
        ja: JapanesePipeline) -> None:
    text = ("米財務省は、ソンリム・テクノロジーズと、同社の代表を務めるセルゲイ・イワノフ氏を"
            "制裁対象に指定した。")
    assert kinds(ja, text) == {"ソンリム・テクノロジーズ": "Organization",
                               "セルゲイ・イワノフ": "Person"}
    assert designations(run(ja, text)) == {(US, "ソンリム・テクノロジーズ"),
                                           (US, "セルゲイ・イワノフ")}


def test_a_name_the_next_words_refer_back_to_is_coordinated(ja: JapanesePipeline) -> None:
    # Xと、同社の代表を務めるY: 同社 is X, so X is listed beside Y, not whom Y serves with
    text = ("米財務省は、ソンリム・トレーディングと、同社の代表を務めるセルゲイ・イワノフ氏を"
            "制裁対象に指定した。")
    assert designations(run(ja, text)) == {(US, "ソンリム・トレーディング"),
                                           (US, "セルゲイ・イワノフ")}


def test_a_name_another_verb_takes_with_to_is_no_target(ja: JapanesePipeline) -> None:
    # look-alike: Xと取引していたY: X is whom Y traded with
    text = "米財務省は、ソンリム・トレーディングと取引していたチョンマ技術社を制裁対象に指定した。"
    assert designations(run(ja, text)) == {(US, "チョンマ技術社")}


@pytest.mark.parametrize("text, state", [
    ("米財務省は、北朝鮮が外貨獲得のために派遣したIT労働者を管理していたとして、"
     "ミョンソン貿易会社を制裁対象に加えた。", US),
    ("韓国政府が、北朝鮮が派遣したIT労働者を管理していたとして、ミョンソン貿易会社を"
     "独自制裁の対象に指定した。", KR),
    # the grounds name a sanction of their own (the sanctions violated), the act comes after
    ("米財務省は、北朝鮮が米国の制裁に違反したとして、ミョンソン貿易会社を制裁対象に"
     "指定した。", US),
])
def test_a_subject_inside_the_grounds_of_the_act_is_no_designator(
        ja: JapanesePipeline, text: str, state: str) -> None:
    assert designations(run(ja, text)) == {(state, "ミョンソン貿易会社")}


def test_the_grounds_accusing_another_state_designate_nobody(ja: JapanesePipeline) -> None:
    text = "北朝鮮が、米国がミョンソン貿易会社を不当に制裁したとして、米国を非難した。"
    assert (JP, "ミョンソン貿易会社") not in designations(run(ja, text))
    assert ("North Korea", "ミョンソン貿易会社") not in designations(run(ja, text))


_FIRST = "米財務省は、ミョンソン貿易会社を制裁対象に指定した。"


@pytest.mark.parametrize("second", [
    "同社代表のキム・チョルス氏も対象に加えた。",
    "キム・チョルス氏も対象に指定した。",
])
def test_a_further_target_added_with_mo(ja: JapanesePipeline, second: str) -> None:
    assert designations(run(ja, _FIRST + second)) == {(US, "ミョンソン貿易会社"),
                                                      (US, "キム・チョルス")}


@pytest.mark.parametrize("text", [
    _FIRST + "同社代表のキム・チョルス氏も対象に加える方針だ。",
    _FIRST + "同社代表のキム・チョルス氏も捜査の対象に加えた。",
])
def test_a_plan_or_another_measure_adds_no_target(ja: JapanesePipeline, text: str) -> None:
    assert designations(run(ja, text)) == {(US, "ミョンソン貿易会社")}


def test_mo_with_no_designation_before_designates_nobody(ja: JapanesePipeline) -> None:
    assert designations(run(ja, "同社代表のキム・チョルス氏も対象に加えた。")) == set()


@pytest.mark.parametrize("text", [
    "NHKによると、米政府は北朝鮮の「チョンマ技術交流社」を制裁対象に追加した。",
    "ロイター通信によると、米政府は北朝鮮の「チョンマ技術交流社」を制裁対象に追加した。",
])
def test_the_news_outlet_a_report_cites_is_no_target(ja: JapanesePipeline, text: str) -> None:
    assert designations(run(ja, text)) == {(US, "チョンマ技術交流社")}


def test_a_company_named_for_its_representative_abroad_is_context(
        ja: JapanesePipeline) -> None:
    text = ("米財務省は、ミョンソン貿易会社のロシア駐在代表であるキム・チョルスを制裁対象に"
            "指定した。")
    assert designations(run(ja, text)) == {(US, "キム・チョルス")}


def test_a_party_glued_to_its_unit_before_sanka_is_context(ja: JapanesePipeline) -> None:
    text = ("政府は、朝鮮労働党統一戦線部傘下の朝鮮ミョンソン交流協会を資産凍結等の措置の"
            "対象とした。")
    assert designations(run(ja, text)) == {(JP, "朝鮮ミョンソン交流協会")}


def test_the_party_coordinated_with_the_body_is_a_target(ja: JapanesePipeline) -> None:
    # look-alike: named with と, the party is designated beside the body
    text = "政府は、朝鮮労働党と朝鮮ミョンソン交流協会を資産凍結等の措置の対象とした。"
    assert (JP, "朝鮮ミョンソン交流協会") in designations(run(ja, text))
    assert len(designations(run(ja, text))) == 2


def test_a_time_word_glued_before_a_company_is_no_part_of_its_name(
        ja: JapanesePipeline) -> None:
    text = "韓国政府が先月ミョンソン貿易会社を制裁対象に指定した。"
    assert kinds(ja, text) == {"ミョンソン貿易会社": "Organization"}


def test_a_quoted_unit_sanctioned_by_ni(ja: JapanesePipeline) -> None:
    text = "韓国政府は、北朝鮮の「第72技術局」に独自制裁を科した。"
    assert designations(run(ja, text)) == {(KR, "第72技術局")}


@pytest.mark.parametrize("text", [
    "米財務省は、北朝鮮の「IT労働者」に対する制裁を強化した。",
    "政府は、「ミョンソン計画」に関する報告書を公表した。",
])
def test_a_quote_before_ni_that_names_no_body_is_no_entity(ja: JapanesePipeline,
                                                          text: str) -> None:
    assert kinds(ja, text) == {}


@pytest.mark.parametrize("text", [
    "韓国政府は、ミョンソン貿易会社などへの独自制裁に踏み切った。",
    "日本政府は、北朝鮮によるIT労働者派遣に関与したとして、キム・チョルス氏ら個人2人と1団体の"
    "資産を凍結すると発表した。",
])
def test_news_wordings_of_the_act(ja: JapanesePipeline, text: str) -> None:
    target = "ミョンソン貿易会社" if "ミョンソン" in text else "キム・チョルス"
    state = KR if text.startswith("韓国") else JP
    assert designations(run(ja, text)) == {(state, target)}


@pytest.mark.parametrize("text", [
    "政府は、ミョンソン・トレーディングを資産凍結等の措置の対象に指定することを検討している。",
    "政府は、ミョンソン・トレーディングを制裁対象に指定する方針だ。",
    "米財務省は、日本政府に対し、ミョンソン・トレーディングを制裁対象に指定するよう求めた。",
    "米財務省は、ミョンソン・トレーディングに対する制裁指定を解除した。",
    "外務省は、ミョンソン・トレーディングの指定解除を発表した。",
    "韓国外交部のキム・ミンジュン報道官は「北朝鮮のIT労働者の活動を容認しない」と述べた。",
    "韓国政府は、ミョンソン・トレーディングなどへの独自制裁に踏み切る方針だ。",
    "専門家は、米国がミョンソン・トレーディングを制裁対象に指定する可能性があると指摘した。",
])
def test_considering_planning_urging_delisting_or_speaking_designates_nobody(
        ja: JapanesePipeline, text: str) -> None:
    assert designations(run(ja, text)) == set()


def test_a_ministry_announcing_is_not_designated(ja: JapanesePipeline) -> None:
    text = ("米財務省は9日、北朝鮮のIT労働者派遣に関与したチョンマ・インターナショナルを制裁対象に"
            "指定したと発表した。財務省のジョン・スミス次官は「北朝鮮の収入源を断つ」と述べた。")
    assert designations(run(ja, text)) == {(US, "チョンマ・インターナショナル")}


def persons(ja: JapanesePipeline, text: str) -> list[tuple[str, list[str]]]:
    return sorted((e.name, sorted(e.aliases)) for e in run(ja, text).entities
                  if e.type == "Person")


def test_a_reading_followed_by_a_list_lines_details_is_one_person(
        ja: JapanesePipeline) -> None:
    text = ("外務省は、以下の者を資産凍結等の措置の対象者として指定した。\n"
            "（１）金哲洙（キム・チョルス、1980年生まれ、北朝鮮国籍）\n"
            "（２）朴英男（パク・ヨンナム、1975年生まれ）\n")
    assert persons(ja, text) == [("Kim Chol Su", ["キム・チョルス", "金哲洙"]),
                                 ("Pak Yong Nam", ["パク・ヨンナム", "朴英男"])]
    # (the designations test helper names the ministry by the state it acts for)
    assert designations(run(ja, text)) == {(JP, "金哲洙"), (JP, "朴英男")}


def test_a_romanization_then_its_kanji_is_one_person(ja: JapanesePipeline) -> None:
    text = "米財務省は、KIM Chol Su（金哲洙）とPAK Yong Nam（朴英男）を制裁対象に指定した。"
    assert persons(ja, text) == [("Kim Chol Su", ["KIM Chol Su", "金哲洙"]),
                                 ("Pak Yong Nam", ["PAK Yong Nam", "朴英男"])]


def test_kanji_after_a_romanization_that_do_not_read_as_it_are_no_alias(
        ja: JapanesePipeline) -> None:
    text = "米財務省は、KIM Chol Su（平壌在住）を制裁対象に指定した。"
    assert all("平壌在住" not in aliases for _name, aliases in persons(ja, text))


@pytest.mark.parametrize("text, date", [
    ("米財務省は昨年5月、ミョンソン貿易会社を制裁対象に指定した。", "2025-05"),
    ("日本政府は今年1月、ミョンソン貿易会社を資産凍結の対象に指定した。", "2026-01"),
    ("韓国政府は先月、ミョンソン貿易会社を独自制裁の対象に指定した。", "2026-01"),
    # look-alike: a date of its own stays as written
    ("米財務省は2023年5月、ミョンソン貿易会社を制裁対象に指定した。", "2023-05"),
])
def test_a_year_or_month_counted_from_the_documents_dates_the_act(
        ja: JapanesePipeline, text: str, date: str) -> None:
    dates = {r.properties.get("date") for r in run(ja, text).relations
             if r.type == "DESIGNATED"}
    assert dates == {date}


def test_a_latin_company_name_and_its_japanese_in_brackets_are_one_company(
        ja: JapanesePipeline) -> None:
    text = "米財務省は、Myongson Trading Company（ミョンソン貿易会社）を制裁対象に指定した。"
    companies = [(e.name, e.aliases) for e in run(ja, text).entities
                 if e.type == "Organization"]
    assert companies == [("Myongson Trading Company", ["ミョンソン貿易会社"])]


def test_a_country_in_brackets_after_a_latin_company_is_no_name_of_it(
        ja: JapanesePipeline) -> None:
    # look-alike: the bracket gives where the company is, not its name
    text = "米財務省は、Myongson Trading Company（中国）を制裁対象に指定した。"
    companies = [(e.name, e.aliases) for e in run(ja, text).entities
                 if e.type == "Organization"]
    assert companies == [("Myongson Trading Company", [])]


def test_the_longest_katakana_company_name_is_the_name(ja: JapanesePipeline) -> None:
    text = ("財務省は、北朝鮮のIT労働者に関連するとして、ミョンソン・トレーディング・カンパニー・"
            "リミテッドを資産凍結の対象とした。")
    assert kinds(ja, text) == {"ミョンソン・トレーディング・カンパニー・リミテッド": "Organization"}


@pytest.mark.parametrize("note", ["北朝鮮籍", "中国人", "瀋陽在住"])
def test_a_note_in_brackets_after_a_katakana_name_is_no_alias(ja: JapanesePipeline,
                                                              note: str) -> None:
    text = f"米財務省は、キム・チョルス（{note}）を制裁対象に指定した。"
    assert persons(ja, text) == [("キム・チョルス", [])]


def test_the_kanji_of_a_katakana_name_in_brackets_stay_its_alias(ja: JapanesePipeline) -> None:
    # look-alike: the name's own kanji
    text = "米財務省は、キム・チョルス（金哲洙）を制裁対象に指定した。"
    assert persons(ja, text) == [("Kim Chol Su", ["キム・チョルス", "金哲洙"])]
