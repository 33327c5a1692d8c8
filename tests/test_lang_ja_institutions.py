"""Bodies named by an institutional head (総局, センター, 大学, 学院, 研究院, 公社) are designation
targets; the same heads as common nouns (a reference, a kind, a newspaper's bureau) are no
name. Our own sentences with invented names, through the real GiNZA pipeline."""

from __future__ import annotations

from extract.lang.ja import JapanesePipeline
from extract.lang.ja_institutions import institution_kind
from tests.ja_designators import government
from tests.ja_text import run

JAPAN = [{"country": "JP", "agency": "Ministry of Foreign Affairs"}]


def _designated(ja: JapanesePipeline, text: str) -> set[tuple[str, str]]:
    result = run(ja, text, issuers=JAPAN)
    names = {e.id: e for e in result.entities}
    return {(government(names[r.source]) or names[r.source].name, names[r.target].name)
            for r in result.relations if r.type == "DESIGNATED"}


def test_institutions_listed_as_targets(ja: JapanesePipeline) -> None:
    text = ("政府は5日、朝鮮ノグァン総局、トゥレギ電子センター及び平壌ムンス科学学院を"
            "資産凍結等の措置の対象とした。")
    assert _designated(ja, text) == {("Japan", "朝鮮ノグァン総局"),
                                     ("Japan", "トゥレギ電子センター"),
                                     ("Japan", "平壌ムンス科学学院")}


def test_references_and_kinds_name_no_body(ja: JapanesePipeline) -> None:
    text = ("【ワシントン総局】政府は、同センターや各大学、海外のデータセンターに注意を呼び掛けた。"
            "ワシントン総局によると、サポートセンターの職員が関与した。")
    result = run(ja, text, issuers=JAPAN)
    assert [e.name for e in result.entities if e.type == "Organization"] == []


def test_institution_kind_by_head() -> None:
    places = {"ソウル": "KR", "平壌": "KP"}
    assert institution_kind("朝鮮チョンマ総局", places) == "dprk_unit"
    assert institution_kind("朝鮮大同江貿易公社", places) == "company"
    assert institution_kind("カンソル情報技術研究院", places) == "other"
    for word in ("同センター", "各大学", "ソウル総局", "サポートセンター", "工業大学", "朝鮮大学",
                 "ヘルプデータセンター"):
        assert institution_kind(word, places) == "", word
