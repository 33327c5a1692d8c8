"""Forgetting a document: its statements out, and only the aggregates they supplied refolded
(docs/statements.md). Every step can run again; the Document node, which marks the work,
goes last.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph import hub_pages, queries
from graph.aggregate import Aggregate, from_properties
from graph.statement_fold import (
    STATEMENT_FIELDS,
    Row,
    claim_statement,
    node_props,
    node_statement,
    refold_nodes,
    refold_rels,
    rel_ends,
    rel_key_ends,
)

if TYPE_CHECKING:
    from graph.store import GraphStore


def forget_document(store: GraphStore, doc: str) -> dict[str, int]:
    """Take out one document's statements and refold only the aggregates they touched.

    Every step can run again: an interrupted forget finishes when it is repeated (the
    Document node, which marks the work, goes last). Where the store has transactions the
    forget is one of them, and where its dialect has a `forget_tail` the document's
    statements, the entities' aggregates and the Document go in that one statement at the
    end (the reads before it leave the document's statements out): fewer round trips."""
    with store.atomic():
        return _forget_document(store, doc)


def _forget_document(store: GraphStore, doc: str) -> dict[str, int]:
    params = {"doc": doc}
    head = store.dialect.forget_head()
    if head is None:
        state = store.run(queries.DOCUMENT_STATES_OF, {"docs": [doc]})
        complete = bool(state and state[0]["complete"])
        claims = [c["c"] for c in store.run(queries.CLAIMS_OF_DOCUMENT, params)]
        mentions = store.run(queries.MENTIONS_OF_DOCUMENT, params)
    else:
        found = store.run(head, params)[0]
        complete, claims, mentions = bool(found["complete"]), found["claims"], found["mentions"]
    # a document whose write was cut short may have statements its aggregates do not count
    # (or the other way round): refold all it touched instead of taking its share out
    refold = not complete
    tail = store.dialect.forget_tail() if store.transactional else None
    rels_removed = _forget_claims(store, doc, claims, refold, deferred=tail is not None)
    # a head read each mentioned entity's aggregate with its MENTIONS edge
    stored = None if head is None else {m["id"]: m for m in mentions
                                        if m.get("props") is not None}
    if tail is None:
        nodes_removed = _forget_mentions(store, doc, mentions, refold, stored)
        docs = store.run(queries.FORGET_DOCUMENT_NODE, params, write=True)
    else:
        gone, keep = _entities_after(store, doc, mentions, refold, stored=stored)
        nodes_removed = len(gone)
        docs = store.run(tail, {"doc": doc, "gone": gone, "keep": keep}, write=True)
    return {"relationships": rels_removed, "nodes": nodes_removed,
            "documents": int(docs[0]["n"]) if docs else 0}


def _forget_claims(store: GraphStore, doc: str, claims: list[Row], refold: bool, *,
                   deferred: bool = False) -> int:
    """The document's claims out of their aggregates; the claims themselves are deleted
    here unless `deferred` (the forget's last statement deletes them)."""
    if not claims:
        return 0
    by_type: dict[tuple[str, str, str], list[Row]] = {}
    for c in claims:
        ends = (str(c["type"]), str(c.get("source_end") or queries.ENTITY),
                str(c.get("target_end") or queries.ENTITY))
        by_type.setdefault(ends, []).append(c)
    if not deferred:
        store.run(queries.DELETE_CLAIMS_BY_ID, {"ids": [c["id"] for c in claims]}, write=True)
    # the aggregates of every type first, then one read of the claims left to those that
    # must be folded again (rel ids name their type), then the writes per type and one
    # update of the hub pages: a forget's round trips grow with its types, not with
    # statements per type
    stored: dict[str, Row] = {}
    aggs: dict[str, Aggregate] = {}
    dirty: set[str] = set()
    for (rel_type, src, dst), group in by_type.items():
        names = [*store.model.relationship(rel_type).properties, *STATEMENT_FIELDS]
        at = queries.rel_aggregates_at(rel_type, src, dst, store.dialect)
        found = {x["rel"]: x for x in store.run(at, {
            "rows": [{"rel": c["rel"], "source": c["source"], "target": c["target"],
                      "key": c.get("key") or ""} for c in group]})}
        stored.update(found)
        aggs.update({k: from_properties(x["props"], names) for k, x in found.items()})
        for c in group:
            agg = aggs.get(c["rel"])
            if agg is not None and _needs_refold(agg, agg.remove(claim_statement(c)), refold):
                dirty.add(c["rel"])
    if dirty:
        refold_rels(store, dirty, aggs, without=doc)
    removed = 0
    pages: list[hub_pages.Deleted] = []
    for (rel_type, src, dst), group in by_type.items():
        rels = {c["rel"] for c in group if c["rel"] in aggs}
        gone = sorted(k for k in rels if aggs[k].doc_count <= 0)
        keep = sorted(k for k in rels if aggs[k].doc_count > 0)
        if gone:
            store.run(queries.delete_rel_aggregates(rel_type, src, dst, store.dialect),
                      {"rows": [rel_ends(stored[k]) for k in gone]}, write=True)
            pages.append((rel_type, src, dst, [rel_key_ends(stored[k]) for k in gone]))
            removed += len(gone)
        if keep:
            store.run(queries.update_rel_aggregates(rel_type, src, dst, store.dialect), {"rows": [
                {**rel_ends(stored[k]), "props": {**aggs[k].properties(),
                                                   "key": stored[k]["key"]}}
                for k in keep]}, write=True)
    hub_pages.deleted(store, pages)
    return removed


def _needs_refold(agg: Aggregate, removed: bool, refold: bool) -> bool:
    """Whether an aggregate must be folded again from its statements left after one went:
    always when the whole document is being refolded; otherwise when that one supplied a
    value, unless none is left (doc_count 0: the aggregate goes, and reading its claims
    would find none)."""
    return refold or (not removed and agg.doc_count > 0)


def _forget_mentions(store: GraphStore, doc: str, mentions: list[Row], refold: bool,
                     stored: dict[str, Row] | None) -> int:
    if not mentions:
        return 0
    store.run(queries.DELETE_MENTIONS_OF_DOCUMENT, {"doc": doc}, write=True)
    gone, keep = _entities_after(store, doc, mentions, refold, stored=stored)
    if gone:
        store.run(queries.DELETE_NODE_AGGREGATES, {"ids": gone}, write=True)
        hub_pages.entities_deleted(store, gone)
    if keep:  # nodes that stay, whatever their label: one statement
        store.run(queries.UPDATE_NODE_AGGREGATES, {"rows": keep}, write=True)
    return len(gone)


def _entities_after(store: GraphStore, doc: str, mentions: list[Row], refold: bool, *,
                    stored: dict[str, Row] | None = None) -> tuple[list[str], list[Row]]:
    """The entities the document mentions without it: the ids of those it alone stated
    (to delete) and the aggregates of the others, {id, props} (reads only). `stored`: the
    entities' {labels, props} by id when the caller read them (else read here)."""
    if not mentions:
        return [], []
    if stored is None:
        ids = [m["id"] for m in mentions]
        stored = {r["id"]: r for r in store.run(queries.NODE_AGGREGATES, {"ids": ids})}
    aggs: dict[str, Aggregate] = {}
    dirty: set[str] = set()
    for m in mentions:
        x = stored.get(m["id"])
        if x is None:
            continue
        names = list(store.model.node(queries.model_label(x["labels"])).properties)
        aggs[m["id"]] = agg = from_properties(x["props"], names)
        if _needs_refold(agg, agg.remove(node_statement(doc, m["m"])), refold):
            dirty.add(m["id"])
    if dirty:
        refold_nodes(store, dirty, aggs, without=doc)
    gone = [i for i, a in aggs.items() if a.doc_count <= 0]
    keep = [{"id": i, "props": node_props(i, a)} for i, a in aggs.items() if a.doc_count > 0]
    return gone, keep
