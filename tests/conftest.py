"""Shared fixtures: every store-facing test runs on both stores, each real.

`store_kind` is a session parameter: "falkordb" (the embedded FalkorDB) and "neo4j" (a real
Neo4j 5 Community started by our launcher, neo4j-launcher/). Fixtures built on it
(`falkor_store`, `spare_store`, `corpus_store` and the API fixtures) hand out a store of that
kind, so a test that asks for one runs once per store.

FalkorDB: one embedded server for the session, a fresh graph with a random name per test, the
way yente prefixes its indexes, so no cleanup order matters.

Neo4j Community holds one user database per server, so the session starts three small servers
in one go (about 20 s, in parallel): `corpus` (the ingested corpus, read-only for tests),
`scratch` (each test's `falkor_store`) and `spare` (a second empty store for tests that
compare two graphs). Scratch and spare are wiped before each test: on graphs of a few hundred
nodes `DETACH DELETE` takes milliseconds, where a server or database per test would take
seconds. The servers stop at the end of the session.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from extract.lang.ja import JapanesePipeline
from extract.lang.ko import KoreanPipeline
from extract.lang.native import load_native
from graph.store import GraphStore
from graph.stores.falkor import FalkorStore
from graph.stores.falkor_server import start_server, stop_server
from graph.stores.neo4j_server import Neo4jOptions, Neo4jServer
from graph.stores.neo4j_server import start_server as start_neo4j
from graph.stores.neo4j_server import stop_server as stop_neo4j

REPO = Path(__file__).resolve().parent.parent
STORE_KINDS = ("falkordb", "neo4j")
NEO4J_ROLES = ("corpus", "scratch", "spare")
# Small servers, quick to start: C1 only (tests run short statements, C2 would not pay off).
# They stop with the test process even if it is killed before its fixtures can stop them.
TEST_NEO4J = Neo4jOptions(heap="384m", page_cache="32m", http_port=-1,
                          jvm_args=("-XX:TieredStopAtLevel=1",), exit_with_parent=True)


# Bolt URI -> password of the session's Neo4j servers, so a store can be opened again by URI.
_NEO4J_LOGINS: dict[str, str] = {}


class Neo4jPool:
    """The session's Neo4j servers, one folder each, started together on first use."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.servers: dict[str, Neo4jServer] = {}

    def start(self) -> None:
        if self.servers:
            return
        with ThreadPoolExecutor(len(NEO4J_ROLES)) as pool:
            started = pool.map(lambda role: start_neo4j(self.root / role, TEST_NEO4J)[0],
                               NEO4J_ROLES)
            self.servers = dict(zip(NEO4J_ROLES, started, strict=True))
        _NEO4J_LOGINS.update({s.uri: s.password() for s in self.servers.values()})

    def store(self, role: str) -> GraphStore:
        from graph.stores.neo4j import Neo4jStore

        self.start()
        server = self.servers[role]
        return Neo4jStore(server.uri, "neo4j", server.password())

    def empty_store(self, role: str) -> GraphStore:
        store = self.store(role)
        store.delete_all()
        store.ensure_schema()
        return store

    def stop(self) -> None:
        with ThreadPoolExecutor(len(NEO4J_ROLES)) as pool:
            list(pool.map(lambda role: stop_neo4j(self.root / role), self.servers))
        self.servers = {}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A test marked `only_store(kind)` belongs to that store's run only (Neo4j's own Cypher;
    an export from the embedded store loaded into Neo4j), browser tests to the falkordb run:
    the other variant is deselected, not skipped, since it was never meant to run."""
    keep, drop = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        kind = callspec.params.get("store_kind") if callspec else None
        marker = item.get_closest_marker("only_store")
        only = marker.args[0] if marker else None
        if only is None and item.get_closest_marker("browser"):
            # The browser only talks to the API, whose suite runs on both stores: Chromium
            # runs once, on the default store, to keep CI within its time.
            only = "falkordb"
        (drop if only and kind and kind != only else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(scope="session", params=STORE_KINDS)
def store_kind(request: pytest.FixtureRequest) -> str:
    kind: str = request.param
    return kind


@pytest.fixture(scope="session")
def falkor_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One embedded server for the session, stopped at the end."""
    data_dir = tmp_path_factory.mktemp("falkor")
    start_server(data_dir)
    yield data_dir
    stop_server(data_dir)


