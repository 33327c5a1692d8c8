"""Designations and issuers in the constructions Japanese and Korean releases use, through
the real Kiwi and GiNZA pipelines. Every sentence here is made up for the test, with
invented names; each test names the construction it covers."""

from __future__ import annotations

import pytest

from extract.lang.ja import JapanesePipeline
from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta, Extraction
from tests.ja_designators import government_id
from tests.lang_facts import first_mention, relations_as_written


def _meta(country: str) -> DocumentMeta:
    return DocumentMeta(id="t", date="2026-02-03", issuers=[{"country": country}])


def designated(result: Extraction) -> set[tuple[str, str]]:
    """(designator, designated name as written) for every DESIGNATED relation."""
    names = {e.id: e for e in result.entities}
    out = set()
    for relation in result.relations:
        if relation.type == "DESIGNATED":
            # by the government its actor acts for (tests/ja_designators.py)
            out.add((government_id(names[relation.source]),
                     first_mention(names[relation.target])))
    return out


def issued(result: Extraction) -> set[tuple[str, str]]:
    return relations_as_written(result, "ISSUED")


# Korean

def test_ko_sanction_decided_on_a_target(ko: KoreanPipeline) -> None:
    """X에 대한 독자제재를 결정했다: the decision is the designation."""
    result = ko.extract("정부는 해킹 자금을 세탁한 조선하늘무역회사에 대한 독자제재를 결정했다.",
                        _meta("KR"))
    assert designated(result) == {("country:KR", "조선하늘무역회사")}


def test_ko_targets_joined_by_dot_and_conjunctions(ko: KoreanPipeline) -> None:
    """A·B 및 C, A, B 그리고 C: every coordinated name is a target."""
    result = ko.extract("외교부는 조선하늘무역회사·조선바다기술회사 및 조선들판정보회사를 독자제재 "
                        "대상으로 지정했다.\n외교부는 황보민철, 남궁영수 그리고 선우정길을 추가로 "
                        "독자제재 대상으로 지정했다.", _meta("KR"))
    assert {name for _, name in designated(result)} == {
        "조선하늘무역회사", "조선바다기술회사", "조선들판정보회사", "황보민철", "남궁영수",
        "선우정길"}
    assert {source for source, _ in designated(result)} == {"country:KR"}


def test_ko_numbered_list_after_the_announcement(ko: KoreanPipeline) -> None:
    """…개인 2명을 지정했다. 대상은 다음과 같다. then 1. 2. items, one per line."""
    text = ("정부는 북한 IT 인력의 외화벌이에 관여한 개인 2명을 독자제재 대상으로 지정했다. "
            "이번 제재 대상은 다음과 같다.\n1. 김하늘(Kim Ha Nul)\n2. 박바다(Pak Pa Da)")
    assert designated(ko.extract(text, _meta("KR"))) == {
        ("country:KR", "김하늘"), ("country:KR", "박바다")}


def test_ko_heading_over_a_bulleted_list(ko: KoreanPipeline) -> None:
    """< 대북 독자제재 대상 > heading, group headings (□ 개인), ㅇ bullets, an attribute line;
    the designator is the one of the sentence before."""
    text = ("외교부는 오늘 북한 IT 인력 관련 개인과 기관을 독자제재 대상으로 지정했다.\n"
            "< 대북 독자제재 대상 >\n□ 개인 (1명)\nㅇ 김하늘(Kim Ha Nul)\n생년월일: 1990.1.1\n"
            "□ 기관 (1개)\nㅇ 조선하늘무역회사\n\n이들과 거래하려면 허가를 받아야 한다.")
    assert designated(ko.extract(text, _meta("KR"))) == {
        ("country:KR", "김하늘"), ("country:KR", "조선하늘무역회사")}


