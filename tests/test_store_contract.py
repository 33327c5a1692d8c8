"""One contract for every store: each test runs on the embedded FalkorDB and on a real
Neo4j 5 started by our launcher (see tests/conftest.py)."""

from __future__ import annotations

from typing import Any

import pytest

from graph import plan_warmup, queries
from graph.errors import InvalidInput, ModelError, NotFound, QueryError, ReadOnlyViolation
from graph.store import GraphStore, NodeRow, RelRow

HOSTILE = [
    "<img src=x onerror=alert(1)>",
    "'); MATCH (n) DETACH DELETE n; //",
    'quote " and \\ backslash',
    "Kim Sang Man \u2014 \u9b3c\u5b50 \U0001F4B0",
]


@pytest.fixture
def store(falkor_store: GraphStore) -> GraphStore:
    """An empty store, once for each kind (see `store_kind` in tests/conftest.py)."""
    return falkor_store


def _person(pid: str, name: str, doc: str, aliases: list[str] | None = None,
            start: int = 0) -> NodeRow:
    return NodeRow(pid, {"name": name}, doc, aliases or [],
                   [(start, start + 10, f"{name} appears in {doc}.")], 0.9)


def _docs(store: GraphStore, *ids: str) -> None:
    """Statements belong to documents: write the Document nodes first."""
    store.upsert_nodes("Document", [NodeRow(d, {"title": f"Document {d}"}, d) for d in ids])


def _facts(store: GraphStore) -> dict[str, dict[str, int]]:
    """Counts of entities and facts only (no documents, claims, MENTIONS or STATES)."""
    counts = store.counts()
    return {"nodes": {k: v for k, v in counts["nodes"].items()
                      if k in store.model.entity_labels},
            "relationships": {k: v for k, v in counts["relationships"].items()
                              if k in store.model.relationships and k != "MENTIONS"}}


def _chain(store: GraphStore) -> None:
    """A small facilitation chain over two documents; the workers and North Korea are in both.

    d1: Chapman facilitated the workers, who are located in North Korea.
    d2: the workers worked at Nike, which paid USD 70,000 that funded North Korea.
    """
    workers = {"name": "DPRK IT workers", "kind": "worker_group"}
    kp = {"name": "North Korea", "code": "KP"}
    _docs(store, "d1", "d2")
    store.upsert_nodes("Person", [_person("person:chapman", "Christina Marie Chapman", "d1",
                                          ["Chapman"])])
    store.upsert_nodes("Organization", [
        NodeRow("organization:workers", workers, "d1"),
        NodeRow("organization:workers", workers, "d2"),
        NodeRow("organization:nike", {"name": "Nike", "kind": "company"}, "d2"),
        NodeRow("organization:chinyong",
                {"name": "Chinyong Information Technology Cooperation Company",
                 "kind": "company"}, "d2", ["Jinyong"]),
    ])
    store.upsert_nodes("Payment", [NodeRow("payment:usd-70000", {
        "name": "USD 70000", "amount_usd": 70000, "qualifier": "about", "kind": "payment"}, "d2")])
    store.upsert_nodes("Country", [NodeRow("country:KP", kp, "d1"),
                                   NodeRow("country:KP", kp, "d2")])
    store.upsert_relationships("FACILITATED", [RelRow("person:chapman", "organization:workers",
                                                      {}, "d1", evidence=[(0, 40, "She helped.")])])
    store.upsert_relationships("EMPLOYED_AT", [RelRow("organization:workers", "organization:nike",
                                                      {"count": 1}, "d2")])
    store.upsert_relationships("PAID", [RelRow("organization:nike", "payment:usd-70000",
                                               {"amount_usd": 70000}, "d2")])
    store.upsert_relationships("FUNDED", [RelRow("payment:usd-70000", "country:KP", {}, "d2",
                                                 evidence=[(5, 9, "Funds.")])])
    store.upsert_relationships("LOCATED_IN", [RelRow("organization:workers", "country:KP", {},
                                                     doc) for doc in ("d1", "d2")])


def _total(store: GraphStore) -> tuple[int, int]:
    counts = store.counts()
    return sum(counts["nodes"].values()), sum(counts["relationships"].values())


def test_schema_is_idempotent(store: GraphStore) -> None:
    store.ensure_schema()
    store.ensure_schema()


