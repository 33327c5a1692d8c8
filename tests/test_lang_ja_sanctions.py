"""Designations and issued statements as Japanese news reports word them, through the real
GiNZA pipeline: the news verbs of a sanction (への制裁, 対象に含めた, リストに載せた, から
指定された), actors written the long way (アメリカ財務省, 大韓民国政府), the three states in
Seoul's order (韓米日), a body that is only where a listed person works, a sanction announced
before its targets are named, and statements compiled and published or issued in a relative
clause. Our own sentences and invented names; each construction has a look-alike that must
not give the relation."""

from __future__ import annotations

import pytest

from extract.lang.ja import JapanesePipeline
from tests.ja_designators import government
from tests.ja_text import run


def facts(ja: JapanesePipeline, text: str, rel: str) -> set[tuple[str, str]]:
    result = run(ja, text)
    first = {e.id: e.name if e.type == "Country" else
             min(e.mentions, key=lambda m: m.start).text if e.mentions else e.name
             for e in result.entities}
    by = {e.id: government(e) or first[e.id] for e in result.entities}  # DESIGNATED: the state
    return {(by[r.source] if r.type == "DESIGNATED" else first[r.source], first[r.target])
            for r in result.relations if r.type == rel}


@pytest.mark.parametrize(("text", "expected"), [
    # the sanction on X
    ("米財務省は2日、北朝鮮の朝鮮海星技術会社への制裁を発表した。",
     {("United States", "朝鮮海星技術会社")}),
    # X included in / put on the list
    ("米財務省は2日、北朝鮮の朝鮮海星技術会社を制裁対象に含めた。",
     {("United States", "朝鮮海星技術会社")}),
    ("米国務省は2日、朝鮮海星技術会社を制裁リストに載せたと明らかにした。",
     {("United States", "朝鮮海星技術会社")}),
    # a passive whose actor is marked から right before the sanction
    ("朝鮮海星技術会社は2日、米財務省から制裁対象に指定された。",
     {("United States", "朝鮮海星技術会社")}),
    # the actor written the long way: the US Treasury, not Japan's ministry of finance
    ("アメリカ財務省は2日、朝鮮海星技術会社を制裁対象に指定した。",
     {("United States", "朝鮮海星技術会社")}),
    ("大韓民国政府は2日、朝鮮海星技術会社を独自制裁の対象に指定した。",
     {("South Korea", "朝鮮海星技術会社")}),
])
def test_news_designations(ja: JapanesePipeline, text: str,
                           expected: set[tuple[str, str]]) -> None:
    assert facts(ja, text, "DESIGNATED") == expected


@pytest.mark.parametrize("text", [
    "米財務省は朝鮮海星技術会社への制裁を検討している。",  # a plan
    "米財務省は以前、朝鮮海星技術会社を制裁対象に含めていた。",  # recalled, undated
    "米財務省は朝鮮海星技術会社を制裁対象に含めていない。",  # a negation
    # から as a source, not the actor of a designation
    "朝鮮海星技術会社については、米財務省から説明があった。",
])
def test_news_designation_look_alikes(ja: JapanesePipeline, text: str) -> None:
    assert facts(ja, text, "DESIGNATED") == set()


def test_body_of_a_listed_person_is_context(ja: JapanesePipeline) -> None:
    text = ("韓国外交部は2日、北朝鮮の朝鮮人民軍偵察総局の白海山(ペク・ヘサン)部長ら3人と、"
            "朝鮮青葉技術会社を独自制裁の対象に加えたと発表した。")
    designated = {target for _, target in facts(ja, text, "DESIGNATED")}
    assert "朝鮮青葉技術会社" in designated
    assert any("白海山" in t or "Paek" in t for t in designated)
    assert not {"偵察総局", "朝鮮人民軍"} & designated
    assert ("白海山", "偵察総局") in facts(ja, text, "EMPLOYED_AT")


def test_body_listed_beside_a_person_stays_designated(ja: JapanesePipeline) -> None:
    # the look-alike: the body and the person are both listed (と), the title is elsewhere
    text = "米財務省は2日、朝鮮海星技術会社と、キム・ナンスン氏を制裁対象に指定した。"
    assert facts(ja, text, "DESIGNATED") == {("United States", "朝鮮海星技術会社"),
                                             ("United States", "キム・ナンスン")}


def test_sanction_announced_then_targets_named(ja: JapanesePipeline) -> None:
    text = ("米財務省は2日、IT労働者の派遣に関わったとして新たな制裁を発表した。"
            "対象となったのは、朝鮮海星技術会社と、キム・ナンスン氏だ。")
    assert facts(ja, text, "DESIGNATED") == {("United States", "朝鮮海星技術会社"),
                                             ("United States", "キム・ナンスン")}


@pytest.mark.parametrize("text", [
    # a plan announced: its targets are no designation yet
    "米財務省は2日、新たな制裁を発表する方針だ。対象となるのは、朝鮮海星技術会社だ。",
    # the next sentence is not about the targets
    "米財務省は2日、新たな制裁を発表した。朝鮮海星技術会社は以前から知られていた。",
])
def test_sanction_announced_look_alikes(ja: JapanesePipeline, text: str) -> None:
    assert facts(ja, text, "DESIGNATED") == set()


