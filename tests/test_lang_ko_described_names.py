"""A description between a person cue and a Korean name is no part of the name: 재미동포
("a Korean living in the US"), 재일교포, 귀화시민 are compounds of words the analyzer knows
(재미 + 동포), not a foreign name it cut up, so after "X주에 사는" the person is the name
with its age or 씨, not a run of the description and the name. Made-up sentences with
invented names, through the real Kiwi pipeline."""

from __future__ import annotations

import pytest

from extract.lang.ko import KoreanPipeline
from tests.lang_facts import case_defendants, read_ko_court_news


@pytest.mark.parametrize(("text", "name"), [
    ("텍사스주에 거주하는 재미동포 추민경 씨가 북한 IT 노동자들에게 노트북을 보내준 혐의로 "
     "기소됐다.", "추민경"),
    ("미국 법원은 오사카 출신의 재일교포 여동필(61)에게 징역 3년을 선고했다.", "여동필"),
    ("미국 법원은 캘리포니아주에 사는 귀화시민 탁윤서(39)에게 징역 2년을 선고했다.", "탁윤서"),
], ids=["resident-compatriot", "born-in-japan", "naturalized"])
def test_a_description_before_a_name_stays_out_of_it(ko: KoreanPipeline, text: str,
                                                      name: str) -> None:
    result = read_ko_court_news(ko, text, "북한 IT 노동자 조력자 재판")
    persons = {min(e.mentions, key=lambda m: m.start).text for e in result.entities
               if e.type == "Person"}
    assert name in persons
    assert not {p for p in persons if p.endswith(name) and p != name}
    assert set().union(*case_defendants(result).values()) == {name}
