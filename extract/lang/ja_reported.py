"""The designating state of a Japanese news sentence whose actor is not its subject.

News reports often put the government that designated somewhere other than before the
verb as topic or subject (the frames of extract/lang/frames.py read only that):
- after the verb, as the source of the report: …を制裁対象に指定したと、米財務省が発表した;
- as the source a passive is reported from: 米財務省(の発表)によると、Xが制裁対象に指定された
  (only a government's own office or the state itself: a UN panel or a newspaper that reports
  a designation did not make it);
- as the owner of the sanction: Xが米国の制裁対象に指定された.
The targets are the persons and bodies of the sentence, as for the frames; a plan, a
negation or a quote states no designation (ja_modality.py).
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, Span
from extract.lang.frames import FRAMES, JA
from extract.lang.ja_modality import stated
from extract.lang.relations import ACTORS, _dated, _patients, _state_of, _subjects

_DESIGNATION = next(f.predicate for f in FRAMES["ja"] if f.name == "designation.ja.v1")
_FOLLOWUP = next(f.predicate for f in FRAMES["ja"] if f.name == "designation-followup.ja.v1")
# 新たに制裁対象となったのはA: the targets named after the designation they suffered
_LISTED = next(f.predicate for f in FRAMES["ja"] if f.name == "designation-list.ja.v1")
# …指定したと、米財務省が9日発表した: the clause ends in と, then the announcer
_THEN_SOURCE = re.compile(r"^[^。「」]{0,12}?と、?\s*$")
_ANNOUNCES = re.compile(r"^\s*(?:（[^）]{1,20}）|\([^)]{1,20}\))?\s*(?:が|は)[^。、]{0,12}?"
                        r"(?:発表|公表|明らかに)")
# 米財務省(の発表)によると、 / によりますと、
_ACCORDING = re.compile(r"^\s*(?:（[^）]{1,20}）|\([^)]{1,20}\))?\s*"
                        r"(?:の(?:発表|声明|報道発表))?\s*(?:によると|によれば|によりますと)")
# a designation suffered, not made by the subject: 指定された, 対象となった, 加えられた
_PASSIVE = re.compile(r"され|対象と(?:なっ|なる)|加えられ|含まれ")
# 米国の制裁対象, 米財務省の制裁リスト: the sanction is the state's
_OWNER = re.compile(r"^\s*の\s*(?:独自\s*)?(?:制裁|資産凍結)")


def _governmental(builder: DocBuilder, found: Found) -> bool:
    entity = builder.entities.get(found.id)
    return (found.type == "Country" and not found.properties.get("self")) or (
        entity is not None and bool(entity.properties.get("country")))


def _source_after(builder: DocBuilder, span: Span, end: int) -> list[Found]:
    text = builder.text
    for actor in builder.in_span(Span(end, span.end), ACTORS):
        if _THEN_SOURCE.match(text[end:actor.start]) and \
                _ANNOUNCES.match(text[actor.end:span.end]):
            return [actor]
    return []


def _according_to(builder: DocBuilder, span: Span, at: int) -> list[Found]:
    text = builder.text
    if not _PASSIVE.search(text, at, min(span.end, at + 40)):
        return []
    for actor in builder.in_span(Span(span.start, at), ACTORS):
        if _ACCORDING.match(text[actor.end:actor.end + 16]) and _governmental(builder, actor):
            return [actor]
    return []


def _owner(builder: DocBuilder, span: Span) -> list[Found]:
    return [a for a in builder.in_span(span, ACTORS)
            if _OWNER.match(builder.text[a.end:a.end + 8]) and _governmental(builder, a)][:1]


def apply_reported_actors(builder: DocBuilder, spans: list[Span]) -> None:
    text = builder.text
    for span in spans:
        sentence = text[span.start:span.end]
        match = _DESIGNATION.search(sentence) or _FOLLOWUP.search(sentence) or \
            _LISTED.search(sentence)
        if match is None:
            continue
        at, end = span.start + match.start(), span.start + match.end()
        if _subjects(builder, span, JA, at, _DESIGNATION):
            continue  # the frames read the subject
        if stated(text, span, end) is None or JA.future.search(text, end, end + 14):
            continue
        actors = _source_after(builder, span, end) or _according_to(builder, span, at) or \
            _owner(builder, span)
        dated = _dated(builder, span, JA, bool(JA.recall.search(sentence)))
        if not actors or dated is None:
            continue
        targets = [p for p in _patients(builder, span, JA, actors)
                   if not _ACCORDING.match(text[p.end:p.end + 16])]
        for actor in dict.fromkeys(_state_of(builder, a.id, span) for a in actors):
            for target in targets:
                builder.relate("DESIGNATED", actor, target.id, span,
                               frame="reported-actor.ja.v1", confidence=0.75,
                               properties=dated[0], date_basis=dated[1])
