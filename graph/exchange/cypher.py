"""A Cypher script that rebuilds the graph: one MERGE statement per line.

Values are written as literals, because a script cannot carry parameters, so escaping is
the whole job: every string is single-quoted with backslash escapes for the quote, the
backslash and line breaks, which both Neo4j and FalkorDB read the same way. A line is one
statement ending in `;`, so the script can be run line by line (FalkorDB) or fed to
cypher-shell. Labels, types and property names come from the model or the graph, never
from text, and property names are backtick-quoted anyway. MERGE on the id (and on a
relationship's key) makes running the script twice harmless. NUL characters cannot be
written in a FalkorDB literal and are left out (the ingest refuses documents with them).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from graph import queries
from graph.exchange.snapshot import Snapshot
from graph.model import default_model

_ESCAPES = {"\\": "\\\\", "'": "\\'", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "\b": "\\b", "\f": "\\f", "\x00": ""}
_TABLE = str.maketrans(_ESCAPES)


def string_literal(text: str) -> str:
    return "'" + text.translate(_TABLE) + "'"


def literal(value: Any) -> str:
    """A Cypher literal for a property value (strings, numbers, booleans, lists of them)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{value!r} has no Cypher literal")
        return repr(value)
    if isinstance(value, str):
        return string_literal(value)
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    raise ValueError(f"cannot write a {type(value).__name__} as a Cypher literal")


def name(text: str) -> str:
    return "`" + text.replace("`", "``") + "`"


def map_literal(props: dict[str, Any]) -> str:
    return "{" + ", ".join(f"{name(k)}: {literal(v)}" for k, v in sorted(props.items())
                           if v is not None) + "}"


def _pattern(label: str) -> str:
    return queries.node_pattern_labels(label) if label != queries.ENTITY else f":{label}"


def _end(label: str) -> str:
    return queries.end_label(label)


def statements(snapshot: Snapshot) -> Iterator[str]:
    for n in snapshot.nodes:
        rest = {k: v for k, v in n.properties.items() if k != "id"}
        yield (f"MERGE (n{_pattern(n.label)} {{id: {string_literal(n.id)}}}) "
               f"SET n += {map_literal(rest)};")
    for e in snapshot.edges:
        rest = {k: v for k, v in e.properties.items() if k != "key"}
        # statements (MENTIONS, STATES) have no key: one per document and end
        key = ("" if "key" not in e.properties
               else f" {{key: {string_literal(str(e.properties['key']))}}}")
        if e.type != queries.STATES:
            default_model().relationship(e.type)  # types come from the model only
        yield (f"MATCH (a:{_end(e.source_label)} {{id: {string_literal(e.source)}}}) "
               f"MATCH (b:{_end(e.target_label)} {{id: {string_literal(e.target)}}}) "
               f"MERGE (a)-[r:{e.type}{key}]->(b) SET r += {map_literal(rest)};")
    for j in snapshot.judgments:
        rest = {k: v for k, v in j.properties.items() if k != "id"}
        yield (f"MERGE (j:{queries.JUDGMENT} {{id: {string_literal(j.id)}}}) "
               f"SET j += {map_literal(rest)};")


def export_cypher(snapshot: Snapshot, path: Path) -> dict[str, int]:
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write(f"// trilateral-kg: {len(snapshot.nodes)} nodes, {len(snapshot.edges)} "
                  f"relationships, {len(snapshot.judgments)} judgments; one statement per "
                  "line. Create the indexes on :Entity(id) and :Document(id) first for speed "
                  "(tkg does when it opens a store).\n")
        for statement in statements(snapshot):
            out.write(statement + "\n")
    return {"nodes": len(snapshot.nodes), "relationships": len(snapshot.edges),
            "judgments": len(snapshot.judgments)}
