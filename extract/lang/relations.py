"""Apply the frames of extract/lang/frames.py to a Japanese or Korean document.

Roles come from word order and particles: the actor is the state or agency marked as topic
or subject (with the actors coordinated before it: 外務省、警察庁及び財務省は), the patients
are the persons and organizations of the sentence that are not actors and not mentioned
only as what someone belongs to (313총국 소속 X: X, not the bureau). A designation sentence
without patients takes the list that follows it (one name per line).
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, Span
from extract.lang.dates import find_dates
from extract.lang.frames import CUES, FRAMES, Frame, LanguageCues

ACTORS = ("Country", "Agency")
TARGETS = ("Person", "Organization")
# "3국", "3か国", "政府" between 日米韓 and its particle
_COUNT_WORDS = re.compile(r"^\s*(?:[3３三]\s*(?:국|개국|か国|カ国|ヶ国))?\s*(?:정부|政府)?")
_LIST_MARKS = ("-", "・", "△", "○", "•", "*", "①", "1.", "(1)", "ㆍ")


def _subjects(builder: DocBuilder, span: Span, cues: LanguageCues,
              before: int) -> list[Found]:
    """Actors marked as topic/subject before `before`, with those coordinated with them."""
    text = builder.text
    actors = builder.in_span(Span(span.start, before), ACTORS)
    for index in range(len(actors) - 1, -1, -1):
        head = actors[index]
        if not cues.subject.match(text[head.end:head.end + 12]):
            continue
        group = [head]
        for prev in reversed(actors[:index]):
            gap = text[prev.end:group[0].start]
            if not cues.coordinator.match(gap):
                break
            group.insert(0, prev)
        return group
    return []


def _sentence_date(builder: DocBuilder, span: Span, cues: LanguageCues) -> str:
    for date in find_dates(span.text(builder.text), builder.meta.date):
        after = builder.text[span.start + date.end:span.start + date.end + 6]
        if not cues.effective.match(after):
            return date.iso
    return ""


def _dated(builder: DocBuilder, span: Span, cues: LanguageCues,
           recalled: bool) -> tuple[dict[str, str], str] | None:
    """(date properties, basis); None when an act the sentence only recalls has no date."""
    date = _sentence_date(builder, span, cues)
    if date:
        return {"date": date}, "sentence"
    if recalled:
        return None
    return ({"date": builder.meta.date}, "document") if builder.meta.date else ({}, "")


def _patients(builder: DocBuilder, span: Span, cues: LanguageCues,
              actors: list[Found]) -> list[Found]:
    actor_ids = {a.id for a in actors}
    out = []
    for found in builder.in_span(span, TARGETS):
        if found.id in actor_ids or found.unnamed:
            continue
        if found.properties.get("kind") == "worker_group":
            continue  # "North Korean IT workers" as a class is not a listed target
        if found.type == "Organization" and cues.affiliation.match(
                builder.text[found.end:found.end + 8]):
            continue
        out.append(found)
    return out


def _following_list(builder: DocBuilder, spans: list[Span], index: int) -> list[Found]:
    """Persons and organizations of the list items right after sentence `index`."""
    out: list[Found] = []
    for span in spans[index + 1:]:
        line = span.text(builder.text).lstrip()
        if not line.startswith(_LIST_MARKS):
            break
        items = builder.in_span(span, TARGETS)
        if items:
            out.append(items[0])
    return out


def _self_country(builder: DocBuilder) -> Found | None:
    for found in builder.found:
        if found.type == "Country" and found.properties.get("self"):
            return found
    return None


def _trilateral(builder: DocBuilder, span: Span, cues: LanguageCues, before: int) -> list[str]:
    match = cues.trilateral.search(builder.text, span.start, before)
    if match and cues.subject.match(_COUNT_WORDS.sub("", builder.text[match.end():
                                                                      match.end() + 16])):
        return ["country:US", "country:JP", "country:KR"]
    return []


def apply_frames(builder: DocBuilder, spans: list[Span]) -> None:
    cues = CUES[builder.lang]
    for index, span in enumerate(spans):
        sentence = span.text(builder.text)
        for frame in FRAMES[builder.lang]:
            match = frame.predicate.search(sentence)
            if match is None:
                continue
            tail = sentence[match.start():]
            if cues.future.search(tail[:40]) or cues.negation.search(tail[:24]):
                continue  # a plan or a negated act is not a relation
            recalled = bool(cues.recall.search(sentence))
            dated = _dated(builder, span, cues, recalled)
            if dated is None:
                continue
            _apply(builder, frame, spans, index, span, span.start + match.start(), dated)


def _apply(builder: DocBuilder, frame: Frame, spans: list[Span], index: int, span: Span,
           at: int, dated: tuple[dict[str, str], str]) -> None:
    cues = CUES[builder.lang]
    props, basis = dated
    actors = _subjects(builder, span, cues, at)
    actor_ids = [a.id for a in actors]
    trilateral = _trilateral(builder, span, cues, at)
    if trilateral:
        actor_ids = [i for i in trilateral if i in builder.entities]
    confidence = frame.confidence
    if frame.relation == "DESIGNATED":
        patients = _patients(builder, span, cues, actors)
        if not patients:
            patients = _following_list(builder, spans, index)
            confidence -= 0.1
        if not actor_ids:
            own = _self_country(builder)
            if own is None:
                return
            actor_ids = [own.id]
            confidence -= 0.05
        for actor in actor_ids:
            for patient in patients:
                builder.relate("DESIGNATED", actor, patient.id, span, frame=frame.name,
                               confidence=confidence, properties=props, date_basis=basis)
    elif frame.relation == "ISSUED":
        advisories = builder.in_span(Span(span.start, span.end), ("Advisory",))
        for advisory in advisories:
            for actor in actor_ids:
                builder.relate("ISSUED", actor, advisory.id, span, frame=frame.name,
                               confidence=confidence, properties=props, date_basis=basis)
    elif frame.relation == "WARNS_ABOUT":
        sources = [a.id for a in builder.in_span(span, ("Advisory",))]
        if not sources:
            sources = [a for a in actor_ids
                       if builder.entities[a].type in ("Agency", "Country")]
        targets = [f for f in builder.in_span(span, TARGETS) if not f.unnamed
                   and f.id not in actor_ids]
        for source in sources:
            for target in targets:
                builder.relate("WARNS_ABOUT", source, target.id, span, frame=frame.name,
                               confidence=confidence - 0.05)