def test_upsert_is_idempotent_and_keeps_one_statement_per_document(store: GraphStore) -> None:
    _chain(store)
    before = _total(store)
    created = store.counters.nodes_created - store.counters.nodes_deleted
    _chain(store)
    assert _total(store) == before
    assert store.counters.nodes_created - store.counters.nodes_deleted == created
    kp = store.get_entity("country:KP")["properties"]
    assert kp["doc_count"] == 2 and kp["support"] == "corroborated"
    assert sorted(store.documents_of("country:KP")) == ["d1", "d2"]
    located = store.neighbors_light("organization:workers", ["LOCATED_IN"])
    props = located[0]["relationship"]["properties"]
    assert sorted(props["sources"]) == ["d1", "d2"] and props["doc_count"] == 2


def test_no_node_or_relationship_holds_a_per_document_list(store: GraphStore) -> None:
    _docs(store, *(f"d{i}" for i in range(30)))
    for i in range(30):
        store.upsert_nodes("Person", [_person("person:x", "X", f"d{i}", [f"X{i % 3}"], i)])
        store.upsert_nodes("Country", [NodeRow("country:KP", {"name": "North Korea"}, f"d{i}")])
        store.upsert_relationships("LOCATED_IN", [RelRow("person:x", "country:KP", {}, f"d{i}")])
    x = store.get_entity("person:x")["properties"]
    assert x["doc_count"] == 30 and sorted(x["aliases"]) == ["X0", "X1", "X2"]
    for value in x.values():
        assert not isinstance(value, list) or len(value) <= 3
    rel = store.neighbors("person:x", ["LOCATED_IN"])[0]["relationship"]["properties"]
    assert rel["doc_count"] == 30
    assert all(not isinstance(v, list) for v in rel.values())


def test_a_restated_document_replaces_its_statement(store: GraphStore) -> None:
    _docs(store, "d1", "d2")
    store.upsert_nodes("Person", [_person("person:x", "X", "d1", start=0)])
    store.upsert_nodes("Person", [_person("person:x", "X", "d2", start=50)])
    store.upsert_nodes("Person", [_person("person:x", "X", "d1", start=100)])  # d1 restated
    node = store.get_entity_light("person:x")
    statements = {st["doc"]: st for st in node["properties"]["statements"]}
    assert statements["d1"]["start"] == [100] and statements["d1"]["end"] == [110]
    assert statements["d2"]["start"] == [50]
    assert node["properties"]["doc_count"] == 2


def test_values_come_from_the_best_statement_and_leave_with_it(store: GraphStore) -> None:
    _docs(store, "d1", "d2", "d3")
    store.upsert_nodes("Person", [NodeRow("person:k", {"name": "Kim", "age": 40}, "d2", ["K"],
                                          confidence=0.9)])
    store.upsert_nodes("Person", [NodeRow("person:k", {"name": "Kim Il", "role": "agent"},
                                          "d1", ["Kim I."], confidence=0.9)])
    store.upsert_nodes("Person", [NodeRow("person:k", {"name": "KIM"}, "d3", confidence=0.5)])
    props = store.get_entity("person:k")["properties"]
    # equal confidence: the smaller document id wins, whatever the order they came in
    assert (props["name"], props["age"], props["role"]) == ("Kim Il", 40, "agent")
    assert props["confidence"] == 0.9 and sorted(props["aliases"]) == ["K", "Kim I."]
    store.forget_document("d1")
    props = store.get_entity("person:k")["properties"]
    assert props["name"] == "Kim" and "role" not in props and props["aliases"] == ["K"]
    assert store.search("agent") == [] or all(
        h["node"]["properties"]["id"] != "person:k" for h in store.search("Il"))
    store.forget_document("d2")
    props = store.get_entity("person:k")["properties"]
    assert (props["name"], props["confidence"], props["doc_count"]) == ("KIM", 0.5, 1)
    assert "age" not in props and props["aliases"] == []


