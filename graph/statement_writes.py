"""Writing and forgetting statements, and keeping the aggregates they imply (docs/statements.md).

A document's statement of an entity is its MENTIONS edge (name, aliases, values, evidence);
its statement of a relation is a Claim node linked from the Document. Writing a batch reads
the aggregates it touches by index, folds the new statements in (graph/aggregate.py) and
writes them back, so its cost depends on the batch, never on how many documents came before.
Forgetting a document takes out its statements and refolds only what they supplied.

One writer at a time (the ingest runner): FalkorDB has no transactions, and an aggregate is
read, folded and written back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from graph import hub_pages, queries
from graph.aggregate import Aggregate, Statement, fold, from_properties
from graph.errors import InvalidInput
from graph.model import PropertySpec, check_value
from graph.search_keys import fulltext_terms

if TYPE_CHECKING:
    from graph.store import GraphStore, NodeRow, RelRow

Row = dict[str, Any]
STATEMENT_FIELDS = ("modality", "frame", "date_basis")  # relation values beside properties


def rel_id(source: str, rel_type: str, target: str, key: str = "") -> str:
    """The identity of an aggregate relationship, as its claims name it."""
    return f"{source}|{rel_type}|{target}|{key}"


def claim_id(doc: str, rel: str) -> str:
    return f"{doc}|{rel}"


def _clean(props: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in props.items() if v is not None}


class _Stated(Protocol):
    doc: str
    properties: dict[str, Any]


S = TypeVar("S", bound=_Stated)


def _check_properties(owner: str, specs: Mapping[str, PropertySpec],
                      rows: Iterable[_Stated]) -> None:
    """Every value a statement gives is a property the model declares, of its type."""
    for row in rows:
        for name, value in _clean(row.properties).items():
            prop = specs.get(name)
            if prop is None:
                raise InvalidInput(f"{owner} has no property {name!r} in the model")
            check_value(prop, value)


def _of_stored_documents(store: GraphStore, rows: list[S]) -> list[S]:
    """The statements whose document is in the graph (documents are written first)."""
    docs = _existing_documents(store, {r.doc for r in rows})
    return [r for r in rows if r.doc in docs]


# --- entities -----------------------------------------------------------------------------

def _node_statement(doc: str, m: Row) -> Statement:
    values = json.loads(str(m.get("props_json") or "{}"))
    return Statement(doc, float(m.get("confidence") or 0.0), values,
                     tuple(m.get("aliases") or ()))


def _node_props(ident: str, agg: Aggregate) -> Row:
    props = {**agg.properties(), "id": ident, "aliases": agg.aliases}
    props["search_text"] = fulltext_terms(str(agg.values.get("name", "")), agg.aliases)
    return props


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
        if not aggs[old["id"]].remove(_node_statement(old["doc"], old["m"])):
            dirty.add(old["id"])
    if old_mentions:
        store.run(queries.DELETE_MENTIONS_OF_PAIRS, {"pairs": pairs}, write=True)
    if dirty:  # before the new statements are added: the refold reads the stored ones
        _refold_nodes(store, dirty, aggs)
    wire = []
    for r in rows:
        values = {"name": r.properties.get("name"), **_clean(r.properties)}
        st = Statement(r.doc, float(r.confidence), _clean(values), tuple(r.aliases))
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
              {"rows": [{"id": i, "props": _node_props(i, a)}
                        for i, a in aggs.items()]}, write=True)
    return int(written[0]["n"]) if written else 0


def _refold_nodes(store: GraphStore, ids: Iterable[str], aggs: dict[str, Aggregate],
                  without: str | None = None) -> None:
    """Fold entities again from every statement they have left (after one that supplied
    a value went); statements being replaced in this batch are already gone, those of
    document `without` are left out (a forget that deletes them last)."""
    by_id: dict[str, list[Statement]] = {i: [] for i in ids}
    for r in store.run(queries.MENTIONS_OF_ENTITIES, {"ids": list(by_id)}):
        if r["doc"] != without:
            by_id[r["id"]].append(_node_statement(r["doc"], r["m"]))
    for ident, statements in by_id.items():
        aggs[ident] = fold(statements)


# --- relations ----------------------------------------------------------------------------

def _claim_statement(c: Row) -> Statement:
    values = json.loads(str(c.get("props_json") or "{}"))
    for name in STATEMENT_FIELDS:
        if c.get(name):
            values[name] = c[name]
    return Statement(str(c["doc"]), float(c.get("confidence") or 0.0), values)


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
        if not aggs[c["c"]["rel"]].remove(_claim_statement(c["c"])):
            dirty.add(c["c"]["rel"])
    if old_claims:
        store.run(queries.DELETE_CLAIMS_BY_ID, {"ids": claim_ids}, write=True)
    if dirty:  # before the new claims are added: the refold reads the stored ones
        _refold_rels(store, dirty, aggs)
    claims = []
    src_end, dst_end = queries.rel_end_labels(rel_type, source_label, target_label)
    for r, cid in zip(rows, claim_ids, strict=True):
        rel = rel_id(r.source, rel_type, r.target, r.key)
        props = _clean(r.properties)
        claim = {"id": cid, "doc": r.doc, "rel": rel, "type": rel_type, "source": r.source,
                 "target": r.target, "key": r.key, "source_end": src_end,
                 "target_end": dst_end,
                 "props_json": json.dumps(props, sort_keys=True),
                 "modality": r.modality or "asserted", "frame": r.frame,
                 "confidence": float(r.confidence), "date_basis": r.date_basis,
                 "ev_start": [e[0] for e in r.evidence], "ev_end": [e[1] for e in r.evidence],
                 "ev_text": [e[2] for e in r.evidence]}
        aggs[rel].add(_claim_statement(claim))
        claims.append(claim)
    written = store.run(queries.CREATE_CLAIMS, {"rows": claims}, write=True)  # statements first
    store.run(queries.write_rel_aggregates(rel_type, source_label, target_label), {"rows": [
        {"source": stored[k]["source"], "target": stored[k]["target"], "key": stored[k]["key"],
         "props": {**a.properties(), "key": stored[k]["key"]}} for k, a in aggs.items()]},
        write=True)
    hub_pages.created(store, rel_type, src_end, dst_end, [_ends(stored[k]) for k in aggs
                                                          if stored[k]["props"] is None])
    return int(written[0]["n"]) if written else 0


def _refold_rels(store: GraphStore, rels: Iterable[str], aggs: dict[str, Aggregate],
                 without: str | None = None) -> None:
    by_rel: dict[str, list[Statement]] = {r: [] for r in rels}
    for c in store.run(queries.CLAIMS_OF_RELS, {"rels": list(by_rel)}):
        if c["c"]["doc"] != without:
            by_rel[c["c"]["rel"]].append(_claim_statement(c["c"]))
    for rel, statements in by_rel.items():
        aggs[rel] = fold(statements)


def _existing_documents(store: GraphStore, docs: set[str]) -> set[str]:
    return {r["id"] for r in store.run(queries.DOCUMENTS_EXIST, {"docs": sorted(docs)})}


# --- forgetting ---------------------------------------------------------------------------

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
    if tail is None:
        nodes_removed = _forget_mentions(store, doc, mentions, refold)
        docs = store.run(queries.FORGET_DOCUMENT_NODE, params, write=True)
    else:
        # the head read each mentioned entity's aggregate with its MENTIONS edge
        gone, keep = _entities_after(store, doc, mentions, refold, stored={
            m["id"]: m for m in mentions if m.get("props") is not None})
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
            if agg is not None and _needs_refold(agg, agg.remove(_claim_statement(c)), refold):
                dirty.add(c["rel"])
    if dirty:
        _refold_rels(store, dirty, aggs, without=doc)
    removed = 0
    pages: list[hub_pages.Deleted] = []
    for (rel_type, src, dst), group in by_type.items():
        rels = {c["rel"] for c in group if c["rel"] in aggs}
        gone = sorted(k for k in rels if aggs[k].doc_count <= 0)
        keep = sorted(k for k in rels if aggs[k].doc_count > 0)
        if gone:
            store.run(queries.delete_rel_aggregates(rel_type, src, dst, store.dialect),
                      {"rows": [_rel_ends(stored[k]) for k in gone]}, write=True)
            pages.append((rel_type, src, dst, [_ends(stored[k]) for k in gone]))
            removed += len(gone)
        if keep:
            store.run(queries.update_rel_aggregates(rel_type, src, dst, store.dialect), {"rows": [
                {**_rel_ends(stored[k]), "props": {**aggs[k].properties(),
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


def _rel_ends(x: Row) -> Row:
    return {"source": x["source"], "target": x["target"], "key": x["key"]}


def _ends(x: Row) -> tuple[str, str, str]:
    return str(x["source"]), str(x["target"]), str(x["key"] or "")


def _forget_mentions(store: GraphStore, doc: str, mentions: list[Row], refold: bool) -> int:
    if not mentions:
        return 0
    store.run(queries.DELETE_MENTIONS_OF_DOCUMENT, {"doc": doc}, write=True)
    gone, keep = _entities_after(store, doc, mentions, refold)
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
        if _needs_refold(agg, agg.remove(_node_statement(doc, m["m"])), refold):
            dirty.add(m["id"])
    if dirty:
        _refold_nodes(store, dirty, aggs, without=doc)
    gone = [i for i, a in aggs.items() if a.doc_count <= 0]
    keep = [{"id": i, "props": _node_props(i, a)} for i, a in aggs.items() if a.doc_count > 0]
    return gone, keep
