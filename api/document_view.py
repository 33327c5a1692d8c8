"""A document's text cut into segments for the document page, entity names linked.

The store keeps, for each entity, the sentences of a document that mention it, not the
exact words; so the page looks for the entity's name and aliases inside those sentences
and links the words it finds. Every segment carries its character offsets, so the page
can mark any range a link asks for (#ev-START-END) exactly.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from api.schemas import DocumentOut, EntityRef, SpanOut

MIN_TERM = 2  # shorter aliases ("a", "I") would light up every sentence
MAX_QUOTE = 600  # characters of an evidence sentence quoted beside the text; it links to all


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


@functools.lru_cache(maxsize=4096)
def _pattern(term: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])" + re.escape(term) + r"(?![\w])", re.IGNORECASE)


class _Words:
    """Where each word of a sentence starts, so a name is matched only where its first
    word stands: a "sentence" of a document without full stops can be the whole document,
    and one regex pass over it per name made the page slow.

    ASCII words are keyed lower-cased, where lower-casing and the regex's IGNORECASE agree
    exactly; every other word is a candidate for every name. A sentence mostly of other
    words (Korean, Japanese) is searched name by name as before, and so is a sentence of
    ordinary length, where the regex passes cost less than the index."""

    _WORD = re.compile(r"\w+")
    INDEX_FROM = 2_000  # characters

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        self.starts: dict[str, list[int]] | None = None
        self.other: list[int] = []  # starts of words with a non-ASCII character
        if len(sentence) < self.INDEX_FROM:
            return
        self.starts = {}
        for match in self._WORD.finditer(sentence):
            word = match.group()
            if word.isascii():
                self.starts.setdefault(word.lower(), []).append(match.start())
            else:
                self.other.append(match.start())
        if len(self.other) * 4 > sum(map(len, self.starts.values())):
            self.starts = None

    def find(self, term: str) -> Iterator[re.Match[str]]:
        """`_pattern(term).finditer(sentence)`."""
        pattern = _pattern(term)
        first = self._WORD.match(term)
        if self.starts is None or first is None or not first.group().isascii():
            yield from pattern.finditer(self.sentence)
            return
        # a match opens a word (no word character before it), and that word is the
        # name's first word: the name goes on with a non-word character or ends at one
        end = 0
        for at in heapq.merge(self.starts.get(first.group().lower(), ()), self.other):
            if at < end:
                continue  # finditer never returns overlapping matches
            match = pattern.match(self.sentence, at)
            if match is not None:
                end = match.end()
                yield match


def mentions(doc: DocumentOut, aliases: Mapping[str, Sequence[str]]) -> list[Mention]:
    """Names and aliases found inside each entity's mention sentences; longest names win.

    Each sentence is searched once per distinct name, however many spans repeat it, and
    overlaps are resolved against neighbours only, so the work grows with the text and
    the number of names, not with their product.
    """
    wanted: dict[tuple[int, int], dict[str, EntityRef]] = {}
    for span in doc.spans:
        if span.kind != "mention" or span.entity is None:
            continue
        terms = wanted.setdefault((span.start, span.end), {})
        for term in (span.entity.name, *aliases.get(span.entity.id, ())):
            term = term.strip()
            if len(term) >= MIN_TERM:
                terms.setdefault(term, span.entity)
    candidates: list[Mention] = []
    for (start, end), terms in wanted.items():
        words = _Words(doc.text[start:end])
        for term, entity in terms.items():
            for match in words.find(term):
                candidates.append(Mention(start + match.start(), start + match.end(), entity))
    starts: list[int] = []  # starts of the mentions kept, sorted; they never overlap
    kept: dict[int, Mention] = {}
    for m in sorted(candidates, key=lambda m: (-(m.end - m.start), m.start)):
        i = bisect.bisect_right(starts, m.start)
        if i > 0 and kept[starts[i - 1]].end > m.start:
            continue
        if i < len(starts) and starts[i] < m.end:
            continue
        starts.insert(i, m.start)
        kept[m.start] = m
    return [kept[s] for s in starts]


def segments(doc: DocumentOut, found: Sequence[Mention]) -> list[Segment]:
    """The whole text as consecutive segments; each lies inside one mention or none."""
    text = doc.text
    cuts = {0, len(text)}
    for span in doc.spans:
        if span.kind == "evidence" and 0 <= span.start <= span.end <= len(text):
            cuts.update((span.start, span.end))
    for m in found:
        cuts.update((m.start, m.end))
    inside = sorted(found, key=lambda m: m.start)  # mentions never overlap
    out = []
    j = 0
    for a, b in itertools.pairwise(sorted(cuts)):
        if b <= a:
            continue
        while j < len(inside) and inside[j].end <= a:
            j += 1
        owner = inside[j] if j < len(inside) and inside[j].start <= a and b <= inside[j].end \
            else None
        out.append(Segment(a, b, text[a:b], owner.entity if owner else None))
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
            if len(span.text) > MAX_QUOTE:  # a "sentence" can be the whole document
                span = span.model_copy(update={"text": span.text[:MAX_QUOTE].rstrip() + " …"})
            out.append(span)
    return out
