"""North Korean units named by a number (第227総局, 313総局, 第91局, 180部隊), in no list.

Pyongyang names many of its bureaus, departments and military units by a number; Japanese
writes the number with or without 第 before the unit's word. A run of two to four digits
glued to 総局, 局 or 部隊, with no kanji glued before it (a ministry's own department,
人民武力省53部, is the gazetteer's) nor after it (局長 is a post, 局面 a word), is such a
unit's name; a bare number before 局 counts offices (全国の20局), so 局 takes 第. Its
English name follows the way the known ones are written in English
(313 General Bureau, Bureau 121, Unit 180). One digit (第1局, a game's first round) is none.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, make_id

_UNIT = re.compile(r"(?<![一-龥々ァ-ヺー0-9０-９A-Za-z])(?:第(?P<number>[0-9０-９]{2,4})"
                   r"(?P<word>総局|局|部隊)|(?P<bare>[0-9０-９]{2,4})(?P<bare_word>総局|部隊))"
                   r"(?![一-龥々])")
_ENGLISH = {"総局": "{} General Bureau", "局": "Bureau {}", "部隊": "Unit {}"}
_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def add_numbered_units(builder: DocBuilder) -> None:
    """Each unit named by its number, unless a reader before took the place."""
    for match in _UNIT.finditer(builder.text):
        start, end = match.start(), match.end()
        if any(f.start < end and start < f.end for f in builder.found):
            continue
        number = (match.group("number") or match.group("bare")).translate(_DIGITS)
        english = _ENGLISH[match.group("word") or match.group("bare_word")].format(number)
        builder.add(Found(start, end, match.group(0), "Organization",
                          make_id("Organization", english), english,
                          aliases=(match.group(0),), confidence=0.7))
