"""The domain model: the graph schema loaded from model.yaml, and the extraction result types.

The schema is data (model.yaml); this module turns it into typed objects, checks it once at
load and validates rows against it. The extraction types are what extract/ produces and
graph/ ingests, kept here so a reader finds every domain type in one file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from graph.errors import ModelError
from graph.signatures import EntityClass, parse_classes, parse_refuse, refusal

MODEL_PATH = Path(__file__).with_name("model.yaml")
_NAME = re.compile(r"^[A-Z][A-Za-z]*$")
_REL_NAME = re.compile(r"^[A-Z][A-Z_]*$")
_PROP_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class PropertySpec:
    name: str
    type: str
    required: bool = False
    enum: tuple[str, ...] = ()
    help: str = ""


@dataclass(frozen=True)
class NodeType:
    label: str
    key: str
    properties: dict[str, PropertySpec]
    searchable: tuple[str, ...] = ()
    ftm: str = ""
    help: str = ""


@dataclass(frozen=True)
class RelType:
    type: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    properties: dict[str, PropertySpec]
    help: str = ""
    # False for links that state no fact between things (a document's mentions, a "possibly
    # the same" suggestion): dossiers list them apart, and paths and chains never walk them.
    fact: bool = True
    # end -> classes of entity that end refuses (graph/signatures.py)
    refuse: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class JudgmentType:
    """An analyst's judgment, stored apart from statements (see `judgment` in model.yaml)."""

    label: str
    properties: dict[str, PropertySpec]
    help: str = ""

    def enum(self, name: str) -> tuple[str, ...]:
        return self.properties[name].enum


@dataclass(frozen=True)
class ClaimType:
    """The per-document record of a relation (see `claim` in model.yaml)."""

    label: str
    link: str  # the relationship type from its Document
    properties: dict[str, PropertySpec]
    help: str = ""


@dataclass(frozen=True)
class GraphModel:
    version: int
    aggregate: dict[str, PropertySpec]
    nodes: dict[str, NodeType]
    relationships: dict[str, RelType]
    statement: dict[str, PropertySpec] = field(default_factory=dict)
    judgment: JudgmentType = field(default_factory=lambda: JudgmentType("Judgment", {}))
    claim: ClaimType = field(default_factory=lambda: ClaimType("Claim", "STATES", {}))
    classes: dict[str, EntityClass] = field(default_factory=dict)

    @property
    def modalities(self) -> tuple[str, ...]:
        """How a sentence may assert a relation (asserted, alleged, ..., offer)."""
        spec = self.statement.get("modality")
        return spec.enum if spec else ("asserted",)

    def node(self, label: str) -> NodeType:
        try:
            return self.nodes[label]
        except KeyError:
            raise ModelError(f"unknown node label {label!r}") from None

    def relationship(self, rel_type: str) -> RelType:
        try:
            return self.relationships[rel_type]
        except KeyError:
            raise ModelError(f"unknown relationship type {rel_type!r}") from None

    def unknown_type(self, names: Iterable[str]) -> str | None:
        """The first of `names` that is no relationship type of the model."""
        return next((t for t in names if t not in self.relationships), None)

    @property
    def fact_types(self) -> tuple[str, ...]:
        """Relationship types that state a fact between things (see `fact` in model.yaml)."""
        return tuple(t for t, spec in self.relationships.items() if spec.fact)

    @property
    def entity_labels(self) -> tuple[str, ...]:
        """Labels of nodes that stand for things in the world (everything but Document)."""
        return tuple(label for label in self.nodes if label != "Document")

    def check_relationship(self, rel_type: str, source_label: str, target_label: str) -> None:
        spec = self.relationship(rel_type)
        if source_label not in spec.sources or target_label not in spec.targets:
            raise ModelError(
                f"{rel_type} cannot join {source_label} to {target_label}: the model allows "
                f"{'|'.join(spec.sources)} -> {'|'.join(spec.targets)}"
            )

    def refused(self, rel_type: str, source: tuple[str, dict[str, Any]],
                target: tuple[str, dict[str, Any]]) -> str | None:
        """Why a relation's ends, each (label, properties), fall in a class its signature
        refuses (`refuse` in model.yaml), or None."""
        spec = self.relationship(rel_type)
        return refusal(rel_type, spec.refuse, self.classes,
                       {"source": source, "target": target})

    def signature_problem(self, rel_type: str, source: tuple[str, dict[str, Any]],
                          target: tuple[str, dict[str, Any]]) -> str | None:
        """Why the model refuses a relation between these ends, each (label, properties):
        an unknown type, labels it does not join, or a refused class; None if it holds."""
        try:
            self.check_relationship(rel_type, source[0], target[0])
        except ModelError as exc:
            return exc.detail
        return self.refused(rel_type, source, target)