def test_relationship_statements_carry_modality_and_frame(store: GraphStore) -> None:
    _docs(store, "d1", "d2")
    store.upsert_nodes("Person", [_person("person:a", "A", d) for d in ("d1", "d2")])
    store.upsert_nodes("Case", [NodeRow("case:x", {"name": "US v. A"}, d) for d in ("d1", "d2")])
    store.upsert_relationships("CHARGED_WITH", [
        RelRow("person:a", "case:x", {"date": "2024-05"}, "d1", evidence=[(0, 9, "Charged.")],
               confidence=0.8, modality="charged", frame="charge.v1", date_basis="sentence"),
        RelRow("person:a", "case:x", {}, "d2", evidence=[(3, 7, "Alleged.")],
               confidence=0.6, modality="alleged", frame="charge.v2")])
    rel = store.neighbors_light("person:a", ["CHARGED_WITH"])[0]["relationship"]["properties"]
    assert (rel["modality"], rel["frame"], rel["date"], rel["confidence"]) == (
        "charged", "charge.v1", "2024-05", 0.8)
    by_doc = {st["doc"]: st for st in rel["statements"]}
    assert by_doc["d2"]["modality"] == "alleged" and by_doc["d2"]["text"] == ["Alleged."]
    assert by_doc["d1"]["date_basis"] == "sentence"
    store.forget_document("d1")
    rel = store.neighbors_light("person:a", ["CHARGED_WITH"])[0]["relationship"]["properties"]
    assert (rel["modality"], rel["frame"], rel.get("date"), rel["doc_count"]) == (
        "alleged", "charge.v2", None, 1)


READS_BY_ID = {  # statement -> params: every read by id starts from a label's index
    "GET_ENTITY": {"id": "person:chapman"},
    "GET_DOCUMENT": {"id": "d1"},
    "GET_ENTITIES": {"ids": ["person:chapman"]},
    "GET_ENTITIES_LIGHT": {"ids": ["person:chapman"], "ordered_up_to": 500},
    "NODE_AGGREGATES": {"ids": ["person:chapman"]},
    "node_statements": {"ids": ["person:chapman"], "cap": 3},
    "rel_statements": {"rels": ["a|FACILITATED|b|"], "cap": 3},
    "CLAIMS_BY_ID": {"ids": ["d1|a|FACILITATED|b|"]},
    "CLAIMS_OF_DOCUMENT": {"doc": "d1"},
    "MENTIONS_OF_DOCUMENT": {"doc": "d1"},
    "relationship_counts": {"id": "person:chapman"},
    "DOCUMENTS_OF_ENTITY": {"id": "person:chapman"},
}


@pytest.mark.parametrize("name", sorted(READS_BY_ID))
def test_reads_by_id_use_a_label_and_an_index(store: GraphStore, name: str) -> None:
    from graph import queries

    _chain(store)
    statement = (getattr(store.dialect, name)() if name.islower()
                 else getattr(queries, name))
    plan = "\n".join(store.explain(statement, READS_BY_ID[name]))
    assert "AllNodesScan" not in plan.replace(" ", "") and "All Node Scan" not in plan
    assert ("Node By Index Scan" in plan or "NodeIndexSeek" in plan
            or "NodeUniqueIndexSeek" in plan), plan


@pytest.mark.only_store("neo4j")
@pytest.mark.parametrize("part", ["forget_head", "forget_tail"])
def test_forget_joins_both_ends_instead_of_walking_one(store: GraphStore, part: str) -> None:
    """Neo4j forgets a document in two statements, each with a branch per relationship type
    and ends (queries._each_type): every branch finds a relationship by its two ends, each
    by index, then joins them (Expand(Into) reads the smaller end); walking out of one end
    (Expand(All)) would read every relationship of the type at a hub, a cost that grows
    with the corpus. The one walk is the document's own MENTIONS."""
    from graph import plan_warmup, queries

    _chain(store)
    statement = getattr(store.dialect, part)()
    params = dict(next(p for q, p in plan_warmup.forget_statements(store.model, store.dialect)
                       if q == statement))
    plan = store.explain(statement, params)
    joins = [line for line in plan if "Expand(Into)" in line]
    walks = [line for line in plan if "Expand(All)" in line]
    assert len(joins) == len(queries.rel_end_combos()), plan
    assert all(":MENTIONS]" in line for line in walks), walks
    assert not any("AllNodesScan" in line for line in plan), plan


def test_aliases_merge_without_duplicates(store: GraphStore) -> None:
    _docs(store, "d1", "d2")
    store.upsert_nodes("Person", [_person("person:son", "Son Kyong Sik", "d1", ["Song Kyong Sik"])])
    store.upsert_nodes("Person", [_person("person:son", "Son Kyong Sik", "d2",
                                          ["Song Kyong Sik", "Son Kyong-sik"])])
    aliases = store.get_entity("person:son")["properties"]["aliases"]
    assert sorted(aliases) == ["Son Kyong-sik", "Song Kyong Sik"]


