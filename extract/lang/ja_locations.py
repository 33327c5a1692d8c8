"""Where a person or company is, in the constructions Japanese texts use (LOCATED_IN).

- A place right before the name, tied to it: ロシア在住のX, 瀋陽に拠点を置くX, ラオスにあるX,
  中国・丹東を拠点とするX, 平壌所在のX.
- The name as the subject, the place with a verb of being based there: Xは、ラオスに拠点を
  置き…, Xは中国やロシアで活動している (every place coordinated before the verb).

A city gives its state (native_places.yaml) and stays as the `place` property. Never sure
(0.75): where someone "is active" is looser than where a company is registered.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, Span
from extract.lang.cues import CUES
from extract.lang.native import NativeGazetteer

_BASED = (r"(?:在住|所在|に住む|に拠点を置く|に拠点を置いている|を拠点とする|を拠点にする|にある|"
          r"に本社を置く)")
_VERB = re.compile(r"^\s*(?:に|で)\s*(?:拠点を置|拠点を構え|活動し|活動す|居住し|居住す|滞在し|"
                   r"滞在す|所在し|所在す|住み|住んで|潜伏し|派遣されて)")
_CONFIDENCE = 0.75


Place = tuple[int, int, str, str]


def places_in(builder: DocBuilder, native: NativeGazetteer, span: Span) -> list[Place]:
    """(start, end, state id, city) of each state or listed city in the span."""
    out = [(f.start, f.end, f.id, "") for f in builder.in_span(span, ("Country",))
           if f.alias and not f.properties.get("self")]
    text = builder.text
    for name, code in native.places["ja"].items():
        if not code:
            continue
        start = text.find(name, span.start, span.end)
        while start >= 0:
            out.append((start, start + len(name), f"country:{code}", name))
            start = text.find(name, start + len(name), span.end)
    return sorted(out)


def _state(builder: DocBuilder, start: int, end: int, state: str) -> str | None:
    """The state's entity, added with the city's mention when the text names only a city."""
    if state not in builder.entities:
        code = state.split(":", 1)[1]
        english = builder.native_country(code)
        if english is None:
            return None
        builder.add(Found(start, end, builder.text[start:end], "Country", state, english,
                          properties={"code": code}, confidence=0.85, alias=False), shared=True)
    return state


def located(builder: DocBuilder, who: Found, place: Place, span: Span,
            frame: str) -> None:
    state = _state(builder, place[0], place[1], place[2])
    if state is None or state == who.id:
        return
    props = {"place": place[3]} if place[3] else {}
    builder.relate("LOCATED_IN", who.id, state, span, frame=frame, confidence=_CONFIDENCE,
                   properties=props)


def apply_locations(builder: DocBuilder, native: NativeGazetteer, spans: list[Span]) -> None:
    cues = CUES["ja"]
    text = builder.text
    before_name = re.compile(r"^\s*(?:・[^、。\s]{1,6})?\s*" + _BASED + r"\s*(?:の)?\s*$")
    for span in spans:
        places = places_in(builder, native, span)
        if not places:
            continue
        targets = [f for f in builder.in_span(span, ("Person", "Organization"))
                   if not f.unnamed]
        for who in targets:
            # ロシア在住のX / 瀋陽に拠点を置くX: the place, a "based" word, then the name
            near = [p for p in places if p[1] <= who.start and who.start - p[1] <= 14]
            if near and before_name.match(text[near[-1][1]:who.start]):
                located(builder, who, near[-1], span, "location-before.ja.v1")
                continue
            # Xは、…ラオスに拠点を置き: the subject, then the places before a "based" verb
            if not cues.subject.match(text[who.end:who.end + 12]):
                continue
            later = [p for p in places if p[0] > who.end]
            group: list[Place] = []
            for place in later:
                if group and not re.match(r"^\s*(?:、|や|及び|および|と|・)\s*$",
                                          text[group[-1][1]:place[0]]):
                    group = []
                group.append(place)
                if _VERB.match(text[place[1]:place[1] + 12]):
                    for item in group:
                        located(builder, who, item, span, "location-subject.ja.v1")
                    break
