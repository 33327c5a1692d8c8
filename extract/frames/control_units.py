"""CONTROLLED_BY read from names and mentions over the whole document (the frames are in
control.py): "<unit> of <body>" as a name or written out, a state's possessive before a
unit's name.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from extract.relation_context import Found

if TYPE_CHECKING:
    from extract.relation_context import DocContext


def names_within(context: DocContext) -> Iterable[Found]:
    """A unit named "<unit> of <body>" belongs to that body when the body is an entity of
    the document too ("Department 53 of the Ministry of ...")."""
    from extract.evaluate.scoring import name_key
    bodies = {name_key(e.name): e.id for e in context.of_type("Organization", "Agency")}
    for e in context.of_type("Organization", "Agency"):
        for alias in e.aliases:
            if len(alias) > 6:
                bodies.setdefault(name_key(alias), e.id)
    found = []
    for unit in context.of_type("Organization", "Agency"):
        head, sep, tail = unit.name.partition(" of ")
        body = bodies.get(name_key(tail)) if sep and head else None
        if body and body != unit.id:
            sent = next((m.sent for m in context.mentions.mentions if m.entity == unit.id), -1)
            found.append(Found("CONTROLLED_BY", unit.id, body, sent, {},
                               "control-name.v1", "of-name"))
    return found


def units_of(context: DocContext) -> Iterable[Found]:
    """'<unit> of <body>' written out in the text ("Bureau 121 of the RGB"): a DPRK unit
    named with the body it belongs to."""
    found = []
    for m in context.mentions.mentions:
        unit = context.entities.get(m.entity) if m.entity else None
        if unit is None or unit.properties.get("kind") != "dprk_unit" or m.tok_start < 0:
            continue
        inside = range(m.tok_start, m.tok_end)
        preps = [c for t in context.doc[m.tok_start:m.tok_end] for c in t.children
                 if c.i not in inside]
        for word in preps:
            if word.dep_ != "prep" or word.lower_ != "of":
                continue
            for pobj in word.children:
                body = context.index.at(pobj) if pobj.dep_ == "pobj" else ""
                if body and body != unit.id and context.entities[body].type in {
                        "Organization", "Agency", "Country"}:
                    found.append(Found("CONTROLLED_BY", unit.id, body, m.sent, {},
                                       "control-unit-of.v1", "of"))
    return found


def state_units(context: DocContext) -> Iterable[Found]:
    """A state's possessive before a unit's name: the unit belongs to that state."""
    found = []
    for m in context.mentions.mentions:
        unit = context.entities.get(m.entity) if m.entity else None
        if unit is None or unit.properties.get("kind") != "dprk_unit":
            continue
        head = context.doc[m.tok_start:m.tok_end].root
        for child in head.children:
            state = context.index.at(child) if child.dep_ == "poss" else ""
            if state and context.entities[state].type == "Country":
                found.append(Found("CONTROLLED_BY", unit.id, state, m.sent, {},
                                   "control-possessive.v1", "poss"))
    return found


DOCUMENT_RULES = (state_units, names_within, units_of)
