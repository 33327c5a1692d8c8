"""The targets of an act named in the sentence before: a sanction announced or decided with
no target (…制裁を発表した。) and then a bare 対象 verb with its objects (AとBを対象に追加
した。) designates them by the act's actor. 対象 with a modifier of its own (監査の対象), a
relative clause (…を対象とした会合) or a plan (対象とする予定だ) names no target. Our own
sentences with invented names, through the real GiNZA pipeline."""

from __future__ import annotations

from extract.lang.ja import JapanesePipeline
from tests.ja_designators import designations
from tests.ja_text import run

US_NEWS = [{"country": "US", "agency": "Department of the Treasury"}]


def test_bare_target_verb_continues_the_act(ja: JapanesePipeline) -> None:
    text = ("米財務省は8日、北朝鮮の外貨獲得に関わったとして追加の制裁を発表した。"
            "チョンウン電子会社と、ユン・ソンホ氏を対象に追加した。")
    assert designations(run(ja, text, issuers=US_NEWS)) == {
        ("United States", "チョンウン電子会社"), ("United States", "ユン・ソンホ")}


def test_other_measures_and_plans_name_no_target(ja: JapanesePipeline) -> None:
    text = ("米財務省は8日、北朝鮮の外貨獲得に関わったとして追加の制裁を発表した。"
            "ミンジュ会計会社を監査の対象とし、記録を調べる。\n\n"
            "米財務省は9日、新たな制裁を発表した。地元企業を対象とした会合をタンホ物産と開いた。\n\n"
            "米財務省は10日、新たな制裁を発表した。ソルメ交易会社を対象とする予定だ。")
    assert designations(run(ja, text, issuers=US_NEWS)) == set()
