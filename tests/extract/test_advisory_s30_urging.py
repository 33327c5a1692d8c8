"""A gerund that governs a clause or an adverb of its own is a verb, not a modifier of the
noun after it: in "a joint statement urging companies worldwide to guard against ..." the
audience is "companies", never "urging companies" (sentence invented for the test)."""

from __future__ import annotations

from tests.extract.conftest import extract

_NEWS = [{"country": "KR", "agency": "Yonhap"}]


def test_the_urged_companies_are_the_audience() -> None:
    result = extract("Japan, South Korea and the United States on Monday issued a joint "
                     "statement urging companies worldwide to guard against hiring North "
                     "Korean IT workers.", doc_type="news", issuers=_NEWS)
    unnamed = {e.name for e in result.entities if e.unnamed}
    assert not any(n.lower().startswith("urging") for n in unnamed)
