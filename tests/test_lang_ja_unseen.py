"""Japanese designations and issued statements in the constructions of real releases and news
that our dev documents may not use, through the real GiNZA pipeline. The paragraphs are our
own wording with invented names, written before the rules they test (session 21): a
designator a sentence before its list, counted groups named afterwards, asset freezes, the
sanction "on" someone, passives with a bracketed actor, names in a reason clause, statements
issued with words between object and verb, ministries named by their stems. Each rule has a
look-alike that must not give the relation."""

from __future__ import annotations

import pytest

from extract.lang.ja import JapanesePipeline
from tests.ja_designators import government
from tests.ja_text import run


def facts(ja: JapanesePipeline, text: str, rel: str) -> set[tuple[str, str]]:
    result = run(ja, text)
    first = {e.id: e.name if e.type in ("Country", "Agency") else
             min(e.mentions, key=lambda m: m.start).text if e.mentions else e.name
             for e in result.entities}
    by = {e.id: government(e) or first[e.id] for e in result.entities}  # DESIGNATED: the state
    return {(by[r.source] if r.type == "DESIGNATED" else first[r.source], first[r.target])
            for r in result.relations if r.type == rel}


US, JP, KR = "United States", "Japan", "South Korea"
_BAEKYANG, _CHONGSONG = "朝鮮白楊貿易会社", "朝鮮青松技術交流会社"
_SHENYANG = "瀋陽青嶺網絡科技有限公司"


@pytest.mark.parametrize(("text", "expected"), [
    # the designator a sentence before those it designated
    ("米財務省は23日、北朝鮮のIT労働者による外貨獲得に関与したとして、個人2人と1団体を制裁"
     "対象に指定したと発表した。対象は、朝鮮青松技術交流会社と、同社幹部のリ・ミョンス、同社の"
     "会計担当チャ・ヨンギルの3者。",
     {(US, _CHONGSONG), (US, "リ・ミョンス"), (US, "チャ・ヨンギル")}),
    # the sanction "on" the targets, the verb of a Korean release
    ("韓国外交部は11日、北朝鮮のIT労働者の派遣に関わったとして、朝鮮白楊貿易会社と、同社の"
     "中国駐在代表であるチョン・ミョンイルに対する独自制裁を科すと発表した。",
     {(KR, _BAEKYANG), (KR, "チョン・ミョンイル")}),
    # a numbered list under the ministries' sentence
    ("外務省、財務省及び経済産業省は、本日、次の者を資産凍結等の措置の対象者として指定した。\n\n"
     "（１）朝鮮青松技術交流会社（Korea Chongsong Technology Exchange Company）\n"
     "（２）リ・ミョンス（RI Myong Su）\n",
     {(JP, _CHONGSONG), (JP, "リ・ミョンス")}),
    # bullets under a wire report's dateline
    ("【ワシントン共同】米財務省は30日、北朝鮮のIT技術者の不正就労を支えたとして、次の2団体と"
     "1人を制裁対象に追加した。\n・朝鮮白楊貿易会社\n・瀋陽青嶺網絡科技有限公司\n"
     "・ユン・チョルホ（YUN Chol Ho）\n",
     {(US, _BAEKYANG), (US, _SHENYANG), (US, "ユン・チョルホ")}),
    # kanji names with their reading in brackets, named in the sentence after
    ("【ソウル＝共同】韓国政府は4日、個人2人と1団体を独自制裁の対象に指定したと発表した。\n\n"
     "対象となったのは、「朝鮮青松技術交流会社」と、同社所属の技術者、李明洙（リ・ミョンス）、"
     "車英吉（チャ・ヨンギル）の各氏。",
     {(KR, _CHONGSONG), (KR, "李明洙"), (KR, "車英吉")}),
    # two companies counted after their names
    ("米財務省は3日、朝鮮白楊貿易会社と瀋陽青嶺網絡科技有限公司の2社を制裁対象に指定した。",
     {(US, _BAEKYANG), (US, _SHENYANG)}),
    # also put on the list, with an age in brackets
    ("米財務省はまた、北朝鮮国籍のパク・チョンス（45）も制裁リストに加えた。",
     {(US, "パク・チョンス")}),
    # the targets as subjects of the grounds, then the designation
    ("OFACはまた、「朝鮮白楊貿易会社」と「瀋陽青嶺網絡科技有限公司」が北朝鮮IT労働者の不法"
     "就労に関与したとみなし、制裁対象に指定した。",
     {(US, _BAEKYANG), (US, _SHENYANG)}),
    # official style: full-width comma and period
    ("米国財務省は，１２月２日，朝鮮青松技術交流会社及びリ・ミョンスを制裁対象に指定した．",
     {(US, _CHONGSONG), (US, "リ・ミョンス")}),
])
def test_unseen_designations(ja: JapanesePipeline, text: str,
                             expected: set[tuple[str, str]]) -> None:
    assert facts(ja, text, "DESIGNATED") == expected


