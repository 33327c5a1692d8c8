"""ヴ writes a v in a katakana name: its reading, and so the id of a person or a body named
only in katakana, keeps the v (ヴィ vi, ヴェ ve, ヴォ vo) instead of dropping it."""

from __future__ import annotations

from extract.lang.ja import JapanesePipeline
from extract.lang.kana_names import katakana_to_romaji
from tests.ja_text import run


def test_the_v_row_reads_with_a_v() -> None:
    assert katakana_to_romaji("ヴェロニカ・ヴォルコワ") == "veronika vorukowa"
    assert katakana_to_romaji("ヴ") == "vu"


def test_a_katakana_name_keeps_its_v_in_its_id(ja: JapanesePipeline) -> None:
    result = run(ja, "米財務省は2日、ヴィタリー・ソモフ氏を制裁対象に指定した。")
    persons = [e.id for e in result.entities if e.type == "Person"]
    assert persons and all("vitarii" in p for p in persons), persons
