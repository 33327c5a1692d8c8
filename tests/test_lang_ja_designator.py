"""Who designates in a Japanese sentence: the actor the sentence names (annotation: a
DESIGNATED relation starts from the Agency or Country the text says acted), as the English
frames read "OFAC designated X". A compound of a department and its office (米財務省外国資産
管理室) is the office; 同室 is the office named last; a state or its government (韓国政府,
我が国) is the state; an agentless passive continues the designator named before it."""

from __future__ import annotations

import pytest

from extract.lang.ja import JapanesePipeline
from graph.model import DocumentMeta

OFAC, TREASURY = "Office of Foreign Assets Control", "Department of the Treasury"
_FIRM, _OTHER = "朝鮮ハンマル貿易会社", "朝鮮ソンボン技術会社"



def designated(ja: JapanesePipeline, text: str) -> set[tuple[str, str]]:
    """(designator's English name, target as first written)."""
    result = ja.extract(text, DocumentMeta(id="t", date="2026-03-04"))
    names = {e.id: e.name if e.type in ("Country", "Agency") else
             min(e.mentions, key=lambda m: m.start).text if e.mentions else e.name
             for e in result.entities}
    return {(names[r.source], names[r.target]) for r in result.relations
            if r.type == "DESIGNATED"}


@pytest.mark.parametrize(("text", "expected"), [
    # the office inside its department's name designates, not the department, not the state
    (f"米財務省外国資産管理室（OFAC）は4日、{_FIRM}を制裁対象に指定した。", {(OFAC, _FIRM)}),
    # the department named alone
    (f"米財務省は4日、北朝鮮IT労働者の派遣に関わったとして{_FIRM}を制裁対象に加えた。",
     {(TREASURY, _FIRM)}),
    # a state's government is the state
    (f"韓国政府は4日、{_FIRM}を独自制裁の対象に指定した。", {("South Korea", _FIRM)}),
    # 同室 ("the same office") is the office named before
    (f"米財務省外国資産管理室は4日、{_FIRM}を制裁対象に指定した。同室は{_OTHER}も指定した。",
     {(OFAC, _FIRM), (OFAC, _OTHER)}),
    # an agentless passive continues the designator of the sentence before it
    (f"米財務省外国資産管理室は4日、{_FIRM}を制裁対象に指定した。{_OTHER}も制裁対象となった。",
     {(OFAC, _FIRM), (OFAC, _OTHER)}),
])
def test_the_named_actor_designates(ja: JapanesePipeline, text: str,
                                    expected: set[tuple[str, str]]) -> None:
    assert designated(ja, text) == expected


@pytest.mark.parametrize("text", [
    # a plan, and an office that only reports another's act, designate nothing
    f"米財務省外国資産管理室は{_FIRM}を制裁対象に指定する方針だ。",
    f"米財務省外国資産管理室は、{_FIRM}が指定される可能性があるとの見方を示した。",
])
def test_no_designation_without_the_act(ja: JapanesePipeline, text: str) -> None:
    assert designated(ja, text) == set()