@pytest.mark.parametrize("text", [
    "米財務省は、朝鮮青松技術交流会社を制裁対象に指定する方針を固めた。",  # a plan
    "朝鮮白楊貿易会社については、米国が以前に制裁を科していた。",  # recalled, undated
    "米財務省高官は「朝鮮青松技術交流会社を制裁対象に指定すべきだ」と述べた。",  # a quote
    "米財務省は、朝鮮白楊貿易会社を制裁対象に指定しなかった。",  # a negation
    "聯合ニュースによると、朝鮮白楊貿易会社が制裁対象に指定された。",  # a reporter, no actor
    "すでに米国の制裁対象となっている朝鮮青松技術交流会社は、中国で技術者を雇っていた。",
    "日本政府は、朝鮮白楊貿易会社を資産凍結の対象に加えることを検討している。",  # considered
])
def test_unseen_designation_look_alikes(ja: JapanesePipeline, text: str) -> None:
    assert facts(ja, text, "DESIGNATED") == set()


# a condition states no designation (JA.future: 場合, れば)
@pytest.mark.parametrize("text", [
    "朝鮮青松技術交流会社は、OFACの制裁対象に指定された場合、米国内の資産が凍結される。",
    "朝鮮青松技術交流会社は、米国の制裁対象に指定されれば、米国の銀行と取引できなくなる。",
])
def test_a_condition_designates_nobody(ja: JapanesePipeline, text: str) -> None:
    assert facts(ja, text, "DESIGNATED") == set()


def test_a_dated_designation_ending_the_sentence_stands(ja: JapanesePipeline) -> None:
    """The look-alike of the condition: the same passive, stated."""
    text = "朝鮮青松技術交流会社は2日、米国の制裁対象に指定された。"
    assert facts(ja, text, "DESIGNATED") == {(US, _CHONGSONG)}


# names in another clause of the sentence are not its targets (ja_clauses.py)
@pytest.mark.parametrize(("text", "expected"), [
    # the reason clause
    ("米財務省は2日、朝鮮白楊貿易会社のために活動したとして、リ・ミョンスを制裁対象に指定した。",
     {(US, "リ・ミョンス")}),
    ("米財務省は2日、朝鮮白楊貿易会社が技術者を派遣するのを助けたとして、瀋陽青嶺網絡科技有限"
     "公司を制裁対象に指定した。", {(US, _SHENYANG)}),
    ("米財務省は、朝鮮白楊貿易会社に送金していたとして、中国籍の王小明を制裁対象に加えた。",
     {(US, "王小明")}),
    # a relative clause that describes the target
    ("米財務省は、北朝鮮の朝鮮白楊貿易会社の代理として資金を動かしたチャ・ヨンギルを制裁対象に"
     "追加した。", {(US, "チャ・ヨンギル")}),
])
def test_names_of_another_clause_are_no_targets(ja: JapanesePipeline, text: str,
                                                expected: set[tuple[str, str]]) -> None:
    assert facts(ja, text, "DESIGNATED") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two designating verbs: both objects are targets
    ("米財務省は2日、朝鮮白楊貿易会社を制裁対象に指定し、リ・ミョンスも追加した。",
     {(US, _BAEKYANG), (US, "リ・ミョンス")}),
    # the designation inside the announcement
    ("米財務省は、朝鮮白楊貿易会社とリ・ミョンスを制裁対象に加えたと発表した。",
     {(US, _BAEKYANG), (US, "リ・ミョンス")}),
    # the object the parser hangs on a nearer verb (に基づく) is still the object
    ("我が国は、偽の身分で業務を受注したキム・ハヌル(KIM Ha Nul)を外為法に基づく対象者として"
     "指定した。", {(JP, "キム・ハヌル")}),
])
def test_objects_of_the_designation_stay_targets(ja: JapanesePipeline, text: str,
                                                 expected: set[tuple[str, str]]) -> None:
    assert facts(ja, text, "DESIGNATED") == expected


