"""The name of a US case a Korean report tells: "United States v. <the first defendant the
report names>" (docs/annotation.md), whichever rule found that defendant first.

The sentencing rule (ko_cases.py) runs before the charging rules (ko_charges.py) and names
its case after the person sentenced; a report that first lists the indictment's defendants
(법무부는 A와 B, C를 기소했다) and only then says that C was sentenced names A first, as the
caption does. So once both have read the report, a case named after one of its defendants
takes the name of the defendant whose first sentence comes first (within that sentence, the
name written first). A case named otherwise (an unnamed group of nationals) keeps its name,
and so does a case whose new name another case of the report already holds. The English
case the defendants share, if the registry knows one, still decides in the end
(ko_case_links.py).
"""

from __future__ import annotations

from extract.lang.common import DocBuilder
from extract.lang.ko_cases import case_id_for
from graph.model import ExtractedRelation


def _first_named(builder: DocBuilder, relation: ExtractedRelation) -> tuple[int, int]:
    """(start of the relation's first sentence, start of the defendant's name in it)."""
    evidence = min(relation.evidence, key=lambda e: e.start)
    at = [f.start for f in builder.found if f.id == relation.source and
          evidence.start <= f.start < evidence.end]
    return evidence.start, min(at) if at else evidence.end


def name_cases_by_first_defendant(builder: DocBuilder) -> None:
    for case in [e for e in builder.entities.values() if e.type == "Case"]:
        defendants = [r for r in builder.relations.values()
                      if r.type == "DEFENDANT_IN" and r.target == case.id]
        if not any(case_id_for(r.source) == case.id for r in defendants):
            continue  # not named after a defendant by these rules
        named = [r for r in defendants if builder.entities[r.source].type == "Person" and
                 not builder.entities[r.source].unnamed]
        if not named:
            continue
        first = min(named, key=lambda r: _first_named(builder, r)).source
        new_id = case_id_for(first)
        if new_id == case.id or new_id in builder.entities:
            continue
        old_id = case.id
        del builder.entities[old_id]
        case.id, case.name = new_id, f"United States v. {builder.entities[first].name}"
        builder.entities[new_id] = case
        for key in [k for k in builder.relations if old_id in (k[1], k[2])]:
            relation = builder.relations.pop(key)
            relation.source = new_id if relation.source == old_id else relation.source
            relation.target = new_id if relation.target == old_id else relation.target
            builder.relations[(key[0], relation.source, relation.target)] = relation
