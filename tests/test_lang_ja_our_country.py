"""我が国 ("our country") in a Japanese text is Japan in Japan's own voice only: in a report
another state issued, it names Japan where a Japanese body or government is the speaker,
and no state where anyone else says it (native_actors.yaml `spoken`). Our own sentences with
invented names, through the real GiNZA pipeline."""

from __future__ import annotations

from extract.lang.ja import JapanesePipeline
from graph.model import Extraction
from tests.ja_text import run

US_TREASURY = [{"country": "US", "agency": "Department of the Treasury"}]
JAPAN = [{"country": "JP", "agency": "Ministry of Foreign Affairs"}]


def _holders(result: Extraction, surface: str) -> list[str]:
    """The entities that hold a mention written `surface`, in text order."""
    found = sorted((m.start, e.name) for e in result.entities for m in e.mentions
                   if m.text == surface)
    return [name for _start, name in found]


def test_our_country_in_a_us_report(ja: JapanesePipeline) -> None:
    text = ("米国務省は8日、北朝鮮の技術者を派遣したとしてタムラク交易会社を制裁対象に指定した。"
            "日本政府は9日、「我が国も、同社を資産凍結等の措置の対象とした」と発表した。"
            "韓国の研究者は「我が国の対応は遅れている」と指摘した。")
    assert _holders(run(ja, text, issuers=US_TREASURY), "我が国") == ["Japan"]


def test_our_country_in_a_japanese_release(ja: JapanesePipeline) -> None:
    text = "我が国は、北朝鮮のIT労働者の派遣に関与したタムラク交易会社を資産凍結の対象とした。"
    assert _holders(run(ja, text, issuers=JAPAN), "我が国") == ["Japan"]
