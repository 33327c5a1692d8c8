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


def mark_declared_aliases(doc: Doc) -> Doc:
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
