"""Argument signatures finer than labels: classes of entity a relationship's end refuses.

A label says what an entity is (an Agency); a class says which side of the story it is on
(an agency of a government that publishes, designates and prosecutes, or one of the DPRK
state that runs the scheme). graph/model.yaml declares the classes (`classes`) and, per
relationship, the classes each end refuses (`refuse`); extraction sends a relation whose
end falls in a refused class to `Extraction.rejected` with the reason.

A class matches on the entity's label and its property values. A property the entity does
not state is no evidence either way: `unless` only matches an entity that states one of its
properties (an agency whose state nobody gave is not thereby a foreign one).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from graph.errors import ModelError

ENDS = ("source", "target")


@dataclass(frozen=True)
class EntityClass:
    name: str
    labels: tuple[str, ...]
    # property -> values: the entity has one of these properties with one of its values
    where: Mapping[str, tuple[str, ...]]
    # property -> values: the entity states one of these properties, none with these values
    unless: Mapping[str, tuple[str, ...]]
    help: str = ""

    def holds(self, label: str, properties: Mapping[str, Any]) -> bool:
        if label not in self.labels:
            return False
        if self.where and not any(str(properties.get(p, "")) in values
                                  for p, values in self.where.items()):
            return False
        if self.unless:
            stated = [str(properties[p]) for p in self.unless if properties.get(p)]
            if not stated or any(str(properties[p]) in values
                                 for p, values in self.unless.items() if properties.get(p)):
                return False
        return True


def _values(where: str, raw: Any) -> dict[str, tuple[str, ...]]:
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not all(isinstance(v, list) for v in raw.values()):
        raise ModelError(f"{where}: expected a mapping of property to a list of values")
    return {str(k): tuple(str(x) for x in v) for k, v in raw.items()}


def parse_classes(raw: Any, node_properties: Mapping[str, set[str]]) -> dict[str, EntityClass]:
    """The `classes` section; `node_properties` is label -> its property names."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ModelError("classes: expected a mapping")
    classes: dict[str, EntityClass] = {}
    for name, spec in raw.items():
        where = f"classes.{name}"
        if not isinstance(spec, dict) or not spec.get("labels"):
            raise ModelError(f"{where}: expected a mapping with labels")
        labels = tuple(str(label) for label in spec["labels"])
        matches = _values(f"{where}.where", spec.get("where"))
        unless = _values(f"{where}.unless", spec.get("unless"))
        for label in labels:
            if label not in node_properties:
                raise ModelError(f"{where}: label {label!r} is not a declared node")
        for prop in (*matches, *unless):
            if not any(prop in node_properties[label] for label in labels):
                raise ModelError(f"{where}: no label of the class has property {prop!r}")
        classes[name] = EntityClass(name, labels, matches, unless, str(spec.get("help", "")))
    return classes


def parse_refuse(where: str, raw: Any, classes: Mapping[str, EntityClass]
                 ) -> dict[str, tuple[str, ...]]:
    """A relationship's `refuse`: end -> the classes that end may not be."""
    if raw is None:
        return {}
    if not isinstance(raw, dict) or set(raw) - set(ENDS):
        raise ModelError(f"{where}.refuse: expected a mapping of source/target to classes")
    refuse: dict[str, tuple[str, ...]] = {}
    for end, names in raw.items():
        for name in names:
            if name not in classes:
                raise ModelError(f"{where}.refuse.{end}: {name!r} is not a declared class")
        refuse[str(end)] = tuple(str(n) for n in names)
    return refuse


def refusal(rel_type: str, refuse: Mapping[str, tuple[str, ...]],
            classes: Mapping[str, EntityClass],
            ends: Mapping[str, tuple[str, Mapping[str, Any]]]) -> str | None:
    """Why this relation's ends do not fit its signature, or None when they do.

    `ends` maps "source"/"target" to the end's (label, properties)."""
    for end in ENDS:
        label, properties = ends[end]
        for name in refuse.get(end, ()):
            entity_class = classes[name]
            if entity_class.holds(label, properties):
                return (f"{rel_type} refuses a {name} as its {end}"
                        f"{': ' + entity_class.help if entity_class.help else ''}")
    return None