def test_counted_group_named_after_the_designation(ja: JapanesePipeline) -> None:
    text = "米財務省は9日、ロシア国籍の男ドミトリー・ペトロフら3人と2団体を制裁対象に加えたと" \
        "発表した。2団体は「朝鮮白楊貿易会社」と「瀋陽青嶺網絡科技有限公司」。"
    assert facts(ja, text, "DESIGNATED") == {(US, "ドミトリー・ペトロフ"), (US, _BAEKYANG),
                                             (US, _SHENYANG)}


def test_counted_group_described_is_no_list(ja: JapanesePipeline) -> None:
    text = "米財務省は9日、ロシア国籍の男ドミトリー・ペトロフら3人と2団体を制裁対象に加えたと" \
        "発表した。2団体は「朝鮮白楊貿易会社」の子会社で、平壌に本社を置く。"
    assert facts(ja, text, "DESIGNATED") == {(US, "ドミトリー・ペトロフ")}


def test_quoted_hacker_group_is_a_target(ja: JapanesePipeline) -> None:
    text = "日本政府は15日の閣議で、北朝鮮のハッカー集団「ソンビョル」など2団体と個人3人を、" \
        "外為法に基づく資産凍結等の措置の対象とすることを了解した。"
    assert facts(ja, text, "DESIGNATED") == {(JP, "ソンビョル")}


def test_assets_frozen_where_they_are(ja: JapanesePipeline) -> None:
    text = "米国務省と財務省は2日、ユン・チョルホとキム・ハヌルの米国内の資産を凍結すると発表した。"
    assert facts(ja, text, "DESIGNATED") == {(US, "ユン・チョルホ"), (US, "キム・ハヌル")}


def test_assets_in_the_country_not_frozen(ja: JapanesePipeline) -> None:
    text = "米国務省と財務省は2日、ユン・チョルホの米国内の資産を調べていると発表した。"
    assert facts(ja, text, "DESIGNATED") == set()


def test_passive_with_a_bracketed_actor(ja: JapanesePipeline) -> None:
    text = "北朝鮮の国防省傘下にある「朝鮮青松技術交流会社」が2日、米財務省外国資産管理局" \
        "（OFAC）により制裁対象に指定された。"
    assert facts(ja, text, "DESIGNATED") == {(US, _CHONGSONG)}


def test_sdn_list_added_to(ja: JapanesePipeline) -> None:
    text = "米政府は2日、朝鮮白楊貿易会社を特別指定国民（SDN）リストに加えた。"
    assert facts(ja, text, "DESIGNATED") == {(US, _BAEKYANG)}


def test_cleft_of_those_added(ja: JapanesePipeline) -> None:
    text = "米財務省は4日、北朝鮮のIT技術者派遣に関与した企業への新たな制裁を発表した。" \
        "今回新たに制裁対象に加わったのは、朝鮮青松技術交流会社とユン・チョルホ。"
    assert facts(ja, text, "DESIGNATED") == {(US, _CHONGSONG), (US, "ユン・チョルホ")}


def test_cleft_look_alike_of_what_was_added_before(ja: JapanesePipeline) -> None:
    text = "これまでに制裁対象に加わったのは、朝鮮青松技術交流会社とユン・チョルホ。"
    assert facts(ja, text, "DESIGNATED") == set()


_ADVISORY = "北朝鮮IT労働者に関する企業等への注意喚起"
_STATEMENT = "北朝鮮IT労働者に関する共同声明"


@pytest.mark.parametrize(("text", "expected"), [
    # words between the statement and its verb; ministries named by their stems
    (f"警察庁と外務、財務、経済産業の3省は、「{_ADVISORY}」を26日に発出した。",
     {("National Police Agency of Japan", _ADVISORY),
      ("Ministry of Foreign Affairs of Japan", _ADVISORY),
      ("Ministry of Finance of Japan", _ADVISORY),
      ("Ministry of Economy, Trade and Industry", _ADVISORY)}),
    # the count of the ministries after their stems ("the four ministries concerned")
    (f"警察、外務、財務、経済産業の関係4省庁は、「{_ADVISORY}」を公表した。",
     {("National Police Agency of Japan", _ADVISORY),
      ("Ministry of Foreign Affairs of Japan", _ADVISORY),
      ("Ministry of Finance of Japan", _ADVISORY),
      ("Ministry of Economy, Trade and Industry", _ADVISORY)}),
    (f"外務省は、北朝鮮が声明を出したことを受け、「{_ADVISORY}」をウェブサイトで公表した。",
     {("Ministry of Foreign Affairs of Japan", _ADVISORY)}),
    # the issuing verb in a relative clause on the statement
    (f"日米韓3か国は27日発表した「{_STATEMENT}」で、深刻な懸念を表明した。",
     {(US, _STATEMENT), (JP, _STATEMENT), (KR, _STATEMENT)}),
])
def test_unseen_issued(ja: JapanesePipeline, text: str,
                       expected: set[tuple[str, str]]) -> None:
    assert facts(ja, text, "ISSUED") == expected


