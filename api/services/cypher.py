"""Analyst Cypher through the read-only door, answered as a table and as a graph.

The store refuses writes itself (GRAPH.RO_QUERY on FalkorDB, a READ transaction on Neo4j,
PROFILE refused). Two gaps are closed here: an EXPLAIN of a writing statement is refused
rather than planned, so "any write is refused" holds without exceptions; and values JSON
cannot carry (NaN, infinities, driver types) are turned into text instead of failing the
response after the query ran.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from api.schemas import CypherOut, GraphEdge, GraphNode, GraphOut
from api.services.convert import label_of, public_properties
from graph import queries
from graph.errors import InvalidInput, QueryError, ReadOnlyViolation, TkgError
from graph.params import check_values
from graph.read_guard import check_statement
from graph.store import GraphStore

_COMMENTS = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)
_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`", re.S)
_WRITE_WORDS = re.compile(r"\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|FOREACH)\b|"
                          r"\.(create|drop|delete)\w*", re.I)
_WRITE_PLAN_OPS = {"Create", "Merge", "MergeCreate", "Delete", "Update", "Foreach"}
_PARAM = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")


def _code_only(query: str) -> str:
    """The statement without comments and string literals, for keyword checks."""
    return _STRINGS.sub("''", _COMMENTS.sub(" ", query))


def is_explain(query: str) -> bool:
    return _code_only(query).lstrip().upper().startswith("EXPLAIN")


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    return False


def check_params(params: Mapping[str, Any]) -> None:
    """Names must be identifiers (the client splices them into the statement) and no text
    may hold NUL, which the store's wire protocol cannot carry."""
    for name in params:
        if not _PARAM.match(name):
            raise InvalidInput(f"parameter name {name[:40]!r} must be a plain identifier")
    if _has_nul(dict(params)):
        raise InvalidInput("parameter values must not contain NUL characters")
    check_values(params)


def json_safe(value: Any) -> Any:
    """Values JSON can carry: non-finite floats and unknown types become text."""
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    return str(value)


def _is_node(value: dict[str, Any]) -> bool:
    return (isinstance(value.get("element_id"), str) and isinstance(value.get("labels"), list)
            and isinstance(value.get("properties"), dict))


def _is_relationship(value: dict[str, Any]) -> bool:
    return (all(isinstance(value.get(k), str) for k in ("element_id", "type", "start", "end"))
            and isinstance(value.get("properties"), dict))


class _GraphCollector:
    """Nodes and relationships found anywhere in the rows, once each, in order of meeting."""

    def __init__(self) -> None:
        self.nodes: dict[str, GraphNode] = {}
        self.edges: dict[str, GraphEdge] = {}

    def visit(self, value: Any) -> None:
        if isinstance(value, list):
            for v in value:
                self.visit(v)
        elif isinstance(value, dict):
            kind = value.get("_type")
            # A map the query built itself ({_type: 'node'}) can look like a node; only
            # values with every field the stores give are drawn, the rest stay plain maps.
            if kind == "node" and _is_node(value):
                self._node(value)
            elif kind == "relationship" and _is_relationship(value):
                self._edge(value)
            elif kind == "path" and isinstance(value.get("nodes"), list) \
                    and isinstance(value.get("relationships"), list):
                self.visit(value.get("nodes", []))
                self.visit(value.get("relationships", []))
            else:
                self.visit(list(value.values()))

    def _node(self, node: dict[str, Any]) -> None:
        props = node.get("properties") or {}
        key = str(node["element_id"])
        self.nodes.setdefault(key, GraphNode(
            id=key, entity_id=props.get("id"), label=label_of(node),
            labels=list(node.get("labels") or []),
            name=props.get("name") or props.get("title"),
            properties=json_safe(public_properties(props))))

    def _edge(self, rel: dict[str, Any]) -> None:
        key = str(rel["element_id"])
        self.edges.setdefault(key, GraphEdge(
            id=key, type=str(rel["type"]), source=str(rel["start"]), target=str(rel["end"]),
            properties=json_safe(public_properties(rel.get("properties") or {}))))


def run_cypher(store: GraphStore, query: str, params: Mapping[str, Any] | None = None, *,
               timeout_ms: int = 5000, row_cap: int = 1000) -> CypherOut:
    params = dict(params or {})
    check_params(params)
    if "\x00" in query:
        raise InvalidInput("the statement must not contain NUL characters")
    check_statement(query, subquery_procedures=store.dialect is not queries.FALKOR)
    if is_explain(query) and _WRITE_WORDS.search(_code_only(query)):
        raise ReadOnlyViolation("this door is read-only: EXPLAIN of a writing statement is "
                                "refused as the statement itself would be")
    try:
        result = store.read_only(query, params, timeout_ms=timeout_ms, row_cap=row_cap)
    except TkgError:
        raise
    except Exception as exc:  # the client failed on the statement before the store saw it
        raise QueryError(f"the statement could not be run: {exc}") from exc
    if is_explain(query) and any(str(r[0]).split("|")[0].strip() in _WRITE_PLAN_OPS
                                for r in result.rows if r):
        raise ReadOnlyViolation("this door is read-only: the plan writes, so it was refused")
    collector = _GraphCollector()
    collector.visit(result.rows)
    return CypherOut(columns=result.columns, rows=json_safe(result.rows),
                     truncated=result.truncated,
                     graph=GraphOut(nodes=list(collector.nodes.values()),
                                    edges=list(collector.edges.values())))
