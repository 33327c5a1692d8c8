"""Japanese designations and issued statements in constructions of real news reports and
releases that our dev documents do not use, through the real GiNZA pipeline (session 22).
The paragraphs are our own wording with invented names; each construction has a look-alike
that must not give the relation (a plan, a negation, a condition, another actor's topic)."""

from __future__ import annotations

import pytest

from extract.lang.ja import JapanesePipeline
from graph.model import DocumentMeta
from tests.ja_designators import government


def facts(ja: JapanesePipeline, text: str, rel: str) -> set[tuple[str, str]]:
    result = ja.extract(text, DocumentMeta(id="t", date="2026-02-03"))
    first = {e.id: e.name if e.type in ("Country", "Agency") else
             min(e.mentions, key=lambda m: m.start).text if e.mentions else e.name
             for e in result.entities}
    by = {e.id: government(e) or first[e.id] for e in result.entities}  # DESIGNATED: the state
    return {(by[r.source] if r.type == "DESIGNATED" else first[r.source], first[r.target])
            for r in result.relations if r.type == rel}


def persons(ja: JapanesePipeline, text: str) -> set[str]:
    result = ja.extract(text, DocumentMeta(id="t", date="2026-02-03"))
    return {m.text for e in result.entities if e.type == "Person" for m in e.mentions}


US, JP, KR = "United States", "Japan", "South Korea"
NPA, MOFA, MOF = ("National Police Agency of Japan", "Ministry of Foreign Affairs of Japan",
                  "Ministry of Finance of Japan")
_CHONGUN, _UNHA = "朝鮮青雲情報会社", "朝鮮銀河貿易会社"
_SHENYANG = "瀋陽青雲科技有限公司"
_STATEMENT = "北朝鮮IT労働者の活動に関する共同声明"


@pytest.mark.parametrize(("text", "expected"), [
    # two states in one word as the subject: each designated
    ("財務省によると、米韓が共同で1個人と瀋陽青雲科技有限公司を制裁対象とした。",
     {(US, _SHENYANG), (KR, _SHENYANG)}),
    # …両国は as the topic
    ("米韓両国は28日、朝鮮青雲情報会社とペク・ミョンギルを共同で制裁対象に指定した。",
     {(US, _CHONGUN), (KR, _CHONGUN), (US, "ペク・ミョンギル"), (KR, "ペク・ミョンギル")}),
    # …両政府から as the actor of a passive
    ("朝鮮青雲情報会社は2024年3月、米韓両政府から制裁対象に指定された。",
     {(US, _CHONGUN), (KR, _CHONGUN)}),
])
def test_state_pairs_designate(ja: JapanesePipeline, text: str,
                               expected: set[tuple[str, str]]) -> None:
    assert facts(ja, text, "DESIGNATED") == expected


def test_state_pair_is_no_person(ja: JapanesePipeline) -> None:
    assert "米韓" not in persons(ja, "財務省によると、米韓が共同で瀋陽青雲科技有限公司を"
                                     "制裁対象とした。")


@pytest.mark.parametrize("text", [
    # another actor is the topic: the pair only names who held talks
    "米財務省は、米韓が協議した結果、朝鮮青雲情報会社を制裁対象に指定した。",
    # a plan of the pair
    "米韓両国は、朝鮮青雲情報会社を制裁対象に指定する方針だ。",
])
def test_state_pair_look_alikes(ja: JapanesePipeline, text: str) -> None:
    assert (KR, _CHONGUN) not in facts(ja, text, "DESIGNATED")


def test_cleft_with_adverb_names_the_counted(ja: JapanesePipeline) -> None:
    text = ("韓国政府は、北朝鮮のIT技術者の外貨稼ぎに関わったとして、個人3人を独自制裁の"
            "対象に加えました。韓国外交部によりますと、新たに対象となったのは、朝鮮金剛星技術"
            "会社のハン・ソンチョル社長ら3人です。")
    assert facts(ja, text, "DESIGNATED") == {(KR, "ハン・ソンチョル")}


