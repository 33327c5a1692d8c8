"""Japanese designation targets in shapes the dev documents never use (session 30), through
the real GiNZA pipeline. Each paragraph is our own, with invented names: a Chinese or Korean
name in kanji whose given name ends as a place does (…国) or that the recognizer cuts in
two, a person on a list line with a nationality in brackets, a company's English name with
"Co., Ltd.", a person's alias in brackets (通称), a company introduced by its kind
(Xという中国企業), and an official who announces for the body he serves (米国務省のX報道官は).
Each has a look-alike that must not fire."""

from __future__ import annotations

from extract.lang.ja import JapanesePipeline
from graph.model import Extraction
from tests.ja_designators import government
from tests.ja_text import run


def _designated(result: Extraction) -> set[tuple[str, str]]:
    """(the acting government, the target's first mention)."""
    first = {e.id: min(e.mentions, key=lambda m: m.start).text if e.mentions else e.name
             for e in result.entities}
    by = {e.id: government(e) or e.name for e in result.entities}
    return {(by[r.source], first[r.target]) for r in result.relations if r.type == "DESIGNATED"}


def _persons(result: Extraction) -> set[str]:
    return {e.name for e in result.entities if e.type == "Person"}


def test_kanji_name_ending_like_a_place_before_its_title(ja: JapanesePipeline) -> None:
    text = ("米財務省は3日、北朝鮮IT労働者の資金を運んだとして、中国籍の胡振国氏を制裁対象に"
            "指定した。")
    assert _designated(run(ja, text)) == {("United States", "胡振国")}
    # a kanji common noun before ら stays none
    other = "米財務省は3日、北朝鮮IT労働者の技術者らに注意を呼びかけた。"
    assert _persons(run(ja, other)) == set()


def test_kanji_names_coordinated_before_ryoshi(ja: JapanesePipeline) -> None:
    # the dictionary reads family + given name; the recognizer cuts one name in two (崔|正勲)
    text = "日本政府は9日、李英哲、崔正勲の両氏を資産凍結の対象に指定した。"
    assert _designated(run(ja, text)) == {("Japan", "李英哲"), ("Japan", "崔正勲")}
    assert _designated(run(ja, text.replace("指定した", "指定する方針だ"))) == set()


def test_list_line_name_with_its_nationality(ja: JapanesePipeline) -> None:
    text = ("米財務省は1日、次の者を制裁対象に指定した。\n・黄建国（中国籍）\n"
            "・朝鮮ミョンソン貿易会社\n")
    assert _designated(run(ja, text)) == {("United States", "黄建国"),
                                          ("United States", "朝鮮ミョンソン貿易会社")}
    # a place glossed by its state on a list line is no person
    place = "米財務省は1日、次の拠点を公表した。\n・遼寧省（中国）\n"
    assert _persons(run(ja, place)) == set()


def test_latin_company_with_co_ltd_is_one_name(ja: JapanesePipeline) -> None:
    text = "米財務省は2日、Dalian Haiyang Trading Co., Ltd.を制裁対象に指定した。"
    result = run(ja, text)
    assert _designated(result) == {("United States", "Dalian Haiyang Trading Co., Ltd.")}
    assert not any(e.name in ("Ltd", "Ltd.") for e in result.entities)


def test_person_alias_in_brackets(ja: JapanesePipeline) -> None:
    text = "米財務省は4日、ソ・グァンチョル（通称ソ・グァン）氏を制裁対象に指定した。"
    result = run(ja, text)
    assert _designated(result) == {("United States", "ソ・グァンチョル")}
    person = next(e for e in result.entities if e.type == "Person")
    assert "ソ・グァン" in person.aliases
    # a bracket naming the person's company is no alias: the company stays itself
    other = "米財務省は4日、ソ・グァンチョル（朝鮮ミョンソン貿易会社代表）を制裁対象に指定した。"
    result = run(ja, other)
    assert any(e.type == "Organization" and e.name == "朝鮮ミョンソン貿易会社"
               for e in result.entities)
    assert _designated(result) == {("United States", "ソ・グァンチョル")}


def test_company_introduced_by_its_kind(ja: JapanesePipeline) -> None:
    text = "米財務省は5日、大連海信網絡科技という中国企業を制裁対象に指定した。"
    assert _designated(run(ja, text)) == {("United States", "大連海信網絡科技")}
    # という before a word that is no kind of body names no body
    other = "米財務省は5日、技術開発という業務を担う朝鮮ミョンソン貿易会社を制裁対象に指定した。"
    assert _designated(run(ja, other)) == {("United States", "朝鮮ミョンソン貿易会社")}


def test_official_announces_for_the_body_he_serves(ja: JapanesePipeline) -> None:
    text = ("米国務省のマイケル・ブラウン報道官は7日、朝鮮ソンチョン技術会社を制裁対象に指定"
            "したと発表した。")
    result = run(ja, text)
    assert _designated(result) == {("United States", "朝鮮ソンチョン技術会社")}
    assert "マイケル・ブラウン" in _persons(result)  # the speaker: a person, no target
    planned = text.replace("指定したと発表した", "指定する方針だと述べた")
    assert _designated(run(ja, planned)) == set()
