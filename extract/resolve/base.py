"""What every resolution step shares: the document's entities, merge records, name keys."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from extract.gazetteer import GazetteerEntry
from extract.mentions import MentionSpan
from extract.names import fold
from graph.ids import entity_id
from graph.model import ExtractedEntity, Mention, default_model

_CORP_SUFFIX = re.compile(
    r"[,\s]+(?:co\.?,?\s*(?:ltd\.?|limited)|co\.?|corp\.?|corporation|company|llc|ltd\.?|limited|inc\.?|"
    r"general\s+corp(?:oration)?\.?)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def org_key(name: str) -> str:
    """'Korea Osong Shipping Co.' and 'Korea Osong Shipping Company' compare equal."""
    base = fold(name).strip()
    base = re.sub(r"^the\s+", "", base)
    previous = None
    while previous != base:
        previous = base
        base = _CORP_SUFFIX.sub("", base).strip()
    return re.sub(r"[^a-z0-9]+", " ", base).strip()


def spelling_key(name: str) -> str:
    """`org_key` without its word breaks: romanized names are divided differently from one
    text to the next ("Silver Star" / "Silverstar", "Chin Yong" / "Chinyong")."""
    return org_key(name).replace(" ", "")


@dataclass
class Merge:
    """Why two names were taken as one entity."""

    kept: str
    merged: str
    reason: str
    confidence: float


@dataclass
class DocEntities:
    entities: dict[str, ExtractedEntity] = field(default_factory=dict)
    merges: list[Merge] = field(default_factory=list)
    text: str = ""
    # entity id -> (its mention list, that list's length, the places in it): a long
    # document's entity can have thousands of mentions, and looking through all of them
    # for every new one was quadratic; the set is rebuilt whenever the list was replaced
    # or grew elsewhere (coreference and descriptions append to it directly)
    _places: dict[str, tuple[list[Mention], int, set[tuple[int, int]]]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def _known_places(self, entity: ExtractedEntity) -> set[tuple[int, int]]:
        known = self._places.get(entity.id)
        if known is None or known[0] is not entity.mentions or \
                known[1] != len(entity.mentions):
            known = (entity.mentions, len(entity.mentions),
                     {(x.start, x.end) for x in entity.mentions})
            self._places[entity.id] = known
        return known[2]

    def add_mention(self, entity: ExtractedEntity, m: MentionSpan) -> None:
        places = self._known_places(entity)
        if (m.start, m.end) not in places:
            entity.mentions.append(Mention(m.start, m.end, m.text))
            places.add((m.start, m.end))
            self._places[entity.id] = (entity.mentions, len(entity.mentions), places)
        m.entity = entity.id
        alias = m.text.strip()
        if fold(alias) != fold(entity.name) and alias not in entity.aliases and len(alias) > 1:
            entity.aliases.append(alias)




def new_entity(type_: str, name: str, props: dict[str, Any], confidence: float,
            ident: str | None = None) -> ExtractedEntity:
    return ExtractedEntity(id=ident or entity_id(type_, name), type=type_, name=name,
                           properties=dict(props), confidence=confidence)


def from_gazetteer(entry: GazetteerEntry) -> ExtractedEntity:
    """A document entity for a gazetteer entry, with only the properties the model declares."""
    props = dict(entry.properties)
    if entry.type == "Advisory":
        dates = props.get("dates") or []
        props["date"] = dates[0] if dates else None
    if entry.type == "Person" and props.get("role") == "official":
        props.pop("role")
    declared = default_model().node(entry.type).properties
    props = {k: v for k, v in props.items() if k in declared and v not in (None, "", [])}
    return new_entity(entry.type, entry.name, props, 0.95, entry.id)


def contains_words(name: str, words: str) -> bool:
    """'alonso de los reyes' is the tail of 'pedro ernesto alonso de los reyes'."""
    have, want = name.replace("-", " ").split(), words.replace("-", " ").split()
    return any(have[i:i + len(want)] == want for i in range(len(have) - len(want) + 1))


