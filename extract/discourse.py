"""Counted plurals whose set the discourse gives, not one coordination: "the two traders",
"these four men", "the four" when the names came as a roster.

extract/plurals.py resolves "the two men" to the one list of two named actors in the last
three sentences. Two constructions it leaves open are read here, with the same rule that a
set is never guessed:
- a role noun of persons or firms the closed noun list of plurals.py lacks ("the two
  traders", "the three brokers", "the two exchanges"): the same windowed list decides;
- a roster: a notice or an indictment names its persons one a line, or one a paragraph, and
  later says "these four men" or "the four". With no list in the window, the reference is
  the named actors of its type the document introduced before it (officials introduced by
  a title aside), when they are exactly as many as it counts. One more or one fewer named
  actor, and nothing is resolved: the count is what singles the set out.
"""

from __future__ import annotations

import re

from extract.groups import coordinations, group_spans, named_lists
from extract.mentions import DocMentions, MentionSpan
from extract.normalize.numbers import COUNT_WORD_PATTERN, COUNT_WORDS
from extract.plurals import _ORGS, _PERSONS, _VERB_NEXT, _the_set
from extract.resolve.base import DocEntities

# persons by what they do, firms by kind, beyond the nouns plurals.py reads itself
_NEW_PERSONS = ("traders|brokers|bankers|developers|operators|hackers|suspects|fugitives|"
                "accomplices|associates|executives|recruiters|launderers|couriers|"
                "programmers|engineers")
_NEW_FIRMS = "exchanges|fronts|suppliers|vendors|subsidiaries|affiliates"
_PERSON_ROLES = f"{_NEW_PERSONS}|{_PERSONS}"
_FIRM_ROLES = f"{_NEW_FIRMS}|{_ORGS}"
_NEW_NOUNS = frozenset(f"{_NEW_PERSONS}|{_NEW_FIRMS}".split("|"))
_COUNTED = re.compile(
    rf"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?P<number>{COUNT_WORD_PATTERN})"
    rf"(?:\s+(?P<noun>{_PERSON_ROLES}|{_FIRM_ROLES})\b|{_VERB_NEXT})(?!\s+of\b)")


def _types(noun: str | None) -> set[str]:
    if not noun:
        return {"Person"}  # a bare "the four" in a roster: persons, the usual roster
    return {"Organization"} if re.fullmatch(_FIRM_ROLES, noun.lower()) else {"Person"}


def _roster(mentions: DocMentions, result: DocEntities, start: int, types: set[str],
            skip: set[str]) -> tuple[str, ...]:
    """The named actors of these types first named before `start`, in text order."""
    first: dict[str, int] = {}
    for m in mentions.mentions:
        e = result.entities.get(m.entity) if m.entity else None
        if e is None or e.unnamed or e.type not in types or e.id in skip or \
                "reference" in m.props or "group" in m.props or m.start >= start:
            continue
        if e.type == "Organization" and e.properties.get("kind") not in {
                "company", "front_company", None}:
            continue
        first.setdefault(e.id, m.start)
    return tuple(sorted(first, key=first.__getitem__))


def resolve_discourse_sets(mentions: DocMentions, result: DocEntities,
                           officials: set[str]) -> list[MentionSpan]:
    """Add one mention per member for every counted reference resolved here; return them."""
    lists = named_lists(mentions, result.entities)
    rivals = coordinations(mentions, result.entities)
    added: list[MentionSpan] = []
    for match in _COUNTED.finditer(mentions.text):
        start, end = match.start(), match.end()
        sent = mentions.sentence_at(start)
        if sent < 0:
            continue
        inside = [m for m in mentions.in_sentence(sent)
                  if m.entity and m.start < end and start < m.end]
        described = [m for m in inside if m.entity in result.entities
                     and result.entities[m.entity].unnamed and start <= m.start
                     and m.end <= end]
        if len(described) != len(inside):
            continue  # a name or a resolved reference holds these words
        noun = match.group("noun")
        count = COUNT_WORDS[match.group("number").lower()]
        types = _types(noun)
        members = _the_set(lists, rivals, sent, start, count, types)
        if members is not None and noun is not None and noun.lower() not in _NEW_NOUNS:
            continue  # plurals.py reads that one (it ran before; something refused it)
        if members is None and any(x.end <= start and sent - 3 <= x.sent <= sent
                                   and len(x.members) == count for x in lists):
            continue  # a list of that many that is not the set: no roster either
        if members is None:
            roster = _roster(mentions, result, start, types, officials)
            members = roster if len(roster) == count else None
        if not members:
            continue
        _drop(mentions, result, described)  # "these four men" is the set, not a new group
        spans = group_spans(mentions, result.entities, start, end, members,
                            (noun or "").lower() or str(count))
        mentions.add(spans)
        added.extend(spans)
    return added


def _drop(mentions: DocMentions, result: DocEntities, described: list[MentionSpan]) -> None:
    if not described:
        return
    gone = {id(m) for m in described}
    for m in described:
        entity = result.entities[m.entity]
        entity.mentions = [x for x in entity.mentions if (x.start, x.end) != (m.start, m.end)]
    mentions.mentions = [m for m in mentions.mentions if id(m) not in gone]