def test_rows_are_checked_against_the_model(store: GraphStore) -> None:
    _docs(store, "d1")
    with pytest.raises(ModelError):
        store.upsert_nodes("Spaceship", [_person("person:x", "X", "d1")])
    with pytest.raises(InvalidInput):
        store.upsert_nodes("Person", [NodeRow("person:x", {"shoe_size": 44}, "d1")])
    with pytest.raises(ModelError):
        store.upsert_nodes("Payment", [NodeRow("payment:x", {"name": "x", "amount_usd": "lots"},
                                               "d1")])
    with pytest.raises(ModelError):
        store.upsert_relationships("OWNS_A_BOAT", [])
    assert _facts(store) == {"nodes": {}, "relationships": {}}


def test_relationship_to_missing_entity_is_skipped(store: GraphStore) -> None:
    _docs(store, "d1")
    store.upsert_nodes("Person", [_person("person:a", "A", "d1")])
    written = store.upsert_relationships("FACILITATED", [RelRow("person:a", "person:ghost", {},
                                                                "d1")])
    assert written == 0
    assert _facts(store)["relationships"] == {}
    assert store.upsert_nodes("Person", [_person("person:b", "B", "no-such-document")]) == 0


def test_get_entity_and_not_found(store: GraphStore) -> None:
    _chain(store)
    node = store.get_entity("person:chapman")
    assert "Person" in node["labels"]
    assert node["properties"]["name"] == "Christina Marie Chapman"
    with pytest.raises(NotFound):
        store.get_entity("person:nobody")


def _walked_counts(store: GraphStore, entity_id: str) -> dict[tuple[str, bool], int]:
    """Relationship counts by walking every fact relationship of the entity."""
    counts: dict[tuple[str, bool], int] = {}
    for row in store.neighbors(entity_id, limit=1000):
        key = (row["relationship"]["type"], row["outgoing"])
        counts[key] = counts.get(key, 0) + 1
    return counts


def _counts(store: GraphStore, entity_id: str) -> dict[tuple[str, bool], int]:
    return {(r["type"], bool(r["outgoing"])): int(r["n"])
            for r in store.relationship_counts(entity_id)}


def test_relationship_counts_match_a_walk_through_forget_and_rewrite(store: GraphStore) -> None:
    _chain(store)
    ids = ("organization:workers", "country:KP", "organization:nike", "person:chapman")
    assert _counts(store, "organization:workers") == {
        ("EMPLOYED_AT", True): 1, ("FACILITATED", False): 1, ("LOCATED_IN", True): 1}
    for entity_id in ids:
        assert _counts(store, entity_id) == _walked_counts(store, entity_id), entity_id
    store.forget_document("d2")  # Nike, the payment and their facts go; LOCATED_IN stays (d1)
    assert _counts(store, "organization:workers") == {
        ("FACILITATED", False): 1, ("LOCATED_IN", True): 1}
    assert _counts(store, "country:KP") == {("LOCATED_IN", False): 1}
    _chain(store)
    for entity_id in ids:
        assert _counts(store, entity_id) == _walked_counts(store, entity_id), entity_id
    assert _counts(store, "country:KP") == {("FUNDED", False): 1, ("LOCATED_IN", False): 1}


def test_relationship_counts_count_the_directions_asked_for_too(store: GraphStore) -> None:
    """A dossier asks whether there are Sanction nodes and suggestions before reading them:
    the directions asked for are counted with the facts, and only where asked."""
    from graph.queries import SANCTIONED, SUGGESTION

    _chain(store)
    store.upsert_nodes("Sanction", [NodeRow("sanction:us-chinyong", {"name": "US"}, "d2")])
    store.upsert_relationships("SANCTIONED", [
        RelRow("sanction:us-chinyong", "organization:chinyong", {}, "d2")])
    store.upsert_relationships("POSSIBLY_SAME", [
        RelRow("organization:nike", "organization:chinyong", {"score": 0.4}, "d2")])
    asked = [(SANCTIONED, False), (SUGGESTION, True), (SUGGESTION, False)]

    def counted(entity_id: str) -> dict[tuple[str, bool], int]:
        return {(r["type"], bool(r["outgoing"])): int(r["n"])
                for r in store.relationship_counts(entity_id, also=asked)}

    assert counted("organization:chinyong") == {(SANCTIONED, False): 1, (SUGGESTION, False): 1}
    assert counted("organization:nike") == {**_counts(store, "organization:nike"),
                                            (SUGGESTION, True): 1}
    # not asked: the facts only (SANCTIONED is one), not the suggestion
    assert _counts(store, "organization:chinyong") == {(SANCTIONED, False): 1}


