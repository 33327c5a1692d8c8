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

from extract.lang.company_names import company_labels, places, sound_key
from extract.lang.cross_names import (
    name_matches,
    same_company,
    sound_words,
    whole_company,
    whole_western_name,
)
from extract.lang.english_registry import LINKED, EnglishEntity, EnglishRegistry
from extract.lang.english_registry import neighbours as _neighbours
from extract.lang.ko_case_links import join_cases
from extract.lang.ko_cases import case_id_for
from extract.lang.read_names import find_english_persons, join_family_names
from graph.model import ExtractedEntity, Extraction, PossibleSame
from graph.search_keys import script_of

__all__ = ["EnglishEntity", "EnglishRegistry", "link"]

# score of a name match alone: a PossibleSame link (a match with a shared neighbour joins
# the ids and needs no score)
NAME_ONLY = 0.6


_PASSES = 4  # a join can corroborate another (a person joined is a shared neighbour)


def link(extraction: Extraction, registry: EnglishRegistry) -> None:
    """Join or link the native-script persons and companies of one ja/ko extraction.
    Neighbours compare by id, so an entity joined to its English node in one pass can
    corroborate a name beside it in the next; links are those of the last pass."""
    join_family_names(extraction)
    read = find_english_persons(extraction, [(e.id, e.names) for e in
                                             registry.entities.values() if e.type == "Person"])
    if read:
        _rename(extraction, read, registry)
    for _ in range(_PASSES):
        # a case whose defendants joined English persons is their English case, which the
        # next pass may share with a co-defendant (パク被告 of the case of Jin)
        join_cases(extraction, registry)
        renames, links = _link_pass(extraction, registry)
        if not renames:
            break
        _rename(extraction, renames, registry)
    join_cases(extraction, registry)
    extraction.links.extend(links)


def _link_pass(extraction: Extraction,
               registry: EnglishRegistry) -> tuple[dict[str, str], list[PossibleSame]]:
    neighbours = _neighbours(extraction)
    located = places(extraction)
    renames: dict[str, str] = {}
    links: list[PossibleSame] = []
    for entity in extraction.entities:
        if entity.type not in LINKED:
            continue
        mine = neighbours.get(entity.id, set())
        if entity.type in company_labels():
            same = same_company(entity, registry, mine, located.get(entity.id, set()))
            if same:
                if same != entity.id:
                    renames[entity.id] = same
                continue
        if entity.id in registry.entities:
            continue  # already on an English node (same spelling)
        matches = [(e, reason) for e in registry.entities.values() if e.type == entity.type
                   for reason in [name_matches(entity, e)] if reason]
        if len(matches) > 1:
            # two English entities fit the name: the one whose whole name it is (a company
            # name word for word, "Vitaliy Sergeyevich Andreyev" over "Vitaliy Andreyev",
            # whose family name alone fits too), then the one the document shares a
            # neighbour with, if only one does (a namesake shares none)
            words = {m[0].id: sound_words(entity, m[0]) + 10 * whole_company(entity, m[0])
                     for m in matches}
            most = max(words.values())
            if most >= 2 and list(words.values()).count(most) == 1:
                matches = [m for m in matches if words[m[0].id] == most]
            else:
                matches = _one_of_spellings(entity, matches, mine) or [
                    m for m in matches if mine & m[0].neighbours]
        if len(matches) != 1:
            continue  # none, or ambiguous
        english, reason = matches[0]
        if mine & english.neighbours or whole_western_name(entity, english) or \
                whole_company(entity, english):
            renames[entity.id] = english.id
            continue
        links.append(PossibleSame(entity.id, english.id, NAME_ONLY, f"name only: {reason}"))
    for native_id, english_id in _paired(extraction, registry, links, neighbours).items():
        renames[native_id] = english_id
    links = [link for link in links if link.entity not in renames]
    return renames, links


def _paired(extraction: Extraction, registry: EnglishRegistry, links: list[PossibleSame],
            neighbours: dict[str, set[str]]) -> dict[str, str]:
    """Two persons that each fit only one English person by name, neighbours here (named
    in one sentence: ユ・ソンヒョク氏とユン・ソンイル氏), whose English persons are
    neighbours there too: each corroborates the other, as a shared neighbour does (neither
    is on its English node yet, so neither counts as shared); two chance name matches that
    both sides also tie together are not a coincidence to expect."""
    persons = {e.id for e in extraction.entities if e.type == "Person"}
    single = {link.entity: link.other for link in links if link.entity in persons}
    return {a: english_a for a, english_a in single.items()
            if any(b != a and english_b != english_a and b in neighbours.get(a, set()) and
                   english_b in registry.entities[english_a].neighbours
                   for b, english_b in single.items())}


def _one_of_spellings(entity: ExtractedEntity, matches: list[tuple[EnglishEntity, str]],
                      mine: set[str]) -> list[tuple[EnglishEntity, str]]:
    """Two English nodes that the native name fits word for word and whose names differ
    only by romanization ("Chinyong ..." and "Jinyong ..." for one 진영) are one company
    the English side left on two nodes: the one sharing the most neighbours with the
    document, then the better attested (more neighbours); [] when they are not such."""
    if len(matches) < 2 or not all(whole_company(entity, e) for e, _ in matches):
        return []
    keys = [{sound_key(n) for n in e.names} - {""} for e, _ in matches]
    if not set.intersection(*keys):
        return []
    return [max(matches, key=lambda m: (len(mine & m[0].neighbours), len(m[0].neighbours),
                                        m[0].id))]


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
