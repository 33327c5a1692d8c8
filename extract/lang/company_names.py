"""One company under the spellings of its legal form, across English documents.

Releases name a company with whatever legal form the writer chose: "Pyolbit Trading Corp."
in one, "Pyolbit Trading Corporation" in the next, "Pyolbit Trading Co., Ltd." in a
third, and spaces inside a coined word come and go ("Silverstar", "Silver Star"). Each
spelling makes its own node id, so the documents' facts about one company land on several
nodes. `company_core` is the name without its legal form, case, punctuation and spaces:
two names with the same core are one name written two ways, nothing else (no word of the
name is dropped or translated; "Korea Pyolbit Trading" and "Pyolbit Shipping" differ).

A name is not an identity: two firms may share one. `join_variants` joins a company of a
new English document to one read earlier only when the cores are equal, exactly one
company read so far has that core, the documents agree on something else (a neighbour
both name: the same person, unit or designating state; or the same country) and nothing
contradicts (the two are placed in different countries). Equal cores with nothing shared
are a scored PossibleSame link, never a merge.

A Korean proper word comes romanized two ways ("Chinyong" and "Jinyong" for 진영, one
release McCune-Reischauer, another Revised Romanization). Names equal only once the
romanization is folded too (orgnames.org_key) are a weaker match: they join only on a
shared neighbour that is a named person, unit or company (a country is not enough), and
give no link otherwise.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from graph.model import Extraction, PossibleSame, default_model
from graph.search_keys import romanization_key

# legal forms at the end of a Latin company name, as single words (a form of several words,
# "Co., Ltd.", "Limited Liability Company", is a run of them)
_LATIN_FORMS = frozenset({"co", "company", "corp", "corporation", "ltd", "limited", "inc",
                          "incorporated", "llc", "liability", "plc", "gmbh", "llp"})
# legal forms of Japanese, Korean and Chinese company names, before or after the name
_NATIVE_FORMS = ("有限責任公司", "股份有限公司", "有限公司", "株式会社", "有限会社", "合同会社",
                 "주식회사", "유한회사", "유한공사", "(주)", "㈜", "（株）", "㈱")
JOINED = 0.9  # the score a join stands for: equal cores and a shared fact
NAME_ONLY = 0.6  # equal cores alone: a PossibleSame link


def company_labels() -> tuple[str, ...]:
    """Labels that name companies: those whose `kind` (graph/model.yaml) may be company."""
    return tuple(label for label, node in default_model().nodes.items()
                 if "company" in getattr(node.properties.get("kind"), "enum", ()))


def _strip_native(text: str) -> str:
    changed = True
    while changed:
        changed = False
        for form in _NATIVE_FORMS:
            if text.startswith(form) and len(text) > len(form):
                text, changed = text[len(form):], True
            elif text.endswith(form) and len(text) > len(form):
                text, changed = text[:-len(form)], True
    return text


# keys of names are asked again for every document against every name the registry holds:
# cached, a stream of documents no longer grows quadratically in this work
@lru_cache(maxsize=1 << 16)
def company_core(name: str) -> str:
    """"Pyolbit Trading Co., Ltd." -> "pyolbittrading"; "株式会社ピョルビッ" -> "ピョルビッ"."""
    text = _strip_native(unicodedata.normalize("NFKC", name).strip())
    words = [w for w in re.split(r"[^\w]+", text.lower()) if w]
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in _LATIN_FORMS:
        words.pop()
    return "".join(words).replace("_", "")


@dataclass
class Known:
    """What the registry knows of an English entity that a join needs."""

    id: str
    type: str
    names: tuple[str, ...]
    neighbours: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)


@dataclass
class KnownNames:
    """The earlier entities by the keys a join compares: their names' company cores and
    sound keys. A run keeps one and adds each entity's names as it reads them, so a
    document looks its companies up instead of indexing every earlier entity again, which
    made a run's joining grow with the square of its documents."""

    by_core: dict[tuple[str, str], dict[str, Known]] = field(default_factory=dict)
    by_sound: dict[tuple[str, str], dict[str, Known]] = field(default_factory=dict)
    ids: set[str] = field(default_factory=set)

    def add(self, known: Known, names: tuple[str, ...]) -> None:
        """Index `known` (the entity itself, whose neighbours and places may grow) by
        `names`, the ones not indexed before."""
        self.ids.add(known.id)
        for name in names:
            core, sound = company_core(name), sound_key(name)
            if core:
                self.by_core.setdefault((known.type, core), {})[known.id] = known
            if sound:
                self.by_sound.setdefault((known.type, sound), {})[known.id] = known

    @classmethod
    def of(cls, known: list[Known]) -> KnownNames:
        index = cls()
        for other in known:
            index.add(other, other.names)
        return index


