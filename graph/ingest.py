"""Ingest: the rows one document contributes (graph/mapping.py) are written so that a
document is either wholly in the graph or marked incomplete and redone by the next run.

The write protocol keeps the graph consistent without transactions, which FalkorDB lacks:
the Document nodes of a batch go in first with `complete = false`, then nodes, then
relationships, then `complete = true`. A run that dies in between leaves incomplete
Documents, which the next run forgets and writes again; an error we catch forgets the batch
at once and retries it document by document, so only the failing one is lost. The store
keeps each document's statements apart (docs/statements.md), so facts other documents
support keep those sources when one document is redone. docs/ingest.md has the whole story.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from graph import queries
from graph.errors import (
    CommitUnknown,
    DocumentError,
    NotFound,
    StoreUnavailable,
    TkgError,
)
from graph.mapping import map_extraction
from graph.mapping_rows import DocumentRows, RelKey
from graph.model import Extraction
from graph.store import GraphStore, NodeRow, RelRow


@dataclass(frozen=True)
class DocState:
    """What the store holds of a document: enough to decide whether to write it again."""

    content_hash: str | None
    complete: bool


@dataclass
class IngestPlan:
    """Which documents of a run need writing; unchanged complete ones are left alone."""

    states: dict[str, DocState]
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    incomplete: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    _skip: set[str] = field(default_factory=set, repr=False)

    def needs_writing(self, doc_id: str) -> bool:
        return doc_id not in self._skip


@dataclass
class IngestResult:
    doc_id: str
    skipped: bool = False
    replaced: bool = False
    entities: int = 0
    relationships: int = 0
    problems: list[str] = field(default_factory=list)


Outcome = IngestResult | DocumentError  # what each document of a batch came to


def document_states(store: GraphStore, doc_ids: Iterable[str]) -> dict[str, DocState]:
    rows = store.run(queries.DOCUMENT_STATES_OF, {"docs": list(doc_ids)})
    return {r["id"]: DocState(r["content_hash"], bool(r["complete"])) for r in rows}


def plan_ingest(store: GraphStore, docs: Iterable[tuple[str, str]]) -> IngestPlan:
    """Sort (doc_id, content_hash) pairs by what the store already holds; writes nothing."""
    states = {doc: DocState(h, complete) for doc, (h, complete) in store.document_states().items()}
    plan = IngestPlan(states)
    for doc_id, content_hash in docs:
        state = states.get(doc_id)
        if state is None:
            plan.new.append(doc_id)
        elif not state.complete:
            plan.incomplete.append(doc_id)
        elif state.content_hash != content_hash:
            plan.changed.append(doc_id)
        else:
            plan.unchanged.append(doc_id)
            plan._skip.add(doc_id)
    return plan


def ingest_extraction(store: GraphStore, extraction: Extraction, *,
                      states: Mapping[str, DocState] | None = None) -> IngestResult:
    """Write one document, replacing an earlier or interrupted version of it.

    Raises DocumentError naming the document when it could not be written (what was written
    is forgotten again), StoreUnavailable when the store went away (saying what was kept: on
    FalkorDB the document stays marked incomplete, so the next run redoes it; a transactional
    store rolled it back).
    """
    result = ingest_batch(store, [extraction], states=states)[0]
    if isinstance(result, DocumentError):
        raise result
    return result


def ingest_batch(store: GraphStore, extractions: Sequence[Extraction], *,
                 states: Mapping[str, DocState] | None = None
                 ) -> list[Outcome]:
    """Write several documents with one statement per label and type, one result each.

    Every document of the batch follows the protocol: all their Document nodes go in
    incomplete first and are marked complete together at the end. `states` is what a plan
    saw (looked up when not given). A failure other than the store going away undoes the
    batch and writes its documents one at a time, so only a failing document is lost.
    """
    ids = [x.document.id for x in extractions]
    if len(set(ids)) != len(ids):  # the same document twice: one after the other
        return [r for x in extractions for r in ingest_batch(store, [x], states=states)]
    if states is None:
        states = document_states(store, ids)
    results: list[Outcome] = []
    todo: list[tuple[DocumentRows, IngestResult]] = []
    for x in extractions:
        state = states.get(x.document.id)
        rows = map_extraction(x, store.model)
        result = IngestResult(x.document.id, problems=rows.problems)
        results.append(result)
        if state is not None and state.complete and state.content_hash == x.content_hash:
            result.skipped = True
        else:
            result.replaced = state is not None
            todo.append((rows, result))
    if not todo:
        return results
    try:
        with store.atomic():  # Neo4j: the batch commits whole or not at all
            for rows, result in todo:
                if result.replaced:
                    store.forget_document(rows.doc_id)
            _write(store, [rows for rows, _ in todo])
    except StoreUnavailable as exc:
        names = ", ".join(rows.doc_id for rows, _ in todo[:5])
        names += f" and {len(todo) - 5} more" if len(todo) > 5 else ""
        raise StoreUnavailable(
            f"the store went away while writing {_documents(len(todo))} {names}: {exc.detail}. "
            + _what_was_kept(store, exc, todo)) from exc
    except Exception as exc:  # any failure costs the failing document only, never the graph
        if len(todo) > 1:
            return _one_by_one(store, extractions, results, todo)
        detail = exc.detail if isinstance(exc, TkgError) else f"{type(exc).__name__}: {exc}"
        doc_id = todo[0][0].doc_id
        undone = _undo(store, doc_id)
        error = DocumentError(
            f"{doc_id}: could not be written ({detail}); "
            + ("nothing of it was kept" if undone else
               "it stays marked incomplete and the next run writes it anew"))
        error.__cause__ = exc
        return [error if r is todo[0][1] else r for r in results]
    for rows, result in todo:
        result.entities = rows.entity_count
        result.relationships = rows.relationship_count
    return results


def _what_was_kept(store: GraphStore, exc: StoreUnavailable,
                   todo: list[tuple[DocumentRows, IngestResult]]) -> str:
    """What a batch cut off by the store going away left behind, truthfully per store."""
    again = "run `tkg ingest` again once the store is back"
    if isinstance(exc, CommitUnknown):  # the server may have applied the commit, or not
        return (f"Whether the store applied the batch is unknown; {again}: documents it "
                "holds complete are skipped, the others are written anew.")
    if store.transactional:  # the transaction was never committed: the server dropped it
        replaced = any(result.replaced for _, result in todo)
        return ("Nothing was kept: the store rolled the batch back"
                + (", and documents it replaced keep their earlier version." if replaced
                   else ".") + f" To write {'it' if len(todo) == 1 else 'them'}, {again}.")
    if all(_undo(store, rows.doc_id) for rows, _ in todo):  # stops at the first failure
        return "Nothing was kept."
    return (f"{'It stays' if len(todo) == 1 else 'They stay'} marked incomplete; {again} "
            "to write them anew.")


def _documents(n: int) -> str:
    return "document" if n == 1 else f"{n} documents"


def _one_by_one(store: GraphStore, extractions: Sequence[Extraction], results: list[Outcome],
                todo: list[tuple[DocumentRows, IngestResult]]) -> list[Outcome]:
    """After a batch failed: undo all of it, then find the document that fails."""
    for rows, _ in todo:
        store.forget_document(rows.doc_id)
    redo = {id(result) for _, result in todo}
    out: list[Outcome] = []
    for x, result in zip(extractions, results, strict=True):
        if id(result) not in redo:
            out.append(result)
            continue
        again = ingest_batch(store, [x], states={})[0]  # forgotten above: written anew
        if isinstance(again, IngestResult) and isinstance(result, IngestResult):
            again.replaced = result.replaced
        out.append(again)
    return out


def _write(store: GraphStore, batch: list[DocumentRows]) -> None:
    """The protocol: Documents (incomplete), nodes, relationships, then complete."""
    store.upsert_nodes("Document", [rows.document for rows in batch])
    nodes: dict[str, list[NodeRow]] = {}
    rels: dict[RelKey, list[RelRow]] = {}
    for rows in batch:
        for label, node_rows in rows.nodes.items():
            nodes.setdefault(label, []).extend(node_rows)
        for key, rel_rows in rows.relationships.items():
            rels.setdefault(key, []).extend(rel_rows)
    for label in sorted(nodes):
        store.upsert_nodes(label, nodes[label])
    for key in sorted(rels, key=lambda k: (k[0], k[1] or "", k[2] or "")):
        rel_type, source_label, target_label = key
        written = store.upsert_relationships(rel_type, rels[key], source_label=source_label,
                                             target_label=target_label)
        if written != len(rels[key]):
            batch[0].problems.append(f"{len(rels[key]) - written} {rel_type} rows found no "
                                     "end node")
    store.run(queries.MARK_DOCUMENTS_COMPLETE, {"docs": [rows.doc_id for rows in batch]},
              write=True)


def _undo(store: GraphStore, doc_id: str) -> bool:
    """Forget a half-written document; False when even that failed."""
    try:
        store.forget_document(doc_id)
    except Exception:
        return False
    return True


def forget(store: GraphStore, doc_id: str) -> dict[str, int]:
    """Remove what only this document supports and its evidence elsewhere (`tkg forget`)."""
    removed = store.forget_document(doc_id)
    # a stored document counts among `documents` removed: nothing at all means none was
    if not any(removed.values()):
        raise NotFound(f"no document {doc_id!r} in the store")
    return removed
