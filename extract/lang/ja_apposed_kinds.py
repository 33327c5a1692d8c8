"""A name followed by the kind it is, unquoted: X という(中国)企業, X という会社, X なる団体.

Japanese news introduces a body nobody knows by writing its name, then という ("called")
and what it is: 延辺X科技という中国企業, Yという貿易会社. The kind word says the name is a
body's, whatever its own last word (a Chinese company's name may end in 科技 or in nothing
we list) and whatever the recognizer calls it (a facility, a place). The name is the run of
nouns right before という, as the analyzer cuts it: no particle, no punctuation, no
hiragana, at least two characters, and not a state, agency or person already found there.
A run that is a kind itself (IT企業という会社) or a quoted name (left to ja_quoted) is none.
"""

from __future__ import annotations

import re
from typing import Any

from extract.lang.common import DocBuilder, Found, make_id
from extract.lang.ja_quoted import reading

# という or なる, an optional state or adjective of place (中国, 北朝鮮の, 米国の), the kind
_KIND_AFTER = re.compile(r"(?:という|なる)\s*(?:[一-龥ァ-ヺー]{1,6}の?)??"
                         r"(?:企業|会社|貿易会社|団体|組織|法人|商社|フロント企業)(?![一-龥])")
# the kinds themselves: a run ending in one names no body (IT企業という会社)
_KIND_WORDS = ("企業", "会社", "団体", "組織", "法人", "業者", "機関")
_NAME = re.compile(r"^[一-龥々ァ-ヺーA-Za-z0-9・]{2,30}$")


def _noun_run(doc: Any, end: int) -> tuple[int, int] | None:
    """The analyzer's run of nouns ending at character `end` (before という)."""
    last = next((t for t in doc if t.idx + len(t.text) == end), None)
    if last is None:
        return None
    first = last
    while first.i > 0:
        before = doc[first.i - 1]
        if before.pos_ not in ("NOUN", "PROPN") or before.idx + len(before.text) != first.idx:
            break
        first = before
    if last.pos_ not in ("NOUN", "PROPN"):
        return None
    return first.idx, end


def add_apposed_kinds(builder: DocBuilder, doc: Any) -> None:
    text = builder.text
    for match in re.finditer(r"(?<=[一-龥々ァ-ヺーA-Za-z0-9])(?:という|なる)", text):
        if not _KIND_AFTER.match(text, match.start()):
            continue
        run = _noun_run(doc, match.start())
        if run is None:
            continue
        start, end = run
        name = text[start:end]
        if not _NAME.match(name) or name.endswith(_KIND_WORDS) or any(
                f.start < end and start < f.end and f.type != "Organization"
                for f in builder.found):
            continue
        # the recognizer's piece of it (a facility, a part of the name) yields to the whole
        for found in [f for f in builder.found if start <= f.start and f.end <= end and
                      (f.start, f.end) != (start, end)]:
            builder.withdraw(found)
        if any(f.start == start and f.end == end for f in builder.found):
            continue
        span = doc.char_span(start, end)
        key = reading(span) if span is not None else name
        builder.add(Found(start, end, name, "Organization", make_id("Organization", key or name),
                          name, aliases=(name,), properties={"kind": "company"},
                          confidence=0.75))
