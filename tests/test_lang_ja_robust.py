"""Japanese releases and news as another writer would word them (session 24): states and
agencies the gazetteer lacked, a state's agency named with の, a company named as whose
officer a person is, a notice's "concerning" (について…措置を講じる), a sanction announced
before its targets are named, Korean names in kanji alone, and a subject we cannot read.
Our own paraphrases with invented names; each rule has a look-alike that must not fire."""

from __future__ import annotations

import pytest

from extract.lang.ja import JapanesePipeline
from graph.model import Extraction
from tests.ja_text import run as run_ja


def run(ja: JapanesePipeline, text: str) -> Extraction:
    return run_ja(ja, text, issuers=[{"country": "JP"}])


def designations(ja: JapanesePipeline, text: str) -> set[tuple[str, str]]:
    result = run(ja, text)
    names = {e.id: e.name for e in result.entities}
    first = {e.id: min(e.mentions, key=lambda m: m.start).text if e.mentions else e.name
             for e in result.entities}
    return {(names[r.source], first[r.target]) for r in result.relations
            if r.type == "DESIGNATED"}


_CO = "朝鮮星雲技術交易会社"


@pytest.mark.parametrize(("text", "expected"), [
    # a foreign government the gazetteer knows now, with 政府 after it
    (f"オーストラリア政府は、{_CO}に対し、独自の制裁措置を発表した。",
     {("Australia", _CO)}),
    # a state listed with its code alone (no English gazetteer entry): that state
    (f"エストニア政府は、{_CO}に制裁を科した。", {("Estonia", _CO)}),
    # a state, の, then its agency's short name: that state's agency, not Japan's
    (f"米国の財務省は5日、{_CO}を特別指定国民に加えた。",
     {("Department of the Treasury", _CO)}),
    # (a Korean ministry designates for the state: korean_state_designators)
    (f"韓国の外交部は5日、{_CO}を独自制裁の対象に指定した。",
     {("South Korea", _CO)}),
    # a company named as whose officer the target is: only the officer is designated
    (f"米財務省外国資産管理室は5日、「{_CO}」の幹部、ユ・ジンソン氏を制裁対象に指定した。",
     {("Office of Foreign Assets Control", "ユ・ジンソン")}),
    # the notice's "concerning": 以下の者について資産凍結等の措置を講じる, over a list
    (f"我が国は、以下の者について資産凍結等の措置を講じることとした。\n\n（１）{_CO}\n（２）河明俊\n",
     {("Japan", _CO), ("Japan", "河明俊")}),
    # the sanction announced first, its targets in the next sentence: the announcer acts
    (f"米財務省は5日、北朝鮮の外貨獲得を助けたとして制裁を発表した。制裁対象に指定されたのは、"
     f"{_CO}と、同社の代表である河明俊氏。",
     {("Department of the Treasury", _CO), ("Department of the Treasury", "河明俊")}),
    # a kanji name before ら and a count: the whole name, not the recognizer's part of it
    ("韓国政府は5日、曺成日ら個人3人を独自制裁の対象に指定した。",
     {("South Korea", "曺成日")}),
])
def test_designation_constructions(ja: JapanesePipeline, text: str,
                                   expected: set[tuple[str, str]]) -> None:
    assert designations(ja, text) == expected


@pytest.mark.parametrize("text", [
    # a government we cannot read acts: not the issuing state, nor anyone named before
    f"ツバル政府は、{_CO}に制裁を科した。",
    # the notice's wording, but only under consideration
    f"政府は、以下の者について資産凍結等の措置を講じることを検討している。\n\n（１）{_CO}\n",
    # other states' governments and a plan
    f"各国政府は、{_CO}に対する制裁を検討している。",
])
def test_no_designation(ja: JapanesePipeline, text: str) -> None:
    assert designations(ja, text) == set()


def test_common_nouns_and_places_are_no_kanji_names(ja: JapanesePipeline) -> None:
    """社員ら3人 (employees) and a list line naming a place are no persons."""
    result = run(ja, "政府は本日、次の者を資産凍結等の措置の対象とした。\n・高麗\n・河明俊\n"
                     "同社の社員ら3人も関与していた。")
    persons = {e.name for e in result.entities if e.type == "Person"}
    assert persons == {"河明俊"}


def test_new_japanese_issuers(ja: JapanesePipeline) -> None:
    result = run(ja, "警察庁、法務省及び厚生労働省は、北朝鮮IT労働者に関する注意喚起を発出した。")
    names = {e.id: e.name for e in result.entities}
    issuers = {names[r.source] for r in result.relations if r.type == "ISSUED"}
    assert issuers == {"National Police Agency of Japan", "Ministry of Justice of Japan",
                       "Ministry of Health, Labour and Welfare"}