def _property(where: str, name: str, raw: Any, types: set[str]) -> PropertySpec:
    if not _PROP_NAME.match(name):
        raise ModelError(f"{where}: property name {name!r} must be snake_case")
    if not isinstance(raw, dict):
        raise ModelError(f"{where}.{name}: expected a mapping with a 'type'")
    ptype = raw.get("type")
    if ptype not in types:
        raise ModelError(f"{where}.{name}: type {ptype!r} is not one of {sorted(types)}")
    unknown = set(raw) - {"type", "required", "enum", "help"}
    if unknown:
        raise ModelError(f"{where}.{name}: unknown keys {sorted(unknown)}")
    return PropertySpec(
        name=name,
        type=ptype,
        required=bool(raw.get("required", False)),
        enum=tuple(raw.get("enum", ())),
        help=str(raw.get("help", "")),
    )


def _properties(where: str, raw: Any, types: set[str]) -> dict[str, PropertySpec]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ModelError(f"{where}: properties must be a mapping")
    return {name: _property(where, name, spec, types) for name, spec in raw.items()}


def parse_model(raw: Any) -> GraphModel:
    """Build a GraphModel from parsed YAML, naming the first bad entry it meets."""
    if not isinstance(raw, dict):
        raise ModelError("model: the top level must be a mapping")
    for section in ("property_types", "aggregate", "claim", "nodes", "relationships"):
        if section not in raw:
            raise ModelError(f"model: missing section {section!r}")
    types = set(raw["property_types"])
    aggregate = _properties("aggregate", raw["aggregate"], types)
    nodes: dict[str, NodeType] = {}
    for label, spec in raw["nodes"].items():
        where = f"nodes.{label}"
        if not _NAME.match(label):
            raise ModelError(f"{where}: a label must be CamelCase letters")
        if not isinstance(spec, dict):
            raise ModelError(f"{where}: expected a mapping")
        props = _properties(where, spec.get("properties"), types)
        key = spec.get("key")
        if key not in props:
            raise ModelError(f"{where}: key {key!r} is not one of its properties")
        clash = set(props) & set(aggregate)
        if clash:
            raise ModelError(f"{where}: properties {sorted(clash)} clash with the aggregates")
        searchable = tuple(spec.get("searchable", ()))
        for name in searchable:
            if name not in props:
                raise ModelError(f"{where}: searchable {name!r} is not one of its properties")
        nodes[label] = NodeType(label, key, props, searchable, spec.get("ftm", ""),
                                spec.get("help", ""))
    classes = parse_classes(raw.get("classes"), {label: set(node.properties)
                                                  for label, node in nodes.items()})
    rels: dict[str, RelType] = {}
    for rtype, spec in raw["relationships"].items():
        where = f"relationships.{rtype}"
        if not _REL_NAME.match(rtype):
            raise ModelError(f"{where}: a relationship type must be UPPER_SNAKE_CASE")
        if not isinstance(spec, dict):
            raise ModelError(f"{where}: expected a mapping")
        ends: dict[str, tuple[str, ...]] = {}
        for end in ("source", "target"):
            labels = spec.get(end)
            if not labels:
                raise ModelError(f"{where}: missing {end}")
            for label in labels:
                if label not in nodes:
                    raise ModelError(f"{where}: {end} label {label!r} is not a declared node")
            ends[end] = tuple(labels)
        props = _properties(where, spec.get("properties"), types)
        fact = spec.get("fact", True)
        if not isinstance(fact, bool):
            raise ModelError(f"{where}: fact must be true or false")
        rels[rtype] = RelType(rtype, ends["source"], ends["target"], props,
                              spec.get("help", ""), fact,
                              parse_refuse(where, spec.get("refuse"), classes))
    statement = _properties("statement", raw.get("statement"), types)
    return GraphModel(int(raw.get("version", 1)), aggregate, nodes, rels, statement,
                      judgment=_judgment(raw.get("judgment"), types, nodes),
                      claim=_claim(raw["claim"], types, nodes, rels), classes=classes)


_JUDGMENT_REQUIRED = ("id", "kind", "subject", "author", "at", "reason")


def _judgment(raw: Any, types: set[str], nodes: dict[str, NodeType]) -> JudgmentType:
    if not isinstance(raw, dict):
        raise ModelError("judgment: expected a mapping with label and properties")
    label = raw.get("label")
    if not isinstance(label, str) or not _NAME.match(label) or label in nodes:
        raise ModelError(f"judgment.label: {label!r} must be a CamelCase label no node uses")
    props = _properties("judgment", raw.get("properties"), types)
    for name in _JUDGMENT_REQUIRED:
        if name not in props:
            raise ModelError(f"judgment: missing property {name!r}")
    return JudgmentType(label, props, str(raw.get("help", "")))


