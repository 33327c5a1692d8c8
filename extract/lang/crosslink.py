"""One entity across languages: Hangul and katakana names linked to English ones.

A stable actor already has its English node (extract/lang/native_actors.yaml). A person or
company read in Korean or Japanese gets an id from its own spelling: the canonical
romanization of a Hangul name (`romanize.canonical`), the romanization a document gives in
brackets, or a reading of katakana. That lands on the English node whenever the English
documents spell the name the same way. When they spell it otherwise ("Sung Chol Bom" for
승철범 written "Song Chol Bom" in another style, a katakana name with no romanization, a
Korean company name translated differently), this module compares the native name with the
English names already read:

- the name must match by transliteration (`same_person_name`, `same_katakana_name`, or the
  proper part of a company name by `same_word`), and exactly one English entity may match;
- with corroboration (the two share a neighbour: the same designating agency, the same unit
  or company) the native entity takes the English id: the same node;
- a name match alone is a scored PossibleSame link, never a merge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.lang.orgnames import org_key, proper_part
from extract.lang.romanize import (
    hangul_candidates,
    is_hangul,
    same_katakana_name,
    same_person_name,
    same_word,
)
from graph.model import ExtractedEntity, Extraction, PossibleSame
from graph.search_keys import script_of

LINKED = ("Person", "Organization")
SAME_NODE = 0.9  # score of a name match with a shared neighbour: the ids are joined
NAME_ONLY = 0.6  # score of a name match alone: a PossibleSame link
_KATAKANA = re.compile(r"^[ァ-ヺー・＝]+$")


@dataclass
class EnglishEntity:
    id: str
    type: str
    names: tuple[str, ...]
    neighbours: set[str] = field(default_factory=set)


@dataclass
class EnglishRegistry:
    """The Latin-script persons and organizations read so far, with their neighbours."""

    entities: dict[str, EnglishEntity] = field(default_factory=dict)

    def add(self, extraction: Extraction) -> None:
        neighbours = _neighbours(extraction)
        for entity in extraction.entities:
            if entity.type not in LINKED or entity.unnamed:
                continue
            names = tuple(n for n in (entity.name, *entity.aliases) if script_of(n) == "latin")
            if not names:
                continue
            known = self.entities.setdefault(entity.id, EnglishEntity(entity.id, entity.type,
                                                                      names))
            known.names = tuple(dict.fromkeys((*known.names, *names)))
            known.neighbours |= neighbours.get(entity.id, set())


def _neighbours(extraction: Extraction) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for relation in extraction.relations:
        out.setdefault(relation.source, set()).add(relation.target)
        out.setdefault(relation.target, set()).add(relation.source)
    return out


def _name_matches(entity: ExtractedEntity, english: EnglishEntity) -> str:
    """The reason a native name matches an English entity's names, or ''."""
    for alias in dict.fromkeys((entity.name, *entity.aliases)):
        if is_hangul(alias.replace(" ", "")) and entity.type == "Person":
            if any(same_person_name(alias, name) for name in english.names):
                return f"{alias} romanizes as {english.names[0]}"
        elif entity.type == "Person" and _KATAKANA.match(alias):
            for name in english.names:
                if any(same_katakana_name(h, alias) for h in hangul_candidates(name, 16)):
                    return f"{alias} reads as {name}"
        elif entity.type == "Organization" and is_hangul(alias.replace(" ", "")):
            proper = proper_part(alias)
            if proper and any(same_word(proper, word) for name in english.names
                              for word in name.split()):
                return f"{proper} in {alias} romanizes as a word of {english.names[0]}"
    return ""


def link(extraction: Extraction, registry: EnglishRegistry) -> None:
    """Join or link the native-script persons and companies of one ja/ko extraction."""
    neighbours = _neighbours(extraction)
    renames: dict[str, str] = {}
    for entity in extraction.entities:
        if entity.type not in LINKED or entity.id in registry.entities:
            continue  # already on an English node (same spelling)
        if entity.type == "Organization":
            # the translated name is the English one but for how the legal form is written
            same = [e for e in registry.entities.values() if e.type == "Organization"
                    and any(org_key(n) == org_key(entity.name) for n in e.names)]
            if len(same) == 1:
                renames[entity.id] = same[0].id
                continue
        matches = [(e, reason) for e in registry.entities.values() if e.type == entity.type
                   for reason in [_name_matches(entity, e)] if reason]
        if len(matches) != 1:
            continue  # none, or ambiguous: two English entities fit the name
        english, reason = matches[0]
        shared = neighbours.get(entity.id, set()) & english.neighbours
        if shared:
            renames[entity.id] = english.id
            continue
        extraction.links.append(PossibleSame(entity.id, english.id, NAME_ONLY,
                                             f"name only: {reason}"))
    if renames:
        _rename(extraction, renames, registry)


def _rename(extraction: Extraction, renames: dict[str, str], registry: EnglishRegistry) -> None:
    for entity in extraction.entities:
        new = renames.get(entity.id)
        if new is None:
            continue
        english = registry.entities[new]
        if entity.name not in entity.aliases and script_of(entity.name) == "latin":
            entity.aliases.append(entity.name)
        entity.id, entity.name = new, english.names[0]
    for relation in extraction.relations:
        relation.source = renames.get(relation.source, relation.source)
        relation.target = renames.get(relation.target, relation.target)