def test_list_above_the_sentence(ja: JapanesePipeline) -> None:
    """上記の団体を…対象とした: the table above names the targets; its alias column is an
    alias, not a company of its own (the recognizer's span took the table's bar)."""
    text = ("| 名称 | 別名 | 所在地 |\n|---|---|---|\n| 朝鮮星雲技術交易会社 | 星雲社 | 平壌 |\n\n"
            "上記の団体を、本日付で資産凍結等の措置の対象とした。\n")
    assert designations(ja, text) == {("Japan", _CO)}
    result = run(ja, text)
    assert [e.aliases for e in result.entities if e.type == "Organization"] == \
        [[_CO, "星雲社"]]


def test_above_as_a_manner_is_no_list(ja: JapanesePipeline) -> None:
    """以上のとおり ("as said above") points at no one listed."""
    text = (f"・{_CO}\n\n政府は、以上のとおり、制裁の対象とする方向で調整している。\n")
    assert designations(ja, text) == set()


def issued(ja: JapanesePipeline, text: str) -> set[tuple[str, str]]:
    result = run(ja, text)
    names = {e.id: e.name for e in result.entities}
    return {(names[r.source], names[r.target]) for r in result.relations if r.type == "ISSUED"}


def test_byline_issuer(ja: JapanesePipeline) -> None:
    """A site's news line: the statement updated, the agency in brackets at the end."""
    assert issued(ja, "北朝鮮IT労働者に関する企業等に対する注意喚起を更新しました（警察庁）") == {
        ("National Police Agency of Japan",
         "Advisory to Companies and Other Organizations on North Korean IT Workers")}
    # a bracket that glosses the title names no issuer
    english = "北朝鮮IT労働者に関する企業等に対する注意喚起を掲載しました（英語版）"
    assert issued(ja, english) == set()


def test_entitled_document(ja: JapanesePipeline) -> None:
    assert issued(ja, "外務省は、「北朝鮮の技術者への発注について」と題する文書を公表した。") == {
        ("Ministry of Foreign Affairs of Japan", "北朝鮮の技術者への発注について")}


def test_quoted_group_is_no_title(ja: JapanesePipeline) -> None:
    """「X」について注意喚起: X is what the warning is about, no part of a title."""
    result = run(ja, "警察庁は、サイバー攻撃グループ「ラザルス」について注意喚起を発出した。")
    assert not any("」" in e.name for e in result.entities)


@pytest.mark.parametrize(("text", "expected"), [
    # the US by its one character, opening a headline or as the topic
    (f"米、北朝鮮IT関連の{_CO}を制裁", {("United States", _CO)}),
    (f"米は5日、{_CO}を制裁対象に指定した。", {("United States", _CO)}),
    # a ministry the gazetteer knows under another of its names
    (f"韓国外交省は5日、{_CO}を独自制裁対象に指定した。",
     {("South Korea", _CO)}),
])
def test_actors_by_short_names(ja: JapanesePipeline, text: str,
                               expected: set[tuple[str, str]]) -> None:
    assert designations(ja, text) == expected


def test_unread_authority_designates_nothing(ja: JapanesePipeline) -> None:
    """米当局は: an authority we cannot name; not the issuing state (Japan) instead."""
    assert designations(ja, f"米当局は5日、{_CO}を制裁対象に指定した。") == set()


def test_rice_and_dollars_are_no_state(ja: JapanesePipeline) -> None:
    result = run(ja, "同社は約50万米ドルを送金した。在米の関係者も関与した。")
    assert not any(e.name == "United States" for e in result.entities)


def test_three_states_ministries_are_not_one_states(ja: JapanesePipeline) -> None:
    """日米韓の外務省: the three ministries, not the ROK's alone."""
    result = run(ja, "日米韓の外務省は5日、北朝鮮IT労働者に関する共同声明をそれぞれ発表した。")
    assert not any(e.name == "Ministry of Foreign Affairs of the Republic of Korea"
                   for e in result.entities)


_NOTICE = """令和8年2月3日
外務省
財務省

我が国は、本日、以下の団体及び個人を、外国為替及び外国貿易法に基づく資産凍結等の措置の対象として指定することとした。

（１）措置の内容
指定される者に対する支払等を許可制とする。

（２）対象者
別紙のとおり

別紙
１．団体
（１）ハンビョル（Hanbyol）
（２）朝鮮星雲技術交易会社
２．個人
（１）ユ・ジンソン（YU Jin Song）
"""


def test_list_in_the_annex_the_notice_refers_to(ja: JapanesePipeline) -> None:
    """以下の…を指定, the measures' details, then 対象者: 別紙のとおり and the annex: its
    items are the targets; a name under the annex's heading of bodies is a body."""
    result = run(ja, _NOTICE)
    names = {e.id: e.name for e in result.entities}
    assert {(names[r.source], names[r.target]) for r in result.relations
            if r.type == "DESIGNATED"} == {("Japan", "Hanbyol"),
                                           ("Japan", "Korea Songun Technology Kyoyok Company"),
                                           ("Japan", "Yu Jin Song")}
    assert {e.type for e in result.entities if e.name == "Hanbyol"} == {"Organization"}