def test_ko_group_labels_in_the_list(ko: KoreanPipeline) -> None:
    """개인: A, B / 기관: X lines under a designation that announces them."""
    text = ("정부는 개인 2명과 기관 1개를 독자제재 대상으로 지정했다.\n개인: 김하늘, 박바다\n"
            "기관: 조선하늘무역회사\n국적: 북한")
    assert designated(ko.extract(text, _meta("KR"))) == {
        ("country:KR", "김하늘"), ("country:KR", "박바다"), ("country:KR", "조선하늘무역회사")}


def test_ko_ministries_summed_up_issue_a_titled_advisory(ko: KoreanPipeline) -> None:
    """외교부, 기획재정부 등 관계부처는 …에 관한 주의보를 발표했다: each ministry issued it,
    and the unknown title holding 북한 IT 인력 is one Advisory."""
    result = ko.extract("외교부, 기획재정부 등 관계부처는 2026년 2월 3일 북한 IT 인력의 "
                        "위장 취업에 관한 주의보를 발표했다.", _meta("KR"))
    title = "북한 IT 인력의 위장 취업에 관한 주의보"
    assert issued(result) == {
        ("agency:ministry-of-foreign-affairs-of-the-republic-of-korea", title),
        ("agency:ministry-of-economy-and-finance", title)}


@pytest.mark.parametrize("sentence", [
    "정부는 조선하늘무역회사를 독자제재 대상으로 지정하는 방안을 제안했다.",  # a proposal
    "정부는 조선하늘무역회사를 독자제재 대상으로 지정할 계획이다.",  # a plan
    "정부는 조선하늘무역회사를 독자제재 대상으로 지정하지 않았다.",  # negated
    "일부 의원은 조선하늘무역회사를 제재 대상으로 지정할 것을 요청했다.",  # a request
])
def test_ko_proposals_plans_and_negations_designate_nobody(ko: KoreanPipeline,
                                                           sentence: str) -> None:
    assert designated(ko.extract(sentence, _meta("KR"))) == set()


def test_ko_financial_transaction_restriction_listing(ko: KoreanPipeline) -> None:
    """금융거래 제한대상자로 지정: the ROK's formal term for the listing, by its ministries."""
    result = ko.extract("기획재정부와 금융위원회는 조선하늘무역회사를 금융거래 제한대상자로 "
                        "지정했다.", _meta("KR"))
    assert designated(result) == {("country:KR", "조선하늘무역회사")}


def test_ko_spokesperson_speaks_for_the_ministry(ko: KoreanPipeline) -> None:
    """외교부 대변인은 … 성명을 발표했다: the ministry issued the statement."""
    result = ko.extract("외교부 대변인은 북한 IT 인력의 해킹 관련 성명을 발표했다.", _meta("KR"))
    assert issued(result) == {("agency:ministry-of-foreign-affairs-of-the-republic-of-korea",
                               "북한 IT 인력의 해킹 관련 성명")}


def test_ko_two_issuers_in_two_clauses(ko: KoreanPipeline) -> None:
    """A는 X를 발표했고, B도 Y를 발표했다: each verb has its own subject."""
    result = ko.extract("외교부는 북한 IT 인력의 위장 취업에 관한 주의보를 발표했고, 미국 국무부도 "
                        "북한 IT 인력의 해킹 관련 성명을 발표했다.", _meta("KR"))
    assert issued(result) == {
        ("agency:ministry-of-foreign-affairs-of-the-republic-of-korea",
         "북한 IT 인력의 위장 취업에 관한 주의보"),
        ("agency:department-of-state", "북한 IT 인력의 해킹 관련 성명")}


def test_ko_the_designated_are_named_after_the_listing_noun(ko: KoreanPipeline) -> None:
    """이번 지정 대상자는 A, B이다 (without the word 제재)."""
    result = ko.extract("정부는 오늘 대북 조치를 발표했다. 이번 지정 대상자는 김하늘, 박바다이다.",
                        _meta("KR"))
    assert designated(result) == {("country:KR", "김하늘"), ("country:KR", "박바다")}


