"""The English persons and organizations a run has read, for the cross-language step.

Each is kept with its Latin names, its neighbours (what corroborates a name match:
extract/lang/crosslink.py) and the countries it is placed in (what contradicts one).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from extract.lang.company_names import Known, KnownNames, join_variants, places, rename
from graph.model import Extraction, default_model
from graph.search_keys import script_of

# what a "possibly the same" link may join (graph/model.yaml): persons and organizations
LINKED = default_model().relationship("POSSIBLY_SAME").sources


# what the registry keeps of an entity: its id, type, Latin names, neighbours and places
EnglishEntity = Known


@dataclass
class EnglishRegistry:
    """The Latin-script persons and organizations read so far, with their neighbours."""

    entities: dict[str, Known] = field(default_factory=dict)
    cases: dict[str, str] = field(default_factory=dict)  # case id -> its English name
    names: KnownNames = field(default_factory=KnownNames)  # the entities by their names

    def add(self, extraction: Extraction) -> None:
        near = neighbours(extraction)
        located = places(extraction)
        for entity in extraction.entities:
            if entity.type == "Case" and not entity.unnamed and \
                    script_of(entity.name) == "latin":
                self.cases.setdefault(entity.id, entity.name)
            if entity.type not in LINKED or entity.unnamed:
                continue
            names = tuple(n for n in (entity.name, *entity.aliases) if script_of(n) == "latin")
            if not names:
                continue
            known = self.entities.get(entity.id)
            if known is None:
                known = self.entities[entity.id] = Known(entity.id, entity.type, ())
            added = tuple(n for n in dict.fromkeys(names) if n not in known.names)
            known.names = (*known.names, *added)
            self.names.add(known, added)
            known.neighbours |= near.get(entity.id, set())
            known.countries |= located.get(entity.id, set())

    def join_english(self, extraction: Extraction) -> None:
        """An English document's company that an earlier English document named with
        another legal form or spacing takes that company's id (company_names.py)."""
        renames = join_variants(extraction, self.names, neighbours(extraction))
        if renames:
            rename(extraction, renames)


def neighbours(extraction: Extraction) -> dict[str, set[str]]:
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
