"""Where a Japanese or Korean sentence asserts a designation: a designation predicate of the
frames (extract/lang/frames.py) whose own ending neither plans, negates nor proposes it.
The sentence after it may name those it designated ("among them", "they are": relations.py)
and takes its actor from there."""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Span
from extract.lang.cues import LanguageCues
from extract.lang.frames import FRAMES
from extract.lang.ja_modality import quoted_plan


def designation_at(builder: DocBuilder, span: Span, cues: LanguageCues
                   ) -> tuple[Span, int, re.Pattern[str]] | None:
    """Where the sentence asserts a designation (a designation predicate not planned,
    negated or proposed): the sentence, the predicate's position and pattern, or None."""
    sentence = span.text(builder.text)
    for frame in FRAMES[builder.lang]:
        if frame.relation != "DESIGNATED" or frame.name.startswith(
                ("designation-partitive", "designation-heading", "asset-freeze")):
            continue
        for match in frame.predicate.finditer(sentence):
            ending = sentence[match.end():match.end() + 14]
            if not (cues.future.search(ending) or cues.negation.search(ending) or
                    cues.proposal.search(ending) or
                    (builder.lang == "ja" and quoted_plan(sentence, match.start()))):
                return span, span.start + match.start(), frame.predicate
    return None
