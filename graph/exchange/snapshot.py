"""The graph as plain nodes and edges, read page by page in a stable order.

Every exporter starts here, so all formats agree on what the graph holds. Each node keeps
its primary label (the model label; `Entity` is the store's index label, not a fact) and
each edge the primary labels of its ends, which an import needs to find them again.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from graph import queries
from graph.model import GraphModel
from graph.store import GraphStore

PAGE = 5000
# Properties the store keeps beside the model's: the search key, the document's write
# state and a relationship's identity key.
STORE_PROPERTIES = {"search_text": "string", "complete": "boolean", "key": "string"}


@dataclass
class Node:
    id: str
    label: str
    properties: dict[str, Any]


@dataclass
class Edge:
    type: str
    source: str
    target: str
    source_label: str
    target_label: str
    properties: dict[str, Any]


@dataclass
class Snapshot:
    nodes: list[Node]
    edges: list[Edge]
    # Analysts' judgments: nodes no edge touches, kept apart so the facts compare alone
    judgments: list[Node] = field(default_factory=list)

    def by_id(self) -> dict[str, Node]:
        return {n.id: n for n in self.nodes}


def primary_label(labels: list[str]) -> str:
    rest = [label for label in labels if label != queries.ENTITY]
    return rest[0] if rest else queries.ENTITY


def iter_nodes(store: GraphStore, page: int = PAGE) -> Iterator[Node]:
    offset = 0
    while True:
        rows = store.run(queries.EXPORT_NODES, {"offset": offset, "limit": page})
        for row in rows:
            n = row["n"]
            yield Node(str(n["properties"].get("id")), primary_label(n["labels"]),
                       dict(n["properties"]))
        if len(rows) < page:
            return
        offset += page


def iter_edges(store: GraphStore, labels: dict[str, str], page: int = PAGE) -> Iterator[Edge]:
    """Edges with their ends' labels, looked up in `labels` (id -> label of every node)."""
    offset = 0
    while True:
        rows = store.run(queries.EXPORT_RELATIONSHIPS, {"offset": offset, "limit": page})
        for row in rows:
            r = row["r"]
            source, target = str(row["source"]), str(row["target"])
            yield Edge(r["type"], source, target, labels.get(source, queries.ENTITY),
                       labels.get(target, queries.ENTITY), dict(r["properties"]))
        if len(rows) < page:
            return
        offset += page


def read_judgments(store: GraphStore) -> list[Node]:
    """Every judgment, oldest first, as a node of the model's judgment label."""
    label = store.model.judgment.label
    return [Node(str(r["j"]["properties"]["id"]), label, dict(r["j"]["properties"]))
            for r in store.run(queries.LIST_JUDGMENTS)]


def read_snapshot(store: GraphStore, page: int = PAGE) -> Snapshot:
    nodes = list(iter_nodes(store, page))
    labels = {n.id: n.label for n in nodes}
    return Snapshot(nodes, list(iter_edges(store, labels, page)), read_judgments(store))


def property_type(model: GraphModel, owner: str, name: str, value: Any = None) -> str:
    """The model type of a property of a node label or relationship type (provenance and
    store properties included); values of undeclared properties are typed by their value."""
    spec = (model.nodes[owner].properties if owner in model.nodes
            else model.relationships[owner].properties if owner in model.relationships
            else model.claim.properties if owner == model.claim.label
            else model.judgment.properties if owner == model.judgment.label
            else {})
    if name in spec:
        return spec[name].type
    for common in (model.aggregate, model.statement):
        if name in common:
            return common[name].type
    if name in STORE_PROPERTIES:
        return STORE_PROPERTIES[name]
    if name == "aliases":
        return "string_list"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "float"
    if isinstance(value, list):
        return "integer_list" if value and all(isinstance(v, int) for v in value) \
            else "string_list"
    return "string"


def _canonical_props(props: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    """Properties in a fixed order, so two graphs that hold the same facts compare equal."""
    out = dict(props)
    if isinstance(out.get("aliases"), list):
        out["aliases"] = tuple(sorted(out["aliases"]))
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in out.items()))


def canonical(snapshot: Snapshot) -> tuple[list[Any], list[Any]]:
    """A comparable dump: sorted node (label, id, properties) and edge (source, type,
    target, properties) tuples."""
    nodes = sorted((n.label, n.id, _canonical_props(n.properties)) for n in snapshot.nodes)
    edges = sorted((e.source, e.type, e.target, _canonical_props(e.properties))
                   for e in snapshot.edges)
    return nodes, edges
