"""Where persons and companies are (LOCATED_IN) in Japanese constructions, through the real
GiNZA pipeline; our own sentences and invented names, each with a look-alike."""

from __future__ import annotations

import pytest

from extract.lang.ja import JapanesePipeline
from graph.model import DocumentMeta


def located(ja: JapanesePipeline, text: str) -> set[tuple[str, str, str]]:
    result = ja.extract(text, DocumentMeta(id="t", date="2026-02-03"))
    names = {e.id: e for e in result.entities}
    return {(min(names[r.source].mentions, key=lambda m: m.start).text, r.target,
             r.properties.get("place", "")) for r in result.relations if r.type == "LOCATED_IN"}


def test_place_tied_before_the_name(ja: JapanesePipeline) -> None:
    """ロシア在住のX, 瀋陽に拠点を置くX (a city gives its state and stays as the place)."""
    assert located(ja, "ロシア在住のキム・ハヌルが関与した。") == {
        ("キム・ハヌル", "country:RU", "")}
    assert located(ja, "瀋陽に拠点を置く朝鮮空色貿易会社が関与した。") == {
        ("朝鮮空色貿易会社", "country:CN", "瀋陽")}


def test_subject_based_in_coordinated_places(ja: JapanesePipeline) -> None:
    """Xは、中国やロシアで活動している: both places."""
    assert located(ja, "キム・ハヌルは、中国やロシアで活動しているとされる。") == {
        ("キム・ハヌル", "country:CN", ""), ("キム・ハヌル", "country:RU", "")}


@pytest.mark.parametrize("sentence", [
    "キム・ハヌルは、ロシアの企業と取引した。",  # a place that is not where X is
    "ロシアはキム・ハヌルを非難した。",  # a state as actor
    "キム・ハヌルは中国から送金した。",  # a place money came from
])
def test_places_that_are_not_where_someone_is(ja: JapanesePipeline, sentence: str) -> None:
    assert located(ja, sentence) == set()
