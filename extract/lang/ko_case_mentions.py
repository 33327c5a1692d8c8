"""The mentions of a case a Korean report never names: "this case" and "the indictment"
in a report of one case (이 사건, 기소장), and "the X case" called by its defendant's name
(채프먼 사건). The cases themselves come from ko_cases.py and ko_charges.py."""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder
from graph.model import ExtractedEntity, Mention

# the words by which a report refers to the one case it is about: "this case", "the
# indictment" (이 사건에서 유죄를 인정했다, 기소장에 따르면)
_CASE_REFERENCE = re.compile(r"(?:이|이번|해당|동)\s*사건|기소장|공소장")


# "the X case" (채프먼 사건, 디덴코 사건은): a case called by a person's name
_NAMED_CASE = re.compile(r"\s*사건(?=(?:은|는|이|가|을|를|의|에서|에|과|와|도|으로|로)?"
                         r"(?![가-힣]))")
_HANGUL = re.compile(r"[가-힣]+(?: [가-힣]+)*")
_CASE_LINKS = ("DEFENDANT_IN", "SENTENCED")


def cases_called_by(builder: DocBuilder, person: ExtractedEntity) -> list[tuple[int, int]]:
    """(start, end) of each "X 사건" the text calls by the person's name as it writes it,
    or by its last word alone (a Western family name: 채프먼 사건)."""
    surfaces = {m.text for m in person.mentions if _HANGUL.fullmatch(m.text)}
    surfaces |= {s.split()[-1] for s in surfaces}
    out: list[tuple[int, int]] = []
    for surface in sorted(surfaces, key=len, reverse=True):
        for match in re.finditer(rf"(?<![가-힣]){re.escape(surface)}", builder.text):
            named = _NAMED_CASE.match(builder.text, match.end())
            if named is not None:
                out.append((match.start(), named.end()))
    return out


def add_case_mentions(builder: DocBuilder) -> None:
    """In a report of one case, each reference to "this case" or "the indictment" is a
    mention of it (not an alias: a description is never a name). Two cases: either.
    A person's name right before 사건 (채프먼 사건) is a mention of the one case that person
    is a defendant of, whatever the number of cases: Korean news calls a US case by its
    defendant. Never of a person in no case (a victim's name may call a case too)."""
    defendant_of: dict[str, set[str]] = {}
    for relation in builder.relations.values():
        if relation.type in _CASE_LINKS:
            defendant_of.setdefault(relation.source, set()).add(relation.target)
    for person, targets in defendant_of.items():
        entity = builder.entities[person]
        if len(targets) != 1 or entity.type != "Person":
            continue
        case = builder.entities[next(iter(targets))]
        for start, end in cases_called_by(builder, entity):
            if all(m.start != start for m in case.mentions):
                case.mentions.append(Mention(start, end, builder.text[start:end]))
    cases = [e for e in builder.entities.values() if e.type == "Case"]
    if len(cases) != 1:
        return
    for match in _CASE_REFERENCE.finditer(builder.text):
        cases[0].mentions.append(Mention(match.start(), match.end(), match.group()))