def test_statement_compiled_and_published(ja: JapanesePipeline) -> None:
    text = "警察庁は「北朝鮮IT労働者の新しい手口に関する注意喚起」と題する文書をまとめ、" \
        "ウェブサイトで公表した。"
    assert facts(ja, text, "ISSUED") == {("警察庁", "北朝鮮IT労働者の新しい手口に関する注意喚起")}


def test_statement_compiled_but_not_published(ja: JapanesePipeline) -> None:
    text = "警察庁は「北朝鮮IT労働者の新しい手口に関する注意喚起」と題する文書をまとめ、" \
        "近く公表する予定だ。"
    assert facts(ja, text, "ISSUED") == set()


@pytest.mark.parametrize("text", [
    "韓米日の3カ国は2日、共同声明を発表し、北朝鮮IT労働者に懸念を示した。",  # Seoul's order
    "日米韓3カ国は2日に発表した共同声明で、北朝鮮IT労働者に懸念を示した。",  # relative clause
])
def test_trilateral_statement(ja: JapanesePipeline, text: str) -> None:
    issuers = {source for source, _ in facts(ja, text, "ISSUED")}
    assert issuers == {"United States", "Japan", "South Korea"}


def test_trilateral_statement_look_alike(ja: JapanesePipeline) -> None:
    # the statement is only mentioned, not issued by anyone in the sentence
    text = "韓米日の3カ国の共同声明について、専門家が意見を述べた。"
    assert facts(ja, text, "ISSUED") == set()


def test_report_titled_after_its_kind(ja: JapanesePipeline) -> None:
    text = "監視チームの多国間制裁監視チーム（MSMT）は、第3回報告書「北朝鮮の海運による制裁回避」" \
        "を公表しました。"
    result = run(ja, text)
    titles = {e.name for e in result.entities if e.type == "Advisory"}
    assert "北朝鮮の海運による制裁回避" in titles
    # the look-alike: a quoted name after an ordinary noun is no title
    other = run(ja, "同社の社名「北朝鮮の海運による制裁回避」が話題になった。")
    assert not [e for e in other.entities if e.type == "Advisory"]


def test_numbered_notice_issued(ja: JapanesePipeline) -> None:
    text = "FBIは2日、企業に向けて注意喚起（警告番号I-020226-PSA）を出しました。"
    result = run(ja, text)
    notices = {e.id: e.name for e in result.entities if e.type == "Advisory"}
    assert "I-020226-PSA" in notices.values()
    issued = {(r.source, notices.get(r.target)) for r in result.relations if r.type == "ISSUED"}
    assert issued == {("agency:federal-bureau-of-investigation", "I-020226-PSA")}
    # a notice only mentioned, with its number, is issued by no one in the sentence
    mentioned = run(ja, "専門家は注意喚起（警告番号I-020226-PSA）の内容を分析した。")
    assert not [r for r in mentioned.relations if r.type == "ISSUED"]


def test_notice_issued_in_a_relative_clause(ja: JapanesePipeline) -> None:
    text = "今回の注意喚起は、FBIが1月に出した公共サービス告知（PSA）を更新するものだ。"
    result = run(ja, text)
    issued = [r for r in result.relations if r.type == "ISSUED"]
    assert [r.source for r in issued] == ["agency:federal-bureau-of-investigation"]
    # (PSA) abbreviates the notice: no company of that name
    assert not [e for e in result.entities if e.type == "Organization" and e.name == "PSA"]
    # the look-alike: the notice is read, not issued, by the subject
    read = run(ja, "FBIが1月に読んだ公共サービス告知は古かった。")
    assert not [r for r in read.relations if r.type == "ISSUED"]


@pytest.mark.parametrize(("text", "expected"), [
    # the target made the object of the sanction: 対象にした, 対象とする制裁
    ("米財務省は2日、朝鮮海星技術会社を制裁対象にしたと発表した。",
     {("United States", "朝鮮海星技術会社")}),
    ("米政府は2日、朝鮮海星技術会社を対象とする制裁を発表した。",
     {("United States", "朝鮮海星技術会社")}),
    # a further target after a designation: …も対象に含まれる
    ("米財務省は2日、朝鮮海星技術会社を制裁対象に指定した。同社の代表キム・ナンスン氏も対象に含まれる。",
     {("United States", "朝鮮海星技術会社"), ("United States", "キム・ナンスン")}),
    # targets only counted, then named in a sentence that ends on the names
    ("米財務省は2日、個人1人と1団体を制裁対象に指定したと発表した。"
     "制裁対象は、北朝鮮国籍のキム・ナンスン氏と、ラオスの「朝鮮海星技術会社」。",
     {("United States", "朝鮮海星技術会社"), ("United States", "キム・ナンスン")}),
])
def test_targets_named_around_the_designation(ja: JapanesePipeline, text: str,
                                              expected: set[tuple[str, str]]) -> None:
    assert facts(ja, text, "DESIGNATED") == expected


