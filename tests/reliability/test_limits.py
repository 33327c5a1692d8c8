"""Limits the embedded store enforces itself, set at start and on a server it reuses."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.errors import QueryError, QueryLimitExceeded, QueryTimeout, StoreError
from graph.read_guard import check_ranges, guard_ranges, lift_range_literals
from graph.store import GraphStore
from graph.stores.falkor import FalkorStore
from graph.stores.falkor_server import (
    ServerLimits,
    _command,
    read_pid,
    server_paths,
    stop_server,
)


def _config(data_dir: Path) -> dict[str, int]:
    sock = server_paths(data_dir).socket
    out = {}
    for name in ("TIMEOUT_MAX", "TIMEOUT_DEFAULT", "RESULTSET_SIZE", "QUERY_MEM_CAPACITY"):
        reply = _command(sock, "GRAPH.CONFIG", "GET", name, timeout=2.0)
        out[name] = int(reply.split(b"\r\n")[-2].lstrip(b":"))
    return out


def test_limits_are_set_at_start_and_on_reuse(tmp_path: Path) -> None:
    first = ServerLimits(timeout_ms=7000, max_rows=5000, query_memory_mb=64)
    store = FalkorStore(tmp_path, "g", limits=first)
    try:
        assert _config(tmp_path) == {"TIMEOUT_MAX": 7000, "TIMEOUT_DEFAULT": 7000,
                                     "RESULTSET_SIZE": 5000, "QUERY_MEM_CAPACITY": 64 * 2**20}
        second = FalkorStore(tmp_path, "g", limits=ServerLimits(9000, 6000, 32))
        assert _config(tmp_path)["RESULTSET_SIZE"] == 6000  # a reused server takes new limits
        assert _config(tmp_path)["QUERY_MEM_CAPACITY"] == 32 * 2**20
        second.close()
    finally:
        store.close()
        stop_server(tmp_path)


@pytest.fixture
def limited(tmp_path: Path) -> Iterator[FalkorStore]:
    # A server of its own: limits are server-wide and the session's server keeps its own.
    store = FalkorStore(tmp_path, "lim", limits=ServerLimits(timeout_ms=60_000, max_rows=2000,
                                                              query_memory_mb=64))
    store.ensure_schema()
    yield store
    store.close()


def test_rows_are_cut_by_the_server(limited: FalkorStore) -> None:
    result = limited.read_only("UNWIND range(1, 1000000) AS x RETURN x", row_cap=100)
    assert result.truncated and len(result.rows) == 100
    # Our own statements never use a cut answer as if it were whole.
    with pytest.raises(StoreError, match="limit of 2000 rows"):
        limited.run("UNWIND range(1, 1000000) AS x RETURN x")
    assert len(limited.run("UNWIND range(1, 1999) AS x RETURN x")) == 1999


def test_memory_and_time_are_bounded(limited: FalkorStore) -> None:
    with pytest.raises(QueryLimitExceeded):
        limited.read_only("UNWIND range(1, 5000000) AS x RETURN x")
    with pytest.raises(QueryTimeout):
        limited.read_only("UNWIND range(1, 1000000) AS x WITH x WHERE x % 7 = 1 "
                          "RETURN count(x)", timeout_ms=1)
    assert limited.read_only("RETURN 1 AS one").rows == [[1]]  # and the store is fine


def test_long_literal_ranges_are_refused_before_running(limited: FalkorStore) -> None:
    with pytest.raises(QueryLimitExceeded, match="range"):
        limited.read_only("RETURN size(range(1,100000000))")
    with pytest.raises(QueryLimitExceeded):
        check_ranges("UNWIND RANGE( 0 , 50000000 , 2 ) AS x RETURN x")
    check_ranges("RETURN 'range(1,100000000)' AS text, range(1, 10, 100000000) AS few")
    assert limited.read_only("RETURN size(range(1, 1000)) AS n").rows == [[1000]]


def test_range_literals_become_parameters(limited: FalkorStore) -> None:
    query, params = lift_range_literals(
        "UNWIND range(1, 300000) AS x WITH x WHERE x IN range(0,10,2) "
        "RETURN count(x), 'range(1,2)' AS s", {"tkg_literal_0": 5})
    assert "range($tkg_literal_1, $tkg_literal_2)" in query
    assert "range($tkg_literal_3,$tkg_literal_4,$tkg_literal_5)" in query
    assert "'range(1,2)'" in query and params["tkg_literal_0"] == 5
    assert params["tkg_literal_2"] == 300000
    result = limited.read_only("UNWIND range(1, 300000) AS x WITH x "
                               "WHERE x IN range(0, 10, 2) RETURN count(x) AS n")
    assert result.rows == [[5]]


def _peak_mb(data_dir: Path) -> float:
    pid = read_pid(server_paths(data_dir))
    status = Path(f"/proc/{pid}/status").read_text()
    return int(status.split("VmHWM:")[1].split()[0]) / 1024


def test_computed_ranges_are_refused_before_the_list_is_built(
        limited: FalkorStore, tmp_path: Path) -> None:
    # Bounds no check of the text can judge: a variable, a parameter, arithmetic. Without
    # the guard FalkorDB built each 1.6 GB list and only then saw its memory limit.
    for query, params in [("WITH 100000000 AS n RETURN size(range(1, n)) AS s", {}),
                          ("RETURN size(range(1, $n)) AS s", {"n": 10**8}),
                          ("UNWIND range(0, 10000 * 10000, 1) AS x RETURN count(x)", {}),
                          ("WITH 9223372036854775807 AS n RETURN size(range(-n, n)) AS s", {})]:
        with pytest.raises(QueryLimitExceeded, match="range"):
            limited.read_only(query, params)
    assert _peak_mb(tmp_path) < 500
    # within the limit the answers are range()'s own, nested and negative steps included
    result = limited.read_only(
        "WITH 1000 AS n RETURN size(range(1, n)) AS s, range(10, 1, -3) AS down, "
        "[x IN range(0, n, 250) | size(range(x, n))] AS nested, range(5, 1) AS empty")
    assert result.rows == [[1000, [10, 7, 4, 1], [1001, 751, 501, 251, 1], []]]
    assert limited.read_only("MATCH (x) RETURN size(range(1, count(x) + 3)) AS s").rows[0][0] >= 3
    with pytest.raises(QueryLimitExceeded, match="step is 0"):
        limited.read_only("RETURN range(1, 10, 0)")
    # a syntax error's position would be one in the rewritten statement: none is given
    with pytest.raises(QueryError) as rejected:
        limited.read_only("RETURN range(1, 5) AS r RETRN 1")
    assert "at character" not in rejected.value.detail


def test_the_range_guard_rewrites_calls_only() -> None:
    untouched = "RETURN 'range(1,5)' AS s, `range`(1, 2), n.range, myrange(1, 2), range(1)"
    assert guard_ranges(untouched, 100) == untouched
    guarded = guard_ranges("RETURN range(1, /* a, b */ $n) AS r", 100)
    assert guarded.count("range(") == 1 and ">= 100 THEN 0" in guarded
    assert "[[1,  /* a, b */ $n, 1]]" in guarded  # bounds evaluated once, as written


@pytest.mark.only_store("neo4j")
def test_neo4j_memory_limit_is_a_refusal_not_a_retry(falkor_store: GraphStore) -> None:
    # The driver retries transient errors, the memory pool's included, for a minute and then
    # reported a store failure; the analysts' door makes one attempt and says what happened.
    with pytest.raises(QueryLimitExceeded, match="memory"):
        falkor_store.read_only("UNWIND range(1, 3000000) AS i "
                               "WITH collect(toString(i) + 'padding to fill the pool') AS l "
                               "RETURN size(l)", timeout_ms=120_000)
    assert falkor_store.read_only("RETURN 1 AS one").rows == [[1]]


@pytest.mark.only_store("neo4j")
def test_neo4j_caps_one_transactions_memory_below_the_heap(falkor_store: GraphStore) -> None:
    # Eight million collected integers fit the test server's heap (an uncapped server answers
    # in about 2 s), but not one transaction's share of it: the cap ends this query alone,
    # before it could crowd the heap every other transaction shares.
    with pytest.raises(QueryLimitExceeded, match="memory"):
        falkor_store.read_only("UNWIND range(1, 8000000) AS i WITH collect(i) AS l "
                               "RETURN size(l)", timeout_ms=120_000)
    assert falkor_store.read_only("UNWIND range(1, 1000) AS i WITH collect(i) AS l "
                                  "RETURN size(l) AS n").rows == [[1000]]
