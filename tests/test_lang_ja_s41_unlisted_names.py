"""Japanese designations of names found in no list (session 41), read by their shape,
through the real GiNZA pipeline, in our own wording with invented names.

- A Korean name in kanji alone is three characters; the recognizer often takes two of
  them (李哲 of 李哲虎) or the last two (明浩 of 車明浩), or reads the run as a place or a
  date (金光日): the whole run is the person when the parse reads part of it as a name,
  or when it is coordinated with such a run. A title (林外相, 李大使) is no name.
"""

from __future__ import annotations

import pytest

from extract.lang.ja import JapanesePipeline
from tests.ja_designators import designations
from tests.ja_text import run

US, JP, KR = "United States", "Japan", "South Korea"


def persons(ja: JapanesePipeline, text: str) -> set[str]:
    return {m.text for e in run(ja, text).entities if e.type == "Person" for m in e.mentions}


@pytest.mark.parametrize(("text", "expected"), [
    # the recognizer's person loses the last character (a common noun to the dictionary)
    ("米財務省は5日、北朝鮮の軍傘下で活動する李哲虎を制裁対象に指定したと発表した。",
     {(US, "李哲虎")}),
    # 日 read as "day" after a family name read as 安成
    ("米国は、北朝鮮籍の安成日に制裁を科した。", {(US, "安成日")}),
    # the second of a list loses its family name (車 a common noun)
    ("米財務省は、個人3人を制裁対象に指定した。3人は、宋光哲、車明浩、方英男で、"
     "いずれも北朝鮮籍だ。", {(US, "宋光哲"), (US, "車明浩"), (US, "方英男")}),
    # the first read as a place and a date, the second as a person: coordinated, both
    ("米財務省は、金光日と朴哲男を制裁リストに追加した。", {(US, "金光日"), (US, "朴哲男")}),
    # 民 a suffix to the dictionary
    ("米国務省は、張明洙と尹哲民の2人に制裁を科した。", {(US, "張明洙"), (US, "尹哲民")}),
])
def test_three_kanji_korean_names_are_whole(ja: JapanesePipeline, text: str,
                                            expected: set[tuple[str, str]]) -> None:
    assert designations(run(ja, text)) == expected


def test_a_title_after_a_family_name_is_no_name(ja: JapanesePipeline) -> None:
    # look-alike: three kanji after a family name that end on a title
    text = "外務省は、林外相と李大使が北朝鮮の制裁逃れについて協議したと発表した。"
    assert not {"林外相", "李大使"} & persons(ja, text)



_RELEASE = "米財務省は本日、北朝鮮のIT労働者の収益に関わる企業を制裁対象に指定した。"


@pytest.mark.parametrize("text", [
    # not designated so far, and put off again (ておらず: the written negative of ている)
    "米財務省は、朝鮮白虎会社を制裁対象に指定しておらず、今回も見送った。",
    # the relative passive: listed by someone the sentence does not name
    "韓国外交部は、制裁対象に指定された朴英秀が北朝鮮に帰国したと明らかにした。",
    # a plan for the measure
    "政府は、朝鮮東海技術会社を対象とする資産凍結等の措置を検討している。",
])
def test_look_alikes_designate_no_one(ja: JapanesePipeline, text: str) -> None:
    assert designations(run(ja, text)) == set()


def test_topic_after_a_clause_that_deals_with_a_listed_body(ja: JapanesePipeline) -> None:
    # look-alike: the passive describes a kind of body the topic dealt with, not the topic
    text = _RELEASE + "ロシアに拠点を置くオメガ・ソフト社は、制裁対象に指定された企業と取引した。"
    assert (US, "オメガ・ソフト社") not in designations(run(ja, text))


def organizations(ja: JapanesePipeline, text: str) -> dict[str, str]:
    return {min(e.mentions, key=lambda m: m.start).text: e.name for e in run(ja, text).entities
            if e.type == "Organization" and e.mentions}


