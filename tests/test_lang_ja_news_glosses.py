"""Japanese news names a company once in quotes with the name it goes by glossed in brackets
(「X」（通称・Y）), and quotes a foreign state's ministry by the state and the Japanese
ministry word (中国外務省). Paragraphs of our own wording with invented names (session 28),
each with a look-alike that must not give the reading."""

from __future__ import annotations

import pytest

from extract.lang.ja import JapanesePipeline
from extract.lang.native import load_native
from graph.model import DocumentMeta, Extraction


@pytest.fixture(scope="module")
def ja() -> JapanesePipeline:
    return JapanesePipeline(load_native())


def run(ja: JapanesePipeline, text: str) -> Extraction:
    return ja.extract(text, DocumentMeta(id="t", date="2026-02-03"))


def designated(result: Extraction) -> set[tuple[str, str]]:
    names = {e.id: e.name for e in result.entities}
    return {(names[r.source], names[r.target]) for r in result.relations
            if r.type == "DESIGNATED"}


def test_glossed_quote_is_a_target_and_its_alias_names_it_later(ja: JapanesePipeline) -> None:
    result = run(ja, "米財務省外国資産管理室（OFAC）は5日、IT企業1社を制裁対象に指定したと"
                     "発表した。"
                     "対象は、中国遼寧省大連市の「大連青霞軟件」（通称・青霞ソフト）。"
                     "財務省によると、青霞ソフトは北朝鮮の技術者を雇っていた。")
    org = next(e for e in result.entities if e.name == "大連青霞軟件")
    assert "青霞ソフト" in org.aliases
    assert len([m for m in org.mentions if m.text == "青霞ソフト"]) == 2
    assert ("Office of Foreign Assets Control", "大連青霞軟件") in designated(result)
    assert not any(e.name == "青霞ソフト" for e in result.entities if e.id != org.id)


def test_a_country_name_gloss_is_an_alias(ja: JapanesePipeline) -> None:
    result = run(ja, "米財務省外国資産管理室は5日、ロシア所在の「ノルド・ブライト」"
                     "（北朝鮮名：紅星技術会社）を制裁対象に追加したと発表した。")
    org = next(e for e in result.entities if e.name == "ノルド・ブライト")
    assert "紅星技術会社" in org.aliases
    assert len([e for e in result.entities if e.type == "Organization"]) == 1


def test_a_bracketed_place_or_a_quote_is_no_gloss(ja: JapanesePipeline) -> None:
    # a bracket that glosses no name, and a quoted remark with no gloss at all
    result = run(ja, "同社は「不正な収入を断つ」（長官）と強調した。"
                     "「青霞」（大連市）の関係者が語った。")
    assert not any("長官" in a or "大連市" in a for e in result.entities for a in e.aliases)
    assert not any(e.name == "不正な収入を断つ" for e in result.entities)


def test_a_foreign_states_ministry_is_not_japans(ja: JapanesePipeline) -> None:
    result = run(ja, "これに対し、中国外務省の報道官は記者会見で反対する考えを示した。")
    agencies = {e.name for e in result.entities if e.type == "Agency"}
    assert "Ministry of Foreign Affairs of China" in agencies
    assert "Ministry of Foreign Affairs of Japan" not in agencies
    look_alike = run(ja, "外務省は同日、北朝鮮に関する注意喚起を公表した。日本外務省も同様だ。")
    agencies = {e.name for e in look_alike.entities if e.type == "Agency"}
    assert agencies == {"Ministry of Foreign Affairs of Japan"}
