"""Relations Japanese prose states (employment, control, fronts, funds, issuers in a relative
clause) and what news prose makes a recognizer misread as a name, through
the real GiNZA pipeline. Our own sentences and invented names; each construction has a
look-alike that must not give the relation (a plan, a quote, a negation, a possibility)."""

from __future__ import annotations

import pytest

from extract.lang.ja import JapanesePipeline
from tests.ja_text import run


def facts(ja: JapanesePipeline, text: str, rel: str) -> set[tuple[str, str]]:
    result = run(ja, text)
    first = {e.id: min(e.mentions, key=lambda m: m.start).text if e.mentions else e.name
             for e in result.entities}
    return {(first[r.source], first[r.target]) for r in result.relations if r.type == rel}


def names(ja: JapanesePipeline, text: str, label: str) -> set[str]:
    return {m.text for e in run(ja, text).entities if e.type == label for m in e.mentions}


@pytest.mark.parametrize(("text", "expected"), [
    # the subject holds a role at the company
    ("キム・ハヌル氏は朝鮮空色貿易会社の代表を務め、送金を指示していた。",
     {("キム・ハヌル", "朝鮮空色貿易会社")}),
    # the subject works there
    ("キム・ハヌル氏は朝鮮空色貿易会社で働いていた。", {("キム・ハヌル", "朝鮮空色貿易会社")}),
    # the role before the person
    ("朝鮮空色貿易会社の代表を務めるキム・ハヌル氏が関与した。",
     {("キム・ハヌル", "朝鮮空色貿易会社")}),
    # a company hires the workers
    ("朝鮮空色貿易会社は北朝鮮IT労働者を雇用していた。",
     {("北朝鮮IT労働者", "朝鮮空色貿易会社")}),
])
def test_employment(ja: JapanesePipeline, text: str, expected: set[tuple[str, str]]) -> None:
    assert facts(ja, text, "EMPLOYED_AT") == expected


@pytest.mark.parametrize("text", [
    "キム・ハヌル氏は朝鮮空色貿易会社で働く予定だ。",  # a plan
    "キム・ハヌル氏は朝鮮空色貿易会社で働いていない。",  # a negation
    "当局者は「キム・ハヌルは朝鮮空色貿易会社で働いていた」と述べた。",  # a quote
    "朝鮮空色貿易会社は北朝鮮IT労働者を雇用しないよう求められた。",  # a request
    # the role describes someone else, named or not
    "キム・ハヌル氏は朝鮮空色貿易会社の代表を務める男と会った。",
    "キム・ハヌル氏は朝鮮空色貿易会社に所属する技術者に指示した。",
    # a front company takes the workers in for another: not its employees
    "大連波青網絡会社は北朝鮮IT労働者を受け入れていた。",
])
def test_employment_not_stated(ja: JapanesePipeline, text: str) -> None:
    assert facts(ja, text, "EMPLOYED_AT") == set()


@pytest.mark.parametrize(("text", "rel", "expected"), [
    ("朝鮮空色貿易会社は実質的に北朝鮮によって運営されている。", "CONTROLLED_BY",
     {("朝鮮空色貿易会社", "北朝鮮")}),
    # both coordinated subjects are under the body
    ("朝鮮空色貿易会社及び朝鮮星雲技術会社は偵察総局の傘下にある組織である。", "CONTROLLED_BY",
     {("朝鮮空色貿易会社", "偵察総局"), ("朝鮮星雲技術会社", "偵察総局")}),
    # the body, its other name in brackets, then 傘下の and the company
    ("人民武力省(国防省)傘下のIT企業、朝鮮空色貿易会社が関与した。", "CONTROLLED_BY",
     {("朝鮮空色貿易会社", "人民武力省")}),
    ("大連波青網絡会社は朝鮮空色貿易会社の偽装企業で、労働者を受け入れた。", "FRONT_FOR",
     {("大連波青網絡会社", "朝鮮空色貿易会社")}),
])
def test_control_and_fronts(ja: JapanesePipeline, text: str, rel: str,
                            expected: set[tuple[str, str]]) -> None:
    assert facts(ja, text, rel) == expected


