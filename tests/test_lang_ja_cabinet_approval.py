"""The cabinet's approval of asset-freeze measures (閣議で…に対する資産凍結等の措置を了解した,
…について資産凍結等の措置の実施を了解した) designates the bodies and persons it names, and a
sentence after it that names the targets (対象となるのは…) continues it; an approval still
to come is none. Through the real GiNZA pipeline, our own sentences and invented names."""

from __future__ import annotations

import pytest

from extract.lang.ja import JapanesePipeline
from tests.ja_designators import designations
from tests.ja_text import run


def designated(ja: JapanesePipeline, text: str) -> set[tuple[str, str]]:
    return designations(run(ja, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("政府は20日の閣議で、北朝鮮の外貨稼ぎに関わった朝鮮ソヌル産業会社に対する資産凍結等の"
     "措置を了解した。", {("Japan", "朝鮮ソヌル産業会社")}),
    ("政府は閣議で、ベクト電算会社について、資産凍結等の措置の実施を了解した。",
     {("Japan", "ベクト電算会社")}),
])
def test_the_cabinet_approval_designates(ja: JapanesePipeline, text: str,
                                         expected: set[tuple[str, str]]) -> None:
    assert designated(ja, text) == expected


@pytest.mark.parametrize("text", [
    "政府は、朝鮮ソヌル産業会社に対する資産凍結等の措置を近く閣議で了解する方針だ。",
    "政府は朝鮮ソヌル産業会社に対する資産凍結等の措置の実施を了解しなかった。",
])
def test_an_approval_to_come_is_none(ja: JapanesePipeline, text: str) -> None:
    assert designated(ja, text) == set()
