"""Exports of the embedded store, loaded into a real Neo4j: the Cypher script replayed, the
neo4j-admin CSV bulk-imported with neo4j-admin itself, and the JSONL imported, each giving
the same graph, counts and dossiers."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.exchange import export_graph
from graph.exchange.jsonl import import_jsonl
from graph.exchange.neo4j_csv import ARRAY_DELIMITER, ARRAY_SAFE
from graph.exchange.snapshot import canonical, read_snapshot
from graph.store import GraphStore
from graph.stores.neo4j import Neo4jStore
from graph.stores.neo4j_import import admin_import
from graph.stores.neo4j_server import start_server, stop_server
from tests.api.conftest import settings_for
from tests.conftest import TEST_NEO4J, Neo4jPool

pytestmark = pytest.mark.only_store("falkordb")  # the corpus comes from the embedded store


def _sample(store: GraphStore) -> list[str]:
    """Some entities of every label, the best connected first (the richest dossiers)."""
    rows = store.run("MATCH (n:Entity) OPTIONAL MATCH (n)--(m) "
                     "WITH n, labels(n) AS labels, count(m) AS degree "
                     "ORDER BY degree DESC, n.id RETURN n.id AS id, labels")
    by_label: dict[str, list[str]] = {}
    for row in rows:
        label = next(label for label in row["labels"] if label != "Entity")
        by_label.setdefault(label, []).append(row["id"])
    return sorted(i for ids in by_label.values() for i in ids[:2])


def _dossiers(store: GraphStore, ids: list[str]) -> dict[str, Any]:
    with TestClient(create_app(settings_for(store))) as client:
        out = {}
        for entity_id in ids:
            response = client.get(f"/api/entities/{quote(entity_id, safe=':')}")
            assert response.status_code == 200, response.text
            out[entity_id] = response.json()
        return out


def _differences(got: Any, want: Any, at: str = "") -> list[str]:
    """Where two JSON values differ, as paths (a failure names the field, not two blobs)."""
    if isinstance(got, dict) and isinstance(want, dict):
        return [d for k in sorted(set(got) | set(want))
                for d in _differences(got.get(k), want.get(k), f"{at}/{k}")]
    if isinstance(got, list) and isinstance(want, list) and len(got) == len(want):
        return [d for i, (g, w) in enumerate(zip(got, want, strict=True))
                for d in _differences(g, w, f"{at}[{i}]")]
    return [] if got == want else [f"{at}: {str(got)[:120]} != {str(want)[:120]}"]


def _csv_form(value: Any) -> Any:
    # An array element cannot hold neo4j-admin's array delimiter: the export writes a `;`
    # inside one as the full-width `；` (see graph/exchange/neo4j_csv.py).
    if isinstance(value, tuple):
        return tuple(v.replace(ARRAY_DELIMITER, ARRAY_SAFE) if isinstance(v, str) else v
                     for v in value)
    return value


def _without_empty_lists(items: list[Any]) -> list[Any]:
    # An empty list has no CSV form, so `aliases: []` comes back absent; every other value,
    # the empty string of a relationship's `key` included, must match.
    return [(*item[:-1], tuple((p[0], _csv_form(p[1])) for p in item[-1] if p[1] != ()))
            for item in items]


def _same_graph_but_empty_lists(got: Any, want: Any) -> None:
    """Node by node, so a difference names the node and the property."""
    got_nodes, got_edges = (_without_empty_lists(x) for x in canonical(got))
    want_nodes, want_edges = (_without_empty_lists(x) for x in canonical(want))
    for a, b in zip(got_nodes, want_nodes, strict=True):
        assert a == b
    assert got_edges == want_edges


@pytest.fixture
def neo4j_target(neo4j_pool: Neo4jPool) -> GraphStore:
    return neo4j_pool.empty_store("spare")


def test_cypher_script_replayed_into_neo4j_gives_the_same_graph_and_dossiers(
        corpus_store: GraphStore, neo4j_target: GraphStore, tmp_path: Path) -> None:
    out = tmp_path / "graph.cypher"
    export_graph(corpus_store, "cypher", out)
    statements = [line for line in out.read_text(encoding="utf-8").split("\n")
                  if line and not line.startswith("//")]
    assert isinstance(neo4j_target, Neo4jStore)
    assert neo4j_target.run_script(statements) == len(statements)
    assert neo4j_target.counts() == corpus_store.counts()
    assert canonical(read_snapshot(neo4j_target)) == canonical(read_snapshot(corpus_store))
    sample = _sample(corpus_store)
    assert len(sample) >= 10
    diffs = _differences(_dossiers(neo4j_target, sample), _dossiers(corpus_store, sample))
    assert not diffs, f"{len(diffs)} differences:\n" + "\n".join(diffs[:60])
    neo4j_target.close()


def test_jsonl_imported_into_neo4j_gives_the_same_graph(
        corpus_store: GraphStore, neo4j_target: GraphStore, tmp_path: Path) -> None:
    out = tmp_path / "graph.jsonl"
    export_graph(corpus_store, "jsonl", out)
    import_jsonl(neo4j_target, out)
    assert neo4j_target.counts() == corpus_store.counts()
    assert canonical(read_snapshot(neo4j_target)) == canonical(read_snapshot(corpus_store))
    assert neo4j_target.search("Chapman")
    neo4j_target.close()


def test_csv_loads_with_neo4j_admin_import(corpus_store: GraphStore, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    export_graph(corpus_store, "csv", out)
    root = tmp_path / "imported"
    summary = admin_import(root, out, TEST_NEO4J, array_delimiter=ARRAY_DELIMITER)
    totals = corpus_store.counts()
    assert f"{sum(totals['nodes'].values())} nodes" in summary
    assert f"{sum(totals['relationships'].values())} relationships" in summary
    server, _ = start_server(root, TEST_NEO4J)
    try:
        loaded = Neo4jStore(server.uri, "neo4j", server.password())
        try:
            assert loaded.counts() == totals
            _same_graph_but_empty_lists(read_snapshot(loaded), read_snapshot(corpus_store))
        finally:
            loaded.close()
    finally:
        stop_server(root)
