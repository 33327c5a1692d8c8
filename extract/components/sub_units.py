"""Sub-units of an agency named by their function are no agencies of their own.

Releases close with the offices that worked the case: "the Justice Department's Office of
International Affairs", "the FBI's Counterintelligence Division", "the Criminal Division's
Computer Crime and Intellectual Property Section". Such a unit is part of the body that
owns it; the guidelines annotate the body (a gazetteer agency: the FBI, the National
Security Division), not each of its divisions and sections. Three shapes mark a unit the
statistical model proposes as a sub-unit:

- it is owned by a body in the possessive right before it ("the FBI's ...");
- its head word is a division or a section, the words for a part of a department;
- the model's span runs across a possessive from one body into the next ("Criminal
  Division's Computer Crime"), which is no single name.

A unit the gazetteer lists keeps its entry (the National Security Division): this reads only
the spans the model proposed.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

_PART_HEAD = re.compile(r"\b(?:Division|Section|Branch)$")
_BODY_WORD = re.compile(r"\b(?:Division|Section|Branch|Office|Department|Bureau|Unit|Agency|"
                        r"Service|Ministry)$")
_POSSESSIVE = {"'s", "’s"}
_OWNER_LABELS = {"Agency"}  # a state owns agencies, not sub-units


def _owned(span: Span) -> bool:
    """'the FBI's Counterintelligence Division': a body in the possessive owns the span."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text not in _POSSESSIVE:
        return False
    owner = doc[span.start - 2]
    if owner.ent_type_ in _OWNER_LABELS:
        return True
    return bool(_BODY_WORD.search(owner.text))  # "the Department's ..."


def _crosses_possessive(span: Span) -> bool:
    """'Criminal Division's Computer Crime': a body's name, a possessive, then another."""
    for token in span[1:-1]:
        if token.text in _POSSESSIVE and _BODY_WORD.search(span.doc[token.i - 1].text):
            return True
    return False


def is_sub_unit(span: Span) -> bool:
    return bool(_PART_HEAD.search(span.text)) or _owned(span) or _crosses_possessive(span)
