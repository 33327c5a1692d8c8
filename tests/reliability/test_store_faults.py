"""Store faults said plainly: a corrupt data folder, a cut-off append-only file, and a
second ingest on the same data folder."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from api.ingest_lock import ingest_lock
from api.ingest_runner import run_ingest
from api.settings import Settings
from api.wiring import open_store, report_incomplete
from graph.errors import StoreBusy, StoreUnavailable
from graph.stores.falkor import FalkorStore
from graph.stores.falkor_log import TRUNCATED_MARKER
from graph.stores.falkor_server import read_pid, server_paths, start_server, stop_server

REPO = Path(__file__).resolve().parents[2]
DOC = """---
id: fault-doc
title: Fault test
---
The Department of Justice charged Jane Roe, who worked for Acme Widgets Ltd.
"""


def _filled(data_dir: Path) -> None:
    store = FalkorStore(data_dir, "g")
    store.run("UNWIND range(1, 500) AS i CREATE (:Thing {i: i, s: 'some text'})", write=True)
    store.close()  # compacts: the data now sits in the snapshot part of the AOF


def _base_file(data_dir: Path) -> Path:
    return next((data_dir / "appendonlydir").glob("*.base.rdb"))


@pytest.mark.parametrize("damage", ["cut", "noise"])
def test_corrupt_snapshot_gives_one_plain_message(tmp_path: Path, damage: str) -> None:
    _filled(tmp_path)
    base = _base_file(tmp_path)
    data = bytearray(base.read_bytes())
    if damage == "cut":
        data = data[:-100]
    else:
        data[150:200] = os.urandom(50)
    base.write_bytes(bytes(data))
    with pytest.raises(StoreUnavailable) as caught:
        start_server(tmp_path, timeout=10)
    detail = caught.value.detail
    assert str(tmp_path) in detail and "is corrupt" in detail
    assert "Restore a copy" in detail and "tkg ingest" in detail
    assert "Suspect RAM" not in detail and "redis-check-aof" not in detail


def test_corrupt_append_only_file(tmp_path: Path) -> None:
    _filled(tmp_path)
    store = FalkorStore(tmp_path, "g")
    store.run("CREATE (:Thing {i: 0})", write=True)
    time.sleep(1.2)  # the append-only file is synced every second
    pid = read_pid(server_paths(tmp_path))
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    store.close()
    incr = next((tmp_path / "appendonlydir").glob("*.incr.aof"))
    data = bytearray(incr.read_bytes())
    data[4:40] = os.urandom(36)
    incr.write_bytes(bytes(data))
    with pytest.raises(StoreUnavailable, match="is corrupt"):
        start_server(tmp_path, timeout=10)


def test_cut_tail_is_reported_and_repaired(tmp_path: Path, caplog: pytest.LogCaptureFixture
                                           ) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "fault-doc.md").write_text(DOC)
    settings = Settings.model_validate({"data_dir": tmp_path / "data", "graph_name": "g"})
    store = open_store(settings)
    assert run_ingest(store, [docs], progress=False).written == 1
    time.sleep(1.2)
    paths = server_paths(settings.data_dir)
    pid = read_pid(paths)
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    store.close()
    incr = next((settings.data_dir / "appendonlydir").glob("*.incr.aof"))
    incr.write_bytes(incr.read_bytes()[:-5])  # the last write (marking it complete) is cut
    caplog.set_level(logging.WARNING, logger="tkg.store")
    store = open_store(settings)
    try:
        assert (settings.data_dir / TRUNCATED_MARKER).exists()
        assert "fault-doc" in caplog.text and "incomplete" in caplog.text
        summary = run_ingest(store, [docs], progress=False)
        assert summary.written == 1 and summary.skipped_unchanged == 0
        assert report_incomplete(store) == []
        assert not (settings.data_dir / TRUNCATED_MARKER).exists()
    finally:
        store.close()
        stop_server(settings.data_dir)


def test_second_ingest_waits_or_refuses(tmp_path: Path) -> None:
    data = tmp_path / "data"
    docs = tmp_path / "docs"
    docs.mkdir()
    env = {**os.environ, "TKG_DATA_DIR": str(data), "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-c", "from api.cli import main; main()", "ingest", str(docs)]
    with ingest_lock(data):
        with pytest.raises(StoreBusy, match="another ingest"), ingest_lock(data, wait=False):
            pass
        refused = subprocess.run([*command, "--no-wait"], env=env, capture_output=True,
                                 text=True, timeout=120, cwd=REPO)
        assert refused.returncode != 0
        assert f"another ingest (process {os.getpid()})" in refused.stderr
        waiting = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, cwd=REPO)
        assert waiting.stderr is not None
        line = waiting.stderr.readline()
        assert "waiting for it to finish" in line
        assert waiting.poll() is None  # still waiting while we hold the lock
    try:
        _, err = waiting.communicate(timeout=120)
        # Past the lock it ran: the folder is empty, which it says (and exits 1).
        assert waiting.returncode == 1 and "no documents found" in err, err
    finally:
        stop_server(data)


def test_each_store_has_its_own_ingest_lock(tmp_path: Path) -> None:
    # an ingest into one Neo4j database must not wait on (or refuse for) an ingest into
    # another, nor into the embedded store of the same data folder
    from api.settings import Settings

    def lock_of(**fields: object) -> Path:
        return Settings.model_validate({"data_dir": tmp_path, **fields}).ingest_lock_dir

    embedded = lock_of()
    one = lock_of(neo4j_uri="bolt://127.0.0.1:7687")
    other = lock_of(neo4j_uri="bolt://127.0.0.1:7688")
    other_db = lock_of(neo4j_uri="bolt://127.0.0.1:7687", neo4j_database="analysts")
    assert embedded == tmp_path
    assert len({embedded, one, other, other_db}) == 4
    assert one == lock_of(neo4j_uri="bolt://127.0.0.1:7687")  # stable for one store