@pytest.mark.parametrize(("text", "expected"), [
    # a unit named by its number, in no list
    ("米財務省は、北朝鮮の第227総局を制裁対象に指定した。", {(US, "第227総局")}),
    ("韓国外交部は、北朝鮮の軍需部門の傘下にある第91局を独自制裁の対象に指定した。",
     {(KR, "第91局")}),
    # a company word with an English word glued before it, after the dot
    ("外務省は1日、UAEの企業、グリーンオアシス・ゼネラルトレーディングを、資産凍結等の措置"
     "の対象とすると発表した。", {(JP, "グリーンオアシス・ゼネラルトレーディング")}),
    # 物産 ends a company's name as 商社 does
    ("米財務省は、ハンガン物産とその代表キム・ヨンテを制裁対象に加えた。",
     {(US, "ハンガン物産"), (US, "キム・ヨンテ")}),
])
def test_unlisted_targets_by_shape(ja: JapanesePipeline, text: str,
                                   expected: set[tuple[str, str]]) -> None:
    assert designations(run(ja, text)) == expected


def test_numbered_unit_english_name(ja: JapanesePipeline) -> None:
    text = "米財務省は、北朝鮮の第227総局と第91局、180部隊を制裁対象に指定した。"
    assert organizations(ja, text) == {"第227総局": "227 General Bureau", "第91局": "Bureau 91",
                                       "180部隊": "Unit 180"}


@pytest.mark.parametrize("text", [
    # look-alikes: a post (局長), one digit, a count of offices (no 第)
    "北朝鮮の12局長が会談に出席した。",
    "将棋の第1局が行われた。",
    "米財務省は、全国の20局で説明会を開いた。",
])
def test_numbered_look_alikes_name_no_unit(ja: JapanesePipeline, text: str) -> None:
    assert not any(name.endswith(("局", "総局", "部隊"))
                   for name in organizations(ja, text))


def test_a_group_of_hackers_is_no_company(ja: JapanesePipeline) -> None:
    # look-alike: a dotted katakana group of people is no company to designate
    text = "米財務省は、ラザルス・ハッカーグループの活動に警戒を呼びかけた。"
    assert designations(run(ja, text)) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # the measure named with its targets as 対象とする's object
    ("政府は、朝鮮東海技術会社を対象とする資産凍結等の措置を実施することを決定した。",
     {(JP, "朝鮮東海技術会社")}),
    # the example of a count with the suspect's title between
    ("米財務省は、チャン・ヒョクチョル容疑者を含む個人2名を制裁対象に指定した。",
     {(US, "チャン・ヒョクチョル")}),
])
def test_targets_of_other_frames(ja: JapanesePipeline, text: str,
                                 expected: set[tuple[str, str]]) -> None:
    assert designations(run(ja, text)) == expected


def test_topic_after_its_relative_clause_designated_on_grounds(ja: JapanesePipeline) -> None:
    # the passive on grounds (…として指定された) whose topic a relative clause opens
    text = _RELEASE + ("ロシアに拠点を置くオメガ・ソフト社は、北朝鮮のIT労働者を雇用し、その"
                       "賃金を北朝鮮に送金していたとして指定された。")
    assert (US, "オメガ・ソフト社") in designations(run(ja, text))


_COUNTED = "米財務省は19日、中国の企業2社と北朝鮮人3人を制裁対象に指定した。"


def test_one_of_the_counted_picked_out_by_konouchi(ja: JapanesePipeline) -> None:
    # このうち ("of these") after a counted designation: its topic is one of those listed
    text = _COUNTED + "このうち、遼寧紅星科技有限公司は瀋陽に拠点を置く。"
    assert designations(run(ja, text)) == {(US, "遼寧紅星科技有限公司")}


@pytest.mark.parametrize("text", [
    # look-alikes: the count itself as the topic, the name another verb's; a topic first
    # that is no name; a person's title where only bodies were counted
    _COUNTED + "このうち、2社は、遼寧紅星科技有限公司と取引していた。",
    _COUNTED + "このうち、米国の調査では、遼寧紅星科技有限公司が関与していた。",
    "米財務省は19日、中国の企業2社を制裁対象に指定した。このうち、キム・ヨンチョル社長は"
    "会見で否定した。",
])
def test_konouchi_look_alikes_add_no_target(ja: JapanesePipeline, text: str) -> None:
    assert designations(run(ja, text)) == set()
