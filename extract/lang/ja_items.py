"""Items of a Japanese list of those designated that the list reader passes over.

- An item that another item names as its parent: ① A社：…／② B：A社の中国内の偽装企業／
  ③ C：A社の代表. The list reader (relations.py) takes a body named as what others belong
  to (A社の代表) for context, not an item; but a body that opens an item line of the very
  list the designation announced is one of its items: whoever designated the other items of
  that list designated it.
- A designation told in brackets after an item (・A社（2023年5月、米国が指定）, ・B（韓国が
  独自制裁の対象に指定）), as chronologies and summary lists write it: the actor marked が in
  the brackets designated the item, on the date the brackets give. A plan or a negation in
  the brackets (指定予定, 指定せず) states nothing (ja_modality.py); and a list heading's
  designator (the issuing state by default) is not that item's when its brackets name
  another.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, Span
from extract.lang.cues import JA
from extract.lang.ja_modality import stated
from extract.lang.roles import act_date, designator_of

# the mark that opens an item line: ①, ・, ▲, (1), （１）, 1.
_MARK = re.compile(r"^\s*(?:[①-⑳・▲▼△●○■◆\-]|[（(][0-9０-９]{1,2}[）)]|"
                   r"[0-9０-９]{1,2}\s*[.．)])\s*")
_TARGETS = ("Person", "Organization")
# （2023年5月、米国が指定） / （米国と韓国が制裁対象に指定）: the bracket's own designation
_BRACKET = re.compile(r"\s*[（(]([^（()）]{0,40}?(?:が|により)\s*(?:[^（()）、]{0,12}(?:制裁|対象)"
                      r"[^（()）、]{0,6})?\s*(?:指定|追加)[^（()）]{0,6})[）)]")


def apply_items(builder: DocBuilder, spans: list[Span]) -> None:
    _parents_as_items(builder, spans)
    _bracketed_designations(builder)


def _first_name(builder: DocBuilder, span: Span) -> Found | None:
    mark = _MARK.match(span.text(builder.text))
    if mark is None:
        return None
    names = builder.in_span(span, _TARGETS)
    if not names or names[0].start != span.start + mark.end() or names[0].unnamed:
        return None
    return names[0]


def _parents_as_items(builder: DocBuilder, spans: list[Span]) -> None:
    for index, heading in enumerate(spans):
        listed = [r for r in builder.relations.values() if r.type == "DESIGNATED" and
                  r.frame == "designation.ja.v1" and
                  any(e.start == heading.start for e in r.evidence) and
                  not any(f.id == r.target for f in builder.in_span(heading))]
        if not listed:
            continue
        items = []
        for span in spans[index + 1:]:
            first = _first_name(builder, span)
            if first is None:
                break
            items.append(first)
        targets = {r.target for r in listed}
        if not any(i.id in targets for i in items):
            continue  # not the list the designation read
        for source in dict.fromkeys(r.source for r in listed):
            model = next(r for r in listed if r.source == source)
            for item in items:
                if item.id not in targets:
                    builder.relate("DESIGNATED", source, item.id, heading, frame=model.frame,
                                   confidence=model.confidence,
                                   properties=dict(model.properties),
                                   date_basis=model.date_basis)


def _bracketed_designations(builder: DocBuilder) -> None:
    text = builder.text
    for item in [f for f in builder.found if f.type in _TARGETS and not f.unnamed]:
        match = _BRACKET.match(text, item.end)
        if match is None:
            continue
        inside = Span(match.start(1), match.end(1))
        words = match.group(1)
        actors = builder.in_span(inside, ("Country", "Agency"))
        marked = [i for i, a in enumerate(actors)
                  if re.match(r"\s*(?:政府)?\s*(?:が|により)", text[a.end:a.end + 6])]
        if not marked:
            continue
        group = [actors[marked[-1]]]
        for prev in reversed(actors[:marked[-1]]):
            if not JA.coordinator.match(text[prev.end:group[0].start]):
                break
            group.insert(0, prev)
        states = list(dict.fromkeys(designator_of(builder, a.id, inside) for a in group))
        _drop_list_readings(builder, item, set(states))
        dated = act_date(builder, inside, JA, False)
        if stated(text, inside, inside.end) is None or JA.future.search(words) or \
                JA.negation.search(words) or dated is None:
            continue
        for actor in states:
            builder.relate("DESIGNATED", actor, item.id, Span(item.start, match.end()),
                           frame="bracketed-designation.ja.v1", confidence=0.75,
                           properties=dated[0], date_basis=dated[1])


def _drop_list_readings(builder: DocBuilder, item: Found, states: set[str]) -> None:
    """A list heading's designator (the issuing state by default) is not the designator of
    an item whose own brackets name another: the brackets say who."""
    for key, relation in list(builder.relations.items()):
        if relation.type == "DESIGNATED" and relation.target == item.id and \
                relation.source not in states and relation.frame == "designation.ja.v1" and \
                not any(e.start <= item.start < e.end for e in relation.evidence):
            del builder.relations[key]
