"""One designator per target and state in a Japanese news report: its headline's.

A news headline summarises the act with the department (米財務省、A社など…を制裁) and the
body then names the office that acted (米財務省外国資産管理室は…A社を制裁対象に指定した).
The annotation keeps one designator per target: the body's, which says who acted. So a
designation read only from the headline (the document's first line, a title without a
sentence end) gives way when a body sentence designates the same target by another body of
the same state; a headline whose act the body does not restate stands.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Span
from extract.lang.roles import state_of


def _state(builder: DocBuilder, entity_id: str) -> str:
    entity = builder.entities.get(entity_id)
    if entity is None:
        return entity_id
    code = entity.properties.get("country" if entity.type == "Agency" else "code")
    return str(code) if code else entity_id


def keep_body_designators(builder: DocBuilder) -> None:
    text = builder.text
    first = text.find("\n")
    if first < 0 or "。" in text[:first]:
        return  # no headline: the first line is a sentence of the body
    designations = [(key, r) for key, r in builder.relations.items() if r.type == "DESIGNATED"]
    in_body = {(r.target, _state(builder, r.source), r.source) for _, r in designations
               if any(e.start >= first for e in r.evidence)}
    for key, relation in designations:
        if any(e.start >= first for e in relation.evidence):
            continue
        state = _state(builder, relation.source)
        if any(t == relation.target and s == state and src != relation.source
               for t, s, src in in_body):
            del builder.relations[key]


# an office and the department it belongs to: a news lead says the department sanctioned
# (米財務省は…2人と4法人に制裁を科した) where the body names the office that designated
# each (外国資産管理局は…A氏を制裁対象に指定した)
_DEPARTMENT_OF = {"Office of Foreign Assets Control": "Department of the Treasury"}


def keep_office_designators(builder: DocBuilder) -> None:
    """One designator per target and act: where an office and its department both
    designate a target on the same date (or the department's sentence gives none), the
    office is the one the text says acted (the annotation's office rule), and the
    department's relation is its summary. A dated act of the department on another day is
    another act and stays."""
    names = {e.id: e.name for e in builder.entities.values()}
    designations = [(key, r) for key, r in builder.relations.items() if r.type == "DESIGNATED"]
    offices: dict[tuple[str, str], set[str]] = {}
    for _, r in designations:
        if names.get(r.source) in _DEPARTMENT_OF:
            offices.setdefault((r.target, _DEPARTMENT_OF[names[r.source]]), set()).add(
                str(r.properties.get("date", "")))
    for key, relation in designations:
        dates = offices.get((relation.target, names.get(relation.source, "")))
        if dates is not None and (relation.date_basis != "sentence" or
                                  str(relation.properties.get("date", "")) in dates):
            del builder.relations[key]


# a subject the sentence names and the gazetteer does not know: a government, ministry,
# agency or authority (エストニア政府は, 某国当局が), ending in its topic or subject particle
# (not 同省, 関係省庁, 各国政府, 当局: words that refer back or to the ones concerned)
_UNKNOWN_SUBJECT = re.compile(r"(?<![ァ-ヺー\u4e00-\u9fff])(?!同|関係|各|両|本|当|我)"
                              r"[ァ-ヺー\u4e00-\u9fff]{1,12}(?:政府|省|庁|当局|機関)\s*(?:は|が)")


def names_unknown_actor(builder: DocBuilder, start: int, at: int) -> bool:
    """Does the clause before a designation predicate name its own actor, one we could not
    read? Then the designator is that unknown body, never the issuing state or the one
    named before (a false designator is worse than none). A known actor must end where the
    subject's noun ends: 韓国 in 韓国外交省は does not make the ministry known."""
    for match in _UNKNOWN_SUBJECT.finditer(builder.text, start, at):
        noun_end = match.end() - len(match.group(0)) + len(match.group(0).rstrip("はが \t"))
        # (オーストラリア政府: a known state and its government)
        ends = {noun_end, noun_end - 2} if builder.text.startswith("政府", noun_end - 2) \
            else {noun_end}
        if not any(f.end in ends and match.start() <= f.start and
                   f.type in ("Country", "Agency") for f in builder.found):
            return True
    return False


def korean_state_designators(builder: DocBuilder) -> None:
    """A South Korean ministry that designates (韓国外交部は…を独自制裁の対象に指定した)
    acts for the state: the ROK's own releases say 정부는 … 지정했다 (the government
    decides, the ministry announces), and the annotation's Korean designator is the state
    (docs/annotation.md, settled question 1), whichever language reports it. Every other
    state's office keeps the office rule (OFAC, Japan's ministries)."""
    for key, relation in list(builder.relations.items()):
        entity = builder.entities.get(relation.source)
        if relation.type != "DESIGNATED" or entity is None or entity.type != "Agency" or \
                entity.properties.get("country") != "KR":
            continue
        first = relation.evidence[0] if relation.evidence else None
        span = Span(first.start, first.end) if first else Span(0, len(builder.text))
        state = state_of(builder, relation.source, span)
        if state == relation.source:
            continue
        del builder.relations[key]
        moved = (relation.type, state, relation.target)
        if moved in builder.relations:
            builder.relations[moved].evidence.extend(
                e for e in relation.evidence
                if all(e.start != o.start for o in builder.relations[moved].evidence))
            continue
        relation.source = state
        builder.relations[moved] = relation
