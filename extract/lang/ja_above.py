"""A designation whose targets are the list or table ABOVE it (上記の者を…指定した).

Notices and reports sometimes put the table or the list of names first and the sentence
that acts on them after it: 上記の団体を、本日付で資産凍結等の措置の対象とした;
以上の3名を制裁対象に指定した. Such a sentence names none of its targets; the words
上記/以上/前記/上掲 ("the above") with a noun of those listed (者, 団体, 個人, 機関…) point
back to the items right before it: table data rows (their name cell), or list lines with
a mark (・, ①, （１）, 1.), with short headings between. The search stops at the first
line of prose. The look-alike 以上のとおり ("as above") points at no one, and a sentence
that names its own targets never reads the list above.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, Span
from extract.lang.tables import TARGETS, row_item, table_row_at

ABOVE = re.compile(r"(?:上記|以上|前記|上掲|上表)の\s*(?:[0-9０-９一二三四五六七八九十]+\s*)?"
                   r"(?:者|団体|個人|機関|企業|会社|法人|人物|名)")
_ITEM = re.compile(r"^[ \t　]*(?:[-・△▲▽▼○〇●◎◇◆•*▪■□◦·※]|[0-9０-９]{1,2}\s*[.)．、]|"
                   r"[(（][0-9０-９]{1,2}[)）]|[①-⑳])")
_HEADING = re.compile(r"^[^。.!?]{1,16}$")


def preceding_list(builder: DocBuilder, spans: list[Span], index: int) -> list[Found]:
    out: list[Found] = []
    for span in reversed(spans[max(0, index - 60):index]):
        line = span.text(builder.text)
        row = table_row_at(builder, span)
        if row is not None:
            item = row_item(builder, row)
            if item is not None and item.type in TARGETS:
                out.insert(0, item)
            continue  # a header row names no one
        items = [f for f in builder.in_span(span, TARGETS) if not f.unnamed
                 and f.properties.get("kind") != "worker_group"]
        if items and _ITEM.match(line):
            out.insert(0, items[0])
            continue
        if not items and _HEADING.match(line):
            continue
        break
    return list({f.id: f for f in out}.values())
