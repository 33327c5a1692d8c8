"""A name the text declares to be another name of a person or a body takes its type.

"Jane Roe, also known as "Ann Poe"", "Roe (a/k/a Ann Poe)", "Roe, calling herself "Ann
Poe"", "Acme Trading LLC d/b/a
Brightside", "Acme, formerly known as Bolt Labs": the second name is the first one's alias
(`resolve/aliases.py` merges the two), so it is a person's name where the first is a
person and a company's where the first is a company. The small model often calls a quoted
alias an organization or nothing at all, and an organization only the model proposes does
not stand without a head word, so the alias and its later mentions were lost. Read only
right after a person or organization span, with a declaring phrase and then a capitalized
name; "Jane Roe, known as a skilled developer" (no name) and "the scheme known as
"Blue Harbor"" (no person or body before it) do not read.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extract.components.span_context import ORG_HEAD, ORG_TAIL
from extract.doc_text import doc_text

_PERSON = {"PERSON", "Person"}
_BODY = {"ORG", "Organization"}
_DECLARING = re.compile(
    r"\)?,?[ \t]*[(\[]?[ \t]*(?:also[ \t]+known[ \t]+as|known[ \t]+as|a/k/a|a\.k\.a\.?|aka|"
    r"f/k/a|f\.k\.a\.?|formerly[ \t]+known[ \t]+as|d/b/a|doing[ \t]+business[ \t]+as|"
    r"(?:calling|calls|called)[ \t]+(?:himself|herself|itself))"
    r"[ \t]*[:,]?[ \t]*[\"“]?"
    r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'’.-]*){0,4})")


def declared_alias_spans(doc: Doc) -> list[Span]:
    """Spans for the names declared to be aliases of the person and body spans before them."""
    found: list[Span] = []
    text = doc_text(doc)  # spaCy joins the text anew on each access: once per document
    for ent in doc.ents:
        label = "Person" if ent.label_ in _PERSON else \
            "Organization" if ent.label_ in _BODY else None
        if label is None:
            continue
        match = _DECLARING.match(text, ent.end_char)
        if match is None:
            continue
        name = match.group("name").rstrip(".,")
        start = match.start("name")
        span = doc.char_span(start, start + len(name), label=label,
                             span_id="context:alias", alignment_mode="contract")
        if span is not None and len(span):
            found.append(span)
    return found


# the other way round: the alias is the span, the name before the declaring phrase is not
# ("Tansen Global, also known as Ryomyong Tech": the legal form vouches for the alias only);
# the name is a capitalized run of one to five words after a word that opens no name
_DECLARED_BEFORE = re.compile(
    r"(?P<name>[A-Z][\w&'’.-]*(?:[ \t]+(?:of[ \t]+|&[ \t]+)?[A-Z][\w&'’.-]*){0,4})"
    r"[ \t]*,?[ \t]*[(\[]?[ \t]*(?:also[ \t]+known[ \t]+as|a/k/a|a\.k\.a\.?|aka|f/k/a|"
    r"f\.k\.a\.?|formerly[ \t]+known[ \t]+as|d/b/a|doing[ \t]+business[ \t]+as)"
    r"[ \t]*[:,]?[ \t]*[\"“]?$")
_OPENING_WORDS = {"The", "A", "An", "In", "On", "At", "By", "For", "From", "And", "Or", "But",
                  "Its", "His", "Her", "Their", "This", "That"}


def declaring_name_spans(doc: Doc) -> list[Span]:
    """Spans for the names a person or body span is declared to be another name of."""
    found: list[Span] = []
    text = doc_text(doc)
    for ent in doc.ents:
        label = "Person" if ent.label_ in _PERSON else \
            "Organization" if ent.label_ in _BODY else None
        if label is None:
            continue
        if ORG_HEAD.search(ent.text) or ORG_TAIL.search(ent.text):
            label = "Organization"  # "Ryomyong Tech" read as a person: the word decides
        match = _DECLARED_BEFORE.search(text, max(0, ent.start_char - 120), ent.start_char)
        if match is None:
            continue
        words = match.group("name").split()
        while words and words[0] in _OPENING_WORDS:
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        start = match.end("name") - len(name)
        span = doc.char_span(start, start + len(name), label=label,
                             span_id="context:alias", alignment_mode="contract")
        # the model's own reading of the words (a product, a person) gives way; a listed
        # name (a state, an agency) does not
        if span is not None and len(span) and not any(
                e.start < span.end and span.start < e.end and
                (":" in e.id_ or e.start < span.start or e.end > span.end) for e in doc.ents):
            found.append(span)
    return found


def mark_declared_aliases(doc: Doc) -> Doc:
    before = declaring_name_spans(doc)
    if before:
        rest = [e for e in doc.ents if not any(b.start < e.end and e.start < b.end
                                               for b in before)]
        doc.ents = sorted([*rest, *before], key=lambda s: s.start)
    spans = declared_alias_spans(doc)
    if spans:
        # a list's or a shape's name there (a country, an agency) keeps its own span
        taken = [s for s in spans if not any(
            e.start < s.end and s.start < e.end and ":" in e.id_ and
            not e.id_.startswith("context:") for e in doc.ents)]
        kept = [e for e in doc.ents if not any(s.start < e.end and e.start < s.end
                                               for s in taken)]
        doc.ents = sorted([*kept, *taken], key=lambda s: s.start)
    return doc