@pytest.mark.parametrize(("text", "rel"), [
    ("朝鮮空色貿易会社は北朝鮮によって運営されている可能性がある。", "CONTROLLED_BY"),
    # what the company is a front for is not what controls it
    ("朝鮮空色貿易会社は偵察総局傘下の企業の隠れ蓑だ。", "CONTROLLED_BY"),
    ("大連波青網絡会社は朝鮮空色貿易会社の偽装企業ではない。", "FRONT_FOR"),
])
def test_control_not_stated(ja: JapanesePipeline, text: str, rel: str) -> None:
    assert facts(ja, text, rel) == set()


def test_money_sent_to_the_regime(ja: JapanesePipeline) -> None:
    """The amount sent (not its conversion in brackets) went to the regime."""
    text = "キム・ハヌル氏は収益の総額30万ドル（約4500万円）を北朝鮮に送金していた。"
    assert facts(ja, text, "FUNDED") == {("30万ドル", "北朝鮮")}


def test_earnings_as_a_source_of_funds(ja: JapanesePipeline) -> None:
    text = "北朝鮮IT労働者が稼いだ外貨は北朝鮮の兵器開発の資金源となっている。"
    assert facts(ja, text, "FUNDED") == {("北朝鮮IT労働者", "北朝鮮")}


@pytest.mark.parametrize("text", [
    "キム・ハヌル氏は収益を北朝鮮に送金する計画だった。",  # a plan
    "キム・ハヌル氏は北朝鮮に送金していない。",  # a negation, and no money named
    # a person forwarding money with no amount named: the money is the workers'
    "キム・ハヌル氏は労働者の収益を北朝鮮に送金していた。",
    "北朝鮮IT労働者が稼いだ外貨は北朝鮮の資金源となるおそれがある。",  # a possibility
])
def test_funds_not_stated(ja: JapanesePipeline, text: str) -> None:
    assert facts(ja, text, "FUNDED") == set()


def test_issuer_of_a_statement_named_after_its_verb(ja: JapanesePipeline) -> None:
    """警察庁は…に公表した「…注意喚起」を改訂した: the police issued the advisory."""
    text = ("警察庁は、外務省と連名で昨年3月に公表した「北朝鮮IT労働者に関する企業等に対する"
            "注意喚起」を改訂した。")
    issuers = {s for s, _ in facts(ja, text, "ISSUED")}
    assert issuers == {"警察庁", "外務省"}


def test_statement_before_a_verb_it_did_not_go_through(ja: JapanesePipeline) -> None:
    """「…」を公表した企業: the verb issues nothing named after it unless it ends there."""
    text = "警察庁は、昨年3月に公表した企業向けの説明会を開いた。"
    assert facts(ja, text, "ISSUED") == set()


def test_news_prose_names(ja: JapanesePipeline) -> None:
    """A byline is no person, a kind of company no organization, a quoted katakana company
    no person, and its bare repeat the same company."""
    text = ("【ソウル=山本花子】米財務省は3日、中国の関連会社と「ボラリス・テック」を制裁対象に"
            "指定した。ボラリス・テックは送金を担っていた。")
    assert names(ja, text, "Person") == set()
    organizations = names(ja, text, "Organization")
    assert "関連会社" not in organizations
    assert {"ボラリス・テック"} <= organizations


def test_a_person_in_plain_katakana_stays_a_person(ja: JapanesePipeline) -> None:
    assert "キム・ハヌル" in names(ja, "米財務省はキム・ハヌル氏を制裁対象に指定した。", "Person")


def test_government_of_a_named_state_is_not_the_issuer(ja: JapanesePipeline) -> None:
    """北朝鮮政府: not "the government" that issued a Japanese release."""
    result = run(ja, "北朝鮮政府は声明を出した。")
    assert "country:JP" not in {e.id for e in result.entities}