def test_annex_without_a_designation_pointing_to_it(ja: JapanesePipeline) -> None:
    """The same annex after a sentence that only plans: nothing designated."""
    text = _NOTICE.replace("指定することとした", "指定することを検討している")
    assert designations(ja, text) == set()


def test_the_defendant_again(ja: JapanesePipeline) -> None:
    """同被告: the person news named last, also as a designation's target."""
    text = ("米司法省は5日、北朝鮮の銀行員、ユ・ジンソン被告を起訴したと発表した。"
            "米財務省も同日、同被告を制裁対象に指定した。")
    assert designations(ja, text) == {("Department of the Treasury", "ユ・ジンソン")}


def test_sanction_measures_cleft(ja: JapanesePipeline) -> None:
    text = (f"米財務省は5日、追加の制裁を発表した。追加制裁措置の対象となったのは、{_CO}と"
            "ユ・ジンソン氏である。")
    assert designations(ja, text) == {("Department of the Treasury", _CO),
                                      ("Department of the Treasury", "ユ・ジンソン")}


def test_katakana_company_before_its_sha(ja: JapanesePipeline) -> None:
    """「オメガ・リンク社」 is a company; キム・ヨンイル社長 (president) is a person."""
    result = run(ja, "米財務省は5日、「オメガ・リンク社」を制裁対象に指定した。"
                     "同社のキム・ヨンイル社長も指定された。")
    types = {e.aliases[0] if e.aliases else e.name: e.type for e in result.entities}
    assert types.get("オメガ・リンク") == "Organization"
    assert types.get("キム・ヨンイル") == "Person"


@pytest.mark.parametrize(("text", "expected"), [
    # "the new sanction targets are A, B and C", after the designation it follows
    (f"米財務省は5日、個人2人と1団体を制裁対象に指定した。新たな制裁対象は、{_CO}、ユ・ジンソン、"
     "チェ・ヨンホである。",
     {("Department of the Treasury", _CO), ("Department of the Treasury", "ユ・ジンソン"),
      ("Department of the Treasury", "チェ・ヨンホ")}),
    # the cleft of "received the designation", and "also designated as an individual"
    ("米財務省は5日、北朝鮮の資金洗浄に関わった個人を制裁した。指定を受けたのは、ユ・ジンソンと"
     "チェ・ヨンホの2名だ。同社の代表パク・ミョンスも個人として指定を受けている。",
     {("Department of the Treasury", "ユ・ジンソン"),
      ("Department of the Treasury", "チェ・ヨンホ"),
      ("Department of the Treasury", "パク・ミョンス")}),
    # the sanction's targets as the topic of what follows for them: no one named
    ("米財務省は5日、北朝鮮の資金洗浄に関わった個人を制裁した。制裁対象は、米国内の資産が"
     "凍結される。", set()),
])
def test_news_clefts_and_followups(ja: JapanesePipeline, text: str,
                                   expected: set[tuple[str, str]]) -> None:
    assert designations(ja, text) == expected


@pytest.mark.parametrize("dot", ["·", "･", "　"])
def test_other_middle_dots(ja: JapanesePipeline, dot: str) -> None:
    """キム·ヨンイル (another writer's middle dot): one person, not two."""
    result = run(ja, f"米財務省は5日、キム{dot}ヨンイル氏を制裁対象に指定した。")
    assert [{e.name, *e.aliases} for e in result.entities if e.type == "Person"] == [
        {f"キム{dot}ヨンイル", "キム・ヨンイル"}]


def test_wide_space_before_a_column_is_no_name(ja: JapanesePipeline) -> None:
    """（１）イワン・ペトロフ　ロシア: the name, then its nationality column."""
    result = run(ja, "（１）イワン・ペトロフ　ロシア\n")
    assert {e.name for e in result.entities} >= {"イワン・ペトロフ", "Russia"}


def test_katakana_name_glossed_by_one_word(ja: JapanesePipeline) -> None:
    """ハンビョル（Hanbyol） on an annex line: a body's name (not a person, not missed);
    ハーリー（Hurley）次官 is a person's family name before his title."""
    result = run(ja, "我が国は、本日、下記の団体を資産凍結等の措置の対象として指定した。\n\n記\n\n"
                     "１　ハンビョル（Hanbyol）\n　所在地：北朝鮮\n\nハーリー（Hurley）次官は"
                     "声明を出した。")
    assert designations(ja, result.text) == {("Japan", "ハンビョル")}
    assert not any(e.name == "Hurley" and e.type == "Organization" for e in result.entities)


def test_indo_pacific_is_no_state(ja: JapanesePipeline) -> None:
    result = run(ja, "3か国は、自由で開かれたインド太平洋の実現に向けて連携する。"
                     "インドも参加した。")
    assert [m.text for e in result.entities if e.name == "India" for m in e.mentions] == \
        ["インド"]