def test_ko_common_nouns_joined_by_conjunctions_are_no_names(ko: KoreanPipeline) -> None:
    """조직, 정부 및 기관: words that start like family names but read as common nouns."""
    result = ko.extract("조직, 정부 및 기관이 함께 대응했다.", _meta("KR"))
    assert not [e for e in result.entities if e.type == "Person"]


# Japanese

def test_ja_listed_as_a_designated_person(ja: JapanesePipeline) -> None:
    """Xを対象者として指定した."""
    result = ja.extract("我が国は、偽の身分で業務を受注したキム・ハヌル(KIM Ha Nul)を外為法に基づく"
                        "対象者として指定した。", _meta("JP"))
    assert designated(result) == {("country:JP", "キム・ハヌル")}


def test_ja_added_to_the_listed(ja: JapanesePipeline) -> None:
    """Xを…措置の対象者に追加することを閣議了解した: adding is listing."""
    result = ja.extract("政府は、朝鮮空色貿易会社を資産凍結等の措置の対象者に追加することを"
                        "閣議了解した。", _meta("JP"))
    assert designated(result) == {("country:JP", "朝鮮空色貿易会社")}


def test_ja_one_named_and_the_list_below(ja: JapanesePipeline) -> None:
    """Aほか以下の者を指定した, then the list: A and the listed."""
    text = ("政府は、朝鮮空色貿易会社ほか以下の者を資産凍結等の措置の対象に指定した。\n"
            "(1) キム・ハヌル(KIM Ha Nul)\n(2) パク・パダ(PAK Pa Da)")
    assert designated(ja.extract(text, _meta("JP"))) == {
        ("country:JP", "朝鮮空色貿易会社"), ("country:JP", "キム・ハヌル"),
        ("country:JP", "パク・パダ")}


def test_ja_the_issuing_verb_after_the_title(ja: JapanesePipeline) -> None:
    """An earlier 発表 in a relative clause does not hide the verb that issues the title."""
    result = ja.extract("外務省は、北朝鮮が発表した声明を受け、北朝鮮IT労働者の雇用に関する"
                        "注意喚起を公表した。", _meta("JP"))
    assert issued(result) == {("agency:ministry-of-foreign-affairs-of-japan",
                               "北朝鮮IT労働者の雇用に関する注意喚起")}
    # a が subject with no other issuing verb before the title's is the title's issuer
    result = ja.extract("外務省は声明を発表し、警察庁が北朝鮮IT労働者の送金に関する注意喚起を"
                        "公表した。", _meta("JP"))
    assert issued(result) == {("agency:national-police-agency-of-japan",
                               "北朝鮮IT労働者の送金に関する注意喚起")}


def test_ja_the_statement_as_topic_and_its_issuers(ja: JapanesePipeline) -> None:
    """この注意喚起は、A、B及びCが共同で発出した: the issuers follow the statement."""
    result = ja.extract("警察庁は、北朝鮮IT労働者の送金に関する注意喚起を公表した。この注意喚起は、"
                        "警察庁、金融庁及び経済産業省が共同で発出したものである。", _meta("JP"))
    title = "北朝鮮IT労働者の送金に関する注意喚起"
    assert issued(result) == {("agency:national-police-agency-of-japan", title),
                              ("agency:financial-services-agency", title),
                              ("agency:ministry-of-economy-trade-and-industry", title)}


def test_ja_names_joined_by_comma_and_oyobi(ja: JapanesePipeline) -> None:
    """A、B及びCを…対象に指定: 及び ends a company name, it does not join two into one."""
    result = ja.extract("政府は、朝鮮空色貿易会社、朝鮮海原技術会社及び朝鮮野原情報会社を"
                        "資産凍結等の措置の対象に指定した。", _meta("JP"))
    assert designated(result) == {("country:JP", "朝鮮空色貿易会社"),
                                  ("country:JP", "朝鮮海原技術会社"),
                                  ("country:JP", "朝鮮野原情報会社")}


