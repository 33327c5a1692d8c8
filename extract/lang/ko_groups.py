"""Defendants a Korean court report knows only by nationality and count (중국 국적자 6명).

docs/annotation.md (settled question 6): a group known only by its nationality is an
unnamed Person with a count when it plays a role in a fact. A group is charged when it is
the object of the indictment ("A와 중국 국적자 6명, 대만 국적자 2명을 … 기소했다": the group
and what is coordinated with it up to the object's particle, only nouns and counts between)
or the subject of its passive ("… 혐의로 북한 국적자 14명이 미국 법원에 기소됐다", no clause's
end between). It is a defendant of the case the sentence names a defendant of, else of the
one case the report tells (ko_charges.py decides whether the report tells a US case: no
case, no group). A group the report names is no unnamed group: when the case has at least
as many named defendants as the sentence charges persons (its groups' counts and the names
beside them), the report names them elsewhere ("북한 국적자 2명과 조력자 3명을 기소했다 …
기소된 북한인은 A와 B이다"). Not facts: a plan, a negation or a condition after the verb.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, Span
from extract.lang.ko_charge_cues import ACTIVE, NOT_ASSERTED, PASSIVE
from extract.lang.native import NativeGazetteer
from graph.ids import slugify

_GROUP = re.compile(r"(?<![가-힣])(?P<state>[가-힣]{2,6}?)(?P<gap>\s*)국적자\s*(?P<n>\d{1,3})\s*명")
# from the group to the object's particle: coordinated nouns and counts only (", 대만 국적자
# 2명"), no verb's form; then the particle
_TO_OBJECT = re.compile(r"(?:\s*(?:,|·|과|와|및)\s*(?:[가-힣]+\s+){0,3}\d{1,3}\s*명)*\s*"
                        r"(?:을|를)(?![가-힣])")
_SUBJECT = re.compile(r"\s*(?:이|가|은|는|도)(?![가-힣])")
_CLAUSE_END = re.compile(r"(?:다|고|며|면|지만|는데|하여|해)[\s,]")
GROUP = 0.6  # a group the text counts, not a name


def _charged(text: str, group: re.Match[str], span: Span) -> bool:
    """Is the group the object or the passive's subject of a charging verb of the
    sentence, asserted?"""
    end = span.start + group.end()
    rest = text[end:span.end]
    to_object = _TO_OBJECT.match(rest)
    if to_object is not None:
        verb = ACTIVE.search(text, end + to_object.end() - 1, span.end)
        if verb is not None and verb.start() == end + to_object.end() - 1:
            return NOT_ASSERTED.search(text, verb.end(), verb.end() + 14) is None
        return False
    subject = _SUBJECT.match(rest)
    if subject is None:
        return False
    verb = PASSIVE.search(text, end + subject.end(), span.end)
    if verb is None or _CLAUSE_END.search(text, end + subject.end(), verb.start()):
        return False
    return NOT_ASSERTED.search(text, verb.end(), verb.end() + 14) is None


def add_charged_groups(builder: DocBuilder, spans: list[Span], native: NativeGazetteer) -> None:
    cases = [e.id for e in builder.entities.values() if e.type == "Case"]
    if not cases:
        return
    text = builder.text
    named: dict[str, set[str]] = {}
    for relation in builder.relations.values():
        if relation.type == "DEFENDANT_IN":
            named.setdefault(relation.target, set()).add(relation.source)
    for span in spans:
        sentence = span.text(text)
        groups = []
        for match in _GROUP.finditer(sentence):
            entry = native.surfaces["ko"].get(match.group("state"))
            if entry is not None and entry.type == "Country" and _charged(text, match, span):
                groups.append((match, entry.country))
        if not groups:
            continue
        here = {r.target for r in builder.relations.values() if r.type == "DEFENDANT_IN" and
                any(e.start == span.start for e in r.evidence)}
        case = next(iter(here)) if len(here) == 1 else (cases[0] if len(cases) == 1 else None)
        if case is None:
            continue
        beside = {r.source for r in builder.relations.values() if r.type == "DEFENDANT_IN" and
                  r.target == case and any(e.start == span.start for e in r.evidence)}
        charged = sum(int(m.group("n")) for m, _ in groups) + len(beside)
        if len(named.get(case, set())) >= charged:
            continue  # the report names them
        for match, code in groups:
            number = int(match.group("n"))
            # the mention is the count after the state's name, which stays the state's
            start, end = span.start + match.end("gap"), span.start + match.end()
            found = Found(start, end, text[start:end].strip(), "Person",
                          f"person:{slugify(builder.meta.id) or 'document'}#nationals-"
                          f"{code.lower()}-{number}", match.group(0),
                          properties={"count": number, "count_qualifier": "exact",
                                      "nationality": code},
                          confidence=GROUP, unnamed=True)
            builder.add(found)
            if found not in builder.found:
                continue  # a name already stands there
            builder.relate("DEFENDANT_IN", found.id, case, span, frame="charge.ko.v1",
                           confidence=GROUP, properties={"role": "defendant"})
