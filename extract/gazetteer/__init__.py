"""The gazetteer: public names of states, agencies, DPRK units, companies and persons.

Data lives in the YAML files beside this module so analysts can add a name without touching
code. Loading turns them into `GazetteerEntry` objects with stable entity ids and an index
from every surface form to its entries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from graph.ids import entity_id

GAZETTEER_DIR = Path(__file__).parent


@dataclass(frozen=True)
class GazetteerEntry:
    type: str  # model label: Country, Agency, Organization, Person
    name: str
    id: str
    aliases: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()  # surface forms that mention it but are not aliases
    properties: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def surfaces(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.forms)

    @property
    def country(self) -> str:
        return str(self.properties.get("country") or self.properties.get("code") or "")


@dataclass(frozen=True)
class Statute:
    name: str
    forms: tuple[str, ...]


@dataclass
class Gazetteer:
    entries: list[GazetteerEntry]
    ambiguous: dict[str, list[GazetteerEntry]]
    demonyms: dict[str, str]  # "Ukrainian" -> "UA"
    capitals: dict[str, str]  # "Seoul" -> "KR": the state only when it acts
    places: dict[str, str]  # "Dandong" -> "CN": never an entity, but it locates one
    executive_orders: tuple[str, ...]
    statutes: tuple[Statute, ...]
    by_id: dict[str, GazetteerEntry] = field(default_factory=dict)
    by_name: dict[str, GazetteerEntry] = field(default_factory=dict)
    by_surface: dict[str, list[GazetteerEntry]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for entry in self.entries:
            self.by_id[entry.id] = entry
            self.by_name[entry.name.lower()] = entry
            for surface in entry.surfaces:
                bucket = self.by_surface.setdefault(_surface_key(surface), [])
                if entry not in bucket:
                    bucket.append(entry)

    def lookup(self, surface: str, type_: str | None = None) -> list[GazetteerEntry]:
        found = self.by_surface.get(_surface_key(surface), [])
        return [e for e in found if type_ is None or e.type == type_]

    def country(self, code: str) -> GazetteerEntry | None:
        return self.by_id.get(f"country:{code.upper()}")

    def country_code(self, surface: str) -> str | None:
        """'the ROK' / 'North Korean' / 'Pyongyang' -> ISO code, or None."""
        text = surface.strip()
        for entry in self.lookup(text, "Country"):
            return entry.country
        code = self.demonyms.get(text.lower()) or self.capitals.get(text.lower())
        if code:
            return code
        if text.lower().startswith("the "):
            return self.country_code(text[4:])
        return None

    def place_code(self, place: str) -> str | None:
        """'Litchfield Park, Arizona' / 'Dandong' -> the ISO code of the state it lies in."""
        for part in reversed([p.strip() for p in place.split(",")]):
            code = self.places.get(part.lower()) or self.country_code(part)
            if code:
                return code
        return None


def _surface_key(surface: str) -> str:
    """Lookups ignore case and the typographer's apostrophe ("People’s" = "People's")."""
    return surface.strip().lower().replace("’", "'")


_KEYS = {"name", "code", "aliases", "forms", "demonyms", "capitals", "country", "kind",
         "nationality", "role", "dates", "countries"}


def _entry(type_: str, raw: dict[str, Any], props: dict[str, Any]) -> GazetteerEntry:
    unknown = set(raw) - _KEYS
    if unknown or not raw.get("name"):
        # a comma inside an unquoted YAML flow mapping silently makes a new key: say so
        raise ValueError(f"gazetteer {type_} entry {raw!r}: unknown keys {sorted(unknown)} "
                         "or no name (quote names that contain commas)")
    name = str(raw["name"])
    for alias in raw.get("aliases") or ():
        if not isinstance(alias, str) or alias.strip().isdigit():
            raise ValueError(f"gazetteer {type_} entry {name!r}: alias {alias!r} looks like "
                             "the tail of a name split at a comma (quote it)")
    key = str(props.get("code", name)) if type_ == "Country" else name
    return GazetteerEntry(
        type=type_, name=name, id=entity_id(type_, key),
        aliases=tuple(str(a) for a in raw.get("aliases") or ()),
        forms=tuple(str(f) for f in raw.get("forms") or ()),
        properties={k: v for k, v in props.items() if v not in (None, "")},
    )


@lru_cache(maxsize=16)
def gazetteer_file(name: str, directory: Path = GAZETTEER_DIR) -> Any:
    """One YAML file of the gazetteer, read once (treat it as read-only)."""
    return yaml.safe_load((directory / name).read_text(encoding="utf-8"))


@lru_cache(maxsize=4)
def load_gazetteer(directory: Path = GAZETTEER_DIR) -> Gazetteer:
    """Read every YAML file once; the result is shared (treat it as read-only)."""
    def read(name: str) -> Any:
        return gazetteer_file(name, directory)

    entries: list[GazetteerEntry] = []
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for raw in read("countries.yaml"):
        entries.append(_entry("Country", raw, {"code": raw["code"]}))
        for demonym in raw.get("demonyms") or ():
            demonyms.setdefault(str(demonym).lower(), raw["code"])
        for capital in raw.get("capitals") or ():
            capitals[str(capital).lower()] = raw["code"]
    for raw in read("agencies.yaml"):
        entries.append(_entry("Agency", raw, {"country": raw.get("country")}))
    for raw in read("organizations.yaml"):
        entries.append(_entry("Organization", raw,
                              {"kind": raw.get("kind"), "country": raw.get("country")}))
    for raw in read("persons.yaml"):
        entries.append(_entry("Person", raw,
                              {"nationality": raw.get("nationality"), "role": raw.get("role")}))
    for raw in read("advisories.yaml"):
        entries.append(_entry("Advisory", raw, {
            "kind": raw.get("kind"), "country": raw.get("country"),
            "dates": [str(d) for d in raw.get("dates") or ()],
            "countries": [str(c) for c in raw.get("countries") or [raw.get("country")] if c]}))
    by_name = {e.name: e for e in entries}
    ambiguous = {
        surface: [by_name[name] for name in names]
        for surface, names in (read("ambiguous.yaml") or {}).items()
    }
    authorities = read("authorities.yaml")
    statutes = tuple(Statute(str(s["name"]), tuple(str(f) for f in s["forms"]))
                     for s in authorities.get("statutes", ()))
    places = {str(place).lower(): str(code)
              for code, names in (read("places.yaml") or {}).items() for place in names}
    # the US states are listed once, with the courts that sit in them
    places.update({str(state).lower(): "US" for state in read("us_courts.yaml")["states"]})
    return Gazetteer(entries, ambiguous, demonyms, capitals, places,
                     tuple(str(n) for n in authorities.get("executive_orders", ())), statutes)
