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

A release in the US Treasury's layout gives each target a section: its name on a line of
its own, then prose that ends in the legal basis of the designation (Xは、…として、大統領令
第13722号に基づき指定された / 同社は…に基づき指定される), or only in its grounds
(Xは…のために行動したとして指定された). The topic of that passive (the name, or
同社/同氏 for the section's name) is designated by whoever designated before in the
release, else by the state that issued it.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, Span
from extract.lang.cues import JA
from extract.lang.frames import FRAMES
from extract.lang.ja_modality import stated
from extract.lang.roles import (
    ACTORS,
    act_date,
    actors_of,
    designator_of,
    issuing_state,
    patients_of,
    state_of,
)

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
# …大統領令第13722号に基づき(、…として)指定された: a designation by its legal basis, passive
# (…のために行動したとして指定された: the grounds as a reason clause, no basis named)
_BASIS = re.compile(r"(?:に基づき|に基づいて|により|に従い|に従って|として)[、\s]*[^。、]{0,16}?"
                    r"(?:制裁対象に|制裁対象として)?\s*指定(?:された|される|されました|されます|"
                    r"されている|されています)")
# the passive ends the sentence: …指定された企業 describes another body
_ENDS = re.compile(r"\s*(?:。|$)")
_TOPIC = re.compile(r"^\s*(?:（[^）]{1,40}）|\([^)]{1,40}\))?\s*(?:氏)?\s*(?:は|も)")
_SAME = re.compile(r"^(?:同社|同氏|同人|同団体|同組織|同行|同機関)(?:は|も)")
# a relative clause or a genitive before the topic (ロシアに拠点を置くX社は, 中国のX社は):
# one clause, no comma and no topic of its own, ending as a verb or の before a noun does
_MODIFIER = re.compile(r"\s*[^、。はも「」\n]{1,30}(?:る|く|う|つ|ぶ|む|た|だ|の)\s*$")


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
        if actors_of(builder, span, JA, at, _DESIGNATION):
            continue  # the frames read the subject
        if stated(text, span, end) is None or JA.future.search(text, end, end + 14):
            continue
        actors = _source_after(builder, span, end) or _according_to(builder, span, at) or \
            _owner(builder, span)
        dated = act_date(builder, span, JA, bool(JA.recall.search(sentence)))
        if not actors or dated is None:
            continue
        targets = [p for p in patients_of(builder, span, JA, actors)
                   if not _ACCORDING.match(text[p.end:p.end + 16])]
        for actor in dict.fromkeys(designator_of(builder, a.id, span) for a in actors):
            for target in targets:
                builder.relate("DESIGNATED", actor, target.id, span,
                               frame="reported-actor.ja.v1", confidence=0.75,
                               properties=dated[0], date_basis=dated[1])


def _section_name(builder: DocBuilder, before: int) -> Found | None:
    """The name a section is about: the last line before `before` that is a name alone."""
    text = builder.text
    for found in sorted((f for f in builder.found if f.end <= before and f.type in
                         ("Person", "Organization") and not f.unnamed),
                        key=lambda f: f.start, reverse=True):
        line_start = text.rfind("\n", 0, found.start) + 1
        line_end = text.find("\n", found.end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if line.strip() == found.text or line.strip().startswith(found.text + "（") or \
                line.strip().startswith(found.text + "("):
            return found
    return None


def _topics(builder: DocBuilder, span: Span) -> list[Found]:
    """The names the sentence opens with, coordinated (A、B及びCは), marked as its topic."""
    text = builder.text
    if _SAME.match(text[span.start:span.end]):
        section = _section_name(builder, span.start)
        return [section] if section is not None else []
    names = [f for f in builder.in_span(span, ("Person", "Organization")) if not f.unnamed]
    run: list[Found] = []
    for found in names:
        if not run and found.start - span.start > 1 and \
                not _MODIFIER.match(text, span.start, found.start):
            return []
        if run and not JA.coordinator.match(text[run[-1].end:found.start]):
            break
        run.append(found)
        if _TOPIC.match(text[found.end:found.end + 44]):
            return run
    return []


def apply_legal_basis(builder: DocBuilder, spans: list[Span]) -> None:
    text = builder.text
    for span in spans:
        match = _BASIS.search(text, span.start, span.end)
        if match is None or stated(text, span, match.end()) is None or \
                not _ENDS.match(text, match.end()):
            continue
        targets = _topics(builder, span)
        dated = act_date(builder, span, JA, bool(JA.recall.search(text, span.start, span.end)))
        if not targets or dated is None:
            continue
        earlier = builder.last_designators or \
            [state_of(builder, a, span) for a in builder.last_actors]
        actors = [designator_of(builder, a, span) for a in earlier] or issuing_state(builder)
        for actor in dict.fromkeys(actors):
            for target in targets:
                builder.relate("DESIGNATED", actor, target.id, span, frame="legal-basis.ja.v1",
                               confidence=0.75, properties=dated[0], date_basis=dated[1])
