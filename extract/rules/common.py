"""Helpers the relation rules share: clause boundaries, voice, subjects and document roles.

These encode how English government prose attaches a modifier to a name: an appositive
follows the name it describes, a possessive ("Osong's chief representative") makes the name
a modifier rather than the subject, and a clause ends at a semicolon or a relative pronoun.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extract.relations import DocContext, SentenceView, Slot
from graph.model import ExtractedEntity

WORKERS = "worker_group"
POSSESSIVE = re.compile(r"^\s*['’]s?\b")
BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|has been|have been)\s+"
                       r"(?:(?:also|each|both|now|all|jointly|today|being)\s+)*$", re.I)
CLAUSE_BREAK = re.compile(r";|\s(?:who|which|whose|while|because|although|where)\s|:\s", re.I)
RELATIVE_BY = re.compile(r"\bby\s+$", re.I)


def possessive(view: SentenceView, slot: Slot) -> bool:
    """'Osong's chief representative': the slot modifies the next noun."""
    return bool(POSSESSIVE.match(view.text[slot.end:slot.end + 3]))


def passive_at(view: SentenceView, offset: int) -> bool:
    return bool(BE_BEFORE.search(view.text[max(0, offset - 40):offset]))


def clause_of(view: SentenceView, offset: int) -> tuple[int, int]:
    """Character range of the clause around `offset` (semicolons and relatives end clauses)."""
    text = view.text
    start = 0
    for match in CLAUSE_BREAK.finditer(text):
        if match.end() <= offset:
            start = match.end()
        elif match.start() >= offset:
            return start, match.start()
    return start, len(text)


def slots_between(view: SentenceView, start: int, end: int,
                  types: Iterable[str]) -> list[Slot]:
    wanted = set(types)
    return [s for s in view.slots if start <= s.start and s.end <= end and s.type in wanted]


def actors(slots: Iterable[Slot], exclude_workers: bool = False) -> list[Slot]:
    result = [s for s in slots if s.type in {"Person", "Organization"}]
    if exclude_workers:
        result = [s for s in result if s.kind != WORKERS]
    return result


def workers(context: DocContext) -> ExtractedEntity | None:
    found = context.kind(WORKERS)
    return found[0] if found else None


def country_code(entity: ExtractedEntity) -> str:
    return str(entity.properties.get("code", "")) if entity.type == "Country" else ""


def is_dprk(entity: ExtractedEntity) -> bool:
    return country_code(entity) == "KP"


def unique(slots: Iterable[Slot]) -> list[Slot]:
    seen: set[str] = set()
    result = []
    for s in slots:
        if s.id not in seen:
            seen.add(s.id)
            result.append(s)
    return result


def narrowest_agencies(view: SentenceView, slots: list[Slot]) -> list[Slot]:
    """'the Department of the Treasury's Office of Foreign Assets Control' names OFAC acting;
    the parent before the possessive is only its address."""
    return [s for s in slots if not (s.type == "Agency" and possessive(view, s) and any(
        o.type == "Agency" and 0 <= o.start - s.end <= 4 for o in slots))]


def date_in(view: SentenceView) -> str:
    return view.dates[0][1] if view.dates else ""


def subject(view: SentenceView, types: Iterable[str] = ("Person", "Organization")
            ) -> Slot | None:
    """The first slot of the sentence when it opens the sentence (the grammatical subject)."""
    wanted = set(types)
    for s in view.slots:
        if s.start > 60:
            return None
        if s.type in wanted and not possessive(view, s):
            return s
        if s.type in {"Person", "Organization", "Agency"}:
            return None
    return None


# Sub-units that act for an issuing department: a Treasury release designates through OFAC.
_ACTING_UNIT = {"agency:department-of-the-treasury": "agency:office-of-foreign-assets-control"}


def issuer_ids(context: DocContext) -> list[str]:
    """Entities of this document that stand for its issuers (front matter), most specific
    first: OFAC for a Treasury release when OFAC is named, else the agency, else the state."""
    from graph.ids import entity_id

    found: list[str] = []
    for issuer in context.meta.issuers:
        agency = str(issuer.get("agency", "")).strip()
        code = str(issuer.get("country", "")).strip().upper()
        candidates = []
        if agency:
            ident = entity_id("Agency", agency)
            candidates = [_ACTING_UNIT.get(ident, ident), ident]
        if code:
            candidates.append(f"country:{code}")
        for ident in candidates:
            if ident in context.entities and ident not in found:
                found.append(ident)
                break
    return found
