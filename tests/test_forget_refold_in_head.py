"""A Neo4j forget reads, with its head, the statements left to every aggregate whose values
the forgotten document supplied (queries._LEFT_MENTIONS, _LEFT_CLAIMS), so folding them
again costs no statement of its own: the forget is its head and its tail. The aggregates
come out as when they were read after the head (and on FalkorDB, which reads them so)."""

from __future__ import annotations

import pytest

from graph import queries
from graph.store import GraphStore
from tests.test_store_contract import _chain, _statements_run


def test_a_forget_folds_what_its_document_supplied_without_reading_again(
        falkor_store: GraphStore, store_kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    store = falkor_store
    _chain(store)  # d1 and d2 state the workers, North Korea and LOCATED_IN alike; d1 is
    # the smaller id, so their values come from d1 and forgetting it folds all three again
    seen = _statements_run(store, monkeypatch)
    assert store.forget_document("d1") == {"relationships": 1, "nodes": 1, "documents": 1}
    if store_kind == "neo4j":
        assert seen == [store.dialect.forget_head(), store.dialect.forget_tail()]
    else:
        assert {queries.MENTIONS_OF_ENTITIES, queries.CLAIMS_OF_RELS} <= set(seen)
    for ident in ("country:KP", "organization:workers"):
        props = store.get_entity(ident)["properties"]
        assert props["doc_count"] == 1 and store.documents_of(ident) == ["d2"]
        assert '"d1"' not in props["value_sources"] and '"d2"' in props["value_sources"]
    [located] = store.neighbors_light("organization:workers", ["LOCATED_IN"])
    rel = located["relationship"]["properties"]
    assert rel["sources"] == ["d2"] and rel["doc_count"] == 1
