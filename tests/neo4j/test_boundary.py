"""The Neo4j boundary turns the driver's own types into plain data and its errors into ours.

Records are built from neo4j.graph types the way the driver's hydration builds them, so the
conversion is checked without a server. Connection failures use the real driver against a
closed loopback port.
"""

from __future__ import annotations

import socket

import neo4j.time
import pytest
from neo4j import exceptions as nx
from neo4j.graph import Graph, Node, Path

from graph.errors import (
    QueryError,
    QueryLimitExceeded,
    QueryTimeout,
    ReadOnlyViolation,
    StoreError,
    StoreUnavailable,
)
from graph.stores.neo4j import Neo4jStore
from graph.stores.neo4j_boundary import to_plain, translate_error


def _graph() -> tuple[Node, Node, object, Path]:
    g = Graph()
    a = Node(g, "4:db:1", 1, ["Person", "Entity"], {"id": "person:a", "name": "A",
                                                     "sources": ["d1"]})
    b = Node(g, "4:db:2", 2, ["Organization", "Entity"], {"id": "organization:b"})
    rel_class = g.relationship_type("EMPLOYED_AT")
    r = rel_class(g, "5:db:9", 9, {"count": 3, "since": neo4j.time.Date(2024, 5, 16)})
    r._start_node = a
    r._end_node = b
    return a, b, r, Path(a, r)


def test_node_becomes_plain_dict() -> None:
    a, _, _, _ = _graph()
    assert to_plain(a) == {"_type": "node", "element_id": "4:db:1",
                           "labels": ["Entity", "Person"],
                           "properties": {"id": "person:a", "name": "A", "sources": ["d1"]}}


def test_relationship_and_temporal_values() -> None:
    _, _, r, _ = _graph()
    plain = to_plain(r)
    assert plain == {"_type": "relationship", "element_id": "5:db:9", "type": "EMPLOYED_AT",
                     "start": "4:db:1", "end": "4:db:2",
                     "properties": {"count": 3, "since": "2024-05-16"}}


def test_path_and_nesting() -> None:
    _, _, _, p = _graph()
    plain = to_plain({"paths": [p], "n": 1})
    path = plain["paths"][0]
    assert path["_type"] == "path"
    assert [n["element_id"] for n in path["nodes"]] == ["4:db:1", "4:db:2"]
    assert [r["type"] for r in path["relationships"]] == ["EMPLOYED_AT"]
    assert plain["n"] == 1


def test_no_driver_type_survives() -> None:
    _, _, _, p = _graph()

    def walk(value: object) -> None:
        assert not type(value).__module__.startswith("neo4j"), type(value)
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(to_plain([p, neo4j.time.DateTime(2025, 7, 24, 10, 0, 0)]))


def test_plain_lists_and_maps_are_kept_and_the_rest_converted_in_place() -> None:
    # the driver's own lists and maps: one of plain values is answered as it is, one with a
    # driver value has that value converted where it stands; tuples still become lists
    a, _, r, _ = _graph()
    sentences = ["one sentence", "another"]
    row = [sentences, 3, {"n": a, "k": "v"}, [[1, 2], ["x", None]], (1, (2,))]
    plain = to_plain(row)
    assert plain is row and plain[0] is sentences
    assert plain[2]["n"]["element_id"] == "4:db:1" and plain[2]["k"] == "v"
    assert plain[3] == [[1, 2], ["x", None]] and plain[4] == [1, [2]]
    assert to_plain([r])[0]["properties"]["since"] == "2024-05-16"
    flat = {"a": 1, "b": "x"}
    assert to_plain(flat) is flat


@pytest.mark.parametrize(("exc", "expected"), [
    (nx.AuthError("bad"), StoreUnavailable),
    (nx.ServiceUnavailable("down"), StoreUnavailable),
    (nx.TransientError("busy"), StoreError),
])
def test_driver_errors_translate(exc: Exception, expected: type) -> None:
    err = translate_error(exc, "bolt://db.example:7687")
    assert isinstance(err, expected)
    if expected is StoreUnavailable:
        assert "bolt://db.example:7687" in err.detail


def _client_error(code: str, message: str) -> nx.Neo4jError:
    exc = nx.Neo4jError._hydrate_neo4j(code=code, message=message)
    return exc


def test_server_error_codes_translate() -> None:
    assert isinstance(translate_error(_client_error(
        "Neo.ClientError.Statement.AccessMode", "Writing in read access mode not allowed"),
        "bolt://x"), ReadOnlyViolation)
    assert isinstance(translate_error(_client_error(
        "Neo.ClientError.Statement.SyntaxError", "Invalid input"), "bolt://x"), QueryError)
    assert isinstance(translate_error(_client_error(
        "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
        "The transaction has been terminated"), "bolt://x"), QueryTimeout)
    assert isinstance(translate_error(_client_error(
        "Neo.TransientError.Transaction.Terminated", "The transaction has been terminated."),
        "bolt://x"), QueryTimeout)
    memory = _client_error("Neo.TransientError.General.MemoryPoolOutOfMemoryError",
                           "The allocation of an extra 2.0 MiB would use more than the limit")
    assert isinstance(translate_error(memory, "bolt://x"), QueryLimitExceeded)
    # a syntax error quoting the user's words is a rejected statement, whatever they say
    quoted = _client_error("Neo.ClientError.Statement.SyntaxError",
                           "Invalid input 'RETRUN': expected ... \"RETRUN terminated timeout\"")
    assert type(translate_error(quoted, "bolt://x")) is QueryError


def test_unreachable_neo4j_is_one_clear_error() -> None:
    with socket.socket() as s:  # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(StoreUnavailable) as info:
        Neo4jStore(f"bolt://127.0.0.1:{port}", "neo4j", "wrong")
    assert f"bolt://127.0.0.1:{port}" in info.value.detail
    assert "TKG_NEO4J_URI" in info.value.detail
