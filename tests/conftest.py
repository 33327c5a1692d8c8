"""Shared fixtures: a real embedded FalkorDB for the whole session, a fresh graph per test.

Each test gets its own graph name with a random suffix inside one server, the way yente
prefixes its indexes, so tests never see each other's data and no cleanup order matters.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.stores.falkor import FalkorStore
from graph.stores.falkor_server import start_server, stop_server

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def falkor_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One embedded server for the session, stopped at the end."""
    data_dir = tmp_path_factory.mktemp("falkor")
    start_server(data_dir)
    yield data_dir
    stop_server(data_dir)


@pytest.fixture
def falkor_store(falkor_data_dir: Path) -> Iterator[FalkorStore]:
    """A FalkorStore on a fresh, empty graph of its own, with the schema in place."""
    store = FalkorStore(falkor_data_dir, f"test_{uuid.uuid4().hex[:10]}")
    store.ensure_schema()
    yield store
    store.delete_graph()
    store.close()


def neo4j_settings() -> dict[str, str] | None:
    uri = os.environ.get("TKG_NEO4J_URI")
    if not uri:
        return None
    return {
        "uri": uri,
        "user": os.environ.get("TKG_NEO4J_USER", "neo4j"),
        "password": os.environ.get("TKG_NEO4J_PASSWORD", ""),
        "database": os.environ.get("TKG_NEO4J_DATABASE", "neo4j"),
    }


@pytest.fixture(scope="session")
def corpus_store(falkor_data_dir: Path) -> Iterator[FalkorStore]:
    """corpus/documents ingested once per session by the real extractor, in a graph of its own.

    Shared by every test that asks for it, so treat it as read-only (write tests use
    `falkor_store`). A document that fails to extract is a warning, not an error, so one
    extraction regression does not take down every API test; an empty ingest is an error.
    """
    import warnings

    from api.ingest_runner import run_ingest

    store = FalkorStore(falkor_data_dir, f"corpus_{uuid.uuid4().hex[:10]}")
    store.ensure_schema()
    summary = run_ingest(store, [REPO / "corpus" / "documents"], progress=False)
    if summary.failures:
        warnings.warn(f"corpus_store: {summary.failed} documents failed: {summary.failures}",
                      stacklevel=1)
    if summary.written == 0:
        store.delete_graph()
        store.close()
        pytest.fail(f"corpus_store: nothing was ingested ({summary.failures})")
    yield store
    store.delete_graph()
    store.close()
