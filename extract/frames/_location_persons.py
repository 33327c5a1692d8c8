"""Readings of a person's place for the location frames (location.py).

- "A and B received laptops at their homes in Y" (`their_home_owners`): when coreference
  leaves "their" open, the named persons the clause's subject lists own the homes.
- "P was employed by X in Y", "X worked with Z in Y", "X hid the laptops in Y"
  (`after_the_employer`, `after_a_partner_or_object`): a place right after another party
  or an object may be theirs, so it places no one by that act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

# plural nouns for people or firms: one between a list and "their" may be what it refers to
_OTHERS = frozenset({"workers", "companies", "employees", "nationals", "victims", "firms",
                     "individuals", "people", "businesses", "employers", "clients", "men",
                     "women", "co-conspirators", "conspirators", "facilitators", "families"})


def _listed_subject(word: Token, their: Token, context: DocContext) -> list[str]:
    """The named persons a clause's subject lists, for "their" inside that clause: "A and B
    received laptops at their homes in Y", "A and B are accused of keeping laptops at their
    homes in Y". Nothing when the subject names one person or none, is a relative pronoun,
    or when another plural of people or firms, or another named actor, stands between the
    subject and "their" (it may be theirs)."""
    head = word
    for _ in range(6):
        if head.head.i == head.i:  # each .head is a new Token: compare by index
            return []
        head = head.head
        subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None:
            continue
        listed = [context.index.at(t) for t in (subject, *subject.conjuncts)]
        people = list(dict.fromkeys(e for e in listed if e))
        if len(people) < 2 or len(people) < len(listed) or any(
                context.entities[e].type != "Person" for e in people):
            return []
        end = max(t.i for t in (subject, *subject.conjuncts))
        between = word.doc[end + 1:their.i]
        others = {context.index.at(t) for t in between} - set(people) - {""}
        if any(t.lower_ in _OTHERS for t in between) or any(
                context.entities[e].type in {"Person", "Organization"} for e in others):
            return []
        return people
    return []


def their_home_owners(hit: Hit, context: DocContext) -> None:
    """Fill the home frame's empty "placed" role from "their" (`_listed_subject`)."""
    their = next((c for c in hit.word.children if c.lower_ == "their"), None)
    if not hit.roles.get("placed") and their is not None and not context.index.at(their):
        people = _listed_subject(hit.word, their, context)
        if people:
            hit.roles["placed"] = people
            hit.paths.setdefault("placed", 0)


_PLACE_PREPS = frozenset({"in", "inside", "within"})


def _right_after(word: Token, phrase: Token) -> bool:
    """A place preposition of `word` starts right after the phrase `phrase` heads."""
    end = max(t.i for t in phrase.subtree)
    return any(c.dep_ == "prep" and c.i == end + 1 and c.lower_ in _PLACE_PREPS
               for c in word.children)


def after_the_employer(word: Token) -> bool:
    """"P was employed (directed) by X in Y": a place right after the agent may be the
    employer's ("a company in Y" that hired a worker who was elsewhere), so it places no
    worker; "X employs P in Y", the place after the one employed, still does."""
    return any(c.dep_ == "agent" and _right_after(word, c) for c in word.children)


# the phrases of an act whose own noun a place right after them may describe
_PARTNERS = frozenset({"with", "for", "alongside", "through"})


def after_a_partner_or_object(word: Token) -> bool:
    """"X worked with co-conspirators in Y", "X worked for clients in Y", "X hid the laptops
    in Y", "X operates delegations in Y": the place right after the partner, the client or
    the object may be theirs (the parser hangs it on the verb either way), so it places
    not X; "X worked in Y with Z", the place first, still does, and so does "X was
    arrested by the police in Y" (the agent of an arrest is where it happened)."""
    return any((c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in _PARTNERS))
               and _right_after(word, c) for c in word.children)
