"""POST /api/cypher reads, answers as table and graph, and refuses every kind of write."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.store import GraphStore
from tests.api.conftest import settings_for

WRITES = [
    "CREATE (n:Person {id: 'person:intruder', name: 'Intruder'}) RETURN n",
    "MERGE (n:Person {id: 'person:intruder'}) RETURN n",
    "MATCH (n:Person {id: 'person:christina-marie-chapman'}) SET n.name = 'X' RETURN n",
    "MATCH (n:Person {id: 'person:christina-marie-chapman'}) REMOVE n.age RETURN n",
    "MATCH (n:Person {id: 'person:christina-marie-chapman'}) DETACH DELETE n",
    "MATCH ()-[r:FACILITATED]->() DELETE r",
    "CALL { CREATE (n:Person {id: 'person:intruder'}) RETURN n } RETURN 1",
    "MATCH (n:Person) WITH n LIMIT 1 CALL { WITH n CREATE (m:Person {id: 'person:x'}) "
    "RETURN m } RETURN m",
    "LOAD CSV FROM 'file:///etc/hostname' AS row CREATE (n:Person {id: row[0]}) RETURN n",
    "UNWIND range(1, 3) AS i CREATE (:Person {id: 'person:p' + toString(i)})",
    "FOREACH (i IN [1] | CREATE (:Person {id: 'person:foreach'}))",
    "CALL db.createLabel('Intruder')",  # Neo4j's writing procedures
    "CALL db.createRelationshipType('INTRUDES')",
    "CALL db.createProperty('intruder')",
    "CREATE FULLTEXT INDEX intruder FOR (n:Person) ON EACH [n.role]",
    "CALL db.idx.fulltext.createNodeIndex('Person', 'role')",  # FalkorDB's
    "CALL db.idx.fulltext.drop('Entity')",
    "CREATE INDEX FOR (n:Person) ON (n.role)",
    "EXPLAIN CREATE (n:Person {id: 'person:intruder'})",
    "explain MATCH (n) DETACH DELETE n",
    "EXPLAIN CREATE INDEX FOR (n:Person) ON (n.role)",
    "PROFILE CREATE (n:Person {id: 'person:intruder'})",
    "PROFILE MATCH (n) DETACH DELETE n",
    "// a comment first\nPROFILE CREATE (n:Person {id: 'person:intruder'})",
    "/* block */ CREATE (n:Person {id: 'person:intruder'})",
]


def _snapshot(store: GraphStore) -> tuple[object, object]:
    if store.dialect.name == "neo4j":
        indexes = store.run("SHOW INDEXES YIELD name, labelsOrTypes, properties "
                            "RETURN name, labelsOrTypes, properties ORDER BY name")
    else:
        indexes = store.run("CALL db.indexes() YIELD label, properties "
                            "RETURN label, properties ORDER BY label")
    return store.counts(), indexes


def _foreign_procedure(store: GraphStore, query: str) -> bool:
    falkor_only = "db.idx." in query
    neo4j_only = "FULLTEXT INDEX" in query or any(
        f"db.{p}(" in query for p in ("createLabel", "createRelationshipType", "createProperty"))
    return falkor_only if store.dialect.name == "neo4j" else neo4j_only


@pytest.mark.parametrize("query", WRITES)
def test_writes_are_refused_and_nothing_changes(client: TestClient, corpus_store: GraphStore,
                                                query: str) -> None:
    before = _snapshot(corpus_store)
    response = client.post("/api/cypher", json={"query": query})
    if _foreign_procedure(corpus_store, query):
        # The other store's writing procedure or syntax: refused by the door (403) or
        # rejected as unknown by the store (400); either way nothing changes.
        assert response.status_code in (400, 403), response.text
        assert _snapshot(corpus_store) == before
        return
    assert response.status_code == 403, response.text
    assert (response.json()["status"] == 403 and "read-only" in response.json()["detail"]) \
        or "PROFILE" in response.json()["detail"]
    assert _snapshot(corpus_store) == before
    name = corpus_store.get_entity("person:christina-marie-chapman")["properties"]["name"]
    assert name == "Christina Marie Chapman"


def test_read_returns_table_and_graph(client: TestClient) -> None:
    response = client.post("/api/cypher", json={
        "query": "MATCH p = (a:Person {id: $id})-[r:FACILITATED]->(b) RETURN p, a.name, r",
        "params": {"id": "person:christina-marie-chapman"}})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["columns"] == ["p", "a.name", "r"]
    assert body["rows"][0][1] == "Christina Marie Chapman"
    assert not body["truncated"]
    nodes = {n["entity_id"]: n for n in body["graph"]["nodes"]}
    assert set(nodes) == {"person:christina-marie-chapman", "organization:dprk-it-workers"}
    (edge,) = body["graph"]["edges"]
    assert edge["type"] == "FACILITATED"
    assert edge["source"] == nodes["person:christina-marie-chapman"]["id"]
    assert edge["target"] == nodes["organization:dprk-it-workers"]["id"]
    assert "ev_text" not in edge["properties"]


def test_row_cap_and_odd_values(client: TestClient) -> None:
    capped = client.post("/api/cypher", json={"query": "UNWIND range(1, 5000) AS i RETURN i"})
    assert capped.status_code == 200
    assert len(capped.json()["rows"]) == 1000 and capped.json()["truncated"]
    odd = client.post("/api/cypher", json={"query": "RETURN 1.0/0 AS inf, 0.0/0 AS nan, "
                                                    "date('2024-05-16') AS d"})
    assert odd.status_code == 200, odd.text
    assert odd.json()["rows"] == [["inf", "nan", "2024-05-16"]]


def test_explain_of_a_read_is_a_plan(client: TestClient) -> None:
    response = client.post("/api/cypher", json={"query": "EXPLAIN MATCH (n:Person) RETURN n"})
    assert response.status_code == 200
    assert response.json()["columns"] == ["plan"]


@pytest.mark.parametrize(("body", "status"), [
    ({"query": "MATCH (n RETURN n"}, 400),
    ({"query": "RETURN $x"}, 400),
    ({"query": ""}, 422),
    ({"query": "RETURN 1", "params": {"a b": 1}}, 422),
    ({"query": "RETURN 1", "params": {"x) RETURN 2 //": 1}}, 422),
    ({}, 422),
])
def test_bad_statements(client: TestClient, body: dict[str, object], status: int) -> None:
    response = client.post("/api/cypher", json=body)
    assert response.status_code == status, response.text
    assert response.json()["status"] == status


def test_timeout_is_a_504(corpus_store: GraphStore) -> None:
    app = create_app(settings_for(corpus_store, query_timeout_ms=1))
    with TestClient(app) as impatient:
        response = impatient.post("/api/cypher", json={
            "query": "UNWIND range(1, 2000000) AS i WITH i WHERE i % 7 = 3 RETURN count(i)"})
    assert response.status_code == 504, response.text
    assert response.json()["status"] == 504
