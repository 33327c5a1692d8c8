"""The cabinet's approval of asset-freeze measures (閣議で…に対する資産凍結等の措置を了解した,
…について資産凍結等の措置の実施を了解した, …措置を閣議で了解した) designates the bodies and
persons it names, and a sentence after it that names the targets (対象となるのは…) continues
it; an approval still to come is none. Through the real GiNZA pipeline, our own sentences
and invented names."""

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
    # the cabinet named after the measure: 措置を(当日の)閣議で了解/閣議において決定した,
    # each name of the coordination a target
    ("我が国は、朝鮮ピルス商業銀行とノクサン通信交流社に対する資産凍結等の措置を閣議で了解"
     "した。", {("Japan", "朝鮮ピルス商業銀行"), ("Japan", "ノクサン通信交流社")}),
    ("政府は、朝鮮ピルス商業銀行、ノクサン通信交流社並びにチュ・ミョンハクについて、資産凍結"
     "等の措置の実施を12日の閣議において決定した。",
     {("Japan", "朝鮮ピルス商業銀行"), ("Japan", "ノクサン通信交流社"),
      ("Japan", "チュ・ミョンハク")}),
])
def test_the_cabinet_approval_designates(ja: JapanesePipeline, text: str,
                                         expected: set[tuple[str, str]]) -> None:
    assert designated(ja, text) == expected


@pytest.mark.parametrize("text", [
    "政府は、朝鮮ソヌル産業会社に対する資産凍結等の措置を近く閣議で了解する方針だ。",
    "政府は朝鮮ソヌル産業会社に対する資産凍結等の措置の実施を了解しなかった。",
    "政府は、朝鮮ピルス商業銀行及びノクサン通信交流社について資産凍結等の措置を閣議で了解する"
    "見通しだ。",
])
def test_an_approval_to_come_is_none(ja: JapanesePipeline, text: str) -> None:
    assert designated(ja, text) == set()