@pytest.mark.parametrize("text", [
    f"警察庁は「{_ADVISORY}」を来月に公表する予定だ。",  # a plan
    f"日米韓3か国は来月発表する「{_STATEMENT}」について協議した。",  # one to come
    f"警察庁は「{_ADVISORY}」を企業に配った。",  # handed out, not issued by the parse
])
def test_unseen_issued_look_alikes(ja: JapanesePipeline, text: str) -> None:
    assert facts(ja, text, "ISSUED") == set()


def test_ministries_named_by_their_stems(ja: JapanesePipeline) -> None:
    text = "警察、外務、財務、経済産業の関係4省庁は、企業に注意を呼びかけた。"
    names = {e.name for e in run(ja, text).entities if e.type == "Agency"}
    assert names == {"National Police Agency of Japan", "Ministry of Foreign Affairs of Japan",
                     "Ministry of Finance of Japan", "Ministry of Economy, Trade and Industry"}


@pytest.mark.parametrize("text", [
    "外務、財務、経済産業の2省は、企業に注意を呼びかけた。",  # not as many as counted
    "財務、会計の2省は、企業に注意を呼びかけた。",  # a stem that names no ministry
])
def test_stems_not_counted_as_ministries(ja: JapanesePipeline, text: str) -> None:
    assert not [e for e in run(ja, text).entities if e.type == "Agency"]


_HEADER_RELEASE = """北朝鮮のIT労働者に関与する者に対する資産凍結等の措置について

令和7年12月2日
外務省
財務省
経済産業省

本日、北朝鮮のIT労働者の派遣に関与する以下の1団体及び1個人を、外為法に基づく資産凍結等の措置の対象として指定した。

（1）朝鮮青松技術交流会社
（2）リ・ミョンス
"""


def test_header_issuers_act_where_no_sentence_names_an_actor(ja: JapanesePipeline) -> None:
    assert facts(ja, _HEADER_RELEASE, "DESIGNATED") == {(JP, _CHONGSONG), (JP, "リ・ミョンス")}


def test_a_header_that_names_no_actor_gives_none(ja: JapanesePipeline) -> None:
    text = _HEADER_RELEASE.replace("外務省\n財務省\n経済産業省\n", "報道発表\n")
    assert facts(ja, text, "DESIGNATED") == set()


def test_a_sentence_actor_overrides_the_header(ja: JapanesePipeline) -> None:
    text = _HEADER_RELEASE.replace("本日、", "本日、米財務省は、")
    assert facts(ja, text, "DESIGNATED") == {(US, _CHONGSONG), (US, "リ・ミョンス")}


def test_a_numbered_paragraph_and_its_date_are_no_company(ja: JapanesePipeline) -> None:
    text = "報道発表\n\n米国による制裁指定について\n\n1　12月2日、米国財務省は、2団体1個人を" \
        "制裁対象に指定しました。\n"
    assert not [e for e in run(ja, text).entities if e.type == "Organization"]


def test_joint_statement_named_after_its_states(ja: JapanesePipeline) -> None:
    text = "北朝鮮IT労働者に関する日米韓共同声明（仮訳）\n\n令和7年8月27日\n\n日本国政府、" \
        "アメリカ合衆国政府及び大韓民国政府は、北朝鮮のIT労働者の活動に深刻な懸念を表明する。"
    name = "北朝鮮IT労働者に関する日米韓共同声明"
    assert facts(ja, text, "ISSUED") == {(US, name), (JP, name), (KR, name)}


@pytest.mark.parametrize("text", [
    # a statement named by its topic only: who issued it, no sentence says
    "北朝鮮IT労働者に関する共同声明（仮訳）\n\n日本は、北朝鮮のIT労働者に懸念を表明する。",
    # the statement named as what a ministry acted on; the ministry revised, not issued
    "警察庁は、日米韓共同声明を受けて注意喚起を改訂した。",
])
def test_statements_not_named_after_issuers(ja: JapanesePipeline, text: str) -> None:
    assert facts(ja, text, "ISSUED") == set()


