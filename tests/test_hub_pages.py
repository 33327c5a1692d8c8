"""Hub pages (graph/hub_pages.py) stay exact through writes, forgets and re-ingest, on both
stores: each is the count and first page in order that a walk of the hub gives."""

from __future__ import annotations

import pytest

from graph import hub_pages, queries
from graph.store import GraphStore, NodeRow, RelRow

HUB = "organization:hub"


@pytest.fixture
def store(falkor_store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> GraphStore:
    """An empty store in which a direction of more than 2 relationships has a page of 3."""
    monkeypatch.setattr(hub_pages, "PAGED_OVER", 2)
    monkeypatch.setattr(hub_pages, "PAGE_SIZE", 3)
    return falkor_store


def _write(store: GraphStore, doc: str, people: list[str]) -> None:
    """`doc` says each of `people` facilitated the hub, and the hub worked at Nike."""
    store.upsert_nodes("Document", [NodeRow(doc, {"title": f"Document {doc}"}, doc)])
    store.upsert_nodes("Person", [NodeRow(p, {"name": f"Person {p[-1]}"}, doc) for p in people])
    store.upsert_nodes("Organization", [
        NodeRow(HUB, {"name": "Hub", "kind": "worker_group"}, doc),
        NodeRow("organization:nike", {"name": "Nike", "kind": "company"}, doc)])
    store.upsert_relationships("FACILITATED", [RelRow(p, HUB, {}, doc) for p in people])
    store.upsert_relationships("EMPLOYED_AT", [RelRow(HUB, "organization:nike", {}, doc)])
    store.mark_document_complete(doc)


def _pages(store: GraphStore) -> dict[tuple[str, bool], tuple[int, list[tuple[str, str]]]]:
    return {(str(r["type"]), bool(r["outgoing"])): (int(r["n"]), list(r["page"]))
            for r in store.relationship_counts(HUB) if "page" in r}


def _walked(store: GraphStore, rel_type: str, outgoing: bool) -> tuple[int, list[tuple[str, str]]]:
    """Count and first page of one direction by walking the hub in neighbors_light() order."""
    rows = [r for r in store.neighbors_light(HUB, [rel_type], limit=1000)
            if r["outgoing"] == outgoing]
    return len(rows), [(str(r["node"]["properties"]["id"]),
                        str(r["relationship"]["properties"].get("key", ""))) for r in rows[:3]]


def _person(i: int) -> str:
    return f"person:p{i}"


def test_a_page_is_the_walked_count_and_first_page_through_forget_and_rewrite(
        store: GraphStore) -> None:
    _write(store, "d1", [_person(i) for i in (0, 1, 2, 5)])
    _write(store, "d2", [_person(i) for i in (1, 3, 4)])
    before = _pages(store)
    assert before == {("FACILITATED", False): _walked(store, "FACILITATED", False)}
    assert before[("FACILITATED", False)] == (6, [(_person(i), "") for i in (0, 1, 2)])

    store.forget_document("d1")  # p0, p2, p5 go (p1 stays: d2), p0 was listed: read again
    assert _pages(store) == {("FACILITATED", False): (3, [(_person(i), "") for i in (1, 3, 4)])}
    assert _pages(store)[("FACILITATED", False)] == _walked(store, "FACILITATED", False)

    _write(store, "d1", [_person(i) for i in (0, 1, 2, 5)])
    assert _pages(store) == before  # as if never forgotten

    store.forget_document("d2")  # p3, p4 go, none listed: the count goes down
    assert _pages(store) == {("FACILITATED", False): _walked(store, "FACILITATED", False)}
    assert _pages(store)[("FACILITATED", False)][0] == 4
    store.forget_document("d1")  # the hub goes, and its page with it
    assert store.run(queries.PAGES_OF_ENTITY, {"id": HUB}) == []


def test_a_direction_falls_back_to_no_page_at_the_threshold(store: GraphStore) -> None:
    _write(store, "d1", [_person(i) for i in (0, 1)])
    assert _pages(store) == {}  # two: not past PAGED_OVER
    _write(store, "d2", [_person(i) for i in (2,)])
    assert _pages(store) == {("FACILITATED", False): (3, [(_person(i), "") for i in range(3)])}
    store.forget_document("d2")
    assert _pages(store) == {}


def test_the_dossier_page_of_a_hub_comes_from_its_page_and_equals_the_walk(
        store: GraphStore) -> None:
    _write(store, "d1", [_person(i) for i in (0, 1, 2, 5)])
    _write(store, "d2", [_person(i) for i in (1, 3, 4)])
    types = ["EMPLOYED_AT", "FACILITATED"]
    page = store.neighbors_light_per_type(HUB, types, limit=2)
    walked = [r for t in types for r in store.neighbors_light(HUB, [t], limit=2)]
    assert [r["relationship"]["element_id"] for r in page] == \
        [r["relationship"]["element_id"] for r in walked]
    assert [r["node"]["properties"]["name"] for r in page] == ["Nike", "Person 0", "Person 1"]


def test_upgrading_a_graph_without_pages_builds_the_same_pages(store: GraphStore) -> None:
    _write(store, "d1", [_person(i) for i in (0, 1, 2, 5)])
    _write(store, "d2", [_person(i) for i in (1, 3, 4)])
    before = _pages(store)
    store.run(queries.DELETE_PAGES_OF_ENTITIES, {"ids": [HUB]}, write=True)
    assert _pages(store) == {}
    assert store.relationship_counts(HUB) == sorted(
        [{"type": t, "outgoing": o, "n": n} for (t, o), n in
         {("FACILITATED", False): 6, ("EMPLOYED_AT", True): 1}.items()],
        key=lambda r: (str(r["type"]), not r["outgoing"]))
    assert hub_pages.build_all(store, batch=2) == 1
    assert _pages(store) == before


def test_a_hubs_own_statements_are_those_its_values_came_from(
        store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past ORDERED_UP_TO documents an entity lists the statements behind its values (found
    from their documents), not a walk of its MENTIONS; up to it, the surest."""
    stated = {"d1": ({"name": "Hub", "location": "Dandong"}, 0.5),
              "d2": ({"name": "Hub", "kind": "worker_group"}, 0.9),
              "d3": ({"name": "The Hub"}, 0.7)}
    for doc, (props, confidence) in stated.items():
        store.upsert_nodes("Document", [NodeRow(doc, {"title": doc}, doc)])
        store.upsert_nodes("Organization", [NodeRow(HUB, props, doc, [],
                                                    [(0, 3, f"Hub in {doc}.")], confidence)])
    monkeypatch.setattr(queries, "ORDERED_UP_TO", 3)
    props = store.get_entity_light(HUB)["properties"]
    assert props["sources"] == ["d2", "d3", "d1"] and props["sources_total"] == 3
    monkeypatch.setattr(queries, "ORDERED_UP_TO", 2)
    props = store.get_entity_light(HUB)["properties"]
    assert props["name"] == "Hub" and props["location"] == "Dandong"
    assert props["sources"] == ["d2", "d1"] and props["sources_total"] == 3
    assert [st["text"] for st in props["statements"]] == [["Hub in d2."], ["Hub in d1."]]
