"""A capital followed by a comma is a dateline or an address, unless another capital follows:
"Washington, Seoul and Tokyo released ..." lists three states acting together."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract


def _issuers(text: str) -> set[str]:
    result = extract(text, doc_type="news")
    names = {e.id: e.name for e in result.entities}
    return {names[r.source] for r in result.relations if r.type == "ISSUED"}


@pytest.mark.parametrize("text", [
    "Washington, Seoul and Tokyo released a joint statement on North Korean IT workers "
    "on Aug. 27.",
    "Seoul, Washington, and Tokyo said in a joint statement that the workers funded weapons "
    "programs.",
])
def test_the_first_capital_of_a_list_of_capitals_acts_with_the_others(text: str) -> None:
    assert _issuers(text) == {"United States", "South Korea", "Japan"}


@pytest.mark.parametrize("text", [
    # a dateline: the city where the report was filed, then the report
    "SEOUL, Aug. 27 (Yonhap) -- Japan and the United States issued a joint statement on "
    "North Korean IT workers.",
    "Seoul, Aug. 27 -- Japan and the United States issued a joint statement on North Korean "
    "IT workers.",
])
def test_a_dateline_stays_a_place(text: str) -> None:
    assert _issuers(text) == {"United States", "Japan"}


def test_capitals_after_a_place_word_stay_places() -> None:
    assert _issuers("Officials from Japan issued a joint statement after meetings in "
                    "Washington, Seoul and Tokyo.") <= {"Japan"}
