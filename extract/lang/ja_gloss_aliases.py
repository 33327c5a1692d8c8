"""A quoted name with its other name glossed in brackets: 「X」（通称・Y）, 「X」(北朝鮮名:Y).

News names a company once in full, in quotes, and glosses the name it goes by (通称, 略称,
別名) or its name in another country (北朝鮮名, 中国名, 英語名) in brackets right after; the
report then uses whichever it likes. A gloss of that kind says the quoted words are a
name, whatever their last word (a company's Chinese name may end in 科技 or in nothing we
list), so the quote is an organization and Y is its alias, here and wherever it stands
alone later. The gloss of a person (「X」氏, a quote followed by 氏/容疑者) is left to the
person readers; a bracket that is not a name gloss (a place, a date) is no alias.
A name of any shape glued to a bracket opening with one of those words (a person's
オ・チョルス（通称オ・チョル）, a body's X（別名Y）) has the names inside as aliases
(`attach_bracket_aliases`, once every name is read).
"""

from __future__ import annotations

import re
from typing import Any

from extract.lang.common import DocBuilder, Found, make_id
from extract.lang.ja_companies import north_korean
from extract.lang.ja_layout import repoint
from extract.lang.ja_quoted import english_gloss, reading
from extract.lang.ja_readings import korean_org_name
from extract.lang.ja_short_names import glued
from extract.lang.native import NativeGazetteer

# 「X」（通称・Y）: the name glossed by the word for "also called" or "named in <country>"
_GLOSSED_QUOTE = re.compile(
    r"「([^「」]{2,40})」\s*[（(]\s*(?:通称|略称|別名|旧称|(?:北朝鮮|中国|韓国|ロシア|英語|現地)名)"
    r"\s*[・:：、,]?\s*([^（）()「」、,]{2,30}?)\s*[）)](?!\s*(?:氏|容疑者|被告|さん))")


_NAMED = ("Person", "Organization")


def add_glossed_quotes(builder: DocBuilder, native: NativeGazetteer, doc: Any) -> None:
    """The quoted name and its glossed alias: one organization, mentioned by either."""
    text = builder.text
    for match in _GLOSSED_QUOTE.finditer(text):
        name, alias = match.group(1), match.group(2)
        if name in native.surfaces["ja"] or alias in native.surfaces["ja"]:
            continue  # a body the gazetteer knows has its own entry
        start, end = match.start(1), match.end(1)
        english = english_gloss(text, end + 1) or korean_org_name(
            name, north_korean(text, match.start()))
        span = doc.char_span(start, end, alignment_mode="expand")
        key = english or (reading(span) if span is not None else name)
        entity_id = make_id("Organization", key)
        builder.add(Found(start, end, name, "Organization", entity_id, english or name,
                          aliases=(name, alias), properties={"kind": "company"},
                          confidence=0.8))
        if not any(f.start == start and f.id == entity_id for f in builder.found):
            continue  # the quote was already read as something else
        at = match.start(2)
        while at >= 0:
            stop = at + len(alias)
            if not glued(text, at, stop, alias):
                builder.add(Found(at, stop, alias, "Organization", entity_id,
                                  builder.entities[entity_id].name,
                                  properties={"kind": "company"}, confidence=0.75))
            at = text.find(alias, stop)


# （通称オ・チョル）, (別名：X), （旧称・Y）: the bracket right after a name glosses another
# name of the same person or body
_ALIAS_BRACKET = re.compile(r"[ \t　]*[（(]\s*(?:通称|略称|別名|別称|旧称|愛称)\s*[・:：、,]?\s*"
                            r"(?P<value>[^（）()\n]{1,40}?)\s*[）)]")


def attach_bracket_aliases(builder: DocBuilder) -> None:
    """Names inside an alias bracket glued to a person's or body's name are that name's
    aliases, never persons or bodies of their own (オ・チョルス（通称オ・チョル）氏)."""
    for item in sorted((f for f in builder.found if f.type in _NAMED and not f.unnamed),
                       key=lambda f: f.start):
        match = _ALIAS_BRACKET.match(builder.text, item.end)
        if match is None:
            continue
        start, end = match.span("value")
        for found in [f for f in builder.found if start <= f.start and f.end <= end
                      and f.type in _NAMED and f.id != item.id]:
            repoint(builder, found, item)
