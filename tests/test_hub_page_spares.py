"""A hub page's spares (graph/hub_pages.py): deleting a listed relationship takes it out of
the page's list, and the direction is read again in order only when the list falls below
PAGE_SIZE; through it all the page shown is the count and first page a walk gives, and
forgetting then writing a document again shows the page as it was. Both stores."""

from __future__ import annotations

from typing import Any

import pytest

from graph import hub_pages, queries
from graph.store import GraphStore, NodeRow, RelRow

HUB = "organization:hub"


@pytest.fixture
def store(falkor_store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> GraphStore:
    """Pages past 2 relationships, 3 shown and 2 spares; the hub's in-order reads counted."""
    monkeypatch.setattr(hub_pages, "PAGED_OVER", 2)
    monkeypatch.setattr(hub_pages, "PAGE_SIZE", 3)
    monkeypatch.setattr(hub_pages, "SPARE", 2)
    reads: list[str] = []
    run = falkor_store.run
    in_order = queries.first_of_direction("FACILITATED", False)

    def counted(query: str, params: dict[str, Any] | None = None, **kw: Any) -> Any:
        if query == in_order:
            reads.append(query)
        return run(query, params, **kw)

    monkeypatch.setattr(falkor_store, "run", counted)
    falkor_store.reads = reads  # type: ignore[attr-defined]
    return falkor_store


def _write(store: GraphStore, doc: str, people: list[str]) -> None:
    """`doc` says each of `people` (invented) facilitated the hub."""
    store.upsert_nodes("Document", [NodeRow(doc, {"title": f"Document {doc}"}, doc)])
    store.upsert_nodes("Person", [NodeRow(p, {"name": f"Person {p}"}, doc) for p in people])
    store.upsert_nodes("Organization", [NodeRow(HUB, {"name": "Hub", "kind": "worker_group"},
                                                doc)])
    store.upsert_relationships("FACILITATED", [RelRow(p, HUB, {}, doc) for p in people])
    store.mark_document_complete(doc)


def _shown(store: GraphStore) -> tuple[int, list[str]]:
    [row] = [r for r in store.relationship_counts(HUB) if "page" in r]
    return int(row["n"]), [str(o) for o, _ in row["page"]]


def _walked(store: GraphStore) -> tuple[int, list[str]]:
    rows = store.neighbors_light(HUB, ["FACILITATED"], limit=1000)
    return len(rows), [str(r["node"]["properties"]["id"]) for r in rows[:3]]


def _stored(store: GraphStore) -> list[str]:
    [page] = store.run(queries.PAGES_BY_ID, {"ids": [hub_pages.page_id(HUB, "FACILITATED",
                                                                       False)]})
    return [str(o) for o in page["others"]]


def _person(i: int) -> str:
    return f"person:q{i}"


def test_listed_ones_go_from_the_spares_and_the_direction_is_read_when_they_run_out(
        store: GraphStore) -> None:
    reads: list[str] = store.reads  # type: ignore[attr-defined]
    _write(store, "d0", [_person(0)])
    _write(store, "d1", [_person(1)])
    _write(store, "d2", [_person(2)])
    _write(store, "dx", [_person(i) for i in range(3, 9)])
    assert _stored(store) == [_person(i) for i in range(5)]  # 3 shown, 2 spares
    before = _shown(store)
    assert before == _walked(store) == (9, [_person(i) for i in range(3)])
    reads.clear()

    store.forget_document("d0")  # a listed one goes: out of the list, nothing read
    assert _shown(store) == _walked(store) == (8, [_person(i) for i in (1, 2, 3)])
    store.forget_document("d1")
    assert _shown(store) == _walked(store)
    assert reads == []
    store.forget_document("d2")  # the list would fall below 3: read again in order
    assert len(reads) == 1
    assert _shown(store) == _walked(store) == (6, [_person(i) for i in (3, 4, 5)])
    assert _stored(store) == [_person(i) for i in range(3, 8)]

    for doc, i in (("d2", 2), ("d1", 1), ("d0", 0)):  # written again: as never forgotten
        _write(store, doc, [_person(i)])
        assert _shown(store) == _walked(store)
    assert _shown(store) == before


def test_one_created_past_the_last_listed_is_not_listed(store: GraphStore) -> None:
    _write(store, "dx", [_person(i) for i in (1, 2, 3, 4, 5, 7)])
    assert _stored(store) == [_person(i) for i in (1, 2, 3, 4, 5)]
    _write(store, "dy", [_person(6)])  # between the last listed and one not listed
    assert _stored(store) == [_person(i) for i in (1, 2, 3, 4, 5)]
    _write(store, "dz", [_person(0)])  # before the last listed: listed, the last falls off
    assert _stored(store) == [_person(i) for i in (0, 1, 2, 3, 4)]
    assert _shown(store) == _walked(store)