def test_ja_katakana_names_with_romanization_are_persons_only(ja: JapanesePipeline) -> None:
    """A(LATIN)・B(LATIN)を指定: the bracketed romanization is the person's, not a company."""
    result = ja.extract("外務省は、キム・ハヌル(KIM Ha Nul)・パク・パダ(PAK Pa Da)を"
                        "資産凍結等の措置の対象に指定した。", _meta("JP"))
    assert designated(result) == {("country:JP", "キム・ハヌル"), ("country:JP", "パク・パダ")}
    assert not [e for e in result.entities if e.type == "Organization"]


def test_ja_heading_and_table_like_list(ja: JapanesePipeline) -> None:
    """The ministry publishes, then 【…対象者】 heads a list whose items carry attribute
    lines (生年月日：); the designator is the ministry's state."""
    text = ("外務省は、本日、北朝鮮IT労働者の派遣に関する追加措置を公表した。\n"
            "【資産凍結等の措置の対象者】\n(1) キム・ハヌル(KIM Ha Nul)\n生年月日：1990年1月1日\n"
            "(2) 朝鮮空色貿易会社\n住所：平壌\n\n詳細は別添のとおり。")
    assert designated(ja.extract(text, _meta("JP"))) == {
        ("country:JP", "キム・ハヌル"), ("country:JP", "朝鮮空色貿易会社")}


def test_ja_unknown_titles_are_advisories_of_their_own(ja: JapanesePipeline) -> None:
    """…に関する注意喚起 holding 北朝鮮IT労働者 is an Advisory the ministry issued; two such
    titles are two advisories (ids from the whole title, not its Latin letters)."""
    result = ja.extract("警察庁は、2026年2月3日、北朝鮮IT労働者による偽装就労に関する注意喚起を"
                        "発表しました。\n金融庁は、北朝鮮IT労働者への送金に関する注意喚起を公表した。",
                        _meta("JP"))
    assert issued(result) == {
        ("agency:national-police-agency-of-japan", "北朝鮮IT労働者による偽装就労に関する注意喚起"),
        ("agency:financial-services-agency", "北朝鮮IT労働者への送金に関する注意喚起")}
    assert len({e.id for e in result.entities if e.type == "Advisory"}) == 2


@pytest.mark.parametrize("sentence", [
    "政府は、朝鮮空色貿易会社を資産凍結等の措置の対象に指定することを提案した。",  # proposal
    "政府は、朝鮮空色貿易会社を資産凍結等の措置の対象に指定する予定である。",  # a plan
    "政府は、朝鮮空色貿易会社を資産凍結等の措置の対象に指定していない。",  # negated
])
def test_ja_proposals_plans_and_negations_designate_nobody(ja: JapanesePipeline,
                                                           sentence: str) -> None:
    assert designated(ja.extract(sentence, _meta("JP"))) == set()


def test_ja_co_issuers_named_jointly_with_the_subject(ja: JapanesePipeline) -> None:
    """Xは、Y及びZと連名で…を発出した: Y and Z issued it with X; "Xは、Yと協議し" does not
    make Y an issuer."""
    title = "北朝鮮IT労働者の送金に関する注意喚起"
    result = ja.extract(f"警察庁は、外務省及び財務省と連名で、「{title}」を発出した。", _meta("JP"))
    assert issued(result) == {("agency:national-police-agency-of-japan", title),
                              ("agency:ministry-of-foreign-affairs-of-japan", title),
                              ("agency:ministry-of-finance-of-japan", title)}
    result = ja.extract(f"警察庁は、外務省と協議し、「{title}」を発出した。", _meta("JP"))
    assert issued(result) == {("agency:national-police-agency-of-japan", title)}