def _claim(raw: Any, types: set[str], nodes: dict[str, NodeType],
           rels: dict[str, RelType]) -> ClaimType:
    if not isinstance(raw, dict):
        raise ModelError("claim: expected a mapping with label, link and properties")
    label, link = raw.get("label"), raw.get("link")
    if not isinstance(label, str) or not _NAME.match(label) or label in nodes:
        raise ModelError(f"claim.label: {label!r} must be a CamelCase label no node uses")
    if not isinstance(link, str) or not _REL_NAME.match(link) or link in rels:
        raise ModelError(f"claim.link: {link!r} must be an UPPER_SNAKE_CASE type no "
                         "relationship uses")
    props = _properties("claim", raw.get("properties"), types)
    for name in ("id", "doc", "rel"):
        if name not in props:
            raise ModelError(f"claim: missing property {name!r}")
    return ClaimType(label, link, props, str(raw.get("help", "")))


def load_model(path: Path | None = None) -> GraphModel:
    """Load and check a model file (the packaged model.yaml by default)."""
    if path is None:
        return default_model()
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ModelError(f"cannot read model {path}: {exc}") from exc
    return parse_model(raw)


@lru_cache(maxsize=1)
def default_model() -> GraphModel:
    raw = yaml.safe_load(MODEL_PATH.read_text(encoding="utf-8"))
    return parse_model(raw)


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


_TYPE_CHECKS: dict[str, Any] = {
    "string": lambda v: isinstance(v, str),
    "integer": _is_int,
    "float": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "date": lambda v: isinstance(v, str) and bool(_ISO_DATE.match(v)),
    "string_list": lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v),
    "integer_list": lambda v: isinstance(v, list) and all(_is_int(x) for x in v),
}


def check_value(spec: PropertySpec, value: Any) -> None:
    """Raise ModelError if a value does not fit its declared property type."""
    if value is None:
        return
    if not _TYPE_CHECKS[spec.type](value):
        raise ModelError(f"property {spec.name!r} expects {spec.type}, got {value!r}")
    if spec.enum and value not in spec.enum:
        raise ModelError(f"property {spec.name!r} must be one of {list(spec.enum)}, got {value!r}")


# --- extraction results: what extract/ produces and graph/ ingests ---------------------------


@dataclass
class Mention:
    start: int
    end: int
    text: str


@dataclass
class Evidence:
    """Where a fact was read: the sentence and its character offsets in the document."""

    start: int
    end: int
    sentence: str


@dataclass
class ExtractedEntity:
    """One entity as one document states it.

    An unnamed actor ("an Arizona woman", "over 300 U.S. companies") has `unnamed=True`, its
    description as `name`, an id scoped to its document (`person:{doc id}#an-arizona-woman`)
    and, when plural, `count` with `count_qualifier`. A description is never an alias.
    """

    id: str  # "{label lower}:{slug}", e.g. "person:christina-marie-chapman", "country:KP"
    type: str  # a node label of the model, never Document
    name: str
    aliases: list[str] = field(default_factory=list)
    properties: dict[str, Any] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    confidence: float = 1.0
    unnamed: bool = False
    count: int | None = None
    count_qualifier: str = ""


@dataclass
class ExtractedRelation:
    """One relation as one document asserts it (see `statement` in model.yaml)."""

    type: str
    source: str  # entity id
    target: str  # entity id
    properties: dict[str, Any] = field(default_factory=dict)
    confidence: float = 1.0
    evidence: list[Evidence] = field(default_factory=list)
    modality: str = "asserted"  # one of model.yaml statement.modality
    frame: str = ""  # the frame that produced it, e.g. "designation.v1"
    date_basis: str = ""  # "sentence" | "document" | "" (undated)
    construction: str = ""  # which paths of the frame filled its roles (calibration key)


@dataclass
class PossibleSame:
    """A scored suggestion that two entities of a document are one, with its reason."""

    entity: str  # entity id
    other: str  # entity id
    score: float
    reason: str


@dataclass
class RejectedRelation:
    """A relation a frame found but the model refused (wrong end types, unknown type)."""

    type: str
    source: str
    target: str
    reason: str
    frame: str = ""


@dataclass
class DocumentMeta:
    id: str
    title: str = ""
    doc_type: str = ""
    date: str = ""
    language: str = ""  # ISO 639-1; empty until the extractor detects it from the text
    issuers: list[dict[str, str]] = field(default_factory=list)  # [{"country", "agency"}]
    source_urls: list[str] = field(default_factory=list)


@dataclass
class Extraction:
    """Everything read from one document."""

    document: DocumentMeta
    text: str
    content_hash: str
    entities: list[ExtractedEntity] = field(default_factory=list)
    relations: list[ExtractedRelation] = field(default_factory=list)
    links: list[PossibleSame] = field(default_factory=list)
    rejected: list[RejectedRelation] = field(default_factory=list)
