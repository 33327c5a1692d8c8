"""Sets of actors the text itself lists, and the mentions that stand for a whole set.

A plural reference ("the two men", "both companies", "the four", "six nationals of the PRC,
A, B, ... and F") may stand for a set the text listed and for nothing else: a set the text
never listed is never guessed. A list here is a coordination of named actors of one type:
"A and B", "A, B and C", "A as well as B", "to A and to B". A reference to a set becomes one
`MentionSpan` per member on the same words (`group_spans`); the relation frames then read
the words as every member (extract/arguments.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.mentions import CONTEXT_LABELS, DocMentions, MentionSpan
from graph.model import ExtractedEntity, Mention, default_model

# the actors a text may list and count as a group: the node types a plural description
# ("two companies", "six nationals") can stand for, those whose model carries a count
_MODEL = default_model()
GROUP_TYPES = tuple(label for label in _MODEL.entity_labels
                    if "count" in _MODEL.node(label).properties)
_PLACE = r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}"
# what a court release says of each person it lists: "Jane Roe, 41, of Mesa, Arizona, and
# ...", "Jane Roe, 41, and ...", "Jane Roe, a Mexican national, and ..."
_ABOUT = (rf"(?:,\s*\d{{1,3}}(?:,\s*(?:of|from)\s+{_PLACE}(?:,\s*{_PLACE})?)?"
          rf"|,\s*(?:of|from)\s+{_PLACE}(?:,\s*{_PLACE})?"
          rf"|,\s*an?\s+(?:[A-Z][\w.'-]*\s+){{1,2}}(?:national|citizen|resident))")
# what may stand between two items of one list; "or" offers a choice, not a set. An item
# may carry its place: "Yanbian Silverstar in China and Volasys Silverstar in Russia"
_GAP = re.compile(rf"(?:\s+(?:in|of|from)\s+(?:the\s+)?{_PLACE}|{_ABOUT})?"
                  r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|(?:and|as\s+well\s+as)\s+)"
                  r"(?:(?:to|with|for|by|from|against|of|on)\s+)?")
# offices are listed with their articles: "the FBI, the State Department and the Treasury"
_AGENCY_GAP = re.compile(rf"(?:{_GAP.pattern})(?:the\s+)?")
_JOINED = re.compile(r"\band\b|\bas\s+well\s+as\b")
# the list goes on ("A and B, and an unnamed accomplice"): unless a name of another type
# follows, its named part is not the whole set
_GOES_ON = re.compile(rf"(?:{_ABOUT})?\s*,?\s*(?:and|or|as\s+well\s+as)\s+")


@dataclass(frozen=True)
class Listed:
    """A list of named actors of one type, in text order."""

    members: tuple[str, ...]
    type: str
    start: int
    end: int
    sent: int
    complete: bool  # False when the coordination goes on past the names ("A, B and two...")


def _named(m: MentionSpan, entities: dict[str, ExtractedEntity],
           types: tuple[str, ...] = GROUP_TYPES) -> ExtractedEntity | None:
    e = entities.get(m.entity) if m.entity else None
    if e is None or e.unnamed or e.type not in types or "reference" in m.props:
        return None
    return e


def named_lists(mentions: DocMentions, entities: dict[str, ExtractedEntity],
                types: tuple[str, ...] = GROUP_TYPES) -> list[Listed]:
    """Every list of two or more named actors of one type joined by "and" (at least once);
    actors of `types` (persons and organizations unless asked for others)."""
    found: list[Listed] = []
    run: list[tuple[MentionSpan, ExtractedEntity]] = []
    joined = False
    last_end = -1

    def close(following: MentionSpan | None) -> None:
        members = tuple(dict.fromkeys(e.id for _, e in run))
        goes_on = _GOES_ON.match(mentions.text, run[-1][0].end)
        complete = not goes_on or (following is not None and following.start == goes_on.end()
                                   and bool(following.entity))
        if len(members) >= 2 and joined:
            found.append(Listed(members, run[0][1].type, run[0][0].start, run[-1][0].end,
                                run[0][0].sent, complete))

    for m in mentions.mentions:
        if m.start < last_end:
            continue  # a mention inside another (a place inside a name)
        e = _named(m, entities, types)
        if e is None:
            if m.entity or m.label in types:
                last_end = max(last_end, m.end)
            continue
        last_end = m.end
        if run:
            prev, prev_e = run[-1]
            gap = mentions.text[prev.end:m.start]
            gaps = _AGENCY_GAP if e.type == "Agency" else _GAP
            if prev.sent == m.sent and prev_e.type == e.type and gaps.fullmatch(gap):
                joined = joined or bool(_JOINED.search(gap))
                run.append((m, e))
                continue
            close(m)
        run, joined = [(m, e)], False
    if run:
        close(None)
    return found


Rival = tuple[int, int, int, int, frozenset[str]]


def coordinations(mentions: DocMentions, entities: dict[str, ExtractedEntity]) -> list[Rival]:
    """(start, end, sentence, size, types of its resolved items) of every "A and B" /
    "A, B and C" of name-like mentions, resolved or not: a rival to a list of names, where
    the model read one of the names as something else or not at all."""
    found: list[Rival] = []
    run: list[MentionSpan] = []
    joined = False
    for m in [*mentions.mentions, None]:
        if m is not None and (m.label in CONTEXT_LABELS or m.label == "MONEY"
                              or (run and m.start < run[-1].end)):
            continue
        if m is not None and run and run[-1].sent == m.sent:
            gap = mentions.text[run[-1].end:m.start]
            # an office after "the" may be an item too: a list of agencies is a rival
            if _GAP.fullmatch(gap) or (m.label not in GROUP_TYPES
                                       and _AGENCY_GAP.fullmatch(gap)):
                joined = joined or bool(_JOINED.search(gap))
                run.append(m)
                continue
        if len(run) >= 2 and joined:
            types = frozenset(entities[x.entity].type for x in run if x.entity in entities)
            found.append((run[0].start, run[-1].end, run[0].sent, len(run), types))
        run, joined = ([m] if m is not None else []), False
    return found


def group_spans(mentions: DocMentions, entities: dict[str, ExtractedEntity], start: int,
                end: int, members: tuple[str, ...], word: str) -> list[MentionSpan]:
    """One mention per member on the words start..end; each member gains the mention."""
    spans = []
    for ident in members:
        entity = entities[ident]
        span = mentions.new_span(entity.type, start, end, entity=ident,
                                 props={"reference": word, "group": len(members)})
        entity.mentions.append(Mention(start, end, mentions.text[start:end]))
        spans.append(span)
    return spans


# between a counted description and the names it announces: "six nationals of the People's
# Republic of China (PRC), A, ...", "two companies under his control, A and B", "four
# nationals: A, B, C and D", and a dash that opens a parenthetical list ("two of its front
# companies — A and B — and C")
_TAIL = re.compile(r"[^,.;:()—–]{0,60}?(?:\([^()]{1,20}\))?\s*(?:[,:—–]|--)\s*")


def listed_after(mentions: DocMentions, lists: list[Listed], end: int, count: int,
                 type_: str) -> Listed | None:
    """The list of exactly `count` names of `type_` that a counted description ending at
    `end` announces, with no other actor between them."""
    tail = _TAIL.match(mentions.text, end)
    if tail is None:
        return None
    listed = next((x for x in lists if x.start == tail.end()), None)
    if listed is None or listed.type != type_ or len(listed.members) != count:
        return None
    sent = mentions.sentence_at(end)
    if any(m.entity and end <= m.start < tail.end() and m.label in GROUP_TYPES
           for m in mentions.in_sentence(sent)):
        return None
    return listed
