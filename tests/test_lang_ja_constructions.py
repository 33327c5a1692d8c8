"""Japanese designations and statements in wordings the earlier frames missed, each with a
look-alike that must read nothing: a short name defined in brackets then used alone, a
middle-dot list of companies, "the listing of X" announced, measures "taken" against X,
a dated relative clause (米国が2023年5月に指定したX社), the update of a statement."""

from __future__ import annotations

import pytest

from extract.lang.ja import JapanesePipeline
from graph.model import Extraction
from tests.ja_text import run as run_ja

OFAC, NPA = "Office of Foreign Assets Control", "National Police Agency of Japan"
_FIRM, _OTHER, _PERSON = "朝鮮ヘダン貿易会社", "朝鮮ソンボン技術会社", "キム・ヨンチョル"
_TITLE = "北朝鮮IT労働者に関する企業等に対する注意喚起"



def run(ja: JapanesePipeline, text: str) -> Extraction:
    return run_ja(ja, text, "2026-03-11")


def facts(ja: JapanesePipeline, text: str, rel: str) -> set[tuple[str, str]]:
    result = run(ja, text)
    names = {e.id: e.name if e.type in ("Country", "Agency") else
             min(e.mentions, key=lambda m: m.start).text if e.mentions else e.name
             for e in result.entities}
    return {(names[r.source], names[r.target]) for r in result.relations if r.type == rel}


@pytest.mark.parametrize(("text", "expected"), [
    # the short name in brackets, then alone as the topic of a passive by its legal basis
    (f"OFACは3月10日、北朝鮮の2団体に制裁を科した。{_FIRM}（ヘダン）はラオスに技術者を送って"
     "いる。ヘダンは、大統領令第13382号に従い指定された。", {(OFAC, _FIRM)}),
    # a middle dot right after a company's head lists the next name
    (f"OFACは3月10日、{_FIRM}・{_OTHER}・{_PERSON}氏を制裁対象に加えた。",
     {(OFAC, _FIRM), (OFAC, _OTHER), (OFAC, _PERSON)}),
    (f"OFACは3月10日、{_FIRM}の指定を発表した。", {(OFAC, _FIRM)}),
    (f"OFACは3月10日、{_FIRM}に対して制裁措置をとった。", {(OFAC, _FIRM)}),
    (f"OFACは3月10日、{_FIRM}をブラックリストに追加した。", {(OFAC, _FIRM)}),
    # the designator of a relative clause, dated inside the clause
    (f"米国が2023年5月に指定した{_FIRM}は、ラオスに技術者を派遣している。",
     {("United States", _FIRM)}),
])
def test_designations(ja: JapanesePipeline, text: str,
                      expected: set[tuple[str, str]]) -> None:
    assert facts(ja, text, "DESIGNATED") == expected


@pytest.mark.parametrize("text", [
    # delisting is no listing
    f"OFACは3月10日、{_FIRM}の指定解除を発表した。",
    # a relative clause that weighs or plans the act, or recalls it without a date
    f"米国が指定を検討している{_FIRM}は、ラオスに技術者を派遣している。",
    f"米国が2023年5月に指定する予定の{_FIRM}は、ラオスに技術者を派遣している。",
    f"米国が指定した{_FIRM}は、ラオスに技術者を派遣している。",
    # the noun after the clause is a common word: the company is not its target
    f"米国が2023年5月に指定した企業と取引した{_FIRM}は、ラオスに技術者を派遣している。",
    # inside a quotation the words are the speaker's
    f"記者は「米国が2023年5月に指定した{_FIRM}は危険だ」と述べた。",
    # a short name that is not part of the name before it is no alias
    f"OFACは3月10日、北朝鮮の2団体に制裁を科した。{_FIRM}（ラオス）は技術者を送っている。"
    "ラオスは、大統領令第13382号に従い指定された。",
])
def test_look_alikes_designate_nothing(ja: JapanesePipeline, text: str) -> None:
    assert facts(ja, text, "DESIGNATED") == set()


def test_short_name_is_an_alias_and_a_mention(ja: JapanesePipeline) -> None:
    result = run(ja, f"{_FIRM}（ヘダン）はラオスに技術者を送っている。ヘダンの代表は{_PERSON}だ。")
    firm = next(e for e in result.entities if e.name == _FIRM)
    assert "ヘダン" in firm.aliases
    assert [m.text for m in firm.mentions].count("ヘダン") == 1


@pytest.mark.parametrize(("text", "expected"), [
    (f"警察庁は3月10日、「{_TITLE}」を更新した。", True),
    (f"警察庁は3月10日、「{_TITLE}」の改訂版を公表した。", True),
    (f"警察庁は「{_TITLE}」を更新する予定だ。", False),
    # a web page updated is no statement
    ("警察庁は3月10日、ウェブサイトを更新した。", False),
])
def test_an_update_issues_the_statement(ja: JapanesePipeline, text: str,
                                        expected: bool) -> None:
    issued = facts(ja, text, "ISSUED")
    assert bool(issued) == expected
    assert all(source == NPA for source, _ in issued)


_ADVISORY = "Advisory to Companies and Other Organizations on North Korean IT Workers"


@pytest.mark.parametrize(("text", "expected"), [
    # the listed title without its topic, in a text that names the topic
    ("日本は3月10日、北朝鮮IT労働者をめぐり、企業等に対する注意喚起を改訂した。", _ADVISORY),
    # the same words about another topic are another advisory
    ("経済産業省は3月10日、ランサムウェアについて企業等に対する注意喚起を公表した。", None),
])
def test_title_without_its_topic(ja: JapanesePipeline, text: str, expected: str | None) -> None:
    names = {e.name for e in run(ja, text).entities if e.type == "Advisory"}
    assert (expected in names) if expected else (_ADVISORY not in names)

