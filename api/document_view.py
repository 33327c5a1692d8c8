"""A document's text cut into segments for the document page, mentions linked.

The page marks any character range a link asks for (#ev-START-END), so every segment
carries its offsets; cutting at every mention and evidence boundary keeps those marks
exact. Overlapping mentions are resolved to the longest, then the earliest.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from api.schemas import DocumentOut, EntityRef, SpanOut


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str
    entity: EntityRef | None = None


def _owner(mentions: list[SpanOut], start: int, end: int) -> EntityRef | None:
    covering = [m for m in mentions if m.start <= start and end <= m.end and m.entity]
    if not covering:
        return None
    best = max(covering, key=lambda m: (m.end - m.start, -m.start))
    return best.entity


def segments(doc: DocumentOut) -> list[Segment]:
    """The whole text as consecutive segments; each lies inside one mention or none."""
    text = doc.text
    mentions = [s for s in doc.spans if s.kind == "mention" and 0 <= s.start < s.end <= len(text)]
    cuts = {0, len(text)}
    for span in doc.spans:
        if 0 <= span.start <= len(text) and 0 <= span.end <= len(text):
            cuts.update((span.start, span.end))
    ordered = sorted(cuts)
    return [Segment(a, b, text[a:b], _owner(mentions, a, b))
            for a, b in itertools.pairwise(ordered) if b > a]


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
