"""Reads read ahead (GraphStore.ahead): where a store answers several statements in one round
trip (Neo4j), reads a caller is about to make ride along with the next one, and each answer
waits for the identical call. The answers must be those of the reads made alone. Both
stores (FalkorDB reads each alone)."""

from __future__ import annotations

from typing import Any

import pytest

from api.services.dossier import dossier
from api.services.facts import MONEY_TYPES
from graph import queries
from graph.store import GraphStore, NodeRow, RelRow
from graph.stores.neo4j import Neo4jStore

PAYMENT = "payment:usd-910-harbor"
SHELL = "organization:harbor-shell"


@pytest.fixture
def store(falkor_store: GraphStore) -> GraphStore:
    return falkor_store


def _graph(store: GraphStore) -> None:
    """An invented payment stated by two documents, paid by a shell company."""
    store.upsert_nodes("Document", [NodeRow(d, {"title": f"Notice {d}"}, d)
                                    for d in ("n1", "n2")])
    payment = {"name": "USD 910", "amount_usd": 910, "kind": "payment"}
    store.upsert_nodes("Payment", [
        NodeRow(PAYMENT, payment, "n1", evidence=[(0, 14, "It paid $910.")], confidence=0.6),
        NodeRow(PAYMENT, payment, "n2", evidence=[(0, 18, "A $910 transfer.")],
                confidence=0.8)])
    store.upsert_nodes("Organization", [
        NodeRow(SHELL, {"name": "Harbor Shell", "kind": "company"}, "n1")])
    store.upsert_relationships("PAID", [RelRow(SHELL, PAYMENT, {}, "n1")])


def _round_trips(store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The statements that reach the server (Neo4j), or an empty list (FalkorDB)."""
    sent: list[str] = []
    if isinstance(store, Neo4jStore):
        boundary = store._boundary
        real = boundary.run

        def run(query: str, params: Any = None, **kw: Any) -> Any:
            sent.append(query)
            return real(query, params, **kw)
        monkeypatch.setattr(boundary, "run", run)
    return sent


def test_reads_read_ahead_answer_as_alone_in_fewer_round_trips(
        store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    _graph(store)
    alone_node = store.get_entities_light([PAYMENT])
    alone_counts = store.relationship_counts(PAYMENT, also=queries.DOSSIER_ASKED)
    sent = _round_trips(store, monkeypatch)
    with store.reading():
        store.ahead([store.entities_light_read([PAYMENT])])
        counts = store.relationship_counts(PAYMENT, also=queries.DOSSIER_ASKED)
        node = store.get_entities_light([PAYMENT])
    assert counts == alone_counts
    assert node == alone_node
    if isinstance(store, Neo4jStore):
        # the entity came with the counts (one statement, its parameters in maps); then
        # the entity's statements
        assert len(sent) == 2
        assert "$q0.id" in sent[0] and "$q1.ids" in sent[0]


def test_an_answer_serves_one_call_and_a_read_never_made_costs_no_round_trip(
        store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    _graph(store)
    shell = store.neighbors_light_read(SHELL, ["PAID"])
    sent = _round_trips(store, monkeypatch)
    with store.reading():
        store.ahead([store.entities_light_read([SHELL]), shell])
        first = store.neighbors_light(SHELL, ["PAID"], cap=0)
        again = store.neighbors_light(SHELL, ["PAID"], cap=0)  # read again, not remembered
    assert first == again
    assert [r["node"]["element_id"] for r in first] == [PAYMENT]
    if isinstance(store, Neo4jStore):
        assert len(sent) == 2  # the entity read ahead rode along and was never asked for
    store.ahead([shell])  # outside a read block: nothing is queued
    assert store.neighbors_light(SHELL, ["PAID"], cap=0) == first


def test_a_dossier_is_the_same_read_ahead_or_not(
        store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    _graph(store)
    with_ahead = dossier(store, SHELL)
    monkeypatch.setattr(type(store), "ahead", lambda self, reads: None)
    assert dossier(store, SHELL) == with_ahead
    assert with_ahead.money.outgoing and with_ahead.documents


def test_reads_together_take_their_parameters_from_a_map_each() -> None:
    text = queries.NEO4J.together([("MATCH (n:Entity {id: $id}) RETURN n.id AS id LIMIT $cap",
                                    ["id"]), ("UNWIND $ids AS x RETURN x", ["x"])])
    assert text is not None
    assert "$q0.id}" in text and "LIMIT $q0.cap" in text and "UNWIND $q1.ids" in text
    assert text.rstrip().endswith("RETURN r0, r1")
    assert queries.FALKOR.together([("RETURN 1 AS one", ["one"])]) is None
    with pytest.raises(ValueError, match="dynamic"):
        queries.NEO4J.together([("MATCH (n:$(label)) RETURN n", ["n"])])


def test_the_warm_up_plans_a_dossiers_money_types() -> None:
    assert queries.DOSSIER_MONEY == MONEY_TYPES
