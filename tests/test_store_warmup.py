"""Reads of many rows collected into one (StoreBase.run_rows) and the Neo4j start-up warm-up
(graph/plan_warmup.py): same rows either way; the warm-up leaves the graph as it was."""

from __future__ import annotations

import pytest

from graph import plan_warmup, queries
from graph.model import default_model
from graph.store import GraphStore
from tests.test_store_contract import _chain


@pytest.fixture
def store(falkor_store: GraphStore) -> GraphStore:
    """An empty store, once for each kind (see `store_kind` in tests/conftest.py)."""
    return falkor_store


def test_rows_read_collected_are_the_rows_read_one_by_one(store: GraphStore) -> None:
    """run_rows answers what run() does, in the same order (Neo4j: one collected row)."""
    _chain(store)
    for query, params, columns in [
        (queries.DOCUMENTS_BY_ID, {"ids": ["d2", "d1", "missing"]}, queries.DOCUMENT_COLUMNS),
        (store.dialect.node_statements(), {"ids": ["country:KP", "person:chapman"], "cap": 5},
         queries.NODE_STATEMENT_COLUMNS),
        (queries.DOCUMENTS_BY_ID, {"ids": []}, queries.DOCUMENT_COLUMNS),
    ]:
        assert store.run_rows(query, params, columns) == store.run(query, params)


def test_collected_reads_name_columns_only() -> None:
    with pytest.raises(ValueError):
        queries.NEO4J.collected("RETURN 1 AS a", ["a] AS x //"])
    assert queries.FALKOR.collected("RETURN 1 AS a", ["a"]) is None


def test_warmup_ids_have_the_length_of_real_ids() -> None:
    """Neo4j keys a cached plan by each string parameter's size class (0, 1, up to 10, up
    to 100...): the warm-up's ids must fall in the class of real ids (11-100 characters),
    or the first real call plans again (seconds for a forget's head and tail)."""
    for _, params in plan_warmup.statements(default_model(), queries.NEO4J):
        for name in ("doc", "id"):
            if name in params:
                assert 10 < len(params[name]) <= 100, (name, params[name])


@pytest.mark.only_store("neo4j")
def test_the_warmup_leaves_the_graph_as_it_was(store: GraphStore) -> None:
    """The warm-up runs the statements and rehearses a forget in transactions rolled back:
    nothing of it stays."""
    _chain(store)
    before = store.counts(), store.documents_of("country:KP")
    store.warm_plans()
    assert (store.counts(), store.documents_of("country:KP")) == before
    assert store.forget_document("d2")["documents"] == 1  # and a real forget still works
