"""CONTROLLED_BY, FRONT_FOR, EMPLOYED_AT, LOCATED_IN, FACILITATED: how the network hangs together.

Each rule reads a cue and the entities on either side of it. The controlled or employed
party is the nearest entity before the cue that is not a possessive modifier ("Osong's
chief representative" is about the representative, not Osong); the controller is the first
entity after it. Reverse cues ("X dispatches IT workers") swap the sides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from extract.normalize import parse_count, parse_period
from extract.relations import DocContext, Found, SentenceView, Slot
from extract.rules.common import (
    WORKERS,
    actors,
    clause_of,
    is_dprk,
    possessive,
    unique,
    workers,
)

_CONTROL = re.compile(
    r"\b(?:subordinate\s+to|(?:operates?|operating|working)\s+under|under\s+the\s+control\s+of|"
    r"controlled\s+by|run\s+by|operated\s+by|directed\s+by|overseen\s+by|led\s+by|"
    r"managed\s+by|dispatched\s+by|sent\s+(?:abroad\s+)?by|part\s+of|a\s+unit\s+of|"
    r"under\s+the\s+(?:direction|command|authority|supervision)\s+of|"
    r"an?\s+\w+\s+unit\s+(?:of|that\s+is\s+part\s+of)|associated\s+with|linked\s+to|"
    r"affiliated\s+with|belongs?\s+to(?:\s+the\s+network\s+of)?|under|within|inside)\b",
    re.IGNORECASE,
)
_CONTROLS = re.compile(
    r"\b(?:controls|runs|ran|running|oversees|oversaw|directs|operates|manages|managed|leads|"
    r"dispatch(?:es|ed)|sends|sent|employs|fields|deploys|owns|owned|heads|headed|"
    r"(?:has\s+)?kept\s+(?:teams|delegations|groups)\s+of|"
    r"maintains\s+(?:a\s+)?(?:delegations?|teams?|groups?)\s+of|two\s+companies\s+under\s+his|"
    r"companies\s+under\s+(?:his|her|its|their)\s+control)\b",
    re.IGNORECASE,
)
_FRONT = re.compile(r"\bfront(?:\s+compan(?:y|ies))?(?:\s+(?:of|for))?\b", re.IGNORECASE)
_ACTS_FOR = re.compile(r"\b(?:acts?|acting|working|works|operates?|operating)\s+"
                       r"(?:for|on\s+behalf\s+of|under)\b", re.I)
_ROLE_NOUN = (r"(?:chief\s+|senior\s+|general\s+)?(?:representative|head|president|director|"
              r"chairman|CEO|manager|employee|official|banker|delegation|leader|agent)")
_EMPLOY_BEFORE = re.compile(
    r"\b(?:represents|heads|works\s+(?:for|at|on\s+behalf\s+of)|employed\s+(?:by|at)|"
    r"acts\s+for|(?:" + _ROLE_NOUN + r"|members?|president|officials?)\s+(?:of|at|for))\s+"
    r"(?:the\s+)?(?:\w+['’]s\s+)?$",
    re.IGNORECASE,
)
_EMPLOY_POSSESSIVE = re.compile(r"^['’]s\s+(?:\w+\s+){0,2}?" + _ROLE_NOUN + r"\b", re.I)
_JOBS = re.compile(r"\b(?:hired\s+(?:by|at)|jobs?\s+(?:at|with)|work(?:ed|ing)?\s+(?:for|at)|"
                   r"employ(?:ed|ment)\s+(?:by|at|with)|paid\s+one\s+of\s+the\s+workers)\b",
                   re.IGNORECASE)
_HIRED = re.compile(r"\b(?:has\s+|have\s+)?(?:hired|employs|employed|took\s+on)\s+"
                    r"(?P<count>(?:about|approximately|more\s+than|over|at\s+least|some|nearly)?"
                    r"\s*[\d,]+)\b", re.IGNORECASE)
_EMPLOYERS = {"company", "front_company", "platform", ""}


def _employers_after(view: SentenceView, offset: int) -> list[Slot]:
    """'jobs at 309 companies, among them A, B and C': every company named in the list."""
    end = view.text.find(";", offset)
    end = len(view.text) if end < 0 else end
    found: list[Slot] = []
    for slot in view.slots:
        if slot.start < offset or slot.end > end:
            continue
        if slot.type != "Organization" or slot.kind not in _EMPLOYERS:
            if found:
                break
            continue
        gap = view.text[found[-1].end:slot.start] if found else view.text[offset:slot.start]
        if found and not re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or)\s*", gap):
            break
        if not found and len(gap) > 60:
            break
        found.append(slot)
    return found
HELP = re.compile(
    r"\b(?:help(?:ed|ing|s)?|assist(?:ed|ing|s)?|facilitat\w+|enabl(?:ed|ing|es)|"
    r"supplied|suppl(?:y|ies|ying)|provid(?:ed|ing|es)|launder\w*|laptop\s+farm|"
    r"hosted|host(?:ing)?\s+laptops|(?:have\s+|has\s+)?worked\s+with|arranged|"
    r"managed\s+the\s+payment|handled\s+payments\s+for|moved\s+money\s+for|"
    r"support(?:ed|ing)?\s+(?:to|for)|for\s+(?:his|her|its)\s+support\s+to|"
    r"lend|lent|sold|rented|set\s+up\s+accounts|offered\s+accounts)\b",
    re.IGNORECASE,
)
_LOCATED = re.compile(
    r"\b(?:in|(?:work(?:ed|ing|s)?|operat(?:e|es|ed|ing))\s+from|based\s+in|located\s+in|"
    r"operating\s+in|registered\s+in|arrested\s+in|headquartered\s+in|active\s+in)\s+"
    r"(?:the\s+)?(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*(?:,\s+[A-Z][\w.'-]*)*,?\s+(?:and\s+)?"
    r"(?:in\s+)?)?$|"
    r"\bin\s+(?:at\s+least\s+)?\w+\s+(?:other\s+)?countries(?:,\s+including)?:?\s+$"
)
_OTHER_NOUN = re.compile(r"\b(?:companies|firms|businesses|people|persons|victims|residents|"
                         r"citizens|accounts|addresses|property|clients|employers|customers|"
                         r"individuals|entities)\s+(?:based\s+|located\s+)?in\s+(?:the\s+)?$",
                         re.IGNORECASE)
_PRETENCE = re.compile(r"\b(?:appear(?:ed|s)?|pretend\w*|pos(?:e|ed|es|ing)\s+as|claim\w*|"
                       r"as\s+if|disguis\w+|believed\s+they\s+were)\b[^;.]*$", re.IGNORECASE)
_ROLE_OF = re.compile(r"\b(?:representative|head|director|president|manager|chief|member|"
                      r"official|employee|agent)\s+(?:of|for|at)\s+(?:the\s+)?$", re.IGNORECASE)
_SENT_TO = re.compile(r"\b(?:sen(?:d|ds|t)|dispatch(?:es|ed)?|deploy(?:s|ed)?|post(?:s|ed)?)\s+"
                      r"[^.;]{0,50}?\bto\s+(?:the\s+)?$", re.IGNORECASE)
_MODIFIER = re.compile(r"^(?:-based|\s+(?:delegation|office|branch|network|subsidiary|"
                       r"operations?))\b")
_PRONOUN_START = re.compile(r"^\s*(?:They|Most|Many|Some|These|It|He|She)\b")


def _nearest_before(view: SentenceView, offset: int, types: Iterable[str],
                    skip_possessive: bool = True) -> Slot | None:
    wanted = set(types)
    candidates = [s for s in view.slots if s.end <= offset and s.type in wanted
                  and not (skip_possessive and possessive(view, s))]
    return candidates[-1] if candidates else None


def _first_after(view: SentenceView, offset: int, types: Iterable[str]) -> Slot | None:
    wanted = set(types)
    for s in view.slots:
        if s.start >= offset and s.type in wanted:
            if possessive(view, s) and any(o.start > s.end and o.start - s.end < 6
                                           and o.type in wanted for o in view.slots):
                continue  # "North Korea's Reconnaissance General Bureau": the bureau
            return s
    return None


def control(view: SentenceView, context: DocContext) -> Iterator[Found]:
    text = view.text
    for cue in _CONTROL.finditer(text):
        ruled = _nearest_before(view, cue.start(), ("Organization", "Person"))
        ruler = _first_after(view, cue.end(), ("Organization", "Agency", "Country", "Person"))
        if ruled is None or ruler is None or ruler.start - cue.end() > 40:
            continue
        if cue.group(0).lower() in {"under", "within", "inside"} and ruler.start - cue.end() > 6:
            continue
        if ruler.type == "Country" and ruled.kind not in {"dprk_unit", "group", WORKERS}:
            continue
        yield Found("CONTROLLED_BY", ruled.id, ruler.id, view.index, {}, 0.6)
    for cue in _CONTROLS.finditer(text):
        if re.match(r"\s+(?:under|from|in|on\s+behalf)\b", text[cue.end():]):
            continue  # "operates under Chinyong" is the forward form above
        ruler = _ruler_before(view, cue.start(), context)
        if ruler is None:
            continue
        _start, end = clause_of(view, cue.end())
        objects = [s for s in view.slots if cue.end() <= s.start and s.end <= end
                   and s.start - cue.end() <= 30]  # the direct object, not a later clause
        for ruled in actors(objects):
            if ruled.id != ruler.id and ruler.kind != WORKERS and not (
                    ruler.type == "Person" and ruled.type == "Person"):
                yield Found("CONTROLLED_BY", ruled.id, ruler.id, view.index, {}, 0.6)
    # "KMCTC and its president, U Yong Su": the company answers to its head
    for match in re.finditer(r"\bits\s+(?:president|head|chief\s+executive(?:\s+officer)?|"
                             r"CEO|director|chairman|owner)\b", text):
        org = _nearest_before(view, match.start(), ("Organization",))
        head = _first_after(view, match.end(), ("Person",))
        if org is not None and head is not None and head.start - match.end() < 6:
            yield Found("CONTROLLED_BY", org.id, head.id, view.index, {}, 0.6)
    for match in re.finditer(r"\b(?:is|was)\s+(?:the\s+)?(?:president|head|chief\s+executive|"
                             r"CEO|director|chairman|owner)\s+of\s+", text):
        head = _nearest_before(view, match.start(), ("Person",))
        org = _first_after(view, match.end(), ("Organization",))
        if org is not None and head is not None and org.start - match.end() < 6:
            yield Found("CONTROLLED_BY", org.id, head.id, view.index, {}, 0.6)
    # "North Korea's Reconnaissance General Bureau": a state's unit
    for slot in view.slots:
        if slot.type == "Country" and possessive(view, slot):
            unit = _first_after(view, slot.end, ("Organization",))
            if unit is not None and unit.start - slot.end < 6 and unit.kind in {"dprk_unit"}:
                yield Found("CONTROLLED_BY", unit.id, slot.id, view.index, {}, 0.6)


def _ruler_before(view: SentenceView, offset: int, context: DocContext) -> Slot | None:
    """Who runs what follows: the subject that opens the sentence ("Osong, a front company
    of Department 53, has kept teams ..."), the earlier subject for "It", else the nearest
    organization or person before the verb."""
    subject = next((s for s in view.slots if s.start < 5), None)
    if subject is not None and subject.type in {"Organization", "Person"} and \
            subject.end <= offset and not possessive(view, subject):
        return subject
    if re.match(r"^\s*(?:It|He|She)\b", view.text):
        noted = context.notes.get("subject")
        return noted if isinstance(noted, Slot) else None
    return _nearest_before(view, offset, ("Organization", "Person"))


def names_within(context: DocContext) -> Iterable[Found]:
    """'General Political Bureau of the Korean People's Army' belongs to the army."""
    found = []
    units = context.of_type("Organization", "Agency")
    for unit in units:
        match = re.search(r"\bof\s+(?:the\s+)?(.+)$", unit.name)
        if not match:
            continue
        tail = match.group(1).lower()
        for other in units:
            if other.id != unit.id and other.name.lower() in {tail, "the " + tail} | {
                    a.lower() for a in other.aliases if len(a) > 6 and a.lower() == tail}:
                found.append(Found("CONTROLLED_BY", unit.id, other.id, _first_sentence(
                    context, unit.id), {}, 0.6))
    return found


def _first_sentence(context: DocContext, ident: str) -> int:
    return next((v.index for v in context.views if any(s.id == ident for s in v.slots)), -1)


def fronts(view: SentenceView, context: DocContext) -> Iterator[Found]:
    for cue in _FRONT.finditer(view.text):
        front = _nearest_before(view, cue.start(), ("Organization",))
        owner = None
        before = _nearest_before(view, cue.start(), ("Organization",), skip_possessive=False)
        if before is not None and 0 <= cue.start() - before.end <= 2 and front is not before:
            owner = before  # "another Department 53 front company"
            front = next((s for s in view.slots if s.type == "Organization"
                          and s.start < before.start), None)
        else:
            acts = _ACTS_FOR.search(view.text, cue.end())
            if cue.group(0).lower().endswith((" of", " for")):
                owner = _first_after(view, cue.end(), ("Organization", "Agency"))
            elif acts is not None:
                owner = _first_after(view, acts.end(), ("Organization", "Agency"))
        if front is not None and owner is not None and front.kind != WORKERS:
            yield Found("FRONT_FOR", front.id, owner.id, view.index, {}, 0.7)


def employment(view: SentenceView, context: DocContext) -> Iterator[Found]:
    text = view.text
    for org in view.slots:
        if org.type != "Organization" or org.kind == WORKERS:
            continue
        before = text[max(0, org.start - 60):org.start]
        is_role = _EMPLOY_BEFORE.search(before) or _EMPLOY_POSSESSIVE.match(text[org.end:])
        if not is_role:
            continue
        person = _nearest_before(view, org.start, ("Person",))
        if person is not None:
            yield Found("EMPLOYED_AT", person.id, org.id, view.index, {}, 0.6)
    group_slot = next((s for s in view.slots if s.kind == WORKERS), None)
    group = workers(context) if group_slot is None and re.search(r"\bworkers?\b", text) \
        else (group_slot.entity if group_slot is not None else None)
    if group is not None:
        for cue in _JOBS.finditer(text):
            earlier = _nearest_before(view, cue.start(), ("Organization",))
            employers = _employers_after(view, cue.end()) or ([earlier] if earlier else [])
            for company in employers:
                if company.kind in _EMPLOYERS:
                    yield Found("EMPLOYED_AT", group.id, company.id, view.index, {}, 0.5)
        for hired in _HIRED.finditer(text):
            employer = _nearest_before(view, hired.start(), ("Organization",))
            amount = parse_count(hired.group("count"))
            after_verb = group_slot is None or group_slot.start > hired.start()
            if employer is not None and employer.kind in _EMPLOYERS and after_verb:
                props = {"count": amount.value, "qualifier": amount.qualifier} if amount else {}
                yield Found("EMPLOYED_AT", group.id, employer.id, view.index, props, 0.6)
    if view.lead:
        member_of = re.search(r"\b(?:members?|employees?|officials?|operatives?)\s+of\s+",
                              view.lead)
        employer = next((s for s in view.lead_slots if member_of is not None
                         and s.start >= member_of.end() and s.type == "Organization"), None)
        if employer is not None:
            for person in (s for s in view.slots if s.type == "Person"):
                yield Found("EMPLOYED_AT", person.id, employer.id, view.index, {}, 0.6)


def locations(view: SentenceView, context: DocContext) -> Iterator[Found]:
    text = view.text
    previous_ok = False
    for slot in view.slots:
        if slot.type != "Country":
            previous_ok = False
            continue
        before = text[max(0, slot.start - 60):slot.start]
        coordinated = previous_ok and re.search(r"(?:,|\band)\s+(?:in\s+)?(?:the\s+)?$", before)
        cue = (_LOCATED.search(before) or _SENT_TO.search(before) or coordinated
               or _MODIFIER.match(text[slot.end:]))
        previous_ok = bool(cue)
        if not cue or is_dprk(slot.entity):
            continue  # "workers from North Korea" is where they come from, not where they are
        if re.match(r"^\s*(?:In|From)\s", text[:slot.start]) and slot.start < 12:
            continue  # "In Japan, the FSA has asked ..." sets a scene, not a location
        if _OTHER_NOUN.search(before) or _PRETENCE.search(text[:slot.start]):
            continue  # "companies in the United States"; "appear to be located in the US"
        placed = _nearest_before(view, slot.start, ("Person", "Organization"))
        if placed is not None and placed.type == "Organization" and _ROLE_OF.search(
                text[max(0, placed.start - 40):placed.start]):
            # "Ri Gun Ryol is the chief representative of Unrae Trading in Phnom Penh"
            placed = _nearest_before(view, placed.start, ("Person",)) or placed
        if placed is None and _PRONOUN_START.match(text):
            placed = context.notes.get("last_workers")
        if placed is None:
            continue
        yield Found("LOCATED_IN", placed.id, slot.id, view.index, _place(view, slot), 0.6)
        first = next((s for s in view.slots if s.type == "Organization"), None)
        if first is not None and first is not placed and first.start < 5 and \
                first.kind != WORKERS and placed.kind == WORKERS and not possessive(view, first):
            yield Found("LOCATED_IN", first.id, slot.id, view.index, {}, 0.5)
    yield from _home_state(view, context)
    yield from _residence(view, context)
    group = next((s for s in view.slots if s.kind == WORKERS), None)
    context.notes["last_workers"] = group


_NATIONAL_COMPANY = re.compile(
    r"^,?\s+(?:is\s+)?an?\s+(?:(?:DPRK|North\s+Korean|PRC|Chinese|Russian)\s+)"
    r"(?:(?:IT|trading|state-owned|financial)\s+)?(?:company|bank|firm|entity|institution|"
    r"trading\s+company|front\s+company)\b", re.IGNORECASE)


def _home_state(view: SentenceView, context: DocContext) -> Iterator[Found]:
    """'Korea Sinjin, a DPRK company' / 'Ryujong Credit Bank, a North Korean bank'."""
    for slot in view.slots:
        if slot.type != "Organization" or slot.kind == WORKERS:
            continue
        match = _NATIONAL_COMPANY.match(view.text[slot.end:slot.end + 60])
        if not match:
            continue
        word = match.group(0).lower()
        code = "KP" if ("dprk" in word or "north korean" in word) else \
            "CN" if ("prc" in word or "chinese" in word) else "RU"
        if f"country:{code}" in context.entities:
            yield Found("LOCATED_IN", slot.id, f"country:{code}", view.index, {}, 0.5)


_RESIDENCE = re.compile(r"^,\s+(?:\d{1,3},\s+)?(?:of|from)\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*"
                        r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?)")


def _residence(view: SentenceView, context: DocContext) -> Iterator[Found]:
    """'Christina Marie Chapman, 50, of Litchfield Park, Arizona': where a person lives."""
    gazetteer = context.notes.get("gazetteer")
    if gazetteer is None:
        return
    for slot in view.slots:
        if slot.type != "Person":
            continue
        match = _RESIDENCE.match(view.text[slot.end:slot.end + 80])
        national = re.match(r"^,\s+an?\s+U\.S\.\s+(?:national|citizen)(?:\s+from\s+"
                            r"([A-Z][\w]*(?:\s+[A-Z][\w]*)*))?", view.text[slot.end:])
        place = match.group(1) if match else (national.group(1) or "" if national else "")
        code = gazetteer.place_code(place) if place else ("US" if national else None)
        if code and f"country:{code}" in context.entities:
            props = {"place": place} if place else {}
            yield Found("LOCATED_IN", slot.id, f"country:{code}", view.index, props, 0.6)


def _place(view: SentenceView, slot: Slot) -> dict[str, str]:
    places = [p for offset, p in view.places if 0 < slot.start - offset < 40]
    return {"place": places[-1]} if places else {}


_GROUP_SUBJECT = re.compile(r"^\s*(?:They|The\s+(?:two|three|four|five|six)|These\s+\w+|"
                            r"Both(?:\s+\w+)?)\b")


_HELP_BY = re.compile(r"\b(?:with\s+(?:the\s+)?help\s+(?:from|of)|(?:assisted|helped|"
                      r"facilitated|enabled|supported)\s+by)\s+", re.IGNORECASE)


def facilitation(view: SentenceView, context: DocContext) -> Iterator[Found]:
    by = _HELP_BY.search(view.text)
    if by is not None:  # "... obtained jobs, with help from Quillon": the helper comes after
        helper = _first_after(view, by.end(), ("Person", "Organization"))
        group = workers(context)
        if helper is not None and group is not None and helper.kind != WORKERS:
            yield Found("FACILITATED", helper.id, group.id, view.index, {}, 0.6)
        return
    cue = HELP.search(view.text)
    if cue is None:
        return
    helpers = [s for s in actors(view.slots, exclude_workers=True)
               if s.end <= cue.start() and not possessive(view, s)
               and str(s.entity.properties.get("role", "")) != "judge"]
    if not helpers:
        helpers = _subject_reference(view, context)
    if not helpers:
        return
    helped = _first_after(view, cue.end(), ("Person", "Organization"))
    group = workers(context)
    target = helped.entity if helped is not None else group
    if target is None or (target.type == "Person" and re.match(r"(?:have\s+|has\s+)?worked",
                                                               cue.group(0))):
        return
    start_date, end_date = parse_period(view.text[cue.start():]) if re.search(
        r"\bfrom\b.*\b(?:to|until|through)\b", view.text) else (None, None)
    props = {"period_start": start_date or "", "period_end": end_date or ""}
    for helper in coordinated(view, helpers):
        if helper.id != target.id:
            yield Found("FACILITATED", helper.id, target.id, view.index, dict(props), 0.6)


def _subject_reference(view: SentenceView, context: DocContext) -> list[Slot]:
    """'He has managed ...' / 'They entered into agreements ...': the earlier subject(s)."""
    if re.match(r"^\s*(?:He|She)\b", view.text) and context.notes.get("subject") is not None:
        return [context.notes["subject"]]
    if _GROUP_SUBJECT.match(view.text):
        for leading in reversed(context.notes.get("subject_history", [])):
            if len(leading) >= 2:
                return list(leading)
    return []


def coordinated(view: SentenceView, slots: list[Slot]) -> list[Slot]:
    """The last slot and those joined to it by commas or 'and' ("A, B and C helped")."""
    chain = [slots[-1]]
    for previous in reversed(slots[:-1]):
        gap = view.text[previous.end:chain[0].start]
        if not re.fullmatch(r"\s*(?:,|,?\s*and|,\s*(?:an?|the)\s+[^,]{0,40},)\s*", gap):
            break
        chain.insert(0, previous)
    return unique(chain)
