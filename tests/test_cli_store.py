"""`tkg store`, `tkg query` and `tkg stats` as a user runs them: real processes, real store."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

TKG = str(Path(sys.executable).with_name("tkg"))


def tkg(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([TKG, *args], capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def env(tmp_path: Path) -> Iterator[dict[str, str]]:
    e = {k: v for k, v in os.environ.items() if not k.startswith("TKG_")}
    e["TKG_DATA_DIR"] = str(tmp_path / "data")
    e["COLUMNS"] = "200"
    assert tkg("store", "start", env=e).returncode == 0
    yield e
    tkg("store", "stop", env=e)


def _count(env: dict[str, str]) -> int:
    out = tkg("query", "MATCH (n) RETURN count(n) AS n", "--format", "json", env=env)
    assert out.returncode == 0, out.stderr
    return int(json.loads(out.stdout)["rows"][0][0])


def test_store_lifecycle(env: dict[str, str]) -> None:
    status = tkg("store", "status", env=env)
    assert status.returncode == 0 and "running" in status.stdout
    assert "already running" in tkg("store", "start", env=env).stdout
    assert tkg("store", "stop", env=env).returncode == 0
    assert tkg("store", "status", env=env).returncode == 3


def test_query_with_params_and_formats(env: dict[str, str]) -> None:
    out = tkg("query", "RETURN $n + 1 AS x, $s AS s", "-p", "n=41", "-p", "s=Kim Sang Man",
              "--format", "json", env=env)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["rows"] == [[42, "Kim Sang Man"]]
    table = tkg("query", "RETURN 'Chinyong' AS name", env=env)
    assert "Chinyong" in table.stdout and "1 rows" in table.stdout


@pytest.mark.parametrize("statement", [
    "CREATE (n:Person {id: 'person:x'})",
    "CALL { CREATE (:Person {id: 'person:y'}) } RETURN 1",
    "EXPLAIN CREATE (n:Person {id: 'person:z'})",
])
def test_query_refuses_writes(env: dict[str, str], statement: str) -> None:
    before = _count(env)
    out = tkg("query", statement, env=env)
    if not statement.startswith("EXPLAIN"):
        assert out.returncode != 0
        assert "read-only" in out.stderr
        assert "Traceback" not in out.stderr
    assert _count(env) == before


def test_bad_cypher_is_one_clear_line(env: dict[str, str]) -> None:
    out = tkg("query", "MATCH (n RETURN n", env=env)
    assert out.returncode == 1
    assert out.stderr.startswith("error:") and "Traceback" not in out.stderr


def test_stats(env: dict[str, str]) -> None:
    out = tkg("stats", env=env)
    assert out.returncode == 0 and "0 nodes, 0 relationships" in out.stdout


def test_unreachable_neo4j_exits_2_with_one_line(env: dict[str, str]) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    out = tkg("stats", env={**env, "TKG_NEO4J_URI": f"bolt://127.0.0.1:{port}"})
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert f"bolt://127.0.0.1:{port}" in lines[0] and "TKG_NEO4J_URI" in lines[0]
