"""Counted plural references to a set the text listed: "the two men", "both companies",
"the four", "all three", "Both were ...", "the pair".

"Kim and Park opened the accounts. The two men ..." : the reference names how many it
means, and it stands for the list of exactly that many named actors of its type in this
sentence or the three before it (extract/groups.py). Two such lists that differ, or none,
leave the reference unresolved: a set is never guessed. A reference the descriptions took
for a new group ("the two companies" read as "two companies") is this set instead.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.groups import Listed, Rival, coordinations, group_spans, named_lists
from extract.mentions import DocMentions, MentionSpan
from extract.normalize.numbers import COUNT_WORD_PATTERN, COUNT_WORDS
from extract.plural_refs import AGENCY_NOUNS, fits_noun, spoken
from graph.model import ExtractedEntity

# "the two defendants" are all the document's defendants or no one (extract/defendants.py)
_PERSONS = ("men|women|individuals|persons|people|nationals|facilitators|conspirators|"
            "co-conspirators|brothers|sisters")
_ORGS = "companies|firms|entities|businesses|banks|organizations|corporations"
_NOUN = rf"(?P<noun>{_PERSONS}|{_ORGS}|{AGENCY_NOUNS})"
# "the four are accused", "the two kept": a bare number is a reference only before its verb
_VERB_NEXT = (r"(?=\s+(?:[a-z]+ed|are|were|have|had|will|would|could|also|then|each|both|"
              r"all|allegedly|later|kept|made|sent|took|ran|paid|got|gave|met|held|told|"
              r"sold|bought|began|left|went)\b|\s*[,;])")
_COUNTED = re.compile(
    rf"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?P<number>{COUNT_WORD_PATTERN})"
    rf"(?:\s+{_NOUN}\b|{_VERB_NEXT})(?!\s+of\b)")
_BOTH = re.compile(rf"\b[Bb]oth\s+(?:of\s+the\s+|the\s+)?{_NOUN}\b(?!\s+of\b)")
# "All three were charged", "all four men"; "Both were sentenced" opening a sentence; "the
# pair"
# ... and "designated all three on May 2", "sanctioned all four.": as an object, before a
# preposition or the end of the clause (not "all three of", "all three countries")
_OBJECT_END = r"(?=\s+(?:on|in|at|by|under|for|as|with|earlier|today|last|that)\b|\s*[.;])"
_ALL = re.compile(rf"\b[Aa]ll\s+(?P<number>{COUNT_WORD_PATTERN})"
                  rf"(?:\s+{_NOUN}\b|{_VERB_NEXT}|{_OBJECT_END})(?!\s+of\b)")
_BARE_BOTH = re.compile(rf"(?<![\w,] )Both{_VERB_NEXT}")
_PAIR = re.compile(r"\b[Tt]he\s+(?:pair|duo)\b(?!\s+of\b)")
_WINDOW = 3  # sentences back


def _types(noun: str | None) -> set[str]:
    if not noun:
        return {"Person", "Organization"}
    if re.fullmatch(AGENCY_NOUNS, noun.lower()):
        return {"Agency"}
    return {"Organization"} if re.fullmatch(_ORGS, noun.lower()) else {"Person"}


def _the_set(lists: list[Listed], rivals: list[Rival], sent: int,
             start: int, count: int, types: set[str]) -> tuple[str, ...] | None:
    """The one list of `count` names that fits, or None; any other coordination of that
    many names in the window (one the model misread included) makes it ambiguous, unless
    it holds an actor of another type ("Acme and Kestrel" is no rival to "the two men")."""
    fits = [x for x in lists if x.complete and x.end <= start and x.type in types
            and sent - _WINDOW <= x.sent <= sent and len(x.members) == count]
    if len({x.members for x in fits}) != 1:
        return None
    places = {(x.start, x.end) for x in fits}
    if any((a, b) not in places and b <= start and sent - _WINDOW <= s <= sent
           and size == count and kinds <= types for a, b, s, size, kinds in rivals):
        return None
    return fits[0].members


def _references(text: str) -> list[tuple[int, int, int, str | None]]:
    found = [(m.start(), m.end(), COUNT_WORDS[m.group("number").lower()], m.group("noun"))
             for m in _COUNTED.finditer(text)]
    found += [(m.start(), m.end(), 2, m.group("noun")) for m in _BOTH.finditer(text)]
    found += [(m.start(), m.end(), COUNT_WORDS[m.group("number").lower()], m.group("noun"))
              for m in _ALL.finditer(text)]
    found += [(m.start(), m.end(), 2, None) for m in _BARE_BOTH.finditer(text)]
    found += [(m.start(), m.end(), 2, "persons") for m in _PAIR.finditer(text)]
    return sorted(found)


def resolve_counted(mentions: DocMentions, entities: dict[str, ExtractedEntity],
                    doc: Doc | None = None) -> list[MentionSpan]:
    """Add one mention per member for every counted reference resolved; return them. A
    list that names the speakers of a quote ('"...," said A and B. The pair ...') is no
    antecedent: what the next sentence tells is not the speakers' act."""

    lists = named_lists(mentions, entities)
    # the agencies a text listed ("the three agencies"), read on the first reference naming them
    agency_lists: list[Listed] = []

    def lists_for(types: set[str]) -> list[Listed]:
        if types != {"Agency"}:
            return lists
        if not agency_lists:
            agency_lists.extend(named_lists(mentions, entities, ("Agency",)))
        return agency_lists

    rivals = coordinations(mentions, entities)
    added: list[MentionSpan] = []
    dropped: list[MentionSpan] = []
    for start, end, count, noun in _references(mentions.text):
        sent = mentions.sentence_at(start)
        if sent < 0:
            continue
        inside = [m for m in mentions.in_sentence(sent)
                  if m.entity and m.start < end and start < m.end]
        described = [m for m in inside if entities.get(m.entity) is not None
                     and entities[m.entity].unnamed and start <= m.start and m.end <= end]
        if len(described) != len(inside):
            continue  # a name or a resolved reference holds these words
        types = _types(noun)
        members = _the_set(lists_for(types), rivals, sent, start, count, types)
        if members is None or not fits_noun(noun or "", members, entities) or any(
                x.members == members and spoken(doc, mentions, x)
                for x in lists if sent - _WINDOW <= x.sent <= sent):
            continue
        dropped.extend(described)
        spans = group_spans(mentions, entities, start, end, members,
                            (noun or "").lower() or str(count))
        added.extend(spans)
    if dropped:  # "the two companies" is the listed set, not a new group of two
        gone = {id(m) for m in dropped}
        for m in dropped:
            entity = entities[m.entity]
            entity.mentions = [x for x in entity.mentions
                               if (x.start, x.end) != (m.start, m.end)]
        mentions.mentions = [m for m in mentions.mentions if id(m) not in gone]
    mentions.add(added)
    return added