def test_ja_revised_then_published_with_oyobi(ja: JapanesePipeline) -> None:
    """A、B及びCは、「…」を改訂し、公表しました (および in kana): all three issued it."""
    title = "北朝鮮IT労働者の送金に関する注意喚起"
    result = ja.extract(f"外務省、警察庁および経済産業省は、「{title}」を改訂し、公表しました。",
                        _meta("JP"))
    assert {source for source, _ in issued(result)} == {
        "agency:ministry-of-foreign-affairs-of-japan", "agency:national-police-agency-of-japan",
        "agency:ministry-of-economy-trade-and-industry"}


def test_ja_a_count_of_the_actors_before_the_particle(ja: JapanesePipeline) -> None:
    """日米韓の3か国は / 警察庁など2省庁は: the count sums the actors up; the three states
    and the agency issue."""
    title = "北朝鮮の暗号資産窃取に関する共同声明"
    result = ja.extract(f"日米韓の3か国は、「{title}」を発表した。", _meta("JP"))
    assert {source for source, _ in issued(result)} == {"country:US", "country:JP", "country:KR"}
    result = ja.extract(f"警察庁など2省庁は、「{title}」を発表した。", _meta("JP"))
    assert issued(result) == {("agency:national-police-agency-of-japan", title)}


def test_ja_passive_with_its_agent(ja: JapanesePipeline) -> None:
    """Xは、Yにより…対象に指定された: Y designated X; without an agent, nobody did."""
    result = ja.extract("キム・ハヌルは、米財務省により制裁対象に指定された。", _meta("JP"))
    assert designated(result) == {("country:US", "キム・ハヌル")}
    result = ja.extract("キム・ハヌルは、米財務省の発表で知られる。", _meta("JP"))
    assert designated(result) == set()


def test_ja_statement_as_topic_with_nado(ja: JapanesePipeline) -> None:
    """「…」は、Xなどが…公表したものである: X issued it."""
    title = "北朝鮮IT労働者の送金に関する注意喚起"
    result = ja.extract(f"「{title}」は、警察庁などが2026年2月3日に公表したものである。",
                        _meta("JP"))
    assert issued(result) == {("agency:national-police-agency-of-japan", title)}


def test_ja_targets_and_actors_from_outside_the_sentence_are_not_sure(
        ja: JapanesePipeline) -> None:
    """Targets listed after the sentence, and an actor carried over from an earlier
    sentence, give designations below 0.8; a sentence that names actor and target gives
    surer one (both under 0.8 while the dev split has met the frame only a few times)."""
    text = ("外務省は、以下の者を資産凍結等の措置の対象者として指定した。\n"
            "(1) キム・ハヌル(KIM Ha Nul)\n(2) 朝鮮空色貿易会社")
    sure = {r.confidence >= 0.8 for r in ja.extract(text, _meta("JP")).relations
            if r.type == "DESIGNATED"}
    assert sure == {False}
    text = ("外務省は、朝鮮空色貿易会社を資産凍結等の措置の対象者に指定した。"
            "キム・ハヌルも指定された。")
    of = {r.target: r.confidence for r in ja.extract(text, _meta("JP")).relations
          if r.type == "DESIGNATED"}
    named, carried = (next(v for t, v in of.items() if t.startswith(kind))
                      for kind in ("organization:", "person:"))
    assert carried < named < 0.8


def test_ja_targets_named_in_the_sentence_after_a_counted_designation(
        ja: JapanesePipeline) -> None:
    """…2人と1団体を指定した。対象は、A、B…である: the second sentence names the targets;
    "注意喚起の対象は…" with no designation before it names none."""
    text = ("韓国政府は、個人2人と1団体を独自制裁の対象に指定した。対象は、キム・ハヌル、"
            "パク・パダと朝鮮空色貿易会社である。")
    assert designated(ja.extract(text, _meta("KR"))) == {
        ("country:KR", "キム・ハヌル"), ("country:KR", "パク・パダ"),
        ("country:KR", "朝鮮空色貿易会社")}
    text = "注意喚起の対象は、朝鮮空色貿易会社である。"
    assert designated(ja.extract(text, _meta("JP"))) == set()


