"""Writing statements, and keeping the aggregates they imply (docs/statements.md).

A document's statement of an entity is its MENTIONS edge (name, aliases, values, evidence);
its statement of a relation is a Claim node linked from the Document. Writing a batch reads
the aggregates it touches by index, folds the new statements in (graph/aggregate.py) and
writes them back, so its cost depends on the batch, never on how many documents came before.
Forgetting a document is graph/statement_forget.py.

One writer at a time (the ingest runner): FalkorDB has no transactions, and an aggregate is
read, folded and written back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from graph import hub_pages, queries
from graph.aggregate import Statement, from_properties
from graph.errors import InvalidInput
from graph.model import PropertySpec, check_value
from graph.statement_fold import (
    STATEMENT_FIELDS,
    claim_id,
    claim_statement,
    clean,
    node_props,
    node_statement,
    refold_nodes,
    refold_rels,
    rel_id,
    rel_key_ends,
)

if TYPE_CHECKING:
    from graph.store import GraphStore, NodeRow, RelRow


class _Stated(Protocol):
    doc: str
    properties: dict[str, Any]


S = TypeVar("S", bound=_Stated)


def _check_properties(owner: str, specs: Mapping[str, PropertySpec],
                      rows: Iterable[_Stated]) -> None:
    """Every value a statement gives is a property the model declares, of its type."""
    for row in rows:
        for name, value in clean(row.properties).items():
            prop = specs.get(name)
            if prop is None:
                raise InvalidInput(f"{owner} has no property {name!r} in the model")
            check_value(prop, value)


def _of_stored_documents(store: GraphStore, rows: list[S]) -> list[S]:
    """The statements whose document is in the graph (documents are written first)."""
    docs = _existing_documents(store, {r.doc for r in rows})
    return [r for r in rows if r.doc in docs]


def _existing_documents(store: GraphStore, docs: set[str]) -> set[str]:
    return {r["id"] for r in store.run(queries.DOCUMENTS_EXIST, {"docs": sorted(docs)})}


# --- entities -----------------------------------------------------------------------------

def _combine_nodes(rows: Sequence[NodeRow]) -> list[NodeRow]:
    """One row per (entity, document): a document stating an entity twice says it once."""
    from graph.store import NodeRow

    out: dict[tuple[str, str], NodeRow] = {}
    for row in rows:
        seen = out.get((row.id, row.doc))
        if seen is None:
            out[(row.id, row.doc)] = NodeRow(row.id, dict(row.properties), row.doc,
                                             list(row.aliases), list(row.evidence),
                                             row.confidence, row.mentions, list(row.starts))
            continue
        seen.properties = {**seen.properties, **row.properties}
        seen.aliases += [a for a in row.aliases if a not in seen.aliases]
        seen.evidence += [e for e in row.evidence if e not in seen.evidence]
        seen.confidence = max(seen.confidence, row.confidence)
        seen.mentions += row.mentions
        seen.starts = sorted({*seen.starts, *row.starts})
    return list(out.values())


def write_nodes(store: GraphStore, label: str, rows: Sequence[NodeRow]) -> int:
    """Statements of entities of one label: MENTIONS edges, then the aggregates refolded."""
    spec = store.model.node(label)
    _check_properties(label, spec.properties, rows)
    rows = _of_stored_documents(store, _combine_nodes(rows))
    if not rows:
        return 0
    ids = list(dict.fromkeys(r.id for r in rows))
    names = list(spec.properties)
    stored = {r["id"]: r for r in store.run(queries.NODE_AGGREGATES, {"ids": ids})}
    aggs = {i: from_properties(stored[i]["props"] if i in stored else None, names) for i in ids}
    dirty: set[str] = set()
    pairs = [{"doc": r.doc, "id": r.id} for r in rows]
    old_mentions = store.run(queries.MENTIONS_OF_PAIRS, {"pairs": pairs}) if stored else []
    for old in old_mentions:
        if not aggs[old["id"]].remove(node_statement(old["doc"], old["m"])):
            dirty.add(old["id"])
    if old_mentions:
        store.run(queries.DELETE_MENTIONS_OF_PAIRS, {"pairs": pairs}, write=True)
    if dirty:  # before the new statements are added: the refold reads the stored ones
        refold_nodes(store, dirty, aggs)
    wire = []
    for r in rows:
        values = {"name": r.properties.get("name"), **clean(r.properties)}
        st = Statement(r.doc, float(r.confidence), clean(values), tuple(r.aliases))
        aggs[r.id].add(st)
        wire.append({"doc": r.doc, "id": r.id, "m": {
            "count": int(r.mentions), "name": str(values.get("name") or ""),
            "aliases": list(r.aliases), "props_json": json.dumps(st.values, sort_keys=True),
            "confidence": float(r.confidence), "ev_start": [e[0] for e in r.evidence],
            "ev_end": [e[1] for e in r.evidence], "ev_text": [e[2] for e in r.evidence],
            "starts": list(r.starts)}})
    # statements first, aggregates second: a write cut in between leaves statements an
    # aggregate does not count yet, which forgetting the incomplete document refolds away
    written = store.run(queries.create_mentions(label), {"rows": wire}, write=True)
    store.run(queries.write_node_aggregates(label),
              {"rows": [{"id": i, "props": node_props(i, a)}
                        for i, a in aggs.items()]}, write=True)
    return int(written[0]["n"]) if written else 0


# --- relations ----------------------------------------------------------------------------

def _combine_rels(rows: Sequence[RelRow]) -> list[RelRow]:
    from graph.store import RelRow

    out: dict[tuple[str, str, str, str], RelRow] = {}
    for row in rows:
        k = (row.source, row.target, row.key, row.doc)
        seen = out.get(k)
        if seen is None:
            out[k] = RelRow(row.source, row.target, dict(row.properties), row.doc, row.key,
                            list(row.evidence), row.confidence, row.modality, row.frame,
                            row.date_basis)
            continue
        seen.properties = {**seen.properties, **row.properties}
        seen.evidence += [e for e in row.evidence if e not in seen.evidence]
        if row.confidence > seen.confidence:
            seen.confidence, seen.modality, seen.frame = row.confidence, row.modality, row.frame
    return list(out.values())


def write_relationships(store: GraphStore, rel_type: str, rows: Sequence[RelRow],
                        source_label: str | None, target_label: str | None) -> int:
    """Claims of one relationship type, then the aggregate relationships refolded.

    Rows whose ends or document do not exist are not written; the count returned tells."""
    spec = store.model.relationship(rel_type)
    _check_properties(rel_type, spec.properties, rows)
    rows = _of_stored_documents(store, _combine_rels(rows))
    if not rows:
        return 0
    names = [*spec.properties, *STATEMENT_FIELDS]
    idents = {rel_id(r.source, rel_type, r.target, r.key): r for r in rows}
    ends = queries.rel_ends_query(rel_type, source_label, target_label)
    stored = {x["rel"]: x for x in store.run(ends, {"rows": [
        {"rel": k, "source": r.source, "target": r.target, "key": r.key}
        for k, r in idents.items()]})}
    rows = [r for r in rows if rel_id(r.source, rel_type, r.target, r.key) in stored]
    if not rows:
        return 0
    aggs = {k: from_properties(x["props"], names) for k, x in stored.items()}
    claim_ids = [claim_id(r.doc, rel_id(r.source, rel_type, r.target, r.key)) for r in rows]
    dirty: set[str] = set()
    old_claims = store.run(queries.CLAIMS_BY_ID, {"ids": claim_ids})
    for c in old_claims:
        if not aggs[c["c"]["rel"]].remove(claim_statement(c["c"])):
            dirty.add(c["c"]["rel"])
    if old_claims:
        store.run(queries.DELETE_CLAIMS_BY_ID, {"ids": claim_ids}, write=True)
    if dirty:  # before the new claims are added: the refold reads the stored ones
        refold_rels(store, dirty, aggs)
    claims = []
    src_end, dst_end = queries.rel_end_labels(rel_type, source_label, target_label)
    for r, cid in zip(rows, claim_ids, strict=True):
        rel = rel_id(r.source, rel_type, r.target, r.key)
        props = clean(r.properties)
        claim = {"id": cid, "doc": r.doc, "rel": rel, "type": rel_type, "source": r.source,
                 "target": r.target, "key": r.key, "source_end": src_end,
                 "target_end": dst_end,
                 "props_json": json.dumps(props, sort_keys=True),
                 "modality": r.modality or "asserted", "frame": r.frame,
                 "confidence": float(r.confidence), "rank": -float(r.confidence),
                 "date_basis": r.date_basis,
                 "ev_start": [e[0] for e in r.evidence], "ev_end": [e[1] for e in r.evidence],
                 "ev_text": [e[2] for e in r.evidence]}
        aggs[rel].add(claim_statement(claim))
        claims.append(claim)
    written = store.run(queries.CREATE_CLAIMS, {"rows": claims}, write=True)  # statements first
    store.run(queries.write_rel_aggregates(rel_type, source_label, target_label), {"rows": [
        {"source": stored[k]["source"], "target": stored[k]["target"], "key": stored[k]["key"],
         "props": {**a.properties(), "key": stored[k]["key"]}} for k, a in aggs.items()]},
        write=True)
    new = [rel_key_ends(stored[k]) for k in aggs if stored[k]["props"] is None]
    hub_pages.created(store, rel_type, src_end, dst_end, new)
    return int(written[0]["n"]) if written else 0
