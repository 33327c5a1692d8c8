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


def test_a_states_government_glossed_in_brackets_is_not_ours(ja: JapanesePipeline) -> None:
    # 朝鮮民主主義人民共和国(DPRK)政府: that state's government, never "the government" the
    # document speaks for; the list sentence keeps the office that acted
    text = ("米国財務省外国資産管理局(OFAC)は、朝鮮民主主義人民共和国(DPRK)政府の収益を生む事業を"
            "支援したとして、北朝鮮の国民2名に制裁を科しました。制裁対象となったのはリ・ミョンチョル"
            "とカン・ソンイルです。")
    result = run(ja, text)
    assert not any(e.name == "Japan" for e in result.entities)
    assert _designated(result) == {("United States", "リ・ミョンチョル"),
                                   ("United States", "カン・ソンイル")}
    # the bare 政府 of a Japanese report stays Japan
    own = ("政府は5日、北朝鮮の国民2名を資産凍結の対象に指定した。対象はリ・ミョンチョルと"
           "カン・ソンイルである。")
    assert _designated(run(ja, own)) == {("Japan", "リ・ミョンチョル"), ("Japan", "カン・ソンイル")}


def test_bodies_a_target_belongs_to_are_no_targets(ja: JapanesePipeline) -> None:
    joined = ("韓国外交部は3日、北朝鮮軍需工業部・国防省などに所属し、外貨稼ぎに関与した"
              "リ・ミョンチョルを独自制裁の対象に指定した。")
    member = ("米財務省は3日、ハッカー集団「Bluefin」のメンバーとされるリ・ミョンチョルを"
              "制裁対象に指定した。")
    related = ("米財務省は3日、ハッカー集団「Bluefin」と関係のあるリ・ミョンチョルを"
               "制裁対象に指定した。")
    assert _designated(run(ja, joined)) == {("South Korea", "リ・ミョンチョル")}
    for text in (member, related):
        assert _designated(run(ja, text)) == {("United States", "リ・ミョンチョル")}
    # coordinated with the person, the group is a target too
    both = "米財務省は3日、ハッカー集団「Bluefin」とリ・ミョンチョルを制裁対象に指定した。"
    assert _designated(run(ja, both)) == {("United States", "Bluefin"),
                                          ("United States", "リ・ミョンチョル")}


def test_counted_targets_skip_the_group_a_target_is_tied_to(ja: JapanesePipeline) -> None:
    text = ("米財務省は3日、北朝鮮IT労働者を支援した1名の個人と2社の企業に制裁を科した。"
            "北朝鮮偵察総局のハッカー集団「Bluefin」と関係のあるリ・ミョンチョルは、送金を"
            "仲介した。"
            "同氏が経営する朝鮮ミョンソン貿易会社とテソン技術社も対象となった。")
    assert _designated(run(ja, text)) == {("United States", n) for n in (
        "リ・ミョンチョル", "朝鮮ミョンソン貿易会社", "テソン技術社")}


def test_a_bare_family_name_is_the_person_named_before(ja: JapanesePipeline) -> None:
    text = "米財務省は3日、ハン・ソンチョルを制裁対象に指定した。ハンは偽名で働いていた。"
    result = run(ja, text)
    assert _persons(result) == {"ハン・ソンチョル"}


def test_the_target_took_the_sanction(ja: JapanesePipeline) -> None:
    text = ("米財務省は3日、北朝鮮IT労働者を支援した企業2社に制裁を科した。"
            "朝鮮ミョンソン貿易会社は、IT労働者を派遣したとして制裁を受けた。")
    assert _designated(run(ja, text)) == {("United States", "朝鮮ミョンソン貿易会社")}
    for other in ("朝鮮ミョンソン貿易会社は、米国の制裁を受ける可能性がある。",
                  "朝鮮ミョンソン貿易会社は米国の制裁を受けている。",
                  "朝鮮ミョンソン貿易会社は、米国から制裁を受けた企業と取引していた。"):
        assert _designated(run(ja, other)) == set()


def test_a_listing_recalled_in_a_relative_clause_gives_no_actor(ja: JapanesePipeline) -> None:
    # the state in the clause before a noun (米国が制裁対象とする企業) recalls its list; the
    # office that acts in the sentence designates
    text = ("外国資産管理局(OFAC)は、米国が制裁対象とする中国企業「Bluefin Technology」への"
            "送金を仲介したとして、ロシア国籍のイワン・ペトロフを指定しました。")
    assert _designated(run(ja, text)) == {("United States", "イワン・ペトロフ")}
    result = run(ja, text)
    names = {e.id: e.name for e in result.entities}
    assert {names[r.source] for r in result.relations if r.type == "DESIGNATED"} == {
        "Office of Foreign Assets Control"}
    # the clause before 措置 is the sentence's only listing: it designates
    measure = "外国資産管理局(OFAC)は5日、朝鮮ミョンソン貿易会社を制裁対象とする措置を発表した。"
    assert _designated(run(ja, measure)) == {("United States", "朝鮮ミョンソン貿易会社")}


def test_latin_name_after_a_citizenship_is_a_person(ja: JapanesePipeline) -> None:
    text = "米財務省は5日、ロシア国籍のIvan Sergeyevich Petrovを制裁対象に指定した。"
    result = run(ja, text)
    assert _persons(result) == {"Ivan Sergeyevich Petrov"}
    assert _designated(result) == {("United States", "Ivan Sergeyevich Petrov")}
    # a state's genitive before a Latin name leaves it a company
    other = "米財務省は5日、ロシアのBluefin Technologyを制裁対象に指定した。"
    assert _persons(run(ja, other)) == set()
