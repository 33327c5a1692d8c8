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
_NO_BREAK_AFTER = {"v.", "vs.", "No.", "Co.", "Corp.", "Inc.", "Ltd."}
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


def mark_line_breaks(doc: Doc) -> Doc:
    """Tokens after a hard break start a sentence; whitespace tokens never start one."""
    for token in doc[1:]:
        if doc[token.i - 1].text in _NO_BREAK_AFTER:
            token.is_sent_start = False  # "United States v. Chapman" is one sentence
    breaks = _hard_breaks(doc.text)
    if not breaks:
        return doc
    for token in doc[1:]:
        if token.is_space:
            token.is_sent_start = False
            continue
        prev = doc[token.i - 1]
        gap_start = prev.idx + len(prev.text)
        if prev.is_space:
            gap_start = prev.idx
        if any(pos in breaks for pos in range(gap_start, token.idx)):
            token.is_sent_start = True
    return doc


@Language.factory(
    "tkg_line_breaks_v1",
    requires=["token.is_sent_start"],
    assigns=["token.is_sent_start"],
    default_config={},
)
def make_line_breaks(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return mark_line_breaks