def test_cleft_after_a_plan_names_no_target(ja: JapanesePipeline) -> None:
    text = ("韓国政府は、個人3人を独自制裁の対象に加える方針です。関係者によりますと、新たに"
            "対象となるのは、朝鮮金剛星技術会社のハン・ソンチョル社長ら3人です。")
    assert facts(ja, text, "DESIGNATED") == set()


def test_also_target_after_a_designation(ja: JapanesePipeline) -> None:
    text = ("米財務省は13日、北朝鮮のIT企業「朝鮮銀河貿易会社」を制裁対象に追加した。"
            "さらに、同社の幹部チェ・ミョンスも対象になった。")
    assert facts(ja, text, "DESIGNATED") == {(US, _UNHA), (US, "チェ・ミョンス")}


@pytest.mark.parametrize("text", [
    # a condition: who would become a target
    "米財務省は13日、朝鮮銀河貿易会社を制裁対象に追加した。同社と取引すれば、チェ・ミョンスも"
    "対象になる場合がある。",
    # no designation before it
    "米財務省は13日、北朝鮮のIT労働者に関する報告書を公表した。チェ・ミョンスも対象になった。",
])
def test_also_target_look_alikes(ja: JapanesePipeline, text: str) -> None:
    assert (US, "チェ・ミョンス") not in facts(ja, text, "DESIGNATED")


def test_bodies_counted_noun_first(ja: JapanesePipeline) -> None:
    text = ("政府は、北朝鮮のIT人材の外貨稼ぎに関与した北朝鮮の個人2名と機関1か所を独自制裁"
            "対象に指定することとした。今回指定される機関は朝鮮青雲情報会社であり、個人は"
            "ペク・ミョンギルとソ・ギョンチョルである。")
    assert facts(ja, text, "DESIGNATED") == {(JP, _CHONGUN), (JP, "ペク・ミョンギル"),
                                             (JP, "ソ・ギョンチョル")}


def test_bodies_counted_noun_first_must_fill(ja: JapanesePipeline) -> None:
    # two bodies counted, one named: the count is not filled, so it names no target
    text = ("政府は、個人2名と機関2か所を独自制裁対象に指定することとした。今回指定される機関"
            "は朝鮮青雲情報会社であり、個人はペク・ミョンギルとソ・ギョンチョルである。")
    assert (JP, _CHONGUN) not in facts(ja, text, "DESIGNATED")


def test_grounds_clause_passive_in_a_section(ja: JapanesePipeline) -> None:
    text = ("米財務省は本日、1団体と1個人を制裁対象に指定した。\n\n朝鮮金剛星技術会社\n\n"
            "朝鮮金剛星技術会社は、平壌に本拠を置くIT企業である。同社は、北朝鮮政府のために"
            "収益を得たとして指定された。\n\nハン・ソンチョル\n\nハン・ソンチョルは同社の代表で、"
            "同社のために行動したとして指定された。")
    assert (US, "ハン・ソンチョル") in facts(ja, text, "DESIGNATED")


def test_grounds_clause_describing_another_body(ja: JapanesePipeline) -> None:
    # the passive describes the body he dealt with, not him
    text = ("米財務省は本日、1団体を制裁対象に指定した。\n\nハン・ソンチョルは、北朝鮮政府の"
            "ために行動したとして指定された企業と取引していた。")
    assert (US, "ハン・ソンチョル") not in facts(ja, text, "DESIGNATED")


@pytest.mark.parametrize(("text", "expected"), [
    # the statement as the subject of a passive, its issuers "by"
    (f"「{_STATEMENT}」は、日本、米国及び韓国の3か国によって27日に発表された。",
     {(JP, _STATEMENT), (US, _STATEMENT), (KR, _STATEMENT)}),
    # the ministers of the three states adopt it
    (f"日米韓3か国の外相は会合後、「{_STATEMENT}」を採択した。",
     {(JP, _STATEMENT), (US, _STATEMENT), (KR, _STATEMENT)}),
])
def test_issuers_of_passive_and_officials(ja: JapanesePipeline, text: str,
                                          expected: set[tuple[str, str]]) -> None:
    assert facts(ja, text, "ISSUED") == expected