@pytest.fixture(scope="session")
def neo4j_pool(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Neo4jPool]:
    """The session's Neo4j servers (started on first use, stopped at the end)."""
    pool = Neo4jPool(tmp_path_factory.mktemp("neo4j"))
    yield pool
    pool.stop()


def store_settings(store: GraphStore) -> dict[str, Any]:
    """The Settings fields that open `store` again, e.g. in an app or a `tkg` under test
    (a Neo4j one through TKG_NEO4J_URI, as users of any Neo4j would)."""
    if isinstance(store, FalkorStore):
        return {"data_dir": store.data_dir, "graph_name": store.graph_name}
    uri = str(getattr(store, "uri", ""))
    if uri not in _NEO4J_LOGINS:
        raise LookupError(f"{store.description} is not one of the session's stores")
    return {"neo4j_uri": uri, "neo4j_password": _NEO4J_LOGINS[uri]}


def store_env(store: GraphStore) -> dict[str, str]:
    """store_settings as TKG_* environment variables, for `tkg` subprocesses."""
    return {f"TKG_{k.upper()}": str(v) for k, v in store_settings(store).items()}


def _falkor(request: pytest.FixtureRequest, prefix: str) -> Iterator[GraphStore]:
    data_dir: Path = request.getfixturevalue("falkor_data_dir")
    store = FalkorStore(data_dir, f"{prefix}_{uuid.uuid4().hex[:10]}")
    store.ensure_schema()
    yield store
    store.delete_graph()
    store.close()


def _neo4j(request: pytest.FixtureRequest, role: str) -> Iterator[GraphStore]:
    pool: Neo4jPool = request.getfixturevalue("neo4j_pool")
    store = pool.empty_store(role)
    yield store
    store.close()


@pytest.fixture
def falkor_store(store_kind: str, request: pytest.FixtureRequest) -> Iterator[GraphStore]:
    """An empty store of this run's kind with the schema in place (the name is historical:
    on the neo4j run it is the `scratch` Neo4j, wiped)."""
    if store_kind == "falkordb":
        yield from _falkor(request, "test")
    else:
        yield from _neo4j(request, "scratch")


@pytest.fixture
def spare_store(store_kind: str, request: pytest.FixtureRequest) -> Iterator[GraphStore]:
    """A second empty store of the same kind, for tests that compare two graphs."""
    if store_kind == "falkordb":
        yield from _falkor(request, "spare")
    else:
        yield from _neo4j(request, "spare")


@pytest.fixture(scope="session")
def corpus_store(store_kind: str, request: pytest.FixtureRequest) -> Iterator[GraphStore]:
    """corpus/documents ingested once per session and store kind by the real extractor.

    Shared by every test that asks for it, so treat it as read-only (write tests use
    `falkor_store`). A document that fails to extract is a warning, not an error, so one
    extraction regression does not take down every API test; an empty ingest is an error.
    """
    import warnings

    from api.ingest_runner import run_ingest

    store: GraphStore
    if store_kind == "falkordb":
        data_dir: Path = request.getfixturevalue("falkor_data_dir")
        store = FalkorStore(data_dir, f"corpus_{uuid.uuid4().hex[:10]}")
        store.ensure_schema()
    else:
        pool: Neo4jPool = request.getfixturevalue("neo4j_pool")
        store = pool.empty_store("corpus")
    summary = run_ingest(store, [REPO / "corpus" / "documents"], progress=False)
    if summary.failures:
        warnings.warn(f"corpus_store: {summary.failed} documents failed: {summary.failures}",
                      stacklevel=1)
    if summary.written == 0:
        _drop(store)
        pytest.fail(f"corpus_store: nothing was ingested ({summary.failures})")
    yield store
    _drop(store)


def _drop(store: GraphStore) -> None:
    if isinstance(store, FalkorStore):
        store.delete_graph()
    store.close()


@pytest.fixture(scope="module")
def ko() -> KoreanPipeline:
    """The Korean pipeline the Korean construction tests read with, one per test module."""
    return KoreanPipeline(load_native())



@pytest.fixture(scope="module")
def ja() -> JapanesePipeline:
    """The Japanese pipeline the Japanese construction tests read with, one per test module
    (tests/ja_text.py `run` reads a text with it)."""
    return JapanesePipeline(load_native())