def test_chain_step_from_documents_or_from_edges_agree(
        store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    import graph.store_chains

    _chain(store)
    ids, types = ["organization:workers", "organization:nike"], ["EMPLOYED_AT", "PAID"]

    def rows(docs: list[str]) -> list[tuple[str, str, str, list[str]]]:
        return [(r["source"], r["relationship"]["type"], r["node"]["element_id"],
                 r["relationship"]["properties"]["sources"])
                for r in store.chain_step(ids, types, docs)]

    by_documents = {docs: rows(list(docs)) for docs in (("d1",), ("d2",), ("d1", "d2"))}
    assert by_documents[("d1",)] == []
    assert by_documents[("d2",)] == [
        ("organization:nike", "PAID", "payment:usd-70000", ["d2"]),
        ("organization:workers", "EMPLOYED_AT", "organization:nike", ["d2"])]
    monkeypatch.setattr(graph.store_chains, "CHAIN_DOCUMENTS_BY_INDEX", 0)  # from the edges
    assert {docs: rows(list(docs)) for docs in by_documents} == by_documents


def test_light_rows_carry_declared_properties_only(store: GraphStore) -> None:
    _chain(store)
    node = store.get_entity_light("organization:chinyong", cap=0)["properties"]
    assert node == {"id": "organization:chinyong", "aliases": ["Jinyong"], "kind": "company",
                    "name": "Chinyong Information Technology Cooperation Company",
                    "doc_count": 1, "confidence": 1.0, "support": "single_source"}
    (row,) = store.neighbors_light("organization:workers", ["EMPLOYED_AT"], cap=0)
    assert set(row["relationship"]["properties"]) >= {"count", "doc_count", "key"}
    assert not set(row["relationship"]["properties"]) & {"value_sources", "props_json"}


def test_labels_name_the_model_label_first(store: GraphStore) -> None:
    """In the console `labels(n)[0]` is what the node is, not the shared Entity label."""
    _chain(store)
    result = store.read_only("MATCH (n:Entity) RETURN n.id, labels(n) ORDER BY n.id")
    assert {row[0]: row[1] for row in result.rows} == {
        "country:KP": ["Country", "Entity"],
        "organization:chinyong": ["Organization", "Entity"],
        "organization:nike": ["Organization", "Entity"],
        "organization:workers": ["Organization", "Entity"],
        "payment:usd-70000": ["Payment", "Entity"],
        "person:chapman": ["Person", "Entity"]}


def test_neighbors_filter_and_paginate(store: GraphStore) -> None:
    _chain(store)
    everything = store.neighbors("organization:workers")
    assert {n["relationship"]["type"] for n in everything} == {"FACILITATED", "EMPLOYED_AT",
                                                                "LOCATED_IN"}
    only = store.neighbors("organization:workers", ["EMPLOYED_AT"])
    assert [n["node"]["properties"]["id"] for n in only] == ["organization:nike"]
    assert only[0]["outgoing"] is True
    page1 = store.neighbors("organization:workers", limit=2, offset=0)
    page2 = store.neighbors("organization:workers", limit=2, offset=2)
    assert len(page1) == 2 and len(page2) == 1
    ids = {n["relationship"]["element_id"] for n in page1 + page2}
    assert len(ids) == 3


def test_neighborhood_depth(store: GraphStore) -> None:
    _chain(store)
    one = store.neighborhood("person:chapman", depth=1)
    assert [r["type"] for r in one["relationships"]] == ["FACILITATED"]
    assert {n["properties"]["id"] for n in one["nodes"]} == {"person:chapman",
                                                             "organization:workers"}
    three = store.neighborhood("person:chapman", depth=3)
    reached = {n["properties"]["id"] for n in three["nodes"]}
    assert {"organization:nike", "country:KP", "payment:usd-70000"} <= reached
    rel_ids = [r["element_id"] for r in three["relationships"]]
    assert len(rel_ids) == len(set(rel_ids))  # each relationship once
    for rel in three["relationships"]:
        assert rel["source"] in reached and rel["target"] in reached


def test_shortest_and_all_paths(store: GraphStore) -> None:
    _chain(store)
    shortest = store.shortest_path("person:chapman", "country:KP")
    assert shortest is not None
    assert len(shortest["relationships"]) == 2  # via LOCATED_IN
    paths = store.paths("person:chapman", "country:KP", max_hops=5, limit=5)
    hops = [[r["type"] for r in p["relationships"]] for p in paths]
    assert ["FACILITATED", "LOCATED_IN"] in hops
    assert ["FACILITATED", "EMPLOYED_AT", "PAID", "FUNDED"] in hops
    assert [len(h) for h in hops] == sorted(len(h) for h in hops)  # shortest first
    money = store.paths("person:chapman", "country:KP", max_hops=5,
                        rel_types=["FACILITATED", "EMPLOYED_AT", "PAID", "FUNDED"])
    assert [[r["type"] for r in p["relationships"]] for p in money] == [
        ["FACILITATED", "EMPLOYED_AT", "PAID", "FUNDED"]]
    assert store.paths("person:chapman", "country:KP", max_hops=1) == []
    with pytest.raises(InvalidInput):
        store.paths("person:chapman", "country:KP", max_hops=9)


def test_search_names_aliases_and_romanizations(store: GraphStore) -> None:
    _chain(store)
    assert store.search("Chapman")[0]["node"]["properties"]["id"] == "person:chapman"
    hits = [h["node"]["properties"]["id"] for h in store.search("Jinyong")]
    assert "organization:chinyong" in hits
    hits = [h["node"]["properties"]["id"] for h in store.search("chinyong information")]
    assert hits[0] == "organization:chinyong"
    assert store.search("") == []
    for text in HOSTILE:  # never a syntax error, whatever the user types
        store.search(text)


def test_hostile_strings_round_trip(store: GraphStore) -> None:
    _docs(store, "d1")
    rows = [NodeRow(f"person:h{i}", {"name": name}, "d1", [name]) for i, name in
            enumerate(HOSTILE)]
    store.upsert_nodes("Person", rows)
    for i, name in enumerate(HOSTILE):
        props = store.get_entity(f"person:h{i}")["properties"]
        assert props["name"] == name
        assert props["aliases"] == [name]
    assert _facts(store) == {"nodes": {"Person": len(HOSTILE)}, "relationships": {}}


def test_large_parameters(store: GraphStore) -> None:
    _docs(store, "d1")
    big = "x" * 200_000
    store.upsert_nodes("Person", [NodeRow("person:big", {"name": "Big", "role": big}, "d1")])
    assert store.get_entity("person:big")["properties"]["role"] == big


def test_read_only_runs_reads_with_params_and_cap(store: GraphStore) -> None:
    _chain(store)
    result = store.read_only("MATCH (n:Person) WHERE n.name STARTS WITH $p RETURN n.name AS name",
                             {"p": "Christina"})
    assert result.columns == ["name"]
    assert result.rows == [["Christina Marie Chapman"]]
    capped = store.read_only("MATCH (n:Entity) RETURN n.id", row_cap=2)
    assert len(capped.rows) == 2 and capped.truncated
    with pytest.raises(QueryError):
        store.read_only("MATCH (n RETURN n")


WRITES = [
    "CREATE (n:Person {id: 'person:intruder', name: 'x'})",
    "MERGE (n:Person {id: 'person:intruder'}) RETURN n",
    "MATCH (n:Person) SET n.name = 'changed'",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:Person) REMOVE n.name",
    "CALL { CREATE (n:Person {id: 'person:intruder'}) } RETURN 1",
    "UNWIND [1, 2] AS i CREATE (:Person {id: toString(i)})",
    "EXPLAIN CREATE (n:Person {id: 'person:intruder'})",
    "PROFILE CREATE (n:Person {id: 'person:intruder'})",
    "  // a comment first\n CREATE (n:Person {id: 'person:intruder'})",
    "LOAD CSV FROM 'file:///etc/hostname' AS line CREATE (:Person {id: line[0]})",
]


