"""A case the text never names is named after the defendant the document names first.

A US case is "United States v. <first defendant>" (docs/annotation.md). Where the text names
no case, the case frames open one for the first defendant they read, and frames run in
their own order: "A and B operated two front companies ... The third defendant, C,
supervised the workers" would open "United States v. C" if the frame that reads "the third
defendant" came first. Once every relation is read, such a case takes the name of the one
of its defendants whose name comes first in the document. A case the text names, or a
name that another case already has, is left as it is.
"""

from __future__ import annotations

from dataclasses import replace

from graph.ids import entity_id
from graph.model import ExtractedEntity, ExtractedRelation

_PREFIX = "United States v. "


def name_unnamed_cases(entities: dict[str, ExtractedEntity],
                       relations: list[ExtractedRelation]) -> list[ExtractedRelation]:
    renamed: dict[str, str] = {}
    for case in [e for e in entities.values() if e.type == "Case" and not e.mentions
                 and e.name.startswith(_PREFIX)]:
        defendants = [entities[r.source] for r in relations
                      if r.type == "DEFENDANT_IN" and r.target == case.id
                      and r.source in entities and entities[r.source].mentions]
        if not defendants:
            continue
        first = min(defendants, key=lambda d: min(m.start for m in d.mentions))
        name = _PREFIX + first.name
        new_id = entity_id("Case", name)
        if name == case.name or new_id in entities:
            continue
        del entities[case.id]
        entities[new_id] = replace(case, id=new_id, name=name)
        renamed[case.id] = new_id
    if not renamed:
        return relations
    return [replace(r, source=renamed.get(r.source, r.source),
                    target=renamed.get(r.target, r.target)) for r in relations]
