"""The English case a Korean report of a US prosecution is about.

A Korean report names no case; ko_cases.py and ko_charges.py call it "United States v. <the
first defendant the report names>". The report's order need not be the caption's: it may
lead with a co-defendant (the one who pleaded guilty, the American host of a laptop farm)
or list the defendants in another order. When the report's defendants have joined English
persons (crosslink.py) and those persons are defendants of exactly one English case between
them (DEFENDANT_IN, CHARGED_WITH or SENTENCED: the only relations from a person to a case),
the report's case is that case: its id and its English name. Two English cases among the
defendants (a report that joins two prosecutions, or a namesake) leave the case as it is.
"""

from __future__ import annotations

from extract.lang.english_registry import EnglishRegistry
from graph.model import Extraction

_DEFENDANT = ("DEFENDANT_IN", "CHARGED_WITH", "SENTENCED")


def join_cases(extraction: Extraction, registry: EnglishRegistry) -> None:
    """Give each case of the extraction the English case its defendants share, if one."""
    taken = {e.id for e in extraction.entities}
    renames: dict[str, str] = {}
    for case in extraction.entities:
        if case.type != "Case":
            continue
        defendants = {r.source for r in extraction.relations
                      if r.type in _DEFENDANT and r.target == case.id}
        english = {n for d in defendants if d in registry.entities
                   for n in registry.entities[d].neighbours if n in registry.cases}
        if len(english) != 1:
            continue
        (target,) = english
        if target == case.id or target in taken:
            continue  # already that case, or another case of the report is
        renames[case.id] = target
        taken.add(target)
        case.id, case.name = target, registry.cases[target]
    for relation in extraction.relations:
        relation.source = renames.get(relation.source, relation.source)
        relation.target = renames.get(relation.target, relation.target)
