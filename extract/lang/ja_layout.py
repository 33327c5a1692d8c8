"""Relations that the layout of a Japanese release gives, not a sentence.

- The header block names the issuers of the advisory the document is (ja_header.py).
- A list of those designated gives each item's attributes on lines of their own under it
  (or in brackets after the name): 所属：X (where the person works: EMPLOYED_AT, as the
  membership frame) and 所在地：Y / 住所：Y (where the person or body is: LOCATED_IN, as
  the location frames, a city giving its state).
- 別名：Z names the item again: Z is an alias of the item, never a person or body of its
  own (`attach_aliases`, before relations are read).
- The same attributes as the columns of a Markdown table (extract/lang/tables.py).
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, Span
from extract.lang.ja_header import apply_header_issuers
from extract.lang.ja_locations import located, places_in
from extract.lang.native import NativeGazetteer
from extract.lang.tables import row_item, table_rows

TARGETS = ("Person", "Organization")
# an attribute of the item above: a label, a colon, the value (to the end of the line or
# the next attribute in brackets: （別名：A、生年月日：…）)
_ATTRIBUTE = re.compile(r"(?:^|(?<=[\s　（(、，,]))(?P<label>別名|別称|通称|旧称|所属|所属先|"
                        r"所在地|住所|拠点)\s*[:：]\s*(?P<value>[^\n、，,（()）]+)")
# any attribute line of a table-like list (生年月日：…, 国籍：…) between an item and the
# attribute read: the item goes on
_ANY_ATTRIBUTE = re.compile(r"^[\s　]*(?:[-・○◦]\s*)?[^\s:：]{1,8}\s*[:：]")
_EMPLOYED = ("所属", "所属先")
_LOCATED = ("所在地", "住所", "拠点")
_ALIASES = ("別名", "別称", "通称", "旧称")
_ITEM_CONFIDENCE = 0.8  # as the membership frame: the list says it, under a name it heads


def _item_before(builder: DocBuilder, at: int) -> Found | None:
    """The listed person or body an attribute belongs to: the last one named before it on
    an earlier line or on its own line before the brackets, with no blank line between."""
    text = builder.text
    earlier = sorted((f for f in builder.found if f.end <= at and f.type in TARGETS
                      and not f.unnamed and f.properties.get("kind") != "worker_group"),
                     key=lambda f: f.start)
    for item in reversed(earlier):
        between = text[item.end:at]
        if "\n\n" in between or "。" in between:
            return None
        lines = between.count("\n")
        if lines == 0 or all(_ANY_ATTRIBUTE.match(line) or not line.strip()
                             for line in between.split("\n")[1:]):
            return _item_start(builder, item)
        return None
    return None


def _item_start(builder: DocBuilder, item: Found) -> Found | None:
    """The item the line heads: the first name on its line (not one inside its brackets)."""
    line_start = builder.text.rfind("\n", 0, item.start) + 1
    first = [f for f in builder.found if line_start <= f.start <= item.start
             and f.type in TARGETS and not f.unnamed]
    return min(first, key=lambda f: f.start) if first else item


def attach_aliases(builder: DocBuilder) -> None:
    """別名：Z under or beside a listed name: every name found in Z becomes a mention of
    the listed entity."""
    for match in _ATTRIBUTE.finditer(builder.text):
        if match.group("label") not in _ALIASES:
            continue
        item = _item_before(builder, match.start())
        if item is None:
            continue
        start, end = match.span("value")
        for found in [f for f in builder.found if start <= f.start and f.end <= end + 1
                      and f.type in TARGETS and f.id != item.id]:
            repoint(builder, found, item)
    _table_aliases(builder)


def _table_aliases(builder: DocBuilder) -> None:
    """A name in a table's alias column is the row's listed name again."""
    for row in table_rows(builder.text):
        item = row_item(builder, row)
        if item is None:
            continue
        for cell in row.cells_of("alias"):
            for found in builder.in_span(cell, TARGETS):
                if found.id != item.id:
                    repoint(builder, found, item)


def _table_attributes(builder: DocBuilder, native: NativeGazetteer) -> None:
    """A table row's affiliation and location cells, as the attribute lines."""
    for row in table_rows(builder.text):
        item = row_item(builder, row)
        if item is None:
            continue
        for cell in row.cells_of("affiliation"):
            bodies = [f for f in builder.in_span(cell, ("Organization",))
                      if f.properties.get("kind") != "worker_group" and f.id != item.id]
            if bodies and item.type == "Person":
                builder.relate("EMPLOYED_AT", item.id, bodies[0].id, row.span,
                               frame="membership-table.ja.v1", confidence=_ITEM_CONFIDENCE)
        for cell in row.cells_of("location"):
            for place in places_in(builder, native, cell)[:1]:
                located(builder, item, place, row.span, "location-table.ja.v1")


def repoint(builder: DocBuilder, found: Found, item: Found) -> None:
    old = builder.entities.get(found.id)
    found.id, found.name, found.type = item.id, item.name, item.type
    entity = builder.entities[item.id]
    if found.text not in entity.aliases and found.text != entity.name:
        entity.aliases.append(found.text)
    if old is None:
        return
    moved = [m for m in old.mentions if m.start == found.start]
    old.mentions = [m for m in old.mentions if m.start != found.start]
    entity.mentions.extend(moved)
    entity.mentions.sort(key=lambda m: m.start)
    if not old.mentions:
        del builder.entities[old.id]


def apply_attributes(builder: DocBuilder, native: NativeGazetteer) -> None:
    for match in _ATTRIBUTE.finditer(builder.text):
        label = match.group("label")
        if label in _ALIASES:
            continue
        item = _item_before(builder, match.start())
        if item is None:
            continue
        line_start = builder.text.rfind("\n", 0, item.start) + 1
        evidence = Span(line_start, match.end("value"))
        value = Span(*match.span("value"))
        if label in _EMPLOYED and item.type == "Person":
            bodies = builder.in_span(value, ("Organization",))
            if bodies and bodies[0].properties.get("kind") != "worker_group":
                builder.relate("EMPLOYED_AT", item.id, bodies[0].id, evidence,
                               frame="membership-line.ja.v1", confidence=_ITEM_CONFIDENCE)
        elif label in _LOCATED:
            for place in places_in(builder, native, value)[:1]:
                located(builder, item, place, evidence, "location-line.ja.v1")


def apply_layout(builder: DocBuilder, spans: list[Span], native: NativeGazetteer) -> None:
    del spans  # the layout is read from lines, not sentences
    apply_header_issuers(builder)
    apply_attributes(builder, native)
    _table_attributes(builder, native)
