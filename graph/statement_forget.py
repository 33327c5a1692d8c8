"""Forgetting a document: its statements out, and only the aggregates they supplied refolded
(docs/statements.md). In two statements where the store's dialect has a head and a tail
(Neo4j, one transaction); otherwise a statement per step, each of which can run again, the
Document node, which marks the work, last.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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

    Where the store has transactions the forget is one of them, and where its dialect has
    a `forget_head` and `forget_tail` it is two statements whatever the document states
    (Neo4j): the head reads the document's statements with the aggregates and hub pages
    they touch, the tail writes or deletes those and deletes the statements and the
    Document; between them run only the reads a refold needs (the statements left to an
    aggregate whose value the document supplied; the next of a hub page). Otherwise
    (FalkorDB) every step can run again: an interrupted forget finishes when it is
    repeated (the Document node, which marks the work, goes last)."""
    with store.atomic():
        return _forget_document(store, doc)


def _forget_document(store: GraphStore, doc: str) -> dict[str, int]:
    head = store.dialect.forget_head()
    tail = store.dialect.forget_tail() if store.transactional else None
    if head is None or tail is None:
        return _forget_by_steps(store, doc, head)
    found = store.run(head, {"doc": doc})[0]
    complete, claims, mentions = bool(found["complete"]), found["claims"], found["mentions"]
    # a document whose write was cut short may have statements its aggregates do not count
    # (or the other way round): refold all it touched instead of taking its share out
    refold = not complete
    by_type = _claims_by_type(claims)
    stored = {x["rel"]: x for x in found["aggregates"]}
    # the head read the statements left to the aggregates whose values the document gave
    aggs = _aggregates_without(store, doc, by_type, stored, refold,
                               left={k: x.get("left") for k, x in stored.items()})
    rels: dict[str, list[Row]] = {}  # by type and ends (queries.forget_rels_key)
    deleted: list[hub_pages.Deleted] = []
    for (rel_type, src, dst), group in by_type.items():
        ends = {"type": rel_type, "source_end": src, "target_end": dst}
        gone, keep = _gone_and_kept(group, aggs)
        listed = rels.setdefault(queries.forget_rels_key(rel_type, src, dst), [])
        listed += [{**ends, **rel_ends(stored[k]), "props": None} for k in gone]
        listed += [{**ends, **rel_ends(stored[k]),
                    "props": {**aggs[k].properties(), "key": stored[k]["key"]}} for k in keep]
        if gone:
            deleted.append((rel_type, src, dst, [rel_key_ends(stored[k]) for k in gone]))
    pages, pages_gone = hub_pages.after_deletes(
        store, deleted, stored={str(p["id"]): p for p in found["pages"]})
    # the head read each mentioned entity's aggregate with its MENTIONS edge
    gone_ids, keep_rows = _entities_after(store, doc, mentions, refold, stored={
        m["id"]: m for m in mentions if m.get("props") is not None},
        left={m["id"]: m.get("left") for m in mentions})
    docs = store.run(tail, {"doc": doc, "changes": {
        **rels, "pages": hub_pages.written(pages), "pages_gone": pages_gone,
        "gone": gone_ids, "keep": keep_rows}}, write=True)
    return {"relationships": sum(len(rs) for *_, rs in deleted), "nodes": len(gone_ids),
            "documents": int(docs[0]["n"]) if docs else 0}


def _forget_by_steps(store: GraphStore, doc: str, head: str | None) -> dict[str, int]:
    """A forget in a statement per step after its `head` (one read, where the dialect has
    it), the Document last: an interrupted forget (FalkorDB has no transactions) finishes
    when it is repeated."""
    params = {"doc": doc}
    if head is None:
        state = store.run(queries.DOCUMENT_STATES_OF, {"docs": [doc]})
        complete = bool(state and state[0]["complete"])
        claims = [c["c"] for c in store.run(queries.CLAIMS_OF_DOCUMENT, params)]
        mentions = store.run(queries.MENTIONS_OF_DOCUMENT, params)
    else:
        found = store.run(head, params)[0]
        complete, claims, mentions = bool(found["complete"]), found["claims"], found["mentions"]
    refold = not complete  # see _forget_document
    rels_removed = _forget_claims(store, doc, claims, refold)
    # a head read each mentioned entity's aggregate with its MENTIONS edge
    stored = None if head is None else {m["id"]: m for m in mentions
                                        if m.get("props") is not None}
    nodes_removed = _forget_mentions(store, doc, mentions, refold, stored)
    docs = store.run(queries.FORGET_DOCUMENT_NODE, params, write=True)
    return {"relationships": rels_removed, "nodes": nodes_removed,
            "documents": int(docs[0]["n"]) if docs else 0}