@pytest.mark.parametrize("text", [
    # to be adopted: a plan
    f"日米韓3か国の外相は、「{_STATEMENT}」を採択する予定だ。",
    # published by a newspaper, not by the states it reports on
    f"日米韓の協議について、「{_STATEMENT}」は共同通信によって27日にウェブサイトで公開された。",
])
def test_issuers_look_alikes(ja: JapanesePipeline, text: str) -> None:
    assert facts(ja, text, "ISSUED") == set()


def test_chronology_lines_are_their_own_sentences(ja: JapanesePipeline) -> None:
    text = ("2023年5月23日　米財務省が朝鮮金剛星技術会社を制裁対象に指定\n"
            "2024年3月26日　韓国外交部がリ・ヨンホを独自制裁の対象に指定\n")
    got = facts(ja, text, "DESIGNATED")
    assert (KR, "リ・ヨンホ") in got
    assert (US, "リ・ヨンホ") not in got


@pytest.mark.parametrize(("text", "expected"), [
    # 同社 as the topic of the next sentence's passive
    ("朝鮮青雲情報会社は平壌に本社を置くIT企業である。同社は2023年5月、米財務省から制裁"
     "対象に指定された。", {(US, _CHONGUN)}),
    # 同社 as what a second state's sanction is on
    ("米国は2023年5月、北朝鮮のIT労働者を管理する朝鮮青雲情報会社に制裁を科した。韓国も"
     "同日、同社に対する独自制裁を発表した。", {(US, _CHONGUN), (KR, _CHONGUN)}),
    # 同社の…: whose officer, not a target
    ("朝鮮青雲情報会社は平壌のIT企業である。韓国政府は、同社の幹部ペク・ミョンギルを独自"
     "制裁の対象に指定した。", {(KR, "ペク・ミョンギル")}),
    # a plan for the said company
    ("朝鮮青雲情報会社は平壌のIT企業である。同社は、米財務省から制裁対象に指定される見通し"
     "だ。", set()),
    # no body named in its paragraph or the one before
    ("朝鮮青雲情報会社は平壌のIT企業である。\n\n北朝鮮は外貨を稼いでいる。\n\n同社は2023年5月、"
     "米財務省から制裁対象に指定された。", set()),
])
def test_said_company_is_the_one_named_last(ja: JapanesePipeline, text: str,
                                            expected: set[tuple[str, str]]) -> None:
    assert facts(ja, text, "DESIGNATED") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the second clause's own actor designates its own names
    ("米財務省は2023年5月23日、朝鮮青雲情報会社と同社代表のペク・ミョンギルを制裁対象に"
     "指定し、韓国政府も同日、朝鮮青雲情報会社を独自制裁の対象に加えた。",
     {(US, _CHONGUN), (US, "ペク・ミョンギル"), (KR, _CHONGUN)}),
    ("米国は朝鮮青雲情報会社を制裁対象に指定し、韓国は朝鮮銀河貿易会社を独自制裁の対象に"
     "指定した。", {(US, _CHONGUN), (KR, _UNHA)}),
    # the second actor only plans it: its name is nobody's target
    ("米国は朝鮮青雲情報会社を制裁対象に指定し、韓国は朝鮮銀河貿易会社を独自制裁の対象に"
     "指定する方針だ。", {(US, _CHONGUN)}),
    # no actor of its own: both clauses are the first actor's
    ("米国は朝鮮青雲情報会社を制裁対象に指定し、朝鮮銀河貿易会社も制裁対象に加えた。",
     {(US, _CHONGUN), (US, _UNHA)}),
])
def test_two_designations_in_one_sentence(ja: JapanesePipeline, text: str,
                                          expected: set[tuple[str, str]]) -> None:
    assert facts(ja, text, "DESIGNATED") == expected


