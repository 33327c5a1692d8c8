"""`tkg neo4j start|stop|status` and the launcher: a real Neo4j 5 on loopback with a generated
password, reused while it runs, stopped cleanly; one-line errors for what can go wrong."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import sys
from pathlib import Path

import httpx
import neo4j
import pytest

from graph.errors import StoreUnavailable
from graph.stores.neo4j_server import (
    Neo4jOptions,
    running_server,
    server_paths,
    start_server,
    stop_server,
)
from tests.conftest import REPO, TEST_NEO4J

TKG = str(Path(sys.executable).with_name("tkg"))


def _tkg(data: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "TKG_DATA_DIR": str(data), "TKG_NEO4J_HEAP": TEST_NEO4J.heap,
                "TKG_NEO4J_PAGE_CACHE": TEST_NEO4J.page_cache,
                "TKG_NEO4J_JVM_ARGS": " ".join(TEST_NEO4J.jvm_args), **env}
    return subprocess.run([TKG, "neo4j", *args], env=full_env, cwd=REPO, capture_output=True,
                          text=True, timeout=900)


def _one_line(run: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:"), run.stderr
    assert "Traceback" not in run.stderr
    return lines[0]


def test_start_reuse_browser_lock_stop_and_corruption(tmp_path: Path) -> None:
    started = _tkg(tmp_path, "start")
    assert started.returncode == 0, started.stderr
    paths = server_paths(tmp_path / "neo4j")
    server = running_server(paths.root)
    assert server is not None and "started" in started.stdout
    try:
        # the generated password: its owner's alone, and the only way in
        assert stat.S_IMODE(paths.password_file.stat().st_mode) == 0o600
        with neo4j.GraphDatabase.driver(server.uri, auth=("neo4j", server.password())) as d:
            assert d.execute_query("RETURN 1 AS one").records[0]["one"] == 1
        with neo4j.GraphDatabase.driver(server.uri, auth=("neo4j", "neo4j")) as d, \
                pytest.raises(neo4j.exceptions.AuthError):
            d.verify_connectivity()
        # loopback only: the ports are bound to 127.0.0.1, not to every address
        listening = Path("/proc/net/tcp6").read_text() + Path("/proc/net/tcp").read_text()
        assert f"0100007F:{server.bolt_port:04X}" in listening
        assert f"00000000:{server.bolt_port:04X}" not in listening
        # Neo4j Browser is served on loopback HTTP
        assert server.browser_url is not None
        assert httpx.get(server.browser_url, timeout=30).status_code == 200
        # a second start reuses the running server
        again = _tkg(tmp_path, "start")
        assert again.returncode == 0 and f"already running (pid {server.pid})" in again.stdout
        status = _tkg(tmp_path, "status")
        assert status.returncode == 0 and server.uri in status.stdout
        # a second server on the same store (its PID file lost) finds the store locked
        pid_text = paths.pid_file.read_text()
        paths.pid_file.unlink()
        with pytest.raises(StoreUnavailable, match="locked by another process"):
            start_server(paths.root, TEST_NEO4J)
        paths.pid_file.write_text(pid_text)
        paths.bolt_port_file.write_text(f"{server.bolt_port}\n")
        paths.http_port_file.write_text(f"{server.http_port}\n")
    finally:
        stopped = _tkg(tmp_path, "stop")
    assert stopped.returncode == 0 and "stopped" in stopped.stdout
    assert _tkg(tmp_path, "status").returncode == 3
    # a damaged store: one line that names the folder and says what to do
    store_files = sorted((paths.home / "data" / "databases" / "neo4j").glob("neostore*"))
    assert store_files
    for path in store_files:
        path.write_bytes(b"\xde\xad" * 64)
    broken = _tkg(tmp_path, "start")
    assert broken.returncode == 2
    assert "looks corrupt" in _one_line(broken) and str(paths.home) in broken.stderr
    assert running_server(paths.root) is None


def test_a_taken_port_is_one_line(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        run = _tkg(tmp_path, "start", TKG_NEO4J_BOLT_PORT=str(port))
    assert run.returncode == 2
    assert f"port {port}" in _one_line(run) and "TKG_NEO4J_BOLT_PORT" in run.stderr


def test_no_java_is_one_line(tmp_path: Path) -> None:
    java = shutil.which("java")
    assert java is not None
    path = os.pathsep.join(p for p in os.environ["PATH"].split(os.pathsep)
                           if not (Path(p) / "java").exists())
    env = {k: v for k, v in os.environ.items() if k != "JAVA_HOME"}
    run = subprocess.run([TKG, "neo4j", "start"], env={**env, "PATH": path,
                                                         "TKG_DATA_DIR": str(tmp_path)},
                         cwd=REPO, capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert "Java is not installed" in _one_line(run)


def test_an_unbuilt_launcher_says_how_to_build_it(tmp_path: Path) -> None:
    options = Neo4jOptions(launcher_dir=tmp_path / "neo4j-launcher")
    with pytest.raises(StoreUnavailable, match=r"not built.*mvn -q -f"):
        start_server(tmp_path / "data", options)
    assert not stop_server(tmp_path / "data")
