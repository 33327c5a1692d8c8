"""DEFENDANT_IN, CHARGED_WITH, SENTENCED and the Case entities they point at.

A US case is named "United States v. <first defendant>" (docs/annotation.md). When the text
names the case, that name is used; otherwise the first person charged in the document opens
a case, later defendants join it, and "in a separate case" opens another.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extract.normalize import parse_duration_months
from extract.relations import DocContext, Found, SentenceView, Slot
from extract.rules.structure import HELP
from graph.ids import entity_id
from graph.model import ExtractedEntity

CHARGE = re.compile(r"\b(?:charg(?:ed|es|ing)|indict(?:ed|ment|ments)|pleaded\s+guilty|"
                    r"pleads?\s+guilty|sentenced|convicted|arrested|accused|defendants?)\b", re.I)
_SPECIFIC = re.compile(
    r"\b(?:conspiracy\s+to\s+(?:commit\s+)?[a-z]+(?:\s+(?:fraud|monetary\s+instruments|"
    r"identity\s+theft|the\s+unlawful\s+employment\s+of\s+aliens|aliens))?|"
    r"conspiring\s+to\s+launder[a-z\s']*?(?=[,.;]|\s+and\s)|aggravated\s+identity\s+theft|"
    r"wire\s+fraud(?:\s+conspiracy)?|bank\s+fraud(?:\s+conspiracy)?|mail\s+fraud|"
    r"money\s+laundering(?:\s+conspiracy)?|identity\s+theft|sanctions\s+violations?|"
    r"IEEPA\s+violations?|violating\s+the\s+International\s+Emergency\s+Economic\s+Powers\s+Act)",
    re.I,
)
_SEPARATE = re.compile(r"\b(?:separate|another|second)\s+(?:case|indictment|complaint)\b", re.I)
_SPEAKER = re.compile(r"^\s*,?\s*(?:said|says|stated|added)\b")
_SUPERVISED = re.compile(r"\b(\w+(?:[\s-]\w+)?)\s+years?\s+of\s+supervised\s+release", re.I)
_SENTENCE_TERM = re.compile(r"\bsentenced\b[^.]*?\bto\s+((?:about|nearly|more\s+than)?\s*"
                            r"[\w.\s-]+?\s+(?:months?|years?))", re.I)
_US_CONTEXT = re.compile(r"\b(?:District\s+(?:Court|of)|Justice\s+Department|Department\s+of\s+"
                         r"Justice|U\.S\.\s+Attorney|federal\s+(?:court|prison|grand\s+jury)|"
                         r"DOJ|FBI)\b")


def _defendants(view: SentenceView) -> list[Slot]:
    found = []
    for s in view.slots:
        if s.type != "Person":
            continue
        role = str(s.entity.properties.get("role", "")).lower()
        if "judge" in role or "official" in role or _SPEAKER.match(view.text[s.end:]):
            continue
        if re.search(r"(?:Judge|Attorney|Agent|Secretary|Director)\s+(?:[A-Z]\.?\s*)*$",
                     view.text[max(0, s.start - 40):s.start]):
            continue
        if any(c.type == "Case" and c.start <= s.start < c.end for c in view.slots):
            continue
        found.append(s)
    return found


def _named_case_of(cases: list[ExtractedEntity], slot: Slot) -> ExtractedEntity | None:
    """The named case whose first party is this person ("United States v. Oleksandr Didenko")."""
    for case in cases:
        if case.name.lower().endswith(" v. " + slot.entity.name.lower()):
            return case
    return None


def _case(context: DocContext, name: str) -> ExtractedEntity:
    ident = entity_id("Case", name)
    case = context.entities.get(ident)
    if case is None:
        case = ExtractedEntity(id=ident, type="Case", name=name,
                               properties={"country": "US"}, confidence=0.6)
        context.entities[ident] = case
    return case


def court_cases(context: DocContext) -> Iterable[Found]:
    found: list[Found] = []
    us = bool(_US_CONTEXT.search(" ".join(v.text for v in context.views))) or any(
        str(i.get("country", "")).upper() == "US" for i in context.meta.issuers)
    current: ExtractedEntity | None = None
    named_cases = context.of_type("Case")  # cases the text names; others are not invented
    accused: dict[str, list[Slot]] = {}  # case id -> its defendants so far
    everyone: list[Slot] = []
    for view in context.views:
        named = next((s.entity for s in view.slots if s.type == "Case"), None)
        cue = CHARGE.search(view.text)
        if named is not None:
            current = named
        if _GROUP.search(view.text) and HELP.search(view.text):
            group = accused.get(current.id, []) if current is not None else everyone
            found.extend(_group_facilitation(view, context, group or everyone))
        if cue is None and named is None:
            continue
        defendants = _defendants(view)
        if not defendants and current is not None and _GROUP.search(view.text):
            defendants = list({s.id: s for s in accused.get(current.id, [])}.values())
        if not defendants:
            continue
        own = _named_case_of(named_cases, defendants[0])
        if own is not None:
            current = own
        elif named is None and (current is None or _SEPARATE.search(view.text)):
            if not us or (named_cases and not _SEPARATE.search(view.text)):
                continue
            current = _case(context, f"United States v. {defendants[0].entity.name}")
        if current is None:
            continue
        plea = "guilty" if re.search(r"pleaded\s+guilty|pleads?\s+guilty", view.text, re.I) else ""
        charges = [re.sub(r"\s+", " ", c.group(0)).strip().lower()
                   for c in _SPECIFIC.finditer(view.text)]
        for d in defendants:
            accused.setdefault(current.id, []).append(d)
            everyone.append(d)
            found.append(Found("DEFENDANT_IN", d.id, current.id, view.index,
                               {"role": "defendant", "plea": plea}, 0.7))
            if charges and re.search(r"charg|indict|accus|plead", view.text, re.I):
                found.append(Found("CHARGED_WITH", d.id, current.id, view.index,
                                   {"charges": charges}, 0.6))
        if re.search(r"\bsentenced\b", view.text):
            found.extend(_sentence(view, defendants[0], current))
    if us and "country:US" in context.entities:
        for case in context.of_type("Case"):
            found.append(Found("LOCATED_IN", case.id, "country:US", -1, {}, 0.6))
    return found


_GROUP = re.compile(r"\b(?:the|these|all)\s+(?:co-?conspirators|conspirators|defendants|"
                    r"facilitators)\b|^\s*(?:They|The\s+(?:two|three|four|five|six))\b",
                    re.IGNORECASE)


def _group_facilitation(view: SentenceView, context: DocContext,
                        group: list[Slot]) -> list[Found]:
    """'the conspirators used stolen identities to get North Korean workers hired': every
    defendant so far who is not a North Korean worker himself helped the workers."""
    workers = next((e for e in context.entities.values()
                    if e.properties.get("kind") == "worker_group"), None)
    if workers is None:
        return []
    found = []
    for slot in {s.id: s for s in group}.values():
        if slot.entity.properties.get("nationality") == "KP":
            continue
        found.append(Found("FACILITATED", slot.id, workers.id, view.index, {}, 0.5))
    return found


def _sentence(view: SentenceView, person: Slot, case: ExtractedEntity) -> list[Found]:
    props: dict[str, object] = {}
    term = _SENTENCE_TERM.search(view.text)
    if term:
        amount = parse_duration_months(term.group(1))
        if amount is not None:
            props["months"] = amount.value
            props["qualifier"] = amount.qualifier
    release = _SUPERVISED.search(view.text)
    if release:
        years = parse_duration_months(f"{release.group(1)} years")
        if years is not None:
            props["supervised_release_months"] = years.value
    return [Found("SENTENCED", person.id, case.id, view.index, props, 0.7)]
