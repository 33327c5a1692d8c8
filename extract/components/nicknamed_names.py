"""`tkg_nicknamed_names_v1`: a person's name with a quoted nickname inside it.

Releases print a nickname between the given and the family name: 'Given "Nick" Family'
(optionally with a middle initial: 'Given Q. "Nick" Family'). The small English model
breaks the run at the quotes: it reads the given name as a place and a span from the
nickname to the word after the family name ('Nick" Family of') as the person. The
construction is read by shape: one capitalized given name (and an initial), an opening
quote, one or two capitalized words, a closing quote, one capitalized family name. The
whole run is the person; the display name drops the nickname (`clean_person_name`) and
resolution keeps it as an alias (`resolve/persons.py`).

Not read: a quoted phrase between words that begin or end a body's name ('Harbor "Blue"
Group'), after an article or a date word ('The "Blue" Fund'), or between words a list
knows already (a place: 'Boston "Strong" Festival'), and a quoted phrase longer than two
words (a title, not a nickname).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.components.described_names import NOT_NAMES
from extract.components.span_context import AGENCY_HEAD, NOT_PERSON_HEAD, ORG_HEAD
from extract.doc_text import doc_text

_WORD = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"
_FAMILY = r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{2,}(?:-[A-Z]{2,})?)"
NICKNAMED = re.compile(
    rf"(?<![\w\"“”.])({_WORD}(?: [A-Z]\.)?) [\"“]({_WORD}(?: {_WORD})?)[\"”] "
    rf"({_FAMILY})(?![\w\"”])")
SHAPE_ID = "shape:nicknamed_name"


def nicknamed_people(doc: Doc) -> list[Span]:
    """Person spans over 'Given "Nick" Family' runs no list has claimed."""
    found: list[Span] = []
    for match in NICKNAMED.finditer(doc_text(doc)):
        given, _, family = match.groups()
        words = [*given.split(), family]
        if words[0] in NOT_NAMES or any(
                ORG_HEAD.search(w) or AGENCY_HEAD.search(w) or NOT_PERSON_HEAD.search(w)
                for w in words):
            continue
        span = doc.char_span(match.start(), match.end(), label="Person", span_id=SHAPE_ID,
                             alignment_mode="contract")
        if span is None or not len(span):
            continue
        if any(t.ent_id_ and not t.ent_id_.startswith("shape:") for t in span):
            continue  # a known name (a place, a body) inside: not a person's run
        found.append(span)
    return found


def mark_nicknamed_names(doc: Doc) -> Doc:
    spans = nicknamed_people(doc)
    if spans:
        kept = [e for e in doc.ents if not any(s.start < e.end and e.start < s.end
                                               for s in spans)]
        doc.ents = sorted([*kept, *spans], key=lambda s: s.start)
    return doc


@Language.factory("tkg_nicknamed_names_v1", assigns=["doc.ents"], default_config={})
def make_nicknamed_names(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return mark_nicknamed_names