Ends = tuple[str, str, str]  # (relationship type, source end label, target end label)


def _claims_by_type(claims: list[Row]) -> dict[Ends, list[Row]]:
    by_type: dict[Ends, list[Row]] = {}
    for c in claims:
        ends = (str(c["type"]), str(c.get("source_end") or queries.ENTITY),
                str(c.get("target_end") or queries.ENTITY))
        by_type.setdefault(ends, []).append(c)
    return by_type


def _aggregates_without(store: GraphStore, doc: str, by_type: dict[Ends, list[Row]],
                        stored: dict[str, Row], refold: bool,
                        left: dict[str, Any] | None = None) -> dict[str, Aggregate]:
    """The aggregates `stored` ({rel: {props...}}) with the document's claims taken out,
    those whose values it supplied folded again from the claims left (`left`, by rel,
    where read already; else one read)."""
    aggs: dict[str, Aggregate] = {}
    dirty: set[str] = set()
    for (rel_type, _, _), group in by_type.items():
        names = [*store.model.relationship(rel_type).properties, *STATEMENT_FIELDS]
        for c in group:
            if c["rel"] not in stored:
                continue
            agg = aggs.get(c["rel"])
            if agg is None:
                agg = aggs[c["rel"]] = from_properties(stored[c["rel"]]["props"], names)
            if _needs_refold(agg, agg.remove(claim_statement(c)), refold):
                dirty.add(c["rel"])
    if dirty:
        refold_rels(store, dirty, aggs, without=doc, left=left)
    return aggs


def _gone_and_kept(group: list[Row], aggs: dict[str, Aggregate]
                   ) -> tuple[list[str], list[str]]:
    """The relationships of a type's claims that lose their last statement, and the others."""
    rels = {c["rel"] for c in group if c["rel"] in aggs}
    return (sorted(k for k in rels if aggs[k].doc_count <= 0),
            sorted(k for k in rels if aggs[k].doc_count > 0))


def _forget_claims(store: GraphStore, doc: str, claims: list[Row], refold: bool) -> int:
    """The document's claims deleted and taken out of their aggregates, a few statements
    per relationship type."""
    if not claims:
        return 0
    by_type = _claims_by_type(claims)
    store.run(queries.DELETE_CLAIMS_BY_ID, {"ids": [c["id"] for c in claims]}, write=True)
    # the aggregates of every type first, then one read of the claims left to those that
    # must be folded again (rel ids name their type), then the writes per type and one
    # update of the hub pages
    stored: dict[str, Row] = {}
    for (rel_type, src, dst), group in by_type.items():
        at = queries.rel_aggregates_at(rel_type, src, dst, store.dialect)
        stored.update({x["rel"]: x for x in store.run(at, {
            "rows": [{"rel": c["rel"], "source": c["source"], "target": c["target"],
                      "key": c.get("key") or ""} for c in group]})})
    aggs = _aggregates_without(store, doc, by_type, stored, refold)
    removed = 0
    pages: list[hub_pages.Deleted] = []
    for (rel_type, src, dst), group in by_type.items():
        gone, keep = _gone_and_kept(group, aggs)
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
                    stored: dict[str, Row] | None = None, left: dict[str, Any] | None = None
                    ) -> tuple[list[str], list[Row]]:
    """The entities the document mentions without it: the ids of those it alone stated
    (to delete) and the aggregates of the others, {id, props} (reads only). `stored`: the
    entities' {labels, props} by id when the caller read them (else read here); `left`:
    the statements left to some, by id, read already (refold_nodes)."""
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
        refold_nodes(store, dirty, aggs, without=doc, left=left)
    gone = [i for i, a in aggs.items() if a.doc_count <= 0]
    keep = [{"id": i, "props": node_props(i, a)} for i, a in aggs.items() if a.doc_count > 0]
    return gone, keep
