"""Who designated: one rule for the designator a designation leaves unstated.

A designation whose construction names no actor ("X and Y have also been sanctioned", "the
individuals sanctioned are A, B and C", "among those designated were ...") takes the actor
of the act it continues, looked for nearest first:

1. the sentence: another designating word of the same sentence that names its actor ("the
   companies targeted by the Treasury's office are A and B": the participle names the
   actor, the copula the targets);
2. the paragraph: the last designation before it in the same paragraph that names its
   actor in a main clause (a relative clause or participle only describes its noun);
3. the document's issuer, in its own release (extract/relations.py `_defaults`), as the
   release named its own act (the state, when "the Government of X decided to designate");
4. the last designator the document named (news that names its actor once, in the lede).

Only a stated act of the document's own news counts: a designation the sentence recalls
("had designated", "previously", one dated before the document) or plans ("will
designate", refused before this point by extract/modality.py) names no actor for today's.

A country is the designator only when no agency of that country acts: "The United States
sanctioned eight individuals" in a lede, then "the companies targeted by the Treasury's
office are ..." is one act, and the office is its actor (docs/annotation.md: the office when
the text names the office; one designator per target). A different state's act ("jointly
with the ROK, which designated ...") is never carried over to another state's agency.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from extract import modality
from extract.designation_sets import note_sets

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extract.relation_context import DocContext, Found, Hit

_NOTE = "designation_acts"
_DESCRIBING = frozenset({"relcl", "acl"})


@dataclass(frozen=True)
class Act:
    """One stated designating word of the document that names its actor."""

    sent: int
    word: int
    agents: tuple[str, ...]
    describes: bool  # a relative clause or participle describing a noun
    earlier: bool  # recalled or dated before the document


def note_acts(hits: list[Hit], context: DocContext) -> None:
    """Record every designating word that names its actor, before any hit takes a
    designator (a sentence's actor may come after the word that needs it)."""
    from extract.dating import earlier_act

    acts = []
    for hit in hits:
        if not any(y.type == "DESIGNATED" for y in hit.frame.yields):
            continue
        agents = tuple(a for a in hit.roles.get("agent", []) if _designator(a, context))
        if agents and hit.reading.modality != modality.NOT_STATED:
            acts.append(Act(hit.sent, hit.word.i, agents, describes(hit.word),
                            earlier_act(context, hit.word.i, hit.sent)))
    context.notes[_NOTE] = acts
    note_sets(hits, context)


def describes(word: Token) -> bool:
    """Whether a designating word only describes a noun (a relative clause, a participle:
    "X, which OFAC designated in 2019", "X, designated by the ministry"). A participle with
    a subject of its own is a clause the parser hung on a dateline ("SEOUL: South Korea on
    Friday imposed sanctions on ..."), not a description."""
    if word.dep_ == "acl" and any(c.dep_ == "nsubj" for c in word.children):
        return False
    return word.dep_ in _DESCRIBING


def _acts(context: DocContext) -> list[Act]:
    acts = context.notes.get(_NOTE)
    return acts if isinstance(acts, list) else []


def _designator(entity: str, context: DocContext) -> bool:
    e = context.entities.get(entity)
    return e is not None and e.type in {"Agency", "Country"} and \
        e.properties.get("code") != "KP"


def paragraph_of(context: DocContext, sent: int) -> int:
    """The paragraph a sentence is in: sentences are in one paragraph until a blank line."""
    cache = context.notes.get("paragraphs")
    if not isinstance(cache, list):
        text = context.mentions.text
        cache, number, previous_end = [], 0, 0
        for s in context.mentions.sentences:
            if "\n\n" in text[previous_end:s.start].replace("\r", ""):
                number += 1
            cache.append(number)
            previous_end = s.end
        context.notes["paragraphs"] = cache
    return int(cache[sent]) if 0 <= sent < len(cache) else -1


def in_sentence(hit: Hit, context: DocContext) -> list[str]:
    """Step 1: the nearest other designating word of the sentence that names its actor."""
    near = [a for a in _acts(context) if a.sent == hit.sent and a.word != hit.word.i
            and not a.earlier]
    if not near:
        return []
    return list(min(near, key=lambda a: abs(a.word - hit.word.i)).agents)


def in_paragraph(hit: Hit, context: DocContext) -> list[str]:
    """Step 2: the last main-clause designation of the paragraph before the hit."""
    paragraph = paragraph_of(context, hit.sent)
    before = [a for a in _acts(context) if a.word < hit.word.i and not a.earlier
              and not a.describes and paragraph_of(context, a.sent) == paragraph]
    return list(before[-1].agents) if before else []


def own_release(issuer: list[str], hit: Hit, context: DocContext) -> list[str]:
    """Step 3: the issuer of its own release, as the release named its act: "The Government
    of the Republic of Korea decided to designate 15 individuals" in the ROK foreign
    ministry's release makes the state the designator of the later "Among those designated
    is A" (docs/annotation.md: the state when the text names the state). An act the release
    tells of another state ("Japan also designated ...") never stands for its own."""
    if not issuer:
        return []
    named = in_document(hit, context)
    if len(named) == 1 and named[0] != issuer[0] and \
            _country_code(named[0], context) == _country_code(issuer[0], context) != "":
        return named
    return issuer


def _country_code(entity: str, context: DocContext) -> str:
    e = context.entities.get(entity)
    if e is None:
        return ""
    key = "code" if e.type == "Country" else "country"
    return str(e.properties.get(key, "")).upper()


def in_document(hit: Hit, context: DocContext) -> list[str]:
    """Step 4: the last stated main-clause designation of the document before the hit
    (the act the news told last, whichever frame read it: "its sanctions" names its owner
    as well as "X sanctioned")."""
    before = [a for a in _acts(context) if a.word < hit.word.i and not a.earlier
              and not a.describes]
    return list(before[-1].agents) if before else []


def agency_for_country(chosen: list[str], hit_word: int, context: DocContext) -> list[str]:
    """A country stands for its agency when that agency acts in the document's own news:
    the nearest such act before the word, else the first after it."""
    if len(chosen) != 1:
        return chosen
    country = context.entities.get(chosen[0])
    if country is None or country.type != "Country":
        return chosen
    code = str(country.properties.get("code", "")).upper()
    if not code or context.meta.language not in {"", "en"}:
        return chosen
    acting = [(a.word, agent) for a in _acts(context) if not a.earlier for agent in a.agents
              if _agency_of(agent, code, context)]
    if not acting:
        return chosen
    before = [x for x in acting if x[0] <= hit_word]
    return [(before[-1] if before else acting[0])[1]]


def _agency_of(entity: str, code: str, context: DocContext) -> bool:
    e = context.entities.get(entity)
    return e is not None and e.type == "Agency" and \
        str(e.properties.get("country", "")).upper() == code


def one_designator_per_target(found: list[Found], context: DocContext) -> list[Found]:
    """A country's designation of a target that its own agency also designates in the same
    act (no two different dates) is the agency's: drop the country's."""
    if context.meta.language not in {"", "en"}:
        return found
    by_agency: dict[tuple[str, str], set[str]] = {}
    for f in found:
        if f.type == "DESIGNATED":
            e = context.entities.get(f.source)
            if e is not None and e.type == "Agency":
                code = str(e.properties.get("country", "")).upper()
                by_agency.setdefault((f.target, code), set()).add(_stated_date(f))
    kept = []
    for f in found:
        e = context.entities.get(f.source) if f.type == "DESIGNATED" else None
        if e is not None and e.type == "Country":
            dates = by_agency.get((f.target, str(e.properties.get("code", "")).upper()))
            date = _stated_date(f)
            if dates and (not date or "" in dates or date in dates):
                continue
        kept.append(f)
    return kept


def _stated_date(f: Found) -> str:
    """The date the sentence gives the act; "" when it gives none (the document's date
    only stands in for it)."""
    return "" if f.date_basis != "sentence" else str(f.props.get("date", ""))
