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

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from extract.lang.ja_readings import KANJI, korean_readings
from extract.lang.ko_cases import case_id_for
from extract.lang.orgnames import JA_ORG_HEADS, org_key, proper_part
from extract.lang.romanize import (
    hangul_candidates,
    hangul_word_candidates,
    is_hangul,
    katakana_to_romaji,
    same_katakana_name,
    same_person_name,
    same_word,
)
from extract.lang.western_names import same_western_name, transliterated
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
    """Each entity's neighbours: the ends of its relations, the state of an agency among
    them (OFAC designates for the United States, as a Japanese text says 米国が指定), and
    the named persons and bodies a sentence names beside it (313総局所属のX / X of the
    313 General Bureau); states and the IT workers as a class are too common to count."""
    out: dict[str, set[str]] = {}
    states = {e.id: f"country:{e.properties['country']}" for e in extraction.entities
              if e.type == "Agency" and e.properties.get("country")}
    for relation in extraction.relations:
        for one, other in ((relation.source, relation.target),
                           (relation.target, relation.source)):
            out.setdefault(one, set()).add(other)
            if other in states:
                out[one].add(states[other])
    for group in _sentence_groups(extraction):
        for entity_id in group:
            out.setdefault(entity_id, set()).update(group - {entity_id})
    return out


_SENTENCE_BREAK = re.compile(r"[。！？]|[.!?](?=\s)|\n")


def _sentence_groups(extraction: Extraction) -> list[set[str]]:
    specific = {e.id for e in extraction.entities if e.type in ("Person", "Organization",
                                                                  "Agency")
                and not e.unnamed and e.properties.get("kind") != "worker_group"}
    ends = [m.end() for m in _SENTENCE_BREAK.finditer(extraction.text)] + [
        len(extraction.text)]
    groups: dict[int, set[str]] = {}
    for entity in extraction.entities:
        if entity.id not in specific:
            continue
        for mention in entity.mentions:
            index = bisect.bisect_right(ends, mention.start)
            groups.setdefault(index, set()).add(entity.id)
    return [g for g in groups.values() if len(g) > 1]


def _folded(name: str) -> str:
    """org_key without spaces: "Volasys Silver Star" and "Volasys Silverstar" are one."""
    return org_key(name).replace(" ", "")


def _latin_prefix(name: str, other: str) -> bool:
    """Is one Latin company name the other's first two or more words ("Yanbian Silverstar"
    of "Yanbian Silverstar Network Technology")? A name match only: it needs a neighbour."""
    a, b = org_key(name).split(), org_key(other).split()
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 2 and short != long_ and long_[:len(short)] == short


def _name_matches(entity: ExtractedEntity, english: EnglishEntity) -> str:
    """The reason a native name matches an English entity's names, or ''."""
    if entity.type == "Organization" and script_of(entity.name) == "latin":
        for name in english.names:
            if _latin_prefix(entity.name, name):
                return f"{entity.name} begins as {name}"
    for alias in dict.fromkeys((entity.name, *entity.aliases)):
        if entity.type == "Person" and western(alias):
            if any(same_western_name(alias, name) for name in english.names):
                return f"{alias} sounds as {english.names[0]}"
        elif is_hangul(alias.replace(" ", "")) and entity.type == "Person":
            if any(same_person_name(alias, name) for name in english.names):
                return f"{alias} romanizes as {english.names[0]}"
        elif entity.type == "Person" and _KATAKANA.match(alias):
            for name in english.names:
                if any(same_katakana_name(h, alias) for h in hangul_candidates(name, 16)):
                    return f"{alias} reads as {name}"
        elif entity.type == "Organization" and _kana_proper(alias):
            proper = _kana_proper(alias)
            word = next((w for name in english.names for w in name.split()
                         if _kana_reads_as(proper, w)), "")
            if word:
                return f"{proper} in {alias} reads as {word} of {english.names[0]}"
        elif entity.type == "Organization" and _hangul_of(alias):
            proper = proper_part(_hangul_of(alias))
            if proper and any(same_word(proper, word) for name in english.names
                              for word in name.split()):
                return f"{proper} in {alias} romanizes as a word of {english.names[0]}"
    return ""


# the katakana proper part of a Korean company name in Japanese: 朝鮮オソン海運会社,
# チョンスリム貿易会社 (three kana at least: a shorter run fits too many words)
_KANA_PROPER = re.compile(r"^(?:朝鮮)?([ァ-ヺー]{3,})(?=[一-龥])")
_INITIAL_CLASS = {"j": "c", "g": "k", "b": "p", "d": "t", "r": "l"}


def _kana_proper(name: str) -> str:
    match = _KANA_PROPER.match(name)
    return match.group(1) if match and name.endswith(JA_ORG_HEADS) else ""


def _kana_reads_as(kana: str, word: str) -> bool:
    """Is a katakana run a rendering of one Latin word of a Korean company's English name
    ("オソン" ~ "Osong")? A cheap test of the first letter first: the search is slow."""
    if len(word) < 3 or not word[0].isupper() or not word.isalpha():
        return False
    first = katakana_to_romaji(kana)[:1]
    if _INITIAL_CLASS.get(first, first) != _INITIAL_CLASS.get(word[0].lower(),
                                                              word[0].lower()):
        return False
    return any(same_katakana_name(h, kana) for h in _word_hangul(word))


@lru_cache(maxsize=4096)
def _word_hangul(word: str) -> tuple[str, ...]:
    return tuple(hangul_word_candidates(word))


def western(name: str) -> bool:
    """A foreign name written in Hangul by sound (크리스티나 마리 채프먼)."""
    return is_hangul(name.replace(" ", "")) and transliterated(name)


def _whole_western_name(entity: ExtractedEntity, english: EnglishEntity) -> bool:
    """Two or more Hangul words that each sound as a word of one English name, the family
    name last: as sure as the same full name written twice in English."""
    return any(western(a) and len(a.split()) >= 2 and
               any(same_western_name(a, n) >= 2 for n in english.names)
               for a in (entity.name, *entity.aliases))


def _hangul_of(name: str) -> str:
    """A company name in Hangul, or the Korean reading of one in kanji (朝鮮松鉱貿易総会社)."""
    if is_hangul(name.replace(" ", "")):
        return name
    readings = korean_readings(name) if KANJI.match(name) and name.startswith("朝鮮") else []
    return readings[0] if readings else ""


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
                    and any(_folded(n) == _folded(entity.name) for n in e.names)]
            if len(same) == 1:
                renames[entity.id] = same[0].id
                continue
        matches = [(e, reason) for e in registry.entities.values() if e.type == entity.type
                   for reason in [_name_matches(entity, e)] if reason]
        if len(matches) != 1:
            continue  # none, or ambiguous: two English entities fit the name
        english, reason = matches[0]
        shared = neighbours.get(entity.id, set()) & english.neighbours
        if shared or _whole_western_name(entity, english):
            renames[entity.id] = english.id
            continue
        extraction.links.append(PossibleSame(entity.id, english.id, NAME_ONLY,
                                             f"name only: {reason}"))
    if renames:
        _rename(extraction, renames, registry)


def _rename(extraction: Extraction, renames: dict[str, str], registry: EnglishRegistry) -> None:
    cases = {case_id_for(old): (case_id_for(new),
                                f"United States v. {registry.entities[new].names[0]}")
             for old, new in renames.items()}
    for entity in extraction.entities:
        if entity.type == "Case" and entity.id in cases:
            # the case of a defendant who joined an English node is that person's case
            renames[entity.id], entity.name = cases[entity.id]
            entity.id = renames[entity.id]
            continue
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
