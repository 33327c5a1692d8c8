"""Hub pages: a hub's count and first page of each relationship type and direction, kept
exact at write and forget time, so a dossier reads a page, not the hub (docs/statements.md).

FalkorDB reads a node's relationships of one type by computing its whole adjacency row
before any LIMIT, and counts incoming ones by walking them: at 100k documents the IT
workers' 28k FUNDED cost 3-4 ms per page and again per count, on every dossier. So every
(entity, type, direction) with more than PAGED_OVER relationships has a `Page` node
(`id` entity|type|out or in, indexed on `id` and `entity`) holding `count`, the exact
number of its relationships, and the first of them whose far end is an entity, in
neighbors_light() order (other end's id, then key): `others` and `keys`. A page lists at
least PAGE_SIZE (all there are, when fewer) and at most PAGE_SIZE + SPARE: readers take the first
PAGE_SIZE, and the ones past them are spare, so that deleting a listed relationship
takes it out of the list instead of reading the hub's direction again in order (on a
Neo4j hub at 10,000 documents that read took 50-150 ms under load, and was most of the
slowest forgets). A page is read again only when its list falls below PAGE_SIZE while
the direction may hold more; a page written before spares existed gets them then.

A page is a function of the relationships it describes: created when a write takes a
direction past PAGED_OVER, updated when a relationship of it is created or deleted, read
again in order only when a listed one is deleted, deleted when the count falls back to
PAGED_OVER or below. So forgetting a document and ingesting it again leaves the pages as
they were. A direction without a page is read live (exact, slower): pages are not exported
and a graph loaded by `tkg import` gets them back as writes touch its hubs.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from graph import queries

if TYPE_CHECKING:
    from graph.store import GraphStore

PAGED_OVER = queries.ORDERED_UP_TO  # directions with more relationships than this
PAGE_SIZE = 50  # relationships a page lists (a dossier lists up to this many per type)
SPARE = 50  # listed past PAGE_SIZE when a page is read in order (see the module's text)

Row = dict[str, Any]
Rel = tuple[str, str, str]  # (source id, target id, key) of one relationship
# (entity, outgoing) -> (other end, key) of each relationship a write touched
Touched = dict[tuple[str, bool], list[tuple[str, str] | None]]
Deleted = tuple[str, str, str, list[Rel]]  # (type, source end, target end, relationships)


def page_id(entity: str, rel_type: str, outgoing: bool) -> str:
    return f"{entity}|{rel_type}|{'out' if outgoing else 'in'}"


def _directions(store: GraphStore, rel_type: str, src_end: str, dst_end: str,
                rels: Iterable[Rel]) -> Touched:
    """Per (entity, outgoing): the relationships' (other end, key) where the other end is an
    entity, None where it is a document (counted, never listed)."""
    out: Touched = {}
    if rel_type not in store.model.fact_types:
        return out
    for source, target, key in rels:
        if src_end == queries.ENTITY:
            out.setdefault((source, True), []).append(
                (target, key) if dst_end == queries.ENTITY else None)
        if dst_end == queries.ENTITY:
            out.setdefault((target, False), []).append(
                (source, key) if src_end == queries.ENTITY else None)
    return out


def _stored(store: GraphStore, ids: list[str]) -> dict[str, Row]:
    return {str(r["id"]): r for r in store.run(queries.PAGES_BY_ID, {"ids": ids})}


def _kept() -> int:
    """The most a page lists: PAGE_SIZE and its spares (tests make PAGE_SIZE small)."""
    return PAGE_SIZE + SPARE


def _items(page: Row) -> list[tuple[str, str]]:
    return list(zip((str(o) for o in page["others"] or []),
                    (str(k) for k in page["keys"] or []), strict=True))


def _props(entity: str, rel_type: str, outgoing: bool, count: int,
           items: list[tuple[str, str]]) -> Row:
    return {"id": page_id(entity, rel_type, outgoing), "entity": entity, "type": rel_type,
            "outgoing": outgoing, "count": count, "others": [o for o, _ in items],
            "keys": [k for _, k in items]}


def _first(store: GraphStore, entity: str, rel_type: str, outgoing: bool,
           going: Collection[tuple[str, str]] = ()) -> list[tuple[str, str]]:
    """The first PAGE_SIZE of a direction in order and its spares, past `going`
    (relationships to be deleted later in the same transaction)."""
    rows = store.run(queries.first_of_direction(rel_type, outgoing),
                     {"id": entity, "limit": _kept() + len(going)})
    items = [(str(r["other"]), str(r["key"] or "")) for r in rows]
    return [x for x in items if x not in going][:_kept()]


def _write(store: GraphStore, rows: list[Row], gone: list[str]) -> None:
    if gone:
        store.run(queries.DELETE_PAGES, {"ids": gone}, write=True)
    if rows:
        store.run(queries.WRITE_PAGES, {"rows": written(rows)}, write=True)


def written(rows: list[Row]) -> list[Row]:
    """Pages as WRITE_PAGES takes them: {id, props}."""
    return [{"id": r["id"], "props": r} for r in rows]


def _touched(store: GraphStore, rel_type: str, src_end: str, dst_end: str, rels: Iterable[Rel]
             ) -> tuple[Touched, dict[str, tuple[str, bool]], dict[str, Row]]:
    """The directions a write touched (see _directions), their page ids -> (entity,
    outgoing), and the pages stored for them (none read when nothing is touched)."""
    touched = _directions(store, rel_type, src_end, dst_end, rels)
    ids = {page_id(e, rel_type, out): (e, out) for e, out in touched}
    return touched, ids, _stored(store, list(ids)) if ids else {}


def created(store: GraphStore, rel_type: str, src_end: str, dst_end: str,
            rels: Iterable[Rel]) -> None:
    """Relationships of one type were created (they did not exist before this write)."""
    touched, ids, pages = _touched(store, rel_type, src_end, dst_end, rels)
    rows: list[Row] = []
    for pid, page in pages.items():
        entity, outgoing = ids[pid]
        new = touched[(entity, outgoing)]
        rows.append(_props(entity, rel_type, outgoing, int(page["count"]) + len(new),
                           _with(_items(page), int(page["count"]),
                                 [x for x in new if x is not None])))
    # directions without a page: small ones are cheap to count; one past PAGED_OVER gets
    # its page (read in order once)
    for outgoing in (True, False):
        unpaged = [e for pid, (e, out) in ids.items() if out == outgoing and pid not in pages]
        if not unpaged:
            continue
        for r in store.run(store.dialect.degrees_of(rel_type, outgoing), {"ids": unpaged}):
            if int(r["n"]) > PAGED_OVER:
                entity = str(r["id"])
                rows.append(_props(entity, rel_type, outgoing, int(r["n"]),
                                   _first(store, entity, rel_type, outgoing)))
    _write(store, rows, [])


def deleted(store: GraphStore, groups: Iterable[Deleted]) -> None:
    """Relationships were deleted (their last statement went), of one or more types (a
    forget): their pages are read and written in one statement each, whatever the types."""
    _write(store, *after_deletes(store, groups))


def after_deletes(store: GraphStore, groups: Iterable[Deleted],
                  stored: Mapping[str, Row] | None = None) -> tuple[list[Row], list[str]]:
    """The pages to write ({id, props}) and the ids of those to delete once the
    relationships of `groups` are deleted. `stored`: pages the caller read already (a
    Neo4j forget reads them with the document's claims and deletes the relationships in
    its last statement, so a page is read again here past the ones going)."""
    touched: dict[str, tuple[str, bool, str, list[tuple[str, str] | None]]] = {}
    for rel_type, src_end, dst_end, rels in groups:
        for (entity, outgoing), removed in _directions(store, rel_type, src_end, dst_end,
                                                       rels).items():
            touched[page_id(entity, rel_type, outgoing)] = (entity, outgoing, rel_type, removed)
    if stored is None:
        pages = _stored(store, list(touched)) if touched else {}
    else:
        pages = {pid: page for pid, page in stored.items() if pid in touched}
    rows: list[Row] = []
    gone: list[str] = []
    for pid, page in pages.items():
        entity, outgoing, rel_type, removed = touched[pid]
        count = int(page["count"]) - len(removed)
        if count <= PAGED_OVER:
            gone.append(pid)
            continue
        items = _items(page)
        going = {x for x in removed if x is not None}
        left = [x for x in items if x not in going]
        if len(left) < len(items) and len(left) < PAGE_SIZE <= len(items):
            # listed ones went and the spares ran out: the direction is read again in order
            left = _first(store, entity, rel_type, outgoing, going)
        rows.append(_props(entity, rel_type, outgoing, count, left))
    return rows, gone


def _with(items: list[tuple[str, str]], count: int, new: list[tuple[str, str]]
          ) -> list[tuple[str, str]]:
    """A page's list (of a direction of `count`) with relationships created: each new one
    that sorts before its last (or any, when the list is all there is: shorter than
    PAGE_SIZE, or as long as the count) takes its place; one past the last is not listed,
    since others may come between. At most PAGE_SIZE + SPARE."""
    whole = len(items) < PAGE_SIZE or len(items) >= count
    return sorted({*items, *(x for x in new if whole or x < items[-1])})[:_kept()]


def entities_deleted(store: GraphStore, ids: list[str]) -> None:
    if ids:
        store.run(queries.DELETE_PAGES_OF_ENTITIES, {"ids": ids}, write=True)


def build_all(store: GraphStore, batch: int = 1000) -> int:
    """Pages for every direction past PAGED_OVER (a graph written before pages existed);
    returns how many were written. Only entities with that many relationships in all can
    have one: one pass finds them, then each is counted per type and direction."""
    busy = [str(r["id"]) for r in store.run(store.dialect.entities_over(),
                                            {"over": PAGED_OVER})]
    written = 0
    for i in range(0, len(busy), batch):
        rows: list[Row] = []
        for r in store.run(store.dialect.degrees_over(),
                           {"ids": busy[i:i + batch], "over": PAGED_OVER}):
            entity, rel_type, outgoing = str(r["id"]), str(r["type"]), bool(r["outgoing"])
            rows.append(_props(entity, rel_type, outgoing, int(r["n"]),
                               _first(store, entity, rel_type, outgoing)))
        _write(store, rows, [])
        written += len(rows)
    return written