@pytest.mark.parametrize("text", [
    # no designation before: 対象に含まれる is about something else
    "キム・ナンスン氏も調査の対象に含まれる。",
    "米政府は朝鮮海星技術会社を対象とする制裁を検討している。",  # a plan
])
def test_targets_around_look_alikes(ja: JapanesePipeline, text: str) -> None:
    assert facts(ja, text, "DESIGNATED") == set()


def test_counted_governments_are_the_states_named(ja: JapanesePipeline) -> None:
    text = "日本、米国、韓国の3カ国政府は2日、北朝鮮のIT労働者に関する共同声明を出した。"
    assert {s for s, _ in facts(ja, text, "ISSUED")} == {"Japan", "United States",
                                                          "South Korea"}
    # the look-alike: 政府 alone is the government of the document's state
    alone = run(ja, "政府は2日、北朝鮮のIT労働者に関する注意喚起を公表した。")
    assert "政府" in {m.text for e in alone.entities if e.type == "Country" for m in e.mentions}


@pytest.mark.parametrize("text", [
    "日本国政府、アメリカ合衆国政府及び大韓民国政府は、本日、北朝鮮IT労働者に関する共同声明を発出した。",
    "日本、米国及び韓国の政府は、本日、北朝鮮IT労働者に関する共同声明を発出した。",
])
def test_a_states_government_is_the_state(ja: JapanesePipeline, text: str) -> None:
    assert {s for s, _ in facts(ja, text, "ISSUED")} == {"Japan", "United States",
                                                          "South Korea"}


def test_a_states_official_is_not_the_state(ja: JapanesePipeline) -> None:
    # the look-alike: an official speaks of the statement; no state in the sentence issues it
    text = "米国の政府高官は、北朝鮮IT労働者に関する共同声明を発表した。"
    assert facts(ja, text, "ISSUED") == set()


def test_us_prefix_carries_over_a_list(ja: JapanesePipeline) -> None:
    text = "米国務省、財務省及び連邦捜査局（FBI）は、北朝鮮IT労働者に関するガイダンスを発表した。"
    agencies = {e.name for e in run(ja, text).entities if e.type == "Agency"}
    assert "Department of the Treasury" in agencies
    assert "Ministry of Finance of Japan" not in agencies
    # the look-alike: Japan's own ministries listed together stay Japan's
    own = "外務省、財務省及び経済産業省は、北朝鮮IT労働者に関する注意喚起を公表した。"
    assert "Ministry of Finance of Japan" in {e.name for e in run(ja, own).entities}


def test_counted_group_named_next(ja: JapanesePipeline) -> None:
    text = ("韓国政府は2日、朝鮮海星技術会社など2機関と個人2人を独自制裁の対象に指定した。"
            "個人は、キム・ナンスン、リ・ソヨンの2人。")
    assert facts(ja, text, "DESIGNATED") == {("South Korea", "朝鮮海星技術会社"),
                                             ("South Korea", "キム・ナンスン"),
                                             ("South Korea", "リ・ソヨン")}
    # the look-alike: no group counted, so the next sentence's people are someone else
    other = ("韓国政府は2日、朝鮮海星技術会社を独自制裁の対象に指定した。"
             "個人は、キム・ナンスン氏が詳しい。")
    assert facts(ja, other, "DESIGNATED") == {("South Korea", "朝鮮海星技術会社")}


def test_request_in_a_later_clause(ja: JapanesePipeline) -> None:
    text = "米財務省は2日、朝鮮海星技術会社を制裁対象に指定し、各国に協力を求めた。"
    assert facts(ja, text, "DESIGNATED") == {("United States", "朝鮮海星技術会社")}
    # the look-alike: the designation itself is what is requested
    asked = "米財務省は2日、朝鮮海星技術会社を制裁対象に指定するよう求めた。"
    assert facts(ja, asked, "DESIGNATED") == set()


def test_already_sanctioned_body_is_not_designated_again(ja: JapanesePipeline) -> None:
    text = ("米財務省は2日、既に制裁対象となっている北朝鮮の偵察総局と関係がある"
            "朝鮮海星技術会社を制裁対象に指定した。")
    assert facts(ja, text, "DESIGNATED") == {("United States", "朝鮮海星技術会社")}
    # the look-alike: both named as this designation's targets
    both = "米財務省は2日、北朝鮮の偵察総局と朝鮮海星技術会社を制裁対象に指定した。"
    assert {t for _, t in facts(ja, both, "DESIGNATED")} == {"偵察総局", "朝鮮海星技術会社"}


def test_designated_body_is_not_what_a_warning_is_about(ja: JapanesePipeline) -> None:
    text = "米財務省は2日、朝鮮海星技術会社を制裁対象に指定し、企業に警戒を呼びかけた。"
    assert facts(ja, text, "WARNS_ABOUT") == set()
    # the look-alike: a warning about a body the sentence does not designate
    warned = "米財務省は2日、朝鮮海星技術会社について企業に警戒を呼びかけた。"
    assert facts(ja, warned, "WARNS_ABOUT") == {("米財務省", "朝鮮海星技術会社")}
