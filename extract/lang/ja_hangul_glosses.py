"""A Korean name with its Hangul in brackets: 金恩順（김은순）, キム・ウンスン（김은순）.

Japanese releases and Korean outlets writing in Japanese give a Korean person's Hangul
beside the kanji or katakana. The Hangul is the surest spelling of the name: the English
name comes from it (extract/lang/romanize.py, DPRK style, family name first), so the
person is the same node as where the English documents name them. The Hangul must be a
reading of what stands before it (the kanji read the Korean way, the katakana as it
sounds); a bracket that is no reading of the name (a company's Hangul, a note) is left.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, make_id
from extract.lang.ja_readings import korean_readings
from extract.lang.kana_names import same_katakana_name
from extract.lang.romanize import canonical

_GLOSSED = re.compile(r"(?<![一-龥ァ-ヺー・])(?P<name>[ァ-ヺー]+(?:[・＝][ァ-ヺー]+)+|[一-龥]{2,4})"
                      r"\s*[（(]\s*(?P<hangul>[가-힣]{2,5})\s*[)）]")


def add_hangul_glossed_names(builder: DocBuilder) -> None:
    for match in _GLOSSED.finditer(builder.text):
        name, hangul = match.group("name", "hangul")
        kana = bool(re.match("[ァ-ヺー]", name))
        if (kana and not same_katakana_name(hangul, name)) or \
                (not kana and hangul not in korean_readings(name, surname=True)):
            continue
        english = canonical(hangul)
        for group in ("name", "hangul"):
            builder.add(Found(match.start(group), match.end(group), match.group(group),
                              "Person", make_id("Person", english), english,
                              aliases=(name, hangul), confidence=0.9))
