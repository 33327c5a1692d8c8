"""Light projections: nodes and relationships as readers get them (only the model's declared
properties, entity ids for element ids), and the statements attached to them."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from graph import queries

Row = dict[str, Any]
T = TypeVar("T")


def light_node(labels: list[str], props: Mapping[str, Any]) -> Row:
    """A light projection as a plain node whose element id is its entity id."""
    clean = {k: v for k, v in props.items() if v is not None and k in queries.LIGHT_PROPERTIES}
    return {"_type": "node", "element_id": str(clean.get("id")), "labels": list(labels),
            "properties": clean}


def light_rel(start: str, rel_type: str, end: str, props: Mapping[str, Any]) -> Row:
    """A light relationship: identified by its ends, type and key; ends are entity ids."""
    clean = {k: v for k, v in props.items() if v is not None and k in queries.LIGHT_PROPERTIES}
    return {"_type": "relationship",
            "element_id": f"{start}|{rel_type}|{end}|{clean.get('key', '')}",
            "type": rel_type, "start": start, "end": end, "properties": clean}


def statement_of(doc: str, m: Mapping[str, Any]) -> Row:
    """One statement as readers get it: the document, its sentences, how it states it."""
    return {"doc": doc, "start": list(m.get("ev_start") or []), "end": list(m.get("ev_end") or []),
            "text": list(m.get("ev_text") or []), "confidence": m.get("confidence"),
            "modality": m.get("modality"), "frame": m.get("frame") or None,
            "date_basis": m.get("date_basis") or None}


def surest(statement: Row) -> tuple[float, str]:
    return -float(statement["confidence"] or 0.0), str(statement["doc"])


def surest_row(row: Mapping[str, Any]) -> tuple[float, str]:
    """surest() of the statement a read's row gives (statement_of), without building it."""
    return -float(row.get("confidence") or 0.0), str(row["doc"])


def set_statements(props: dict[str, Any], statements: list[Row]) -> None:
    statements.sort(key=surest)
    props["statements"] = statements
    props["sources"] = [st["doc"] for st in statements]
    props["sources_total"] = int(props.get("doc_count") or len(statements))


def by_size(items: Iterable[tuple[str, T]],
             props_of: Callable[[T], Mapping[str, Any]]) -> dict[bool, list[str]]:
    """Keys split by whether their statements are few enough to be chosen in order
    (queries.ORDERED_UP_TO; `doc_count` is how many documents state the thing)."""
    out: dict[bool, list[str]] = {}
    for key, item in items:
        few = int(props_of(item).get("doc_count") or 0) <= queries.ORDERED_UP_TO
        out.setdefault(few, []).append(key)
    return out


def value_documents(value_sources: object) -> list[str]:
    """The documents an aggregate's values were taken from (graph/aggregate.py), sorted."""
    sources = json.loads(str(value_sources or "{}"))
    return sorted({str(v[1]) for v in sources.values()})

