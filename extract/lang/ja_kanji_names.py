"""Korean persons' names written in kanji alone (金英哲氏, 朴成日ら, a list line 「②金英哲」).

Japanese news and notices write a Korean name in kanji without its reading when the
reading is given nowhere: a family name of one character and a given name of one or two.
The recognizer misses such a name or takes a part of it (朴成 of 朴成日), so it is read from
the places that make a name of a short kanji run:

- before the words that follow a person's name: 氏, 容疑者, 被告, ら with a count or a
  coordinator (朴成日ら3人, 金英哲氏と);
- alone on a list line, after the line's mark (・金英哲, （２）金英哲, ③金英哲（生年…）).

The first character must be a family name read the Korean way (its Sino-Korean reading is
a Korean family name), and the run is never a known actor, place or body (…局, …社).
The parse must read the run's first word as part of a
person's name (SudachiPy's 人名), so a common noun (社員ら) or a place (高麗) is none.
Its English spelling is not guessed here: the Korean reading alone may be wrong (a
Japanese or Chinese name), so extract/lang/crosslink.py only compares it with English names.
"""

from __future__ import annotations

import re
from typing import Any

from extract.lang.common import DocBuilder, Found, native_slug
from extract.lang.ja_readings import korean_readings
from extract.lang.native import NativeGazetteer
from extract.lang.romanize import SURNAMES

_HAN = r"[\u4e00-\u9fff]"
# after a name in prose: 氏, 容疑者, 被告(人), ら and a count or a coordinator
_AFTER_NAME = r"(?=氏|容疑者|被告|ら\s*(?:[0-9０-９一二三四五六七八九十]|[、，と]|個人))"
_IN_PROSE = re.compile(r"(?<![\u4e00-\u9fff々ァ-ヺー])(?P<name>" + _HAN + r"{2,3}?)" +
                       _AFTER_NAME)
# alone on a list line: the line's mark, the name, then the line's end, a bracket or a blank
_ON_LIST_LINE = re.compile(r"(?m)^[ \t　]*(?:[・○〇●◎◇◆▼▽■□\-*]|[（(][0-9０-９]{1,2}[)）]|"
                           r"[0-9０-９]{1,2}\s*[.．)）、]|[①-⑳])[ \t　]*(?P<name>" + _HAN +
                           r"{2,3})(?=[ \t　]*(?:$|[（(、，:：]))")
# the last character of a body's or a place's name, never of a given name here
_NOT_GIVEN = set("局部省庁社会団院所国市県道州省室課府館店行軍党隊氏等人名者員官長層方家族兵")


def _korean_family(char: str) -> bool:
    return any(reading in SURNAMES for reading in korean_readings(char, surname=True))


def _read_as_name(doc: Any, start: int, end: int) -> bool:
    """Does the parse read the run's first word as (part of) a person's name (人名: 金 the
    family name, 林芳正), not as a common noun (社員) or a place (高麗)?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and "人名" in span[0].tag_


def add_kanji_names(builder: DocBuilder, native: NativeGazetteer, doc: Any) -> None:
    text = builder.text
    known = {*native.surfaces["ja"], *native.places["ja"]}
    for pattern in (_IN_PROSE, _ON_LIST_LINE):
        for match in pattern.finditer(text):
            name = match.group("name")
            start, end = match.start("name"), match.end("name")
            if not _korean_family(name[0]) or name[-1] in _NOT_GIVEN or \
                    any(word in name for word in known) or not _read_as_name(doc, start, end) or \
                    any(f.start < end and start < f.end for f in builder.found):
                continue
            builder.add(Found(start, end, name, "Person", f"person:{native_slug(name)}",
                              name, aliases=(name,), confidence=0.7))
