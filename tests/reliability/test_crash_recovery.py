"""The query that crashed FalkorDB 4.16 is refused, and a store that dies anyway comes back
by itself while /readyz tells the truth."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.errors import InvalidInput, QueryError, ReadOnlyViolation
from graph.read_guard import check_procedures
from graph.store import GraphStore
from graph.stores.falkor_server import read_pid, server_paths
from tests.api.conftest import falkor_settings

CRASHERS = [
    "CALL { CALL db.labels() } RETURN 1",
    "EXPLAIN CALL { CALL db.labels() } RETURN 1",
    "call {call db.labels() yield label return label} return label",
    "MATCH (n) CALL { /* x */ CALL `db`.`labels`() YIELD label RETURN label } RETURN 1",
    "CALL { CALL { CALL db.relationshipTypes() } RETURN 1 } RETURN 1",
]


@pytest.fixture
def own_server_client(tmp_path: Path) -> Iterator[TestClient]:
    """An app over a server of its own (this test kills it; the session's must live)."""
    app = create_app(falkor_settings(tmp_path / "data", "crash"))
    with TestClient(app) as client:
        yield client


def _wait_ready(client: TestClient, seconds: float) -> list[int]:
    seen = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        status = client.get("/readyz").status_code
        seen.append(status)
        if status == 200:
            return seen
        time.sleep(0.05)
    return seen


@pytest.mark.parametrize("query", CRASHERS)
def test_crash_query_is_refused_and_the_store_lives(own_server_client: TestClient,
                                                    query: str) -> None:
    response = own_server_client.post("/api/cypher", json={"query": query})
    assert response.status_code == 422, response.text
    assert "subquer" in response.json()["detail"]
    assert own_server_client.get("/readyz").status_code == 200
    assert own_server_client.post("/api/cypher",
                                  json={"query": "RETURN 1 AS one"}).json()["rows"] == [[1]]


def test_guard_reads_code_not_strings() -> None:
    check_procedures("RETURN 'CALL { CALL db.labels() }' AS s", subquery_procedures=False)
    check_procedures("CALL db.labels() YIELD label CALL { RETURN 1 AS x } RETURN label, x",
                     subquery_procedures=False)
    with pytest.raises(InvalidInput):
        check_procedures("CALL { CALL db.labels() } RETURN 1", subquery_procedures=False)
    check_procedures("CALL { CALL db.labels() } RETURN 1", subquery_procedures=True)
    for query in ("CALL dbms.killQuery(1)", "CALL db.idx.fulltext.drop('Entity')",
                  "CALL apoc.load.json('file:///etc/passwd')", "CALL db.labels2()",
                  "CALL `db`.`idx`.`fulltext`.`drop`('Entity')"):
        with pytest.raises(ReadOnlyViolation):
            check_procedures(query)


def test_store_refuses_crash_query_itself(falkor_store: GraphStore) -> None:
    # `tkg query` and any other caller of the store go through the same refusal; Neo4j
    # rejects the statement itself (a procedure inside CALL {} must YIELD).
    refusal = QueryError if falkor_store.dialect.name == "neo4j" else InvalidInput
    with pytest.raises(refusal):
        falkor_store.read_only("CALL { CALL db.labels() } RETURN 1")
    assert falkor_store.read_only("RETURN 1 AS one").rows == [[1]]


def test_killed_store_comes_back_without_a_command(own_server_client: TestClient) -> None:
    client = own_server_client
    assert client.get("/readyz").status_code == 200
    paths = server_paths(client.app.state.settings.data_dir)  # type: ignore[attr-defined]
    pid = read_pid(paths)
    assert pid is not None
    os.kill(pid, signal.SIGSEGV)  # what the crash query did
    statuses = []
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:  # it is down for a moment, and says so
        statuses.append(client.get("/readyz").status_code)
        if statuses[-1] == 503 or read_pid(paths) not in (None, pid):
            break
        time.sleep(0.01)
    seen = _wait_ready(client, 20)
    assert seen[-1] == 200, seen
    new_pid = read_pid(paths)
    assert new_pid is not None and new_pid != pid
    with pytest.raises(ChildProcessError):  # reaped: no defunct server left behind
        os.waitpid(pid, os.WNOHANG)
    assert client.post("/api/cypher", json={"query": "RETURN 1 AS one"}).json()["rows"] == [[1]]
    assert client.app.state.supervisor.restarts >= 1  # type: ignore[attr-defined]