@pytest.mark.parametrize("statement", WRITES)
def test_read_only_refuses_writes_and_writes_nothing(store: GraphStore, statement: str) -> None:
    _chain(store)
    before = _total(store)
    names = store.read_only("MATCH (n:Person) RETURN n.name ORDER BY n.name").rows
    try:
        store.read_only(statement)
    except (ReadOnlyViolation, QueryError):
        pass  # refused, or rejected outright: either way nothing may have been written
    else:
        if not statement.lstrip().upper().startswith("EXPLAIN"):
            pytest.fail(f"the read-only door ran a write: {statement}")
    assert _total(store) == before
    assert store.read_only("MATCH (n:Person) RETURN n.name ORDER BY n.name").rows == names


def test_read_only_refuses_index_procedures(store: GraphStore) -> None:
    _chain(store)
    statement = ("CALL db.idx.fulltext.createNodeIndex('Person', 'role')"
                 if store.dialect.name == "falkordb" else
                 "CREATE INDEX intruder IF NOT EXISTS FOR (n:Person) ON (n.role)")
    with pytest.raises((ReadOnlyViolation, QueryError)):
        store.read_only(statement)


def test_forget_document_keeps_what_others_support(store: GraphStore) -> None:
    _chain(store)
    result = store.forget_document("d1")
    assert result == {"relationships": 1, "nodes": 1, "documents": 1}  # Chapman, FACILITATED
    ids = {r[0] for r in store.read_only("MATCH (n:Entity) RETURN n.id").rows}
    assert "person:chapman" not in ids
    kp = store.get_entity("country:KP")["properties"]
    assert kp["doc_count"] == 1 and store.documents_of("country:KP") == ["d2"]
    located = store.neighbors_light("organization:workers", ["LOCATED_IN"])
    assert located[0]["relationship"]["properties"]["sources"] == ["d2"]
    assert store.read_only("MATCH (c:Claim {doc: 'd1'}) RETURN count(c)").rows == [[0]]
    store.forget_document("d1")  # idempotent
    assert {r[0] for r in store.read_only("MATCH (n:Entity) RETURN n.id").rows} == ids


