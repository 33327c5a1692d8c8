"""Exports: our JSON lines back into an empty graph, GraphML into networkx, the neo4j-admin CSV
layout, FollowTheMoney entities, and a Cypher script that survives hostile strings.

The corpus graph (`corpus_store`) is only read here; imports go into fresh graphs.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from graph.errors import InvalidInput
from graph.exchange import export_graph
from graph.exchange.cypher import literal
from graph.exchange.jsonl import import_jsonl
from graph.exchange.snapshot import canonical, read_snapshot
from graph.store import GraphStore, NodeRow, RelRow
from graph.stores.falkor import FalkorStore

HOSTILE = [
    "'); MATCH (n) DETACH DELETE n; //",
    "<img src=x onerror=alert(1)>",
    'quote " and \\ backslash \\\' and \\n not a newline',
    "line one\nline two\r\ttabbed; semi;colons",
    "Kim Sang Man \u2014 \u9b3c\u5b50 \U0001F4B0 \u2028 \x07 `tick`",
]


def _totals(store: FalkorStore) -> tuple[int, int]:
    counts = store.counts()
    return sum(counts["nodes"].values()), sum(counts["relationships"].values())


def test_jsonl_round_trip_gives_the_same_graph(corpus_store: GraphStore,
                                               falkor_store: GraphStore,
                                               tmp_path: Path) -> None:
    out = tmp_path / "graph.jsonl"
    counts = export_graph(corpus_store, "jsonl", out)
    assert (counts["nodes"], counts["relationships"]) == _totals(corpus_store)
    imported = import_jsonl(falkor_store, out)
    assert imported == counts
    assert falkor_store.counts() == corpus_store.counts()
    assert canonical(read_snapshot(falkor_store)) == canonical(read_snapshot(corpus_store))
    # the imported graph works like an ingested one: search and neighbours find things
    assert falkor_store.search("Chapman")
    with pytest.raises(InvalidInput, match="only into an empty graph"):
        import_jsonl(falkor_store, out)


def test_import_refuses_files_that_are_not_our_export(falkor_store: GraphStore,
                                                      tmp_path: Path) -> None:
    other = tmp_path / "other.jsonl"
    other.write_text('{"id": "x", "schema": "Person", "properties": {}}\n')
    with pytest.raises(InvalidInput, match="not a trilateral-kg export"):
        import_jsonl(falkor_store, other)
    sneaky = tmp_path / "sneaky.jsonl"
    sneaky.write_text('{"format": "trilateral-kg-graph", "version": 1}\n'
                      '{"kind": "node", "label": "Person DETACH", "properties": {"id": "x"}}\n')
    with pytest.raises(InvalidInput, match=r"sneaky\.jsonl:2"):
        import_jsonl(falkor_store, sneaky)
    assert _totals(falkor_store) == (0, 0)


def test_graphml_opens_in_networkx(corpus_store: GraphStore, tmp_path: Path) -> None:
    out = tmp_path / "graph.graphml"
    export_graph(corpus_store, "graphml", out)
    graph = nx.read_graphml(out)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == _totals(corpus_store)
    kim = next(d for _, d in graph.nodes(data=True) if d.get("node_type") == "Person")
    assert kim["label"] == kim["name"] and kim["doc_count"] >= 1
    assert isinstance(json.loads(kim["aliases"]), list)
    claim = next(d for _, d in graph.nodes(data=True) if d.get("node_type") == "Claim")
    assert claim["doc"] and claim["rel"] and isinstance(json.loads(claim["ev_text"]), list)
    types = Counter(d["rel_type"] for _, _, d in graph.edges(data=True))
    assert types == Counter(corpus_store.counts()["relationships"])


def test_csv_follows_the_neo4j_admin_layout(corpus_store: GraphStore, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    export_graph(corpus_store, "csv", out)
    counts = corpus_store.counts()
    for label, n in counts["nodes"].items():
        with (out / f"nodes_{label}.csv").open(newline="") as f:
            rows = list(csv.reader(f))
        header = rows[0]
        assert header[:2] == ["id:ID", ":LABEL"] and len(rows) - 1 == n
        if label == "Claim":
            assert "ev_start:long[]" in header and "confidence:double" in header
            assert "modality:string" in header and rows[1][1] == "Claim"
        elif label not in ("Document", "Schema"):
            assert "aliases:string[]" in header and "name:string" in header
            assert "doc_count:long" in header and "confidence:double" in header
            assert rows[1][1] == f"{label};Entity"
    for rel_type, n in counts["relationships"].items():
        with (out / f"rels_{rel_type}.csv").open(newline="") as f:
            rows = list(csv.reader(f))
        assert rows[0][:3] == [":START_ID", ":END_ID", ":TYPE"] and len(rows) - 1 == n
        assert all(row[2] == rel_type for row in rows[1:])
    with (out / "rels_MENTIONS.csv").open(newline="") as f:
        header = next(csv.reader(f))
    assert "count:long" in header and "ev_text:string[]" in header
    script = (out / "import.sh").read_text()
    assert "'--array-delimiter=;'" in script and "--nodes=nodes_Person.csv" in script


def test_ftm_entities_point_at_their_documents(corpus_store: GraphStore,
                                               tmp_path: Path) -> None:
    out = tmp_path / "graph.ftm.json"
    export_graph(corpus_store, "ftm", out)
    entities = [json.loads(line) for line in out.read_text().splitlines()]
    by_id = {e["id"]: e for e in entities}
    assert len(by_id) == len(entities)
    documents = {e["id"] for e in entities if e["schema"] == "Document"}
    schemata = Counter(e["schema"] for e in entities)
    for schema in ("Person", "Company", "PublicBody", "Sanction", "CourtCase",
                   "CourtCaseParty", "Payment", "Employment", "Document"):
        assert schemata[schema] > 0, schema
    for e in entities:
        props = e["properties"]
        assert all(isinstance(v, list) and all(isinstance(s, str) for s in v)
                   for v in props.values())
        assert set(props.get("proof", [])) <= documents
        if e["schema"] in ("Person", "Sanction", "Employment"):
            assert props["proof"] and props["sourceUrl"]
    sanctions = [e["properties"] for e in entities if e["schema"] == "Sanction"]
    sanction = next(s for s in sanctions if "startDate" in s)  # undated reports exist too
    assert sanction["entity"][0] in by_id and sanction["authority"] and sanction["startDate"]
    assert "name" not in sanction  # an FtM interval has no name
    payment = next(e for e in entities if e["schema"] == "Payment"
                   and "amount" in e["properties"])["properties"]
    assert payment["currency"] == ["USD"]
    job = next(e for e in entities if e["schema"] == "Employment")["properties"]
    assert by_id[job["employee"][0]]["schema"] == "Person" and job["employer"][0] in by_id
    party = next(e for e in entities if e["schema"] == "CourtCaseParty")["properties"]
    assert by_id[party["case"][0]]["schema"] == "CourtCase"
    kp = by_id["country-KP"]  # FtM ids: letters, digits, '.' and '-' only
    assert kp["schema"] == "PublicBody" and kp["properties"]["jurisdiction"] == ["kp"]
    # per-document statements, written and read back by the followthemoney library
    from followthemoney.statement import JSON, read_statements

    with (tmp_path / "graph.ftm.json.statements.json").open("rb") as fh:
        stated = list(read_statements(fh, JSON))
    assert {st.origin for st in stated} <= documents and len({st.origin for st in stated}) > 5
    assert {st.entity_id for st in stated} <= set(by_id)
    names = {st.value for st in stated if st.entity_id == "country-KP" and st.prop == "name"}
    assert "North Korea" in names


def _hostile_graph(store: FalkorStore) -> None:
    people = [NodeRow(f"person:hostile-{i}", {"name": text}, "doc-hostile", [text, "plain"],
                      [(0, len(text), text)], 0.5, mentions=1) for i, text in enumerate(HOSTILE)]
    store.upsert_nodes("Document", [NodeRow("doc-hostile", {"title": HOSTILE[0],
                                                            "text": "\n".join(HOSTILE),
                                                            "complete": True}, "doc-hostile")])
    store.upsert_nodes("Person", people)
    store.upsert_relationships("FACILITATED", [
        RelRow(people[0].id, people[1].id, {"period_start": "2020"}, "doc-hostile",
               key=HOSTILE[0], evidence=[(1, 2, HOSTILE[3])], modality=HOSTILE[2],
               frame=HOSTILE[4])])


def test_cypher_script_survives_hostile_strings(falkor_store: GraphStore,
                                                spare_store: GraphStore, tmp_path: Path) -> None:
    _hostile_graph(falkor_store)
    out = tmp_path / "graph.cypher"
    export_graph(falkor_store, "cypher", out)
    target = spare_store
    lines = out.read_text(encoding="utf-8").split("\n")
    statements = [line for line in lines if line and not line.startswith("//")]
    for statement in statements:
        target.run(statement, write=True)
    for statement in statements:  # MERGE: a second run changes nothing
        target.run(statement, write=True)
    assert canonical(read_snapshot(target)) == canonical(read_snapshot(falkor_store))
    names = {n["properties"]["name"] for n in target.get_entities(
        [f"person:hostile-{i}" for i in range(len(HOSTILE))]).values()}
    assert names == set(HOSTILE)
    assert target.get_entity("doc-hostile")["properties"]["title"] == HOSTILE[0]


def test_cypher_literals() -> None:
    assert literal("it's") == "'it\\'s'"
    assert literal("a\\b") == "'a\\\\b'"
    assert literal(["x", 1, 2.5, True, None]) == "['x', 1, 2.5, true, null]"
    assert literal("nul\x00byte") == "'nulbyte'"
    with pytest.raises(ValueError):
        literal(float("nan"))
