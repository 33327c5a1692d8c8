"""A company's short name given in brackets after its full name, then used alone:
朝鮮ヘダン貿易会社（ヘダン）は…。ヘダンは…として指定されている.

A release (and its Japanese translation) defines the short name once, right after the full
name, and then writes only the short name. The short name is a part of the full name (ヘダン
of 朝鮮ヘダン貿易会社), so it names no other body: it becomes an alias of the company, and
each later occurrence that is not part of a longer word a mention of it. A bracket that is
not part of the name (a reading, an English name, a place) is left to the other readers.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found

_BRACKET = re.compile(r"\s*[（(]\s*([ァ-ヺー一-龥]{2,10})\s*[）)]")
_KANA = re.compile(r"[ァ-ヺー]")
_HAN = re.compile(r"[一-龥]")


def glued(text: str, start: int, end: int, short: str) -> bool:
    """Is the occurrence part of a longer word of the same script?"""
    same = _KANA if _KANA.match(short[0]) else _HAN
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return bool(same.match(before)) or bool(_KANA.match(short[-1]) and _KANA.match(after))


def add_bracket_short_names(builder: DocBuilder) -> None:
    text = builder.text
    for owner in [f for f in builder.found if f.type == "Organization" and not f.unnamed]:
        match = _BRACKET.match(text, owner.end)
        short = match.group(1) if match else ""
        if not short or short == owner.text or short not in owner.text:
            continue
        entity = builder.entities.get(owner.id)
        if entity is None:
            continue
        if short not in entity.aliases:
            entity.aliases.append(short)
        start = text.find(short, match.end() if match else owner.end)
        while start >= 0:
            end = start + len(short)
            if not glued(text, start, end, short) and not any(
                    f.start < end and start < f.end for f in builder.found):
                builder.add(Found(start, end, short, "Organization", owner.id, owner.name,
                                  properties=dict(owner.properties), confidence=0.7,
                                  alias=False))
            start = text.find(short, end)
