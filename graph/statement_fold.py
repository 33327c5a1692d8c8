"""Statements as the aggregates are folded from them (docs/statements.md): the ids that
name an aggregate relationship and its claims, a stored MENTIONS edge or Claim read back as a
Statement, and the refold of aggregates from the statements they have left.

Shared by writing (graph/statement_writes.py) and forgetting (graph/statement_forget.py).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from graph import queries
from graph.aggregate import Aggregate, Statement, fold
from graph.search_keys import fulltext_terms

if TYPE_CHECKING:
    from graph.store import GraphStore

Row = dict[str, Any]
STATEMENT_FIELDS = ("modality", "frame", "date_basis")  # relation values beside properties


def rel_id(source: str, rel_type: str, target: str, key: str = "") -> str:
    """The identity of an aggregate relationship, as its claims name it."""
    return f"{source}|{rel_type}|{target}|{key}"


def claim_id(doc: str, rel: str) -> str:
    return f"{doc}|{rel}"


def clean(props: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in props.items() if v is not None}


def node_statement(doc: str, m: Row) -> Statement:
    values = json.loads(str(m.get("props_json") or "{}"))
    return Statement(doc, float(m.get("confidence") or 0.0), values,
                     tuple(m.get("aliases") or ()))


def node_props(ident: str, agg: Aggregate) -> Row:
    props = {**agg.properties(), "id": ident, "aliases": agg.aliases}
    props["search_text"] = fulltext_terms(str(agg.values.get("name", "")), agg.aliases)
    return props


def _read_already(keys: Collection[str], left: Mapping[str, list[Row]] | None
                  ) -> tuple[dict[str, list[Row]], list[str]]:
    """The statements of `keys` a forget's head read already (`left`), and the keys whose
    statements must still be read."""
    known = {k: left[k] for k in keys if left is not None and left.get(k) is not None}
    return known, [k for k in keys if k not in known]


def refold_nodes(store: GraphStore, ids: Iterable[str], aggs: dict[str, Aggregate],
                without: str | None = None, left: Mapping[str, list[Row]] | None = None
                ) -> None:
    """Fold entities again from every statement they have left (after one that supplied
    a value went); statements being replaced in this batch are already gone, those of
    document `without` are left out (a forget that deletes them last). `left`: the
    statements ({doc, m}) of some of them, read already (a forget's head); the others
    are read here."""
    by_id: dict[str, list[Statement]] = {i: [] for i in ids}
    known, unread = _read_already(by_id, left)
    rows = store.run(queries.MENTIONS_OF_ENTITIES, {"ids": unread}) if unread else []
    rows += [{**r, "id": i} for i, rs in known.items() for r in rs]
    for r in rows:
        if r["doc"] != without:
            by_id[r["id"]].append(node_statement(r["doc"], r["m"]))
    for ident, statements in by_id.items():
        aggs[ident] = fold(statements)


def claim_statement(c: Row) -> Statement:
    values = json.loads(str(c.get("props_json") or "{}"))
    for name in STATEMENT_FIELDS:
        if c.get(name):
            values[name] = c[name]
    return Statement(str(c["doc"]), float(c.get("confidence") or 0.0), values)


def refold_rels(store: GraphStore, rels: Iterable[str], aggs: dict[str, Aggregate],
                without: str | None = None, left: Mapping[str, list[Row]] | None = None
                ) -> None:
    """refold_nodes for relationships: `left`, the claims' properties of some, read
    already."""
    by_rel: dict[str, list[Statement]] = {r: [] for r in rels}
    known, unread = _read_already(by_rel, left)
    claims = ([c["c"] for c in store.run(queries.CLAIMS_OF_RELS, {"rels": unread})]
              if unread else [])
    claims += [c for cs in known.values() for c in cs]
    for c in claims:
        if c["doc"] != without:
            by_rel[c["rel"]].append(claim_statement(c))
    for rel, statements in by_rel.items():
        aggs[rel] = fold(statements)


def rel_ends(x: Row) -> Row:
    """An aggregate relationship's ends and key, as the statements that find it take them."""
    return {"source": x["source"], "target": x["target"], "key": x["key"]}


def rel_key_ends(x: Row) -> tuple[str, str, str]:
    """The same as a (source, target, key) tuple, as the hub pages take it."""
    return str(x["source"]), str(x["target"]), str(x["key"] or "")