def test_a_title_does_not_run_over_a_clause_verb(ja: JapanesePipeline) -> None:
    """…を受けて注意喚起を改訂した: を受けて ends the clause before the title."""
    text = "警察庁は、日米韓共同声明を受けて注意喚起を改訂した。"
    assert not [e for e in run(ja, text).entities
                if e.type == "Advisory" and "受けて" in e.name]


# targets counted in the designation, named in the sentences after it (ja_counted.py)
_COUNTED = "米財務省は5日、北朝鮮の金融関係者ら計3人・2団体を制裁対象に加えた。柱の一つは、" \
    "瀋陽でIT労働者を動かす朝鮮白楊貿易会社（KPTC）と、その社長ウ・ヨンチョル（U Yong Chol）だ。" \
    "もう一つは金融で、朝鮮青松銀行が決済を担っていたほか、行員のリ・ミョンスは、すでに制裁下に" \
    "ある朝鮮東海銀行のために資金を管理していた。残る1人は海外代表のチャ・ヨンギル氏である。"


def test_counted_targets_named_after_the_designation(ja: JapanesePipeline) -> None:
    assert facts(ja, _COUNTED, "DESIGNATED") == {
        (US, _BAEKYANG), (US, "ウ・ヨンチョル"), (US, "朝鮮青松銀行"), (US, "リ・ミョンス"),
        (US, "チャ・ヨンギル")}


def test_counted_targets_not_filled_give_none(ja: JapanesePipeline) -> None:
    """One person more than the names: the count is not what the names fill."""
    text = _COUNTED.replace("計3人・2団体", "計4人・2団体")
    assert facts(ja, text, "DESIGNATED") == set()


def test_counted_targets_after_an_announcement(ja: JapanesePipeline) -> None:
    """The designator is the announcer (は), not the subject of its reason clause (が)."""
    text = "米財務省は23日、北朝鮮が外貨を得る仕組みを支えてきたとして、新たな制裁を発表した。" \
        "対象は朝鮮白楊貿易会社と同社幹部のユン・チョルホ氏、それに2団体の計1人・3団体だ。" \
        "2団体は朝鮮青松技術交流会社と朝鮮東海銀行で、いずれも韓国政府が2月10日に独自制裁の" \
        "対象としていた。"
    got = facts(ja, text, "DESIGNATED")
    assert {(US, _BAEKYANG), (US, "ユン・チョルホ"), (US, _CHONGSONG), (US, "朝鮮東海銀行"),
            (KR, _CHONGSONG), (KR, "朝鮮東海銀行")} <= got
    assert not {p for p in got if p[0] == "North Korea"}


def test_the_same_bodies_again(ja: JapanesePipeline) -> None:
    text = "米政府は27日、2つの団体と個人1人を制裁の対象に加えました。対象となった団体は、" \
        "朝鮮白楊貿易会社と朝鮮青松技術交流会社です。また個人では、ユン・チョルホ氏が指定され" \
        "ました。韓国政府も28日、同じ2つの団体と、ユン氏の1人を独自の制裁対象に指定したと発表しました。"
    got = facts(ja, text, "DESIGNATED")
    assert {(KR, _BAEKYANG), (KR, _CHONGSONG), (KR, "ユン・チョルホ")} <= got


_ANNEX_NOTICE = (
    "令和8年1月20日\n外務省\n財務省\n\n"
    "我が国は、本日、北朝鮮のIT労働者の派遣に関与する2団体及び1個人を資産凍結等の措置の対象に"
    "追加した。本日付けの外務省告示により、別紙に掲げる者を外為法に基づく措置の対象として指定した。"
    "\n\n（別紙）対象者　（１）団体　①朝鮮白楊貿易会社（Korea Paekyang Trading Corporation）"
    "　人民武力省の傘下　②朝鮮青松技術交流会社　労働者の派遣に関与　（２）個人　①氏名　"
    "ユン・チョルホ（Yun Chol Ho）　役職　同社代表\n")


def test_annex_items_designated(ja: JapanesePipeline) -> None:
    assert facts(ja, _ANNEX_NOTICE, "DESIGNATED") == {(JP, _BAEKYANG), (JP, _CHONGSONG),
                                                      (JP, "ユン・チョルホ")}


