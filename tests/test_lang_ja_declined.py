"""A sanction decided against or put off, and a sanction a speaker only announces for later,
through the real GiNZA pipeline: 見送った / 見合わせた / 先送りした / 断念した after the
sanction is a decision not to designate, and a quotation whose predicate is not past or that
says when it is still to come (「…も近く…に加える」と述べた) reports a plan. The speaker's own
past act in a quotation (「…を指定した」と発表した) is still told. Our own sentences and
invented names."""

from __future__ import annotations

import pytest

from extract.lang.ja import JapanesePipeline
from tests.ja_designators import designations
from tests.ja_text import run

_FIRST = "米財務省は4日、平壌ソグァン技術交流社を制裁対象に指定した。"


def designated(ja: JapanesePipeline, text: str) -> set[tuple[str, str]]:
    return designations(run(ja, text))


@pytest.mark.parametrize("text", [
    "日本政府は7日、朝鮮ボンファ電算会社に対する独自制裁を見送った。",
    "韓国政府は、朝鮮ボンファ電算会社を制裁対象に追加することを見送った。",
    "米国務省は3日、朝鮮ボンファ電算会社への追加制裁を見合わせた。",
    "米国務省は3日、朝鮮ボンファ電算会社の制裁指定を先送りした。",
    "韓国外交部は朝鮮ボンファ電算会社への制裁を断念した。",
])
def test_a_sanction_declined_is_none(ja: JapanesePipeline, text: str) -> None:
    assert designated(ja, text) == set()


@pytest.mark.parametrize("quote", [
    "同省の当局者は「朝鮮ボンファ電算会社も近く制裁対象に加える」と述べた。",
    "同省の当局者は「朝鮮ボンファ電算会社を制裁リストに追加する」と語った。",
    "同省の報道官は「今後、朝鮮ボンファ電算会社も制裁対象に指定していく」と明らかにした。",
])
def test_a_quoted_plan_designates_nobody(ja: JapanesePipeline, quote: str) -> None:
    assert designated(ja, _FIRST + quote) == {("United States", "平壌ソグァン技術交流社")}


def test_a_quoted_past_act_is_told(ja: JapanesePipeline) -> None:
    text = "米財務省は声明で「朝鮮ボンファ電算会社を制裁対象に指定した」と発表した。"
    assert designated(ja, text) == {("United States", "朝鮮ボンファ電算会社")}


def test_the_sanction_beside_a_declined_one_stays(ja: JapanesePipeline) -> None:
    text = ("日本政府は7日、朝鮮ボンファ電算会社への独自制裁を見送った。"
            "一方、外務省は平壌ソグァン技術交流社を資産凍結等の措置の対象に指定した。")
    assert designated(ja, text) == {("Japan", "平壌ソグァン技術交流社")}


@pytest.mark.parametrize("text", [
    # the declined act in the second clause, its verb read as a noun at the root
    "外務省は、ポンサン計算機会社を資産凍結等の措置の対象に指定したが、朝鮮ウォルミ海運会社に"
    "ついては先送りした。",
    "外務省は、ポンサン計算機会社を資産凍結等の措置の対象に加え、朝鮮ウォルミ海運会社の指定は"
    "先送りした。",
    # a listing clause whose predicate ends on 対象とし, the next clause's object before the
    # declined verb: the predicate stays inside its own clause
    "外務省は、ポンサン計算機会社を制裁の対象とし、朝鮮ウォルミ海運会社の指定は見合わせた。",
    # a predicate that ends on its object (への制裁を), its verb after it
    "外務省は、ポンサン計算機会社への制裁を決め、朝鮮ウォルミ海運会社の指定は見送った。",
    # the declined act first, as a clause before 一方 (not the sentence's predicate)
    "外務省は、朝鮮ウォルミ海運会社への制裁を先送りする一方、ポンサン計算機会社を資産凍結等の"
    "措置の対象に指定した。",
])
def test_a_sanction_put_off_beside_one_made(ja: JapanesePipeline, text: str) -> None:
    assert designated(ja, text) == {("Japan", "ポンサン計算機会社")}


def test_both_made_in_two_clauses_stay(ja: JapanesePipeline) -> None:
    text = ("外務省は、ポンサン計算機会社を資産凍結等の措置の対象に指定したが、朝鮮ウォルミ海運会社"
            "についても同日指定した。")
    assert designated(ja, text) == {("Japan", "ポンサン計算機会社"),
                                    ("Japan", "朝鮮ウォルミ海運会社")}