# where a body keeps teams or delegations ("runs IT worker delegations in Russia and Laos")
# is where it works abroad, not where it is: a company placed so is still the company of
# the same name placed at home, so these places never tell two companies apart
_ABROAD_FRAMES = ("location-keeps",)


def places(extraction: Extraction) -> dict[str, set[str]]:
    """The countries each entity is placed in: its own `country` value and the Country
    ends of its LOCATED_IN relations."""
    codes = {e.id: str(e.properties.get("code") or "") for e in extraction.entities
             if e.type == "Country"}
    out: dict[str, set[str]] = {}
    for entity in extraction.entities:
        country = entity.properties.get("country")
        if entity.type != "Country" and country:
            out.setdefault(entity.id, set()).add(str(country))
    for relation in extraction.relations:
        if relation.type == "LOCATED_IN" and codes.get(relation.target) and \
                not relation.frame.startswith(_ABROAD_FRAMES):
            out.setdefault(relation.source, set()).add(codes[relation.target])
    return out


def generic_ids(extraction: Extraction) -> set[str]:
    """Entities too common to corroborate anything: unnamed actors and groups of workers."""
    return {e.id for e in extraction.entities
            if e.unnamed or e.properties.get("kind") == "worker_group"}


def join_variants(extraction: Extraction, known: KnownNames,
                  neighbours: dict[str, set[str]]) -> dict[str, str]:
    """Entity id -> id of the earlier company it is (the caller renames); adds a
    PossibleSame to `extraction.links` where the names agree and nothing else does."""
    located = places(extraction)
    common = generic_ids(extraction)
    taken = {e.id for e in extraction.entities}
    renames: dict[str, str] = {}
    companies = company_labels()
    for entity in extraction.entities:
        # an id already known: a name already on its node, same spelling
        if entity.type not in companies or entity.unnamed or entity.id in known.ids:
            continue
        core = company_core(entity.name)
        candidates = _unique(known.by_core.get((entity.type, core), {}), entity.id)
        by_romanization = not candidates
        if by_romanization:
            candidates = _unique(
                known.by_sound.get((entity.type, sound_key(entity.name)), {}), entity.id)
        if not core or len(candidates) != 1 or candidates[0].id in taken:
            continue  # no earlier spelling, or two earlier companies share the name
        other = candidates[0]
        mine = located.get(entity.id, set())
        if mine and other.countries and not mine & other.countries:
            continue  # placed in different countries: two companies of one name
        shared = (neighbours.get(entity.id, set()) - common) & other.neighbours
        if by_romanization:
            if {n for n in shared if not n.startswith("country:")}:
                renames[entity.id] = other.id
            continue
        if shared or mine & other.countries:
            renames[entity.id] = other.id
        else:
            extraction.links.append(PossibleSame(
                entity.id, other.id, NAME_ONLY,
                f"name only: {entity.name} is {other.names[0]} but for its legal form"))
    return renames


def _unique(candidates: dict[str, Known], own: str) -> list[Known]:
    return [o for o in candidates.values() if o.id != own]


@lru_cache(maxsize=1 << 16)
def sound_key(name: str) -> str:
    """The name without legal form, spaces or romanization differences ("Jinyong IT ..."
    and "Chinyong IT ..." are one key); '' for a name of one word (too short to say)."""
    words = [w for w in re.split(r"[^\w]+", _strip_native(name).lower()) if w]
    while len(words) > 1 and words[-1] in _LATIN_FORMS:
        words.pop()
    return "".join(romanization_key(w) or w for w in words) if len(words) > 1 else ""


def rename(extraction: Extraction, renames: dict[str, str]) -> None:
    """Give entities their new ids, in relations and links too (names stay as written)."""
    for entity in extraction.entities:
        entity.id = renames.get(entity.id, entity.id)
    for relation in extraction.relations:
        relation.source = renames.get(relation.source, relation.source)
        relation.target = renames.get(relation.target, relation.target)
    for found in extraction.links:
        found.entity = renames.get(found.entity, found.entity)
        found.other = renames.get(found.other, found.other)
