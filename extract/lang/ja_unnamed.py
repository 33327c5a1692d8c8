"""Persons a Japanese notice designates without naming them: 3団体及び4個人を…指定した, when
the persons are left to the official gazette (氏名等は外務省告示による) and only described
(北朝鮮籍の者及び中国籍の者を含む4名).

The counted persons are one unnamed entity of the document (its count the number given),
designated by the sentence's designator, only when the text describes them by the same
count (…の者を含む4名) and the document designates no named person at all: a count whose
persons are listed or named later (apply_counted, apply_annex, the list readers) makes no
group beside them, nor does a count the text never describes (a news report's 1個人). The
group's id is the document's, so it never joins a group of another document.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, Span
from extract.lang.cues import JA
from extract.lang.frames import FRAMES
from extract.lang.ja_modality import stated
from extract.lang.roles import act_date, actors_of, designator_of
from graph.ids import slugify

# the notice's count of persons: 4個人 (never 4人 or 4名 of news, which name them later)
_PERSONS = re.compile(r"(?<![0-9０-９])([0-9０-９]{1,3})\s*個人")
_PREDICATES = [f.predicate for f in FRAMES["ja"] if f.name == "designation.ja.v1"]
_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_WIDE = str.maketrans("0123456789", "０１２３４５６７８９")
_CONFIDENCE = 0.6  # a group the text counts, not a name


def _described(text: str, start: int, number: int) -> bool:
    """The text goes on to describe the counted persons without names: …の者を含む4名,
    …の国籍を有する5名 (a count of persons named later, or of a news report, is not)."""
    digits = f"(?:{number}|{str(number).translate(_WIDE)})"
    return re.search(r"(?:者|籍を有する)[^\n。、]{0,12}?(?<![0-9０-９])" + digits + r"\s*名",
                     text[start:]) is not None


def apply_unnamed_persons(builder: DocBuilder, spans: list[Span]) -> None:
    if any(r.type == "DESIGNATED" and builder.entities.get(r.target) is not None and
           builder.entities[r.target].type == "Person" for r in builder.relations.values()):
        return  # the document names the persons it designates
    text = builder.text
    for span in spans:
        sentence = span.text(text)
        count = _PERSONS.search(sentence)
        match = next((m for p in _PREDICATES if (m := p.search(sentence))), None)
        if count is None or match is None:
            continue
        at = span.start + match.end()
        dated = act_date(builder, span, JA, bool(JA.recall.search(sentence)))
        actors = actors_of(builder, span, JA, span.start + match.start())
        if stated(text, span, at) is None or dated is None or not actors:
            continue
        number = int(count.group(1).translate(_DIGITS))
        if not _described(text, span.end, number):
            continue
        start, end = span.start + count.start(), span.start + count.end()
        group = Found(start, end, count.group(0), "Person",
                      f"person:{slugify(builder.meta.id) or 'document'}#designated-{number}",
                      count.group(0), properties={"count": number, "count_qualifier": "exact"},
                      confidence=_CONFIDENCE, unnamed=True)
        builder.add(group)
        if group not in builder.found:
            continue  # a name already stands there
        for actor in dict.fromkeys(designator_of(builder, a.id, span) for a in actors):
            builder.relate("DESIGNATED", actor, group.id, span, frame="unnamed-persons.ja.v1",
                           confidence=_CONFIDENCE, properties=dated[0], date_basis=dated[1])
        return