@pytest.mark.parametrize("sentence", [
    "米財務省は、キム・ハヌルを特別指定国民（SDN）リストに追加した。",
    "米国は、キム・ハヌルに対する独自制裁を発表した。",
])
def test_ja_list_by_name_and_sanctions_announced_against(ja: JapanesePipeline,
                                                         sentence: str) -> None:
    assert designated(ja.extract(sentence, _meta("JP"))) == {("country:US", "キム・ハヌル")}


def test_ja_release_that_never_names_its_actor(ja: JapanesePipeline) -> None:
    """今般、以下の者を…指定することとした: the issuing state designates (not sure); a
    document with no issuer gives no designator."""
    text = "今般、以下の者を資産凍結等の措置の対象者として指定することとした。\n（1）キム・ハヌル"
    result = ja.extract(text, _meta("JP"))
    assert designated(result) == {("country:JP", "キム・ハヌル")}
    assert all(r.confidence < 0.8 for r in result.relations)
    assert designated(ja.extract(text, DocumentMeta(id="t"))) == set()


def test_ja_statement_named_only_by_its_kind(ja: JapanesePipeline) -> None:
    """3か国は共同声明を発表した: a statement of this document, issued by the three; in a
    document whose title names a listed statement, 共同声明 is that one; 「X」と題する
    報告書 is X."""
    result = ja.extract("日米韓3か国は、共同声明を発表した。", _meta("JP"))
    assert {s for s, _ in issued(result)} == {"country:US", "country:JP", "country:KR"}
    assert [e.id for e in result.entities if e.type == "Advisory"] == [
        "advisory:t#ja-" + "共同声明".encode().hex()]
    meta = DocumentMeta(id="t", title="北朝鮮IT労働者に関する日米韓共同声明の発出")
    result = ja.extract("日米韓3か国は、共同声明を発表した。", meta)
    assert [e.id for e in result.entities if e.type == "Advisory"] == [
        "advisory:joint-statement-on-north-korean-information-technology-workers"]
    result = ja.extract("多国間制裁監視チームは、「北朝鮮のIT労働者による制裁回避」と題する報告書を"
                        "公表した。", _meta("JP"))
    assert issued(result) == {("agency:multilateral-sanctions-monitoring-team",
                               "北朝鮮のIT労働者による制裁回避")}


def test_ja_numbered_name_attribute_in_an_annex(ja: JapanesePipeline) -> None:
    """An annex item whose lines are numbered attributes: （1）名称：X names X; （1）所在地：
    平壌 names nobody."""
    text = ("外務省は、以下の者を資産凍結等の措置の対象者に指定した。\n2　団体\n"
            "（1）名称：朝鮮空色貿易会社\n（2）所在地：朝鮮海原技術会社の隣\n")
    assert designated(ja.extract(text, _meta("JP"))) == {("country:JP", "朝鮮空色貿易会社")}


def test_ja_headline_opening_with_its_actor(ja: JapanesePipeline) -> None:
    """米財務省、…を制裁対象に指定 / 韓国外交部、…を独自制裁: a headline's actor is followed
    by a comma; a comma joining states in a list ("米国、日本及び韓国の企業が") is no actor."""
    assert designated(ja.extract("米財務省、キム・ハヌルを制裁対象に指定", _meta("JP"))) == {
        ("country:US", "キム・ハヌル")}
    assert designated(ja.extract("韓国外交部、キム・ハヌルら2人を独自制裁", _meta("JP"))) == {
        ("country:KR", "キム・ハヌル")}
    result = ja.extract("米国、日本及び韓国の企業がキム・ハヌルを制裁対象に指定",
                        DocumentMeta(id="t"))
    assert designated(result) == set()
