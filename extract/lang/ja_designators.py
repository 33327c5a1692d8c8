"""One designator per target and state in a Japanese news report: its headline's.

A news headline summarises the act with the department (米財務省、A社など…を制裁) and the
body then names the office that acted (米財務省外国資産管理室は…A社を制裁対象に指定した).
The annotation keeps one designator per target: the body's, which says who acted. So a
designation read only from the headline (the document's first line, a title without a
sentence end) gives way when a body sentence designates the same target by another body of
the same state; a headline whose act the body does not restate stands.
"""

from __future__ import annotations

from extract.lang.common import DocBuilder


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
