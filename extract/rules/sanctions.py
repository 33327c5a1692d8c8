"""DESIGNATED: who designated whom, when, under which authority.

Sanctions releases name the designator once ("OFAC today designated ...") and then use the
passive for each target ("Osong is being designated pursuant to E.O. 13722"); the rule
therefore remembers the last designator of the document and falls back on the issuer of
the release. Targets are read by voice: before the cue in the passive, after it in the
active, before "which" in a relative clause ("Chinyong, which OFAC designated in 2023").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from extract.relations import DocContext, Found, SentenceView, Slot
from extract.rules.common import (
    WORKERS,
    actors,
    clause_of,
    country_code,
    date_in,
    issuer_ids,
    narrowest_agencies,
    passive_at,
    unique,
)

CUE = re.compile(
    r"\b(?:designat(?:ed|es|ing|e|ions?)\b|sanction(?:ed|ing)\b|blacklist\w*|"
    r"(?:placed|imposed|put)\s+(?:\w+\s+){0,3}sanctions\s+on|"
    r"list\s+(?:also\s+)?includes?|also\s+includes?|sanctions\s+list|"
    r"interests\s+in\s+property\s+of|the\s+targets\s+(?:are|include))",
    re.IGNORECASE,
)
_ACTIVE_STOP = re.compile(
    r"\s(?:for|pursuant|because|under|as\s+an?|on\s+behalf|in\s+connection|to\s+\w+)\s|"
    r",\s+(?:three|two|four|five|six|seven|eight|nine|ten|both|all)\s|;",
    re.IGNORECASE,
)
_ANAPHOR = re.compile(r"\b(?:all\s+(?:three|two|four|five|six)|them|these\s+\w+|both)\b",
                      re.IGNORECASE)
_SUBJECT_ANAPHOR = re.compile(r"^\s*(?:Both(?:\s+\w+)?|They|These\s+\w+|He|She|It)\b")
# verb forms whose subject is the designating authority ("OFAC designated", "is designating")
_AGENT_VERB = re.compile(r"^(?:designat(?:ed|es|ing|e)|sanction(?:ed|ing)|placed|imposed|put|"
                         r"list\s)", re.IGNORECASE)
_US_ONLY = re.compile(r"interests\s+in\s+property|blocked", re.IGNORECASE)
_EO = re.compile(r"\b(?:E\.\s?O\.|EO|Executive\s+Orders?)\s*s?\.?\s*((?:\d{5}(?:\s*,\s*|\s+and\s+|"
                 r"\s*,\s*and\s+|\s+or\s+)?)+)", re.IGNORECASE)
_LOCATION_PREP = re.compile(r"\b(?:in|of|from|to|with|within|into|across|against)\s+(?:the\s+)?$",
                            re.IGNORECASE)
_PRONOUN_START = re.compile(r"^\s*(?:He|She|It|They)\b")
_NOT_SANCTION = re.compile(r"\b(?:rewards?|offer\w*|wanted|information\s+leading)\b", re.I)


def legal_basis(text: str) -> list[str]:
    """'E.O. 13722 and E.O. 13810', 'Executive Orders 13382 and 13551' -> ['E.O. 13382', ...]."""
    found: list[str] = []
    for match in _EO.finditer(text):
        for number in re.findall(r"\d{5}", match.group(1)):
            label = f"E.O. {number}"
            if label not in found:
                found.append(label)
    for statute in re.findall(r"Foreign Exchange (?:and Foreign Trade|Transactions) Act|"
                              r"International Emergency Economic Powers Act|IEEPA", text):
        label = "IEEPA" if "Emergency" in statute else statute
        if label not in found:
            found.append(label)
    return sorted(found)


def _sources(view: SentenceView, cue: re.Match[str] | None = None) -> list[Slot]:
    """Designators named as the agent: in the cue's clause, before a designation verb or after
    'by' ("designated today by OFAC and, in parallel, by the ROK")."""
    found = []
    if cue is not None:
        start, end = clause_of(view, cue.start())
        verb = _AGENT_VERB.match(cue.group(0))
        by = [m.end() for m in re.finditer(r"\bby\s+", view.text[cue.end():end])]
        slots = [s for s in view.slots if start <= s.start < end and (
            (verb and s.end <= cue.start()) or any(s.start >= cue.end() + b for b in by))]
    else:
        slots = view.slots
    for s in slots:
        if s.type == "Agency":
            found.append(s)
        elif s.type == "Country" and country_code(s.entity) != "KP":
            before = view.text[max(0, s.start - 12):s.start]
            after = view.text[s.end:s.end + 10]
            if _LOCATION_PREP.search(before) or re.match(r"\s+(?:persons?|citizens?)\b", after):
                continue
            found.append(s)
    return narrowest_agencies(view, unique(found))


def _is_us(context: DocContext, ident: str) -> bool:
    entity = context.entities.get(ident)
    if entity is None:
        return False
    return (entity.properties.get("country") or entity.properties.get("code")) == "US"


def _eligible(slot: Slot) -> bool:
    role = str(slot.entity.properties.get("role", ""))
    return slot.kind != WORKERS and "official" not in role and "judge" not in role.lower()


def _targets(view: SentenceView, cue: re.Match[str], context: DocContext) -> list[Slot]:
    text = view.text
    start, end = clause_of(view, cue.start())
    before_cue = text[:cue.start()]
    which = re.search(r",?\s+which\s+(?:(?!\bwhich\b).)*$", before_cue)
    if which:  # "Chinyong, which OFAC designated in 2023"
        earlier = [s for s in actors(view.slots) if s.end <= which.start()]
        return earlier[-1:] if earlier else []
    participle = re.match(r"(?:designated|sanctioned|listed|blacklisted)\b", cue.group(0), re.I)
    if participle and passive_at(view, cue.start()):
        before = actors(s for s in view.slots if start <= s.start and s.end <= cue.start())
        anaphor = _SUBJECT_ANAPHOR.match(text[start:])
        if anaphor:  # "Both are designated today", "He ... is designated today"
            want_two = anaphor.group(0).strip().lower().startswith(("both", "they", "these"))
            for leading in reversed(context.notes.get("subject_history", [])):
                if (len(leading) >= 2) == want_two:
                    return list(leading)
        return before
    colon = text.find(": ", cue.end())
    if colon >= 0:  # "OFAC is also designating six individuals who ...: A, B and C"
        return actors(s for s in view.slots if s.start > colon)
    stop = _ACTIVE_STOP.search(text, cue.end())
    limit = min(end if end > cue.end() else len(text), stop.start() if stop else len(text))
    return actors(s for s in view.slots if cue.end() <= s.start and s.end <= limit)


def designations(view: SentenceView, context: DocContext) -> Iterator[Found]:
    cue = CUE.search(view.text)
    item_of_list = cue is None and view.lead and CUE.search(view.lead)
    if cue is None and not item_of_list:
        _remember_subject(view, context)
        return
    named = [s.id for s in _sources(view, cue)] if cue is not None else []
    sources = named or list(context.notes.get("designators", [])) or issuer_ids(context)
    if cue is not None and _US_ONLY.search(view.text):  # blocking property is US law
        sources = [x for x in sources if _is_us(context, x)] or sources
    if cue is not None:
        targets = [t for t in _targets(view, cue, context) if _eligible(t)]
        if not targets and _ANAPHOR.match(view.text[cue.end():cue.end() + 25].strip()):
            targets = list(context.notes.get("designated", []))
    else:
        targets = [t for t in actors(view.slots) if _eligible(t)]
    if named:
        context.notes["designators"] = named
        context.notes.setdefault("first_designators", named)
    _remember_subject(view, context)
    if not targets or not sources:
        return
    context.notes["designated"] = targets
    props = {"legal_basis": legal_basis(view.lead + " " + view.text),
             "date": date_in(view) or _release_date(view, context)}
    for source in sources:
        for target in unique(targets):
            yield Found("DESIGNATED", source, target.id, view.index, dict(props), 0.8)


def _release_date(view: SentenceView, context: DocContext) -> str:
    if context.meta.doc_type == "sanctions_release" or "today" in view.text.lower():
        return context.meta.date
    return ""


def _remember_subject(view: SentenceView, context: DocContext) -> None:
    first = next((s for s in view.slots if s.type in {"Person", "Organization"}), None)
    if first is not None and first.start < 5:
        context.notes["subject"] = first
    # the actors that open the sentence, joined by "and" or commas ("A and B are bankers")
    leading: list[Slot] = []
    position = 0
    for s in view.slots:
        if s.type not in {"Person", "Organization"} or not re.fullmatch(
                r"\s*(?:,|and|,\s*and)?\s*", view.text[position:s.start]):
            break
        leading.append(s)
        position = s.end
    if leading:
        context.notes.setdefault("subject_history", []).append(leading)


def list_designations(context: DocContext) -> Iterable[Found]:
    """A list of names in a sanctions release is a list of designated persons."""
    if context.meta.doc_type != "sanctions_release":
        return []
    default = (context.notes.get("first_designators") or context.notes.get("designators")
               or issuer_ids(context))
    found = []
    for view in context.views:
        if not view.lead or CUE.search(view.lead) or _NOT_SANCTION.search(view.lead):
            continue  # designation lists are handled sentence by sentence; rewards are not
        named = [s.id for s in view.lead_slots if s.type == "Agency"]
        sources = named[-1:] or default  # "OFAC's action also reached ...:" names OFAC
        for target in actors(view.slots):
            if _eligible(target) and target.start < 3:
                for source in sources:
                    found.append(Found("DESIGNATED", source, target.id, view.index,
                                       {"date": context.meta.date}, 0.6))
    return found