def facts_for(ja: JapanesePipeline, text: str, issuer: str) -> set[tuple[str, str]]:
    """DESIGNATED facts of a release its front matter says `issuer` issued."""
    result = ja.extract(text, DocumentMeta(id="t", date="2023-05-23",
                                           issuers=[{"country": issuer}]))
    first = {e.id: e.name if e.type in ("Country", "Agency") else
             min(e.mentions, key=lambda m: m.start).text if e.mentions else e.name
             for e in result.entities}
    by = {e.id: government(e) or first[e.id] for e in result.entities}  # DESIGNATED: the state
    return {(by[r.source] if r.type == "DESIGNATED" else first[r.source], first[r.target])
            for r in result.relations if r.type == "DESIGNATED"}


_RELEASE = ("政府は、2023年5月23日付で、北朝鮮のIT人材の外貨稼ぎに関与した個人1名及び機関2か所を"
            "独自制裁対象に指定することとした。\n\n今回の指定対象は次のとおりである。\n\n"
            "① 朝鮮銀河貿易会社（Korea Unha Trading Company）：北朝鮮国防省傘下の企業で、IT人材を"
            "海外に派遣している。\n② 瀋陽青雲科技有限公司：朝鮮銀河貿易会社の中国内の偽装企業"
            "である。\n③ リ・ヨンホ（RI Yong Ho）：朝鮮銀河貿易会社の代表である。\n")


def test_item_named_as_parent_of_another_item(ja: JapanesePipeline) -> None:
    assert facts_for(ja, _RELEASE, "KR") == {(KR, _UNHA), (KR, _SHENYANG), (KR, "リ・ヨンホ")}


def test_parent_outside_the_list_is_no_item(ja: JapanesePipeline) -> None:
    # the body others belong to is named only in their descriptions: no item of the list
    text = _RELEASE.replace("① 朝鮮銀河貿易会社（Korea Unha Trading Company）：北朝鮮国防省傘下の"
                            "企業で、IT人材を海外に派遣している。\n", "")
    assert (KR, _UNHA) not in facts_for(ja, text, "KR")


def test_designation_in_an_items_brackets(ja: JapanesePipeline) -> None:
    text = ("主な制裁対象は以下のとおり。\n・朝鮮銀河貿易会社（2023年5月、米国が指定）\n"
            "・リ・ヨンホ（2024年3月、韓国が指定）\n・瀋陽青雲科技有限公司（米国が指定予定）\n")
    got = facts_for(ja, text, "KR")
    assert got == {(US, _UNHA), (KR, "リ・ヨンホ")}


def names(ja: JapanesePipeline, text: str) -> set[str]:
    result = ja.extract(text, DocumentMeta(id="t", date="2026-02-03"))
    return {m.text for e in result.entities if e.type in ("Person", "Organization")
            for m in e.mentions}


def test_group_with_and_others_is_no_name(ja: JapanesePipeline) -> None:
    got = names(ja, "韓国政府は、北朝鮮の情報機関トップら8人を独自の金融制裁の対象に加えました。")
    assert not any(n.endswith("ら") for n in got)


def test_person_before_and_others_stays_a_person(ja: JapanesePipeline) -> None:
    assert "ペク・ミョンギル" in persons(ja, "韓国政府は、ペク・ミョンギルら2人を独自制裁の対象に"
                                         "加えた。")


def test_station_in_brackets_is_no_body(ja: JapanesePipeline) -> None:
    got = names(ja, "韓国政府は20日、リ・ヨンホ（朝鮮銀河貿易会社、瀋陽駐在）を独自制裁の対象に"
                    "追加した。")
    assert "瀋陽駐在" not in got
    assert {"リ・ヨンホ", _UNHA} <= got
