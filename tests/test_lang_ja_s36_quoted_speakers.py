"""A designation said inside a quotation is the act of the state its speaker speaks for: a
government post (財務相, 報道官) with the state or agency named before it, else the issuing
state; never the speaker as a person. A quotation by a speaker with no government post (an
economist, a firm) states no designation. Our own sentences with invented names, through
the real GiNZA pipeline."""

from __future__ import annotations

from extract.lang.ja import JapanesePipeline
from tests.ja_designators import designations
from tests.ja_text import run

US_NEWS = [{"country": "US", "agency": "Department of the Treasury"}]
KR_NEWS = [{"country": "KR", "agency": "Ministry of Foreign Affairs"}]


def test_post_speaks_for_the_state_named_before_it(ja: JapanesePipeline) -> None:
    text = ("米財務省は20日、ヨンミ通商会社を制裁対象に指定した。"
            "これを受け、日本の財務相は21日、「我が国もチュンソク電子会社を資産凍結の対象とした」"
            "と記者団に語った。")
    assert designations(run(ja, text, issuers=US_NEWS)) == {
        ("United States", "ヨンミ通商会社"), ("Japan", "チュンソク電子会社")}


def test_post_after_the_quotation(ja: JapanesePipeline) -> None:
    text = "「トンイル技術会社を独自制裁の対象に加えました」と日本の外務報道官は説明した。"
    assert designations(run(ja, text, issuers=KR_NEWS)) == {("Japan", "トンイル技術会社")}


def test_speakers_without_a_post_state_no_designation(ja: JapanesePipeline) -> None:
    text = ("経済学者のソン・ミンホ氏は「韓国はクァンミョン物産を制裁対象に指定した」と話した。"
            "民間の調査会社の専門家は「米国はサンウォル交易会社を制裁対象に加えた」と指摘した。")
    assert designations(run(ja, text, issuers=KR_NEWS)) == set()


def test_post_as_the_subject_acts_for_its_state(ja: JapanesePipeline) -> None:
    text = ("米財務省は2日、サムボ交易会社を制裁対象に指定した。"
            "日本の外相の大槻透氏は3日の記者会見で、新たにクムナム電子会社を資産凍結の対象に"
            "指定したと発表した。")
    assert designations(run(ja, text, issuers=US_NEWS)) == {
        ("United States", "サムボ交易会社"), ("Japan", "クムナム電子会社")}
