"""Japanese shapes that real releases and reports write (session 40), through the real GiNZA
pipeline, in our own wording with invented names: Seoul's foreign ministry written 外交部
alone, 北韓 for North Korea, a reading inside a company's name, a Korean family name inside
a Chinese firm's name, the bare 外務省 once a report comes back to Japan, a weapon's
abbreviation in brackets, a list line's katakana name with its Latin spelling and English
post, and a Korean name with its Hangul in brackets. Each has a look-alike that must give
nothing more."""

from __future__ import annotations

from extract.lang.ja import JapanesePipeline
from tests.ja_designators import designations
from tests.ja_text import run

US, JP, KR = "United States", "Japan", "South Korea"
MOFA_KR = "agency:ministry-of-foreign-affairs-of-the-republic-of-korea"


def test_bare_gaikoubu_after_korea_is_seouls_ministry_and_no_target(
        ja: JapanesePipeline) -> None:
    text = ("韓国政府は北朝鮮のIT技術者への対応を強めている。外交部は5日、北韓のIT企業の幹部"
            "であるチョ・ミンソクを独自制裁の対象に指定したと発表した。")
    result = run(ja, text)
    types = {e.name: e.type for e in result.entities}
    assert MOFA_KR in {e.id for e in result.entities}
    assert "外交部" not in types and "北韓" not in types
    assert designations(result) == {(KR, "チョ・ミンソク")}


def test_bare_gaikoubu_with_china_also_named_names_no_one(ja: JapanesePipeline) -> None:
    # look-alike: China and South Korea both named before: whose 外交部 stays open
    text = "中国と韓国の高官が会談した。外交部は5日、会談の内容を説明した。"
    assert MOFA_KR not in {e.id for e in run(ja, text).entities}


def test_bare_gaikoubu_with_no_state_named_names_no_one(ja: JapanesePipeline) -> None:
    text = "外交部は5日、会談の内容を説明した。"
    assert MOFA_KR not in {e.id for e in run(ja, text).entities}
