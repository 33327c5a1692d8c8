"""Designators of a Korean report beyond its sentence's readable subject.

Unknown actors. A designation whose clause names its own actor, one the gazetteer does not
know (캐나다 정부는, 호주 외교부는, X 당국이 … 지정했다), has that body as designator: never
the issuing state or the designator named before (a false designator is worse than none).

The lede.
A report may open with its actor and a figure of speech ("미국 정부가 북한 IT 인력 송출
조직에 철퇴를 내렸다": came down hard on) and then tell the designation as an agentless
passive ("A, B 및 C가 제재 명단에 올랐다"). No designation frame reads the lede, so no
designator is known when the passive comes: the lede's subject is the designator, when it
is a state or an agency of a state the document's front matter lists among its issuers (the
report is about that state's act), never North Korea. A lede whose subject is some other
state (한국 정부는 … 우려를 표명했다) gives none.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Span
from extract.lang.cues import CUES
from extract.lang.roles import actors_of, state_of


def lede_designators(builder: DocBuilder, spans: list[Span]) -> list[str]:
    if builder.lang != "ko" or not spans:
        return []
    lede = spans[0]
    issuers = {i.get("country") for i in builder.meta.issuers if i.get("country")}
    out: list[str] = []
    for actor in actors_of(builder, lede, CUES["ko"], lede.end):
        state = state_of(builder, actor.id, lede)
        code = state.split(":", 1)[1] if state.startswith("country:") else ""
        if code and code != "KP" and code in issuers:
            out.append(actor.id)
    return out


# a subject the sentence names: a government, ministry, authority or union, with its
# bracketed short name, then its particle (not 관계 부처, 각국 정부, 양국 정부, 해당 당국:
# words that refer back or to those concerned)
_UNKNOWN_SUBJECT = re.compile(r"(?<![가-힣])(?!관계|각국|양국|해당|동\s|이\s|그\s)"
                              r"(?:[가-힣]{1,10}\s)?[가-힣]{0,10}(?:정부|당국|연합|외교부|외무부|"
                              r"재무부|국무부|법무부|상무부|외무성|위원회)"
                              r"(?:\s*\([^)]{1,20}\))?\s*(?:은|는|이|가)(?![가-힣])")


def names_unknown_ko_actor(builder: DocBuilder, start: int, at: int) -> bool:
    """Does the clause before a designation predicate name an actor we could not read? A
    known actor must end where the subject's noun ends (or inside its bracket)."""
    for match in _UNKNOWN_SUBJECT.finditer(builder.text, start, at):
        phrase = match.group(0)
        noun_end = match.start() + len(re.sub(r"(?:\s*\([^)]*\))?\s*(?:은|는|이|가)$", "",
                                              phrase))
        # ("the government" read after an unknown state's name, 호주 정부, is not known)
        if not any(match.start() <= f.start and f.end >= noun_end - 2 and
                   f.end <= match.end() and f.type in ("Country", "Agency") and
                   not (f.properties.get("self") and f.start > match.start())
                   for f in builder.found):
            return True
    return False
