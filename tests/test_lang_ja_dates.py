"""同日 and 同月N日 take the date of the sentence before that gives one (extract/lang/
ja_dates.py), through the real GiNZA pipeline; our own wording, invented names."""

from __future__ import annotations

from extract.lang.ja import JapanesePipeline
from graph.model import Extraction
from tests.ja_text import run as run_ja


def run(ja: JapanesePipeline, text: str) -> Extraction:
    return run_ja(ja, text, "2026-03-31")


def designation_dates(result: Extraction) -> dict[str, str]:
    names = {e.id: e.name for e in result.entities}
    return {names[r.source]: r.properties.get("date", "") for r in result.relations
            if r.type == "DESIGNATED"}


def test_the_same_day_is_the_day_of_the_sentence_before(ja: JapanesePipeline) -> None:
    result = run(ja, "米財務省外国資産管理室（OFAC）は12日、朝鮮ナムサン貿易会社を制裁対象に"
                     "指定した。韓国政府も同日、朝鮮ナムサン貿易会社を独自制裁の対象に指定した。")
    dates = designation_dates(result)
    assert dates["South Korea"] == "2026-03-12"


def test_the_nth_of_the_same_month_takes_the_month_before(ja: JapanesePipeline) -> None:
    result = run(ja, "米財務省外国資産管理室（OFAC）は2025年11月4日、朝鮮ナムサン貿易会社を"
                     "制裁対象に指定した。日本政府は同月28日、朝鮮ナムサン貿易会社を資産凍結の"
                     "対象に指定した。")
    assert designation_dates(result)["Japan"] == "2025-11-28"


def test_without_a_date_before_the_document_dates_it(ja: JapanesePipeline) -> None:
    # 同社 ("the company") is no date; nothing dated comes before 同日
    result = run(ja, "韓国政府は同日、朝鮮ナムサン貿易会社を独自制裁の対象に指定した。")
    assert designation_dates(result)["South Korea"] == "2026-03-31"
