"""'The three countries issued a joint statement': a definite plural of states stands for the
states the text named before, which issued the statement; nothing when none were named or
the statement is only planned."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract

_MET = "Diplomats from South Korea, Japan and the United States met in Tokyo on Tuesday. "


def _issued(text: str) -> set[tuple[str, str]]:
    result = extract(text, doc_type="news")
    names = {e.id: e.name for e in result.entities}
    return {(names[r.source], names[r.target]) for r in result.relations if r.type == "ISSUED"}


@pytest.mark.parametrize("sentence", [
    "The three countries issued a joint statement on Wednesday urging companies to be "
    "vigilant about North Korean IT workers.",
    "The three governments released a joint statement on North Korean IT workers on "
    "Wednesday.",
])
def test_the_states_named_before_issued_it(sentence: str) -> None:
    issuers = {source for source, _ in _issued(_MET + sentence)}
    assert issuers == {"South Korea", "Japan", "United States"}


@pytest.mark.parametrize("text", [
    _MET + "The three countries will issue a joint statement on North Korean IT workers "
    "next week.",
    _MET + "The three countries did not issue a joint statement on North Korean IT workers.",
    "The countries issued a joint statement on North Korean IT workers on Wednesday.",
])
def test_no_issuer_when_planned_denied_or_never_named(text: str) -> None:
    assert _issued(text) == set()
