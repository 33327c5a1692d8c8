"""Mentions: the typed spans one document offers to resolution and the relation rules.

A mention is a span of the cleaned doc.ents that can become (part of) a graph entity, with
the sentence it sits in. Keeping this a plain record decouples resolution and relations from
spaCy's Span objects, which also makes both testable without running the model.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from extract.components.cleanup import MODEL_LABELS, PLACE_LABEL
from extract.components.gazetteer_ruler import AMBIGUOUS_LABEL, DEMONYM_LABEL

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
    sentences: list[Sentence]
    mentions: list[MentionSpan]  # in text order
    text: str = ""  # the whole body, for the gaps between sentences
    token_starts: list[int] = field(default_factory=list)  # character offset of each token

    def in_sentence(self, index: int) -> list[MentionSpan]:
        return [m for m in self.mentions if m.sent == index]

    def sentence_at(self, char: int) -> int:
        """Index of the sentence holding a character offset, or -1."""
        for i, sentence in enumerate(self.sentences):
            if sentence.start <= char < max(sentence.end, sentence.start + 1):
                return i
        return -1

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
        if spans:
            self.mentions = sorted([*self.mentions, *spans], key=lambda m: (m.start, m.end))


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
            label=ent.label_, text=ent.text, start=ent.start_char, end=ent.end_char,
            tok_start=ent.start, tok_end=ent.end, sent=sent_of_token[ent.start] if len(doc) else 0,
            hint=ent.id_,
        )
        for ent in doc.ents
        if ent.label_ in ENTITY_LABELS or ent.label_ in CONTEXT_LABELS
    ]
    return DocMentions(sentences, mentions, doc.text, [t.idx for t in doc])