def test_annex_without_a_designation_pointing_to_it(ja: JapanesePipeline) -> None:
    text = _ANNEX_NOTICE.replace("本日付けの外務省告示により、別紙に掲げる者を外為法に基づく措置の"
                                 "対象として指定した。", "参考資料を別紙に付す。")
    assert facts(ja, text, "DESIGNATED") == set()


@pytest.mark.parametrize(("text", "expected"), [
    # the targets after the source of the report
    ("アメリカ政府は27日、新たな制裁を発表しました。アメリカ財務省の発表によりますと、"
     "対象となった団体は、朝鮮白楊貿易会社と朝鮮青松技術交流会社です。",
     {(US, _BAEKYANG), (US, _CHONGSONG)}),
    ("アメリカ政府は27日、朝鮮東海銀行を制裁の対象に加えました。アメリカ財務省によりますと、"
     "対象となった団体には、朝鮮白楊貿易会社も含まれます。",
     {(US, "朝鮮東海銀行"), (US, _BAEKYANG)}),
    # the cleft with its actor
    ("韓国外務省も同日、独自制裁を発表した。韓国が指定したのは朝鮮白楊貿易会社と、ユン・チョルホ氏。",
     {(KR, _BAEKYANG), (KR, "ユン・チョルホ")}),
    # each of the ones named, dated: an earlier act told with its date
    ("米財務省は2018年9月、朝鮮東海銀行を制裁対象とした。2023年5月には朝鮮青松技術交流会社が、"
     "2025年1月には朝鮮白楊貿易会社が、それぞれ指定を受けている。",
     {(US, "朝鮮東海銀行"), (US, _CHONGSONG), (US, _BAEKYANG)}),
    # a family name the recognizer reads alone is the person named before
    ("アメリカ政府は、ユ・プウン氏とハン・チョルマン氏を指定しました。韓国政府も28日、ユ氏、ハン氏"
     "の2人を独自の制裁対象に指定したと発表しました。",
     {(US, "ユ・プウン"), (US, "ハン・チョルマン"), (KR, "ユ・プウン"), (KR, "ハン・チョルマン")}),
])
def test_fresh_constructions(ja: JapanesePipeline, text: str,
                             expected: set[tuple[str, str]]) -> None:
    assert facts(ja, text, "DESIGNATED") == expected


@pytest.mark.parametrize("text", [
    # the cleft of a plan
    "韓国が指定する方針なのは朝鮮白楊貿易会社と、ユン・チョルホ氏。",
    # each, undated and recalled: no act of the text
    "朝鮮青松技術交流会社と朝鮮白楊貿易会社が、これまでにそれぞれ指定を受けている。",
])
def test_fresh_construction_look_alikes(ja: JapanesePipeline, text: str) -> None:
    assert facts(ja, text, "DESIGNATED") == set()


def test_company_names_without_their_kind_and_by_their_start(ja: JapanesePipeline) -> None:
    text = "北朝鮮の国防省傘下にあるIT企業チンヨン情報技術協力会社は、技術者を派遣している。" \
        "チンヨン社は、ロシアに代表団を置いている。対象は元山自動化大学など3団体だ。"
    result = run(ja, text)
    orgs = {e.name: {m.text for m in e.mentions} for e in result.entities
            if e.type == "Organization"}
    assert {"チンヨン情報技術協力会社", "チンヨン社"} in orgs.values()
    assert "元山自動化大学" in {m for ms in orgs.values() for m in ms}  # no person
    assert not [e for e in result.entities if e.type == "Person"]


def test_a_latin_name_glossing_a_kana_one_is_the_same_company(ja: JapanesePipeline) -> None:
    text = "UAEにある不動産会社「パイオニア・ベンコント・スター」（Pioneer Bencont Star Real " \
        "Estate）が指定された。"
    orgs = [e for e in run(ja, text).entities if e.type == "Organization"]
    assert len(orgs) == 1


def test_a_thing_glossed_by_an_acronym_is_no_person(ja: JapanesePipeline) -> None:
    # the recognizer may call a weapon's name a person; its lone acronym in brackets says
    # it is a thing, while a person's romanization has a family and a given name
    text = "北朝鮮は大陸間弾道ミサイル（ICBM）級の弾道ミサイルを発射した。"
    assert not [e for e in run(ja, text).entities if e.type == "Person"]
    named = run(ja, "米財務省は、キム・スイル（KIM Su Il）を制裁対象に指定した。")
    assert [e.name for e in named.entities if e.type == "Person"] == ["Kim Su Il"]
