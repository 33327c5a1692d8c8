"""Claims keep a rank, minus their confidence (model version 4), so that Neo4j's index on
(rel, rank, doc) lists a relationship's surest claims first without reading the rest. Each
test runs on both stores (tests/conftest.py `store_kind`)."""

from __future__ import annotations

import pytest

from graph import queries
from graph.schema_version import stored_version
from graph.store import GraphStore, NodeRow, RelRow

# (document, confidence) of one relationship's claims: two tie on confidence
CLAIMS = [("d1", 0.7), ("d3", 0.9), ("d2", 0.9), ("d4", 0.5)]


@pytest.fixture
def store(falkor_store: GraphStore) -> GraphStore:
    """An empty store, once for each kind."""
    return falkor_store


def _stated(store: GraphStore) -> None:
    docs = [d for d, _ in CLAIMS]
    store.upsert_nodes("Document", [NodeRow(d, {"title": f"Document {d}"}, d) for d in docs])
    store.upsert_nodes("Person", [NodeRow("person:a", {"name": "A"}, d) for d in docs])
    store.upsert_nodes("Organization", [NodeRow("organization:b", {"name": "B"}, d)
                                        for d in docs])
    store.upsert_relationships("EMPLOYED_AT", [
        RelRow("person:a", "organization:b", {}, d, evidence=[(0, 5, f"Said in {d}.")],
               confidence=c) for d, c in CLAIMS])


def _listed(store: GraphStore, cap: int) -> list[str]:
    rel = store.neighbors_light("person:a", ["EMPLOYED_AT"])[0]["relationship"]
    rel["properties"].pop("statements", None)
    store.attach_rel_statements([rel], cap=cap)
    return [st["doc"] for st in rel["properties"]["statements"]]


def test_a_claim_is_written_with_its_rank(store: GraphStore) -> None:
    _stated(store)
    rows = store.run(f"MATCH (c:{queries.CLAIM}) RETURN c.doc AS doc, c.rank AS rank, "
                     "c.confidence AS confidence ORDER BY doc")
    assert [(r["doc"], r["rank"]) for r in rows] == [(d, -c) for d, c in sorted(CLAIMS)]


def test_the_surest_claims_come_first_then_by_document(store: GraphStore) -> None:
    _stated(store)
    assert _listed(store, 2) == ["d2", "d3"]
    assert _listed(store, 4) == ["d2", "d3", "d1", "d4"]


def test_a_graph_of_version_3_is_given_its_ranks(store: GraphStore) -> None:
    """What version 3 wrote: claims without a rank; opening the graph upgrades it in place."""
    _stated(store)
    store.run(f"MATCH (c:{queries.CLAIM}) REMOVE c.rank", write=True)
    store.run("MATCH (s:Schema) SET s.version = 3", write=True)
    store.ensure_schema()
    assert stored_version(store) == store.model.version == 4
    rows = store.run(f"MATCH (c:{queries.CLAIM}) WHERE c.rank IS NULL RETURN count(c) AS n")
    assert rows[0]["n"] == 0
    assert _listed(store, 4) == ["d2", "d3", "d1", "d4"]


@pytest.mark.only_store("neo4j")
def test_neo4j_reads_the_surest_claims_in_index_order(store: GraphStore) -> None:
    """No sort: the index on (rel, rank, doc) gives each relationship's claims in order and
    the LIMIT stops the read (a hub's listed facts read 3 claims each, not all)."""
    _stated(store)
    plan = "\n".join(store.explain(store.dialect.rel_statements(),
                                   {"rels": ["person:a|EMPLOYED_AT|organization:b|"], "cap": 2}))
    assert "Claim(rel, rank, doc)" in plan, plan
    assert "Top" not in plan and "Sort" not in plan, plan
