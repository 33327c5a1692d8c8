"""`tkg_line_breaks_v1`: sentence boundaries at Markdown structure the statistical senter misses.

The small model's senter was trained on running prose; corpus documents are Markdown with
headings and list items that carry no final period, so without help a heading is glued to
the next paragraph and evidence sentences run across two facts. Blank lines, list items,
headings and lines ending in punctuation are certain boundaries; a single line break in the
middle of a hard-wrapped sentence is left to the model.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

_LIST_START = re.compile(r"\s*(?:[-*•#]|\d+[.)]\s)")
_SHORT_LINE = 70  # a line this short with no final period is a heading or a label


def _hard_breaks(text: str) -> set[int]:
    """Offsets of newline characters that certainly end a sentence."""
    breaks: set[int] = set()
    start = 0
    for match in re.finditer("\n", text):
        pos = match.start()
        line = text[start:pos].rstrip()
        rest = text[pos + 1:pos + 8]
        if (not line or line.endswith((".", ";", ":", "!", "?", '"', "”"))
                or len(line) < _SHORT_LINE or rest.startswith("\n") or _LIST_START.match(rest)):
            breaks.add(pos)
        start = pos + 1
    return breaks


_NO_BREAK = re.compile(r"\b(?:v|vs|No|Co|Corp|Inc|Ltd)\.[ \t]+(?=\S)")


def _token_at(doc: Doc, offset: int) -> int | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.start if span is not None and len(span) else None


def mark_line_breaks(doc: Doc) -> Doc:
    """Set boundaries by character offsets, so a long document costs a few regex passes
    rather than a Python loop over every token."""
    text = doc.text
    for match in _NO_BREAK.finditer(text):  # "United States v. Chapman" is one sentence
        index = _token_at(doc, match.end())
        if index is not None and index > 0:
            doc[index].is_sent_start = False
    for pos in sorted(_hard_breaks(text)):
        following = re.compile(r"\S").search(text, pos)
        if following is None:
            continue
        index = _token_at(doc, following.start())
        if index is not None and index > 0 and doc[index].idx == following.start():
            doc[index].is_sent_start = True
    return doc


@Language.factory(
    "tkg_line_breaks_v1",
    requires=["token.is_sent_start"],
    assigns=["token.is_sent_start"],
    default_config={},
)
def make_line_breaks(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return mark_line_breaks
