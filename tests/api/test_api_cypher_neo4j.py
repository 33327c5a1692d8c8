"""Analysts' Cypher on the Neo4j store: the console and POST /api/cypher take Neo4j's own
Cypher (the constructs FalkorDB lacks), read-only and limited by Neo4j itself."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.store import GraphStore
from graph.stores.neo4j import Neo4jStore
from tests.api.conftest import settings_for

pytestmark = pytest.mark.only_store("neo4j")

CHAPMAN = "person:christina-marie-chapman"


def _rows(client: TestClient, query: str, **params: object) -> list[list[object]]:
    response = client.post("/api/cypher", json={"query": query, "params": params})
    assert response.status_code == 200, response.text
    rows: list[list[object]] = response.json()["rows"]
    return rows


def test_existential_and_count_subqueries(client: TestClient, corpus_store: GraphStore) -> None:
    expected = corpus_store.run("MATCH (p:Person)-[:FACILITATED]->() "
                                "RETURN count(DISTINCT p) AS n")[0]["n"]
    assert expected > 0
    rows = _rows(client, "MATCH (p:Person) WHERE EXISTS { (p)-[:FACILITATED]->() } "
                         "RETURN count(p) AS n")
    assert rows == [[expected]]
    counted = _rows(client, "MATCH (p:Person {id: $id}) "
                            "RETURN COUNT { (p)-[:FACILITATED]->() } AS n", id=CHAPMAN)
    direct = corpus_store.run("MATCH (:Person {id: $id})-[r:FACILITATED]->() RETURN count(r) AS n",
                              {"id": CHAPMAN})[0]["n"]
    assert counted == [[direct]] and direct > 0


def test_regular_expressions(client: TestClient) -> None:
    rows = _rows(client, "MATCH (p:Person) WHERE p.name =~ '(?i)christina.*chapman' "
                         "RETURN p.id")
    assert rows == [[CHAPMAN]]


def test_shortest_path_inside_match(client: TestClient, corpus_store: GraphStore) -> None:
    other = corpus_store.run("MATCH (:Person {id: $id})-[:FACILITATED]->(m) RETURN m.id AS id "
                             "LIMIT 1", {"id": CHAPMAN})[0]["id"]
    rows = _rows(client, "MATCH p = shortestPath((a:Person {id: $a})-[*..4]-(b {id: $b})) "
                         "RETURN length(p)", a=CHAPMAN, b=other)
    assert rows == [[1]]


def test_union_with_columns_named_alike(client: TestClient) -> None:
    rows = _rows(client, "MATCH (p:Person {id: $id}) RETURN p.id AS id "
                         "UNION MATCH (o:Organization) WITH o ORDER BY o.id LIMIT 2 "
                         "RETURN o.id AS id", id=CHAPMAN)
    assert [CHAPMAN] in rows and len(rows) == 3


def test_the_store_itself_refuses_writes(corpus_store: GraphStore) -> None:
    """Without our guard in front: Neo4j's READ access mode refuses, nothing is written."""
    from graph.errors import ReadOnlyViolation

    assert isinstance(corpus_store, Neo4jStore)
    before = corpus_store.counts()
    for statement in ("CREATE (n:Person {id: 'person:intruder'})",
                      "MATCH (n:Person {id: $id}) SET n.name = 'X'",
                      "CALL db.createLabel('Intruder')"):
        with pytest.raises(ReadOnlyViolation):
            corpus_store.read_only(statement, {"id": CHAPMAN})
    assert corpus_store.counts() == before


def test_rows_are_cut_at_the_cap_while_streaming(corpus_store: GraphStore) -> None:
    # A result of ten million rows: fetched whole it would take far longer than the time
    # limit; streamed and cut, the first rows come back at once.
    result = corpus_store.read_only("UNWIND range(1, 10000000) AS i RETURN i", timeout_ms=20000,
                                    row_cap=5)
    assert result.rows == [[1], [2], [3], [4], [5]] and result.truncated


def test_the_time_limit_is_a_transaction_timeout(corpus_store: GraphStore) -> None:
    app = create_app(settings_for(corpus_store, query_timeout_ms=200))
    with TestClient(app) as impatient:
        response = impatient.post("/api/cypher", json={
            # three billion rows, from lists short enough for the door's range() guard
            "query": "UNWIND range(1, 3000000) AS i UNWIND range(1, 1000) AS j "
                     "WITH i, j WHERE (i + j) % 7 = 3 RETURN count(*)"})
    assert response.status_code == 504, response.text
