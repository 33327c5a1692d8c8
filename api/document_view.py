"""A document's text cut into segments for the document page, entity names linked.

The store keeps, for each entity, the sentences of a document that mention it, not the
exact words; so the page looks for the entity's name and aliases inside those sentences
and links the words it finds. Every segment carries its character offsets, so the page
can mark any range a link asks for (#ev-START-END) exactly.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from api.schemas import DocumentOut, EntityRef, SpanOut

MIN_TERM = 2  # shorter aliases ("a", "I") would light up every sentence


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str
    entity: EntityRef | None = None


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    entity: EntityRef


def _pattern(term: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])" + re.escape(term) + r"(?![\w])", re.IGNORECASE)


def mentions(doc: DocumentOut, aliases: Mapping[str, Sequence[str]]) -> list[Mention]:
    """Names and aliases found inside each entity's mention sentences; longest names win."""
    candidates: list[Mention] = []
    for span in doc.spans:
        if span.kind != "mention" or span.entity is None:
            continue
        terms = {span.entity.name, *aliases.get(span.entity.id, ())}
        sentence = doc.text[span.start:span.end]
        for term in terms:
            if len(term.strip()) < MIN_TERM:
                continue
            for match in _pattern(term.strip()).finditer(sentence):
                candidates.append(Mention(span.start + match.start(), span.start + match.end(),
                                          span.entity))
    taken: list[Mention] = []
    for m in sorted(candidates, key=lambda m: (-(m.end - m.start), m.start)):
        if all(m.end <= t.start or m.start >= t.end for t in taken):
            taken.append(m)
    return sorted(taken, key=lambda m: m.start)


def segments(doc: DocumentOut, found: Sequence[Mention]) -> list[Segment]:
    """The whole text as consecutive segments; each lies inside one mention or none."""
    text = doc.text
    cuts = {0, len(text)}
    for span in doc.spans:
        if span.kind == "evidence" and 0 <= span.start <= span.end <= len(text):
            cuts.update((span.start, span.end))
    for m in found:
        cuts.update((m.start, m.end))
    owner = {(m.start, m.end): m.entity for m in found}
    inside = sorted(owner)
    out = []
    for a, b in itertools.pairwise(sorted(cuts)):
        if b <= a:
            continue
        entity = next((owner[(s, e)] for s, e in inside if s <= a and b <= e), None)
        out.append(Segment(a, b, text[a:b], entity))
    return out


def relations(doc: DocumentOut) -> list[SpanOut]:
    """Evidence spans (one relation and its sentence each), in reading order, deduplicated."""
    seen: set[tuple[int, int, str | None, str | None, str | None]] = set()
    out = []
    for span in sorted(doc.spans, key=lambda s: (s.start, s.end)):
        if span.kind != "evidence":
            continue
        key = (span.start, span.end, span.relationship,
               span.entity.id if span.entity else None, span.target.id if span.target else None)
        if key not in seen:
            seen.add(key)
            out.append(span)
    return out
