"""A company whose proper part is given its reading inside the name: 柳京(リュギョン)貿易会社.

Japanese reports on Korean firms write the kanji of the firm's proper part with its Korean
reading in brackets and then go on with the rest of the name (the kind and 会社). The
whole is one company: the name is the kanji with the rest (X貿易会社), the reading with the
rest an alias. Without this reading the kanji and its reading look like a person written
with a reading (崔明浩（チェ・ミョンホ）) and the rest like a company with no proper part.
A person's reading has a middle dot between family and given name; a firm's proper part is
one word, so a reading with a dot is left to the persons' reader.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, make_id
from extract.lang.ja_companies import company_spans, north_korean
from extract.lang.ja_readings import korean_org_name
from extract.lang.native import NativeGazetteer

_READ_COMPANY = re.compile(r"(?<![一-龥])(?P<kanji>[一-龥]{1,6})\s*[（(]\s*"
                           r"(?P<kana>[ァ-ヺー]{2,12})\s*[）)]"
                           r"(?P<tail>[一-龥ァ-ヺー・A-Za-z0-9]{2,24})")


def add_read_companies(builder: DocBuilder, native: NativeGazetteer) -> None:
    text = builder.text
    for match in _READ_COMPANY.finditer(text):
        kanji, kana, tail = match.group("kanji", "kana", "tail")
        word = kanji + tail
        size = next((end for start, end in company_spans(word, native) if start == 0), 0)
        if size <= len(kanji):
            continue  # no company word after the reading: a place or a person read
        rest = tail[:size - len(kanji)]
        end = match.start("tail") + len(rest)
        english = korean_org_name(word[:size], north_korean(text, match.start()))
        name = english or word[:size]
        builder.add(Found(match.start(), end, text[match.start():end], "Organization",
                          make_id("Organization", name), name,
                          aliases=(word[:size], kana + rest), properties={"kind": "company"},
                          confidence=0.8))
