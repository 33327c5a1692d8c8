"""Mentions: the typed spans one document offers to resolution and the relation rules.

A mention is a span of the cleaned doc.ents that can become (part of) a graph entity, with
the sentence it sits in. Keeping this a plain record decouples resolution and relations from
spaCy's Span objects, which also makes both testable without running the model.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from extract.components.agency_shapes import SHARED
from extract.components.cleanup import MODEL_LABELS, PLACE_LABEL
from extract.components.gazetteer_ruler import AMBIGUOUS_LABEL, DEMONYM_LABEL
from extract.doc_text import doc_text

ENTITY_LABELS = MODEL_LABELS | {AMBIGUOUS_LABEL, "MONEY"}
CONTEXT_LABELS = {DEMONYM_LABEL, PLACE_LABEL, "DATE", "CARDINAL", "PERCENT", "QUANTITY"}


@dataclass
class MentionSpan:
    label: str  # model label, or AMBIGUOUS / MONEY / DEMONYM / PLACE / DATE / CARDINAL
    text: str
    start: int  # character offsets into the body
    end: int
    tok_start: int
    tok_end: int
    sent: int  # index into DocMentions.sentences
    hint: str = ""  # gazetteer entity id or ambiguous form
    entity: str = ""  # entity id once resolved
    props: dict[str, Any] = field(default_factory=dict)


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    tok_start: int
    tok_end: int


@dataclass
class DocMentions:
    """Mentions change only through `add` or by assigning a new `mentions` list; the
    per-sentence index and the sentence starts below rely on that, so lookups cost a
    bisection instead of a pass over every mention of a long document."""

    sentences: list[Sentence]
    mentions: list[MentionSpan]  # in text order
    text: str = ""  # the whole body, for the gaps between sentences
    token_starts: list[int] = field(default_factory=list)  # character offset of each token
    _by_sentence: dict[int, list[MentionSpan]] = field(
        default_factory=dict, init=False, repr=False, compare=False)
    _indexed: list[MentionSpan] | None = field(default=None, init=False, repr=False,
                                               compare=False)
    _ordered: list[MentionSpan] | None = field(default=None, init=False, repr=False,
                                               compare=False)
    _ends: tuple[list[Sentence] | None, list[int], bool] = field(
        default=(None, [], False), init=False, repr=False, compare=False)

    def in_sentence(self, index: int) -> list[MentionSpan]:
        """The sentence's mentions in list order (as a filter of `mentions` gives them)."""
        if self._indexed is not self.mentions:
            self._by_sentence = {}
            for m in self.mentions:
                self._by_sentence.setdefault(m.sent, []).append(m)
            self._indexed = self.mentions
        return list(self._by_sentence.get(index, ()))

    def sentence_at(self, char: int) -> int:
        """Index of the first sentence holding a character offset, or -1."""
        of, ends, in_order = self._ends
        if of is not self.sentences or len(ends) != len(self.sentences):
            # a whitespace-only sentence is empty; it still holds its own offset
            ends = [max(s.end, s.start + 1) for s in self.sentences]
            in_order = all(a.start <= b.start for a, b in itertools.pairwise(self.sentences)) \
                and all(a <= b for a, b in itertools.pairwise(ends))
            self._ends = (self.sentences, ends, in_order)
        if not in_order:  # sentences built by hand (tests)
            return next((i for i, s in enumerate(self.sentences)
                         if s.start <= char < ends[i]), -1)
        # sentences follow each other, so the first one ending after `char` is the only
        # one that can hold it
        i = bisect.bisect_right(ends, char)
        return i if i < len(self.sentences) and self.sentences[i].start <= char else -1

    def new_span(self, label: str, start: int, end: int, **fields: Any) -> MentionSpan:
        """A mention found after spaCy ran (a surname, a descriptor, a pronoun), with the
        token offsets frames need; -1 when the text was never tokenized (tests)."""
        tok_start = tok_end = -1
        if self.token_starts:
            tok_start = max(0, bisect.bisect_right(self.token_starts, start) - 1)
            tok_end = max(tok_start + 1, bisect.bisect_left(self.token_starts, end))
        return MentionSpan(label, self.text[start:end], start, end, tok_start, tok_end,
                           fields.pop("sent", self.sentence_at(start)), **fields)

    def add(self, spans: list[MentionSpan]) -> None:
        """Insert mentions in text order; a mention equal in place to others comes after
        them, as a stable sort of the old list followed by the new would put it."""
        if not spans:
            return
        if self._ordered is not self.mentions and any(
                _text_order(a) > _text_order(b) for a, b in itertools.pairwise(self.mentions)):
            self.mentions = self._ordered = sorted([*self.mentions, *spans], key=_text_order)
            return
        # inserting costs a bisection and a move per mention, where sorting the whole list
        # again for every resolved pronoun made a long document quadratic
        merged = list(self.mentions)
        by_sentence = self._by_sentence if self._indexed is self.mentions else None
        for span in spans:
            bisect.insort_right(merged, span, key=_text_order)
            if by_sentence is not None:
                bisect.insort_right(by_sentence.setdefault(span.sent, []), span,
                                    key=_text_order)
        self.mentions = self._ordered = merged
        if by_sentence is not None:
            self._indexed = merged


def _text_order(m: MentionSpan) -> tuple[int, int]:
    return (m.start, m.end)


def collect(doc: Doc) -> DocMentions:
    """Read sentences and entity spans from a processed doc."""
    sentences: list[Sentence] = []
    sent_of_token: list[int] = [0] * len(doc)
    for i, sent in enumerate(doc.sents):
        # evidence is the sentence without its surrounding whitespace
        text = sent.text
        lead = len(text) - len(text.lstrip())
        stripped = text.strip()
        start = sent.start_char + lead
        sentences.append(Sentence(start, start + len(stripped), stripped, sent.start, sent.end))
        for t in range(sent.start, sent.end):
            sent_of_token[t] = i
    mentions = [
        MentionSpan(
            label=ent.label_, text=ent.id_.removeprefix(SHARED) if ent.id_.startswith(SHARED)
            else ent.text, start=ent.start_char, end=ent.end_char,
            tok_start=ent.start, tok_end=ent.end, sent=sent_of_token[ent.start] if len(doc) else 0,
            hint=ent.id_,
        )
        for ent in doc.ents
        if ent.label_ in ENTITY_LABELS or ent.label_ in CONTEXT_LABELS
    ]
    # one array read rather than a Token object per token
    starts = [int(i) for i in doc.to_array("IDX")] if len(doc) else []
    return DocMentions(sentences, mentions, doc_text(doc), starts)
