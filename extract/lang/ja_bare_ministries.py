"""外交部 written alone: the foreign ministry of South Korea, when the report is about it.

Japanese names its own foreign ministry 外務省; 外交部 is the word of the states that call
their ministry so (South Korea, China, Taiwan). Japanese news on Seoul's measures writes the
full name once (韓国外交部) or not at all (韓国政府は…。外交部は23日…): the bare word is then
the Korean ministry, an actor, never a company the recognizer guesses. Only when South Korea
is the one such state the text has named before the word; with China or Taiwan also named
(or none of them), whose ministry it is stays open and the word names no one.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found
from extract.lang.names import entry_properties
from extract.lang.native import NativeGazetteer

_BARE = re.compile("外交部")
_FULL = "韓国外交部"
# the states that call their foreign ministry 外交部
_MINISTRY_WORD_STATES = ("KR", "CN", "TW")
# ministry words of other states written alone: whose ministry is open, but never a company
_MINISTRY_WORDS = frozenset({"外交部", "外交省", "国防部", "統一部", "法務部"})


def bare_ministry_word(surface: str) -> bool:
    """Is `surface` a ministry's word alone (外交部), which names no company?"""
    return surface in _MINISTRY_WORDS


def add_bare_korean_ministry(builder: DocBuilder, native: NativeGazetteer) -> None:
    entry = native.surfaces["ja"].get(_FULL)
    if entry is None or entry.type != "Agency":
        return
    for match in _BARE.finditer(builder.text):
        start, end = match.span()
        if any(f.start < end and start < f.end for f in builder.found):
            continue  # part of a name already read (韓国外交部, 中国外交部)
        states = {_code(f) for f in builder.found if f.end <= start} & \
            set(_MINISTRY_WORD_STATES)
        if states != {"KR"}:
            continue
        builder.add(Found(start, end, match.group(0), entry.type, entry.id, entry.name,
                          properties=entry_properties(entry), confidence=0.85))


def _code(found: Found) -> str:
    key = "code" if found.type == "Country" else "country"
    return str(found.properties.get(key, "")) if found.type in ("Country", "Agency") else ""