def _statements_run(store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the statements the store runs from now on, in order."""
    seen: list[str] = []
    real = store.run

    def spy(query: str, params: Any = None, *, write: bool = False) -> list[dict[str, Any]]:
        seen.append(query)
        return real(query, params, write=write)

    monkeypatch.setattr(store, "run", spy)
    return seen


def test_a_forget_reads_the_document_in_one_statement(
        store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both stores start a forget with one read of the document's state, its claims, and its
    MENTIONS with the entities' aggregates (Dialect.forget_head): each statement is a round
    trip that waits its turn on a busy server. The four reads it stands for are not run."""
    _chain(store)
    seen = _statements_run(store, monkeypatch)
    assert store.forget_document("d1") == {"relationships": 1, "nodes": 1, "documents": 1}
    assert store.dialect.forget_head() in seen
    assert not {queries.DOCUMENT_STATES_OF, queries.CLAIMS_OF_DOCUMENT,
                queries.MENTIONS_OF_DOCUMENT, queries.NODE_AGGREGATES} & set(seen)
    kp = store.get_entity("country:KP")["properties"]  # the rest as a forget leaves it
    assert kp["doc_count"] == 1 and store.documents_of("country:KP") == ["d2"]


@pytest.mark.only_store("neo4j")
def test_a_forget_runs_only_statements_planned_at_start(
        store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """Neo4j plans a statement text on its first call (seconds, for a forget touching a
    dozen types, on a store just started): warm_plans() plans every statement a forget
    runs, and the forget's last statement deletes the statements, entities and Document."""
    planned = {q for q, _ in plan_warmup.statements(store.model, store.dialect)}
    assert store.warm_plans()[0] == len(plan_warmup.statements(store.model, store.dialect))
    _chain(store)
    seen = _statements_run(store, monkeypatch)
    assert store.forget_document("d2")["documents"] == 1
    assert seen and set(seen) <= planned
    assert queries.FORGET_DOCUMENT_NODE not in seen  # one tail statement instead


def test_an_atomic_block_that_fails_is_undone_where_the_store_has_transactions(
        store: GraphStore, store_kind: str) -> None:
    """Neo4j runs a forget or an ingest batch as one transaction (`atomic`): reads inside it
    see its writes, and a failure rolls all of it back. FalkorDB has no transactions: each
    statement stands, and repeating a forget finishes it."""
    _chain(store)

    def claims_of_d1() -> int:
        return int(store.run("MATCH (c:Claim {doc: 'd1'}) RETURN count(c) AS n")[0]["n"])

    stated = claims_of_d1()
    assert stated > 0
    with pytest.raises(RuntimeError, match="cut"), store.atomic():
        store.run("MATCH (c:Claim {doc: 'd1'}) DETACH DELETE c", write=True)
        assert claims_of_d1() == 0
        raise RuntimeError("cut")
    assert claims_of_d1() == (0 if store_kind == "falkordb" else stated)
    store.forget_document("d1")
    assert claims_of_d1() == 0
    assert "person:chapman" not in {
        r[0] for r in store.read_only("MATCH (n:Entity) RETURN n.id").rows}


def test_counts_by_label_and_type(store: GraphStore) -> None:
    _chain(store)
    counts = store.counts()
    assert counts["nodes"] == {"Claim": 6, "Country": 1, "Document": 2, "Organization": 3,
                               "Payment": 1, "Person": 1}
    assert counts["relationships"] == {"EMPLOYED_AT": 1, "FACILITATED": 1, "FUNDED": 1,
                                       "LOCATED_IN": 1, "MENTIONS": 8, "PAID": 1, "STATES": 6}


def test_an_empty_graph_is_stamped_with_the_model_version(store: GraphStore) -> None:
    from graph.schema_version import stored_version

    assert stored_version(store) == store.model.version
    _chain(store)
    store.ensure_schema()  # the same version: opens
    assert stored_version(store) == store.model.version


def test_a_graph_of_the_old_model_is_refused_in_one_line(store: GraphStore) -> None:
    from graph.schema_version import SchemaMismatch

    # what version 1 wrote: entities with provenance lists and no version stamp
    store.run("MATCH (s:Schema) DETACH DELETE s", write=True)
    store.run("CREATE (:Person:Entity {id: 'person:x', name: 'X', sources: ['d1'], "
              "ev_doc: ['d1'], ev_start: [0], ev_end: [5], ev_text: ['X was.']})", write=True)
    with pytest.raises(SchemaMismatch) as refused:
        store.ensure_schema()
    message = refused.value.detail
    assert "\n" not in message and "version 1" in message and "re-ingest" in message
    store.run("MATCH (n) DETACH DELETE n", write=True)
    store.run("CREATE (:Schema {id: 'model', version: 99})", write=True)
    with pytest.raises(SchemaMismatch, match="version 99"):
        store.ensure_schema()


def test_a_hubs_page_per_type_is_the_first_in_order_or_the_stores_first_past_the_cap(
        store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each type and direction is read on its own; up to ORDERED_UP_TO relationships the
    page is neighbors_light()'s first page, past it some `limit` of them (ordering would read
    them all) — always real relationships of that type, as many as the page holds."""
    from graph import queries

    _docs(store, "d1")
    people = [f"person:p{i}" for i in range(7)]
    store.upsert_nodes("Person", [_person(p, f"Person {p[-1]}", "d1") for p in people])
    store.upsert_nodes("Organization", [
        NodeRow("organization:hub", {"name": "Hub", "kind": "worker_group"}, "d1"),
        NodeRow("organization:nike", {"name": "Nike", "kind": "company"}, "d1")])
    store.upsert_relationships("FACILITATED", [RelRow(p, "organization:hub", {}, "d1")
                                               for p in people])
    store.upsert_relationships("FACILITATED", [RelRow("organization:hub", "organization:nike",
                                                      {}, "d1")])
    store.upsert_relationships("EMPLOYED_AT", [RelRow(p, "organization:hub", {}, "d1")
                                               for p in people[:2]])
    types = ["EMPLOYED_AT", "FACILITATED"]
    ordered = store.neighbors_light_per_type("organization:hub", types, limit=3)
    expected = [r for t in types for r in store.neighbors_light("organization:hub", [t],
                                                                limit=3)]
    assert [r["relationship"]["element_id"] for r in ordered] == \
        [r["relationship"]["element_id"] for r in expected]

    monkeypatch.setattr(queries, "ORDERED_UP_TO", 4)  # 7 incoming FACILITATED: past it
    page = store.neighbors_light_per_type("organization:hub", types, limit=3)
    assert [r["relationship"]["type"] for r in page] == ["EMPLOYED_AT"] * 2 + ["FACILITATED"] * 3
    everything = {r["relationship"]["element_id"]: r for r in store.neighbors_light(
        "organization:hub", types, limit=100)}
    for row in page:
        same = everything[row["relationship"]["element_id"]]
        assert row["outgoing"] == same["outgoing"]
        assert row["node"]["properties"]["id"] == same["node"]["properties"]["id"]
