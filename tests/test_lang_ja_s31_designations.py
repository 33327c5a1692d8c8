"""Japanese designations in constructions of real releases and news (session 31), through the
real GiNZA pipeline, in our own wording with invented names: the reason clause of a notice
whose subject is marked by が (the state whose act prompted the listing, not its actor), a
further target that "also became" one, the act announced in the present (対象にすると発表),
a Chinese person's name in kanji with its pinyin in brackets. Each has a look-alike."""

from __future__ import annotations

import pytest

from extract.lang.ja import JapanesePipeline
from tests.ja_designators import government
from tests.ja_text import run

US, JP, KR = "United States", "Japan", "South Korea"
_LIST = ("\n\n（１）朝鮮ソンピョン技術会社（Korea Songphyong Technology Company）\n"
         "（２）パン・チョルミン（PANG Chol Min）\n")


def facts(ja: JapanesePipeline, text: str) -> set[tuple[str, str]]:
    result = run(ja, text)
    first = {e.id: e.name if e.type in ("Country", "Agency") else
             min(e.mentions, key=lambda m: m.start).text if e.mentions else e.name
             for e in result.entities}
    by = {e.id: government(e) or first[e.id] for e in result.entities}
    return {(by[r.source], first[r.target]) for r in result.relations
            if r.type == "DESIGNATED"}


@pytest.mark.parametrize("reason", [
    "北朝鮮が弾道ミサイルの発射を繰り返していることを受け、",
    "北朝鮮が海外に技術者を派遣して外貨を稼いでいることに鑑み、",
])
def test_a_subject_inside_a_reason_clause_is_no_actor(ja: JapanesePipeline,
                                                      reason: str) -> None:
    text = f"政府は、{reason}次の者を資産凍結等の措置の対象とすることとした。{_LIST}"
    assert facts(ja, text) == {(JP, "朝鮮ソンピョン技術会社"), (JP, "パン・チョルミン")}


def test_a_subject_set_apart_by_its_comma_stays_the_actor(ja: JapanesePipeline) -> None:
    # the main subject marked by が and a comma, before a reason clause of its own
    text = ("米財務省が、北朝鮮が技術者の派遣で収入を得ていることを踏まえ、朝鮮ソンピョン技術会社を"
            "制裁対象に指定した。")
    assert facts(ja, text) == {(US, "朝鮮ソンピョン技術会社")}


def test_a_further_target_that_became_one(ja: JapanesePipeline) -> None:
    text = ("米財務省は5日、北朝鮮の技術者派遣に関わったとして、朝鮮ソンピョン技術会社を制裁対象に"
            "追加したと発表した。さらに、中国の企業「恵通科技」も対象になった。")
    assert facts(ja, text) == {(US, "朝鮮ソンピョン技術会社"), (US, "恵通科技")}


def test_becoming_a_target_without_a_designation_before_is_none(ja: JapanesePipeline) -> None:
    text = ("朝鮮ソンピョン技術会社は技術者を中国に送り込んでいた。"
            "同社の代表を務めるパン・チョルミン氏も捜査の対象となった。")
    assert facts(ja, text) == set()


def test_the_act_announced_in_the_present(ja: JapanesePipeline) -> None:
    text = ("韓国政府は7日、北朝鮮のIT企業「ソンピョン技術」と同社のパン・チョルミン代表を独自"
            "制裁の対象にすると発表した。")
    assert facts(ja, text) == {(KR, "ソンピョン技術"), (KR, "パン・チョルミン")}


@pytest.mark.parametrize("text", [
    "韓国政府は、北朝鮮のIT企業「ソンピョン技術」を独自制裁の対象にするとみられる。",
    "野党の議員は「パン・チョルミン氏を直ちに制裁対象に指定すべきだ」と述べた。",
    "米財務省は、パン・チョルミン氏を制裁対象に加えるよう各国に呼びかけた。",
])
def test_a_should_or_a_guess_designates_nobody(ja: JapanesePipeline, text: str) -> None:
    assert facts(ja, text) == set()


def test_a_chinese_name_and_its_pinyin_are_one_person(ja: JapanesePipeline) -> None:
    text = ("外務省は、本日、次の者を資産凍結等の措置の対象として指定した。\n\n"
            "（１）曹海濤（CAO Haitao）　国籍：中国\n")
    result = run(ja, text)
    persons = [e for e in result.entities if e.type == "Person"]
    assert [(p.name, sorted(p.aliases)) for p in persons] == [
        ("Cao Haitao", ["CAO Haitao", "曹海濤"])]


def test_a_kanji_name_beside_another_spelling_stays_apart(ja: JapanesePipeline) -> None:
    # the romanization is not the kanji's reading: no join of two names
    text = ("外務省は、本日、次の者を資産凍結等の措置の対象として指定した。\n\n"
            "（１）曹海濤（WANG Jun）　国籍：中国\n")
    result = run(ja, text)
    names = sorted(e.name for e in result.entities if e.type == "Person")
    assert "Cao Haitao" not in names and all(
        "曹海濤" not in e.aliases or e.name != "Wang Jun" for e in result.entities)
