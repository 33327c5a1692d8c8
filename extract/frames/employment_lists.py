"""EMPLOYED_AT from a lead sentence that lists an organization's members, one person per
list item (the frames are in employment.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from extract.frames.employment import EMPLOYERS
from extract.relation_context import Found

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from extract.relation_context import DocContext


# "The 14 members are:" / "Its officials include:" then one name per list item
_MEMBERS = frozenset({"member", "members", "employee", "employees", "official", "officials",
                      "representative", "representatives", "operative", "operatives"})
_LISTING_VERBS = frozenset({"be", "include"})


def _members_of(span: Span, context: DocContext) -> str:
    """The organization a member noun of the sentence belongs to: "members of X"."""
    for word in span:
        if word.lower_ not in _MEMBERS:
            continue
        for p in word.children:
            if p.dep_ == "prep" and p.lower_ in {"of", "at"}:
                for o in p.children:
                    entity = context.index.at(o) if o.dep_ == "pobj" else ""
                    if entity and context.entities[entity].type in EMPLOYERS:
                        return entity
    return ""


def _listing_members(span: Span) -> Token | None:
    """The member noun a lead sentence lists: subject of "are"/"include", or the lead itself
    ("Members of X:")."""
    root = span.root
    if root.lower_ in _MEMBERS:
        return root
    if root.lemma_ in _LISTING_VERBS:
        return next((c for c in root.children if c.dep_ == "nsubj" and c.lower_ in _MEMBERS),
                    None)
    return None


def listed_members(context: DocContext) -> Iterable[Found]:
    """A lead sentence that lists the members of an organization, then one person per item.
    A definite lead ("The 14 members are:") takes the organization from the sentence
    before it ("Fourteen of them are members of X.")."""
    by_lead: dict[int, list[int]] = {}
    for item, lead in context.leads.items():
        by_lead.setdefault(lead, []).append(item)
    found: list[Found] = []
    for lead, items in by_lead.items():
        span = context.sentence_span(lead)
        members = _listing_members(span)
        if members is None:
            continue
        employer = _members_of(span, context)
        definite = any(c.lower_ in {"the", "these", "those"} for c in members.children)
        if not employer and definite and lead > 0:
            employer = _members_of(context.sentence_span(lead - 1), context)
        if not employer:
            continue
        for item in items:
            people = [e for e in context.sentence_entities(item)
                      if context.entities[e].type == "Person"][:1]
            found.extend(Found("EMPLOYED_AT", person, employer, item, {},
                               "employment-list-members.v1", "list") for person in people)
    return found


DOCUMENT_RULES = (listed_members,)
