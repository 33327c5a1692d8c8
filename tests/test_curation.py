"""Curation on a real store: judgments are kept apart from statements and applied at read time.

The resolver's rules are checked on their own first (pure logic), then on a FalkorDB graph
filled with hand-made documents: re-ingest, forget, export and import must leave every
judgment in force.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.services.judgments import curated_dossier, curated_neighbors, curated_paths
from api.services.search import search
from graph import curation
from graph.curation import Judgment, Verdicts
from graph.errors import Conflict, InvalidInput, NotFound
from graph.exchange import export_graph
from graph.exchange.ftm import ftm_id
from graph.exchange.jsonl import import_jsonl
from graph.ingest import forget, ingest_extraction
from graph.store import GraphStore
from tests.api.conftest import settings_for
from tests.curation_data import (
    CHINYONG,
    KIM,
    KIM_VARIANT,
    REPORT_TEXT,
    YANBIAN,
    release,
    report,
    suggestion,
)


def _j(kind: str, a: str, b: str, at: str) -> Judgment:
    left, right = sorted((a, b))
    return Judgment(id=f"judgment:{at}", kind=kind, subject=curation.pair_subject(a, b),
                    author="t", at=at, reason="r", left=left, right=right)


def test_merges_form_clusters_with_the_greatest_id_canonical() -> None:
    v = Verdicts([_j("merge", "p:a", "p:b", "1"), _j("merge", "p:b", "p:c", "2")])
    assert v.cluster("p:a") == ["p:c", "p:b", "p:a"]
    assert {v.canonical(x) for x in ("p:a", "p:b", "p:c")} == {"p:c"}
    assert v.cluster("p:z") == ["p:z"] and v.canonical("p:z") == "p:z"


def test_a_split_undoes_a_merge_and_blocks_an_indirect_one() -> None:
    merged = [_j("merge", "p:a", "p:b", "1"), _j("merge", "p:b", "p:c", "2")]
    # the later split of a and b wins over their merge
    v = Verdicts([*merged, _j("split", "p:a", "p:b", "3")])
    assert v.cluster("p:a") == ["p:a"] and v.cluster("p:b") == ["p:c", "p:b"]
    # a split of a and c keeps them apart even though b links both: the merge that would
    # join them (b-c, the later one) is not applied
    v = Verdicts([*merged, _j("split", "p:a", "p:c", "3")])
    assert v.cluster("p:a") == ["p:b", "p:a"] and v.cluster("p:c") == ["p:c"]
    assert v.merge_blocker("p:b", "p:c") is not None
    # a new merge of the very pair that was split overrides that split
    v = Verdicts([_j("split", "p:a", "p:b", "1")])
    assert v.merge_blocker("p:a", "p:b") is None


def test_the_latest_judgment_of_a_fact_wins() -> None:
    def fact(kind: str, at: str) -> Judgment:
        return Judgment(id=f"judgment:{at}", kind=kind,
                        subject=curation.fact_subject("PAID", "p:a", "p:b"), author="t", at=at,
                        reason="r", rel_type="PAID", source="p:a", target="p:b")
    assert Verdicts([fact("reject", "1"), fact("confirm", "2")]).state(
        "PAID", "p:a", "p:b") == "confirmed"
    assert Verdicts([fact("confirm", "1"), fact("reject", "2")]).state(
        "PAID", "p:a", "p:b") == "rejected"
    assert Verdicts([]).state("PAID", "p:a", "p:b") is None


# --- on a real store --------------------------------------------------------------------------

@pytest.fixture
def store(falkor_store: GraphStore) -> GraphStore:
    ingest_extraction(falkor_store, release())
    ingest_extraction(falkor_store, report())
    return falkor_store


def _employers(store: GraphStore, entity: str, **kw: bool) -> dict[str, str | None]:
    d = curated_dossier(store, entity, **kw)
    groups = {g.type: g for g in d.relationships}
    return {i.other.id: i.judgment for i in groups["EMPLOYED_AT"].items} \
        if "EMPLOYED_AT" in groups else {}


def test_a_rejected_fact_stays_rejected_after_reingest(store: GraphStore) -> None:
    assert _employers(store, KIM) == {CHINYONG: None, YANBIAN: None}
    curation.judge_fact(store, "reject", "EMPLOYED_AT", KIM, YANBIAN, "misread sentence", "lee")
    assert _employers(store, KIM) == {CHINYONG: None}
    assert _employers(store, KIM, include_rejected=True) == {CHINYONG: None,
                                                              YANBIAN: "rejected"}
    counts = {g.type: g.count for g in curated_dossier(store, KIM).relationships}
    assert counts["EMPLOYED_AT"] == 1  # the count does not include the rejected fact
    # the document goes and comes back: the fact is extracted again, the judgment still holds
    forget(store, "d-release")
    assert len(curation.all_judgments(store)) == 1
    ingest_extraction(store, release())
    assert _employers(store, KIM) == {CHINYONG: None}
    # the other side of the fact does not show it either
    yanbian = curated_dossier(store, YANBIAN)
    assert KIM not in {i.other.id for g in yanbian.relationships for i in g.items}


def test_confirmed_and_weak_facts_are_marked(store: GraphStore) -> None:
    def items(entity: str) -> dict[str, tuple[str | None, bool]]:
        d = curated_dossier(store, entity)
        return {i.other.id: (i.judgment, i.unconfirmed)
                for g in d.relationships for i in g.items if g.type == "EMPLOYED_AT"}
    # 0.9 is high confidence; 0.6 is neither confirmed nor high
    assert items(KIM) == {CHINYONG: (None, False), YANBIAN: (None, True)}
    curation.judge_fact(store, "confirm", "EMPLOYED_AT", KIM, YANBIAN, "checked the release")
    assert items(KIM)[YANBIAN] == ("confirmed", False)
    judged = curated_dossier(store, KIM).judgments
    assert [(j.kind, j.author, j.reason) for j in judged] == [
        ("confirm", "analyst", "checked the release")]


def test_a_merge_shows_both_names_on_one_dossier_and_a_split_undoes_it(
        store: GraphStore) -> None:
    curation.judge_pair(store, "merge", KIM, KIM_VARIANT, "same person, two romanizations",
                        "park")
    for asked in (KIM, KIM_VARIANT):
        d = curated_dossier(store, asked)
        names = {d.entity.name, *d.entity.aliases}
        assert {"Kim Sang Man", "Gim Sangman"} <= names
        assert d.entity.id == KIM  # the greatest id of the cluster
        assert [e.id for e in d.same_as] == [KIM_VARIANT]
        # facts of both ids, with their documents
        assert {"d-release", "d-report"} <= {doc.id for doc in d.documents}
        assert [(j.kind, j.author) for j in d.judgments] == [("merge", "park")]
    # the node ids are untouched
    assert store.get_entity_light(KIM_VARIANT)["properties"]["name"] == "Gim Sangman"
    curation.judge_pair(store, "split", KIM, KIM_VARIANT, "different birth years", "lee")
    d = curated_dossier(store, KIM_VARIANT)
    assert d.entity.id == KIM_VARIANT and d.same_as == []
    assert "Kim Sang Man" not in d.entity.aliases
    assert [(j.kind, j.current) for j in d.judgments] == [("split", True), ("merge", False)]


def test_merges_are_refused_where_a_split_forbids_them_or_kinds_differ(
        store: GraphStore) -> None:
    curation.judge_pair(store, "split", KIM, KIM_VARIANT, "different people")
    third = YANBIAN
    with pytest.raises(Conflict, match="different kinds"):
        curation.judge_pair(store, "merge", KIM, third, "no")
    # merging the very pair again overrides the split (the analyst changed their mind)
    curation.judge_pair(store, "merge", KIM, KIM_VARIANT, "new evidence: same passport")
    assert Verdicts(curation.all_judgments(store)).cluster(KIM) == [KIM, KIM_VARIANT]


def test_judging_what_does_not_exist_is_refused_and_writes_nothing(store: GraphStore) -> None:
    with pytest.raises(NotFound):
        curation.judge_fact(store, "reject", "EMPLOYED_AT", KIM, "organization:nobody", "x")
    with pytest.raises(InvalidInput):
        curation.judge_fact(store, "reject", "NO_SUCH_TYPE", KIM, CHINYONG, "x")
    with pytest.raises(NotFound):
        curation.judge_pair(store, "merge", KIM, "person:nobody", "x")
    with pytest.raises(NotFound, match="no document"):
        curation.rate_document(store, "d-nothing", "unverified", "x")
    with pytest.raises(InvalidInput, match="reason"):
        curation.judge_fact(store, "reject", "EMPLOYED_AT", KIM, CHINYONG, "   ")
    with pytest.raises(InvalidInput):
        curation.rate_document(store, "d-report", "rumour", "x")
    assert curation.all_judgments(store) == []


def test_judgments_survive_forgetting_every_document(store: GraphStore) -> None:
    curation.judge_fact(store, "reject", "EMPLOYED_AT", KIM, YANBIAN, "misread")
    curation.judge_pair(store, "merge", KIM, KIM_VARIANT, "same person")
    curation.rate_document(store, "d-report", "unverified", "anonymous blog")
    before = curation.all_judgments(store)
    forget(store, "d-release")
    forget(store, "d-report")
    assert not store.counts()["nodes"].get("Person")
    assert curation.all_judgments(store) == before


def test_a_merge_survives_export_and_import(store: GraphStore, spare_store: GraphStore,
                                            tmp_path: Path) -> None:
    curation.judge_pair(store, "merge", KIM, KIM_VARIANT, "same person", "park")
    curation.judge_fact(store, "reject", "EMPLOYED_AT", KIM, YANBIAN, "misread")
    out = tmp_path / "graph.jsonl"
    counts = export_graph(store, "jsonl", out)
    assert counts["judgments"] == 2
    assert import_jsonl(spare_store, out)["judgments"] == 2
    assert curation.all_judgments(spare_store) == curation.all_judgments(store)
    d = curated_dossier(spare_store, KIM_VARIANT)
    assert d.entity.id == KIM and [e.id for e in d.same_as] == [KIM_VARIANT]
    assert YANBIAN not in {i.other.id for g in d.relationships for i in g.items
                           if i.source == KIM}


def test_judgments_travel_in_every_export_format(store: GraphStore, spare_store: GraphStore,
                                                tmp_path: Path) -> None:
    curation.judge_pair(store, "merge", KIM, KIM_VARIANT, "same person", "park")
    curation.judge_fact(store, "reject", "EMPLOYED_AT", KIM, YANBIAN, "misread")
    want = curation.all_judgments(store)
    ids = {j.id for j in want}
    # the Cypher script, replayed into an empty store, gives back the same judgments
    script = tmp_path / "graph.cypher"
    assert export_graph(store, "cypher", script)["judgments"] == 2
    for line in script.read_text(encoding="utf-8").split("\n"):
        if line and not line.startswith("//"):
            spare_store.run(line, write=True)
    assert curation.all_judgments(spare_store) == want
    # GraphML: one node per judgment, typed, with no edge
    graphml = tmp_path / "graph.graphml"
    export_graph(store, "graphml", graphml)
    g = nx.read_graphml(graphml)
    judged = {n for n, data in g.nodes(data=True) if data.get("node_type") == "Judgment"}
    assert judged == ids and all(g.degree(n) == 0 for n in judged)
    # neo4j-admin CSV: a node file of the judgment label
    csv_dir = tmp_path / "csv"
    export_graph(store, "csv", csv_dir)
    with (csv_dir / "nodes_Judgment.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {r["id:ID"] for r in rows} == ids and {r[":LABEL"] for r in rows} == {"Judgment"}
    # FtM: a judgments file naming the FtM ids of what each judgment judges
    ftm_out = tmp_path / "graph.ftm.json"
    export_graph(store, "ftm", ftm_out)
    lines = [json.loads(line) for line in
             ftm_out.with_name(ftm_out.name + ".judgments.json").read_text().splitlines()]
    assert {j["id"] for j in lines} == ids
    merge = next(j for j in lines if j["kind"] == "merge")
    assert sorted(merge["ftm_ids"]) == sorted(ftm_id(i) for i in (KIM, KIM_VARIANT))


def test_a_suggestion_is_listed_apart_from_facts_until_judged(falkor_store: GraphStore) -> None:
    store = falkor_store  # this document alone: Gim Sangman is tied to nothing else
    ingest_extraction(store, suggestion())
    d = curated_dossier(store, KIM)
    assert [(p.other.id, p.score, p.sources) for p in d.possibly_same] == [
        (KIM_VARIANT, 0.72, ["d-suggestion"])]
    assert "POSSIBLY_SAME" not in {g.type for g in d.relationships}
    with TestClient(create_app(settings_for(store))) as client:
        page = client.get(f"/entities/{KIM}")
    assert page.status_code == 200
    section = page.text.split('id="possibly-same"', 1)[-1].split("</section>", 1)[0]
    assert "Gim Sangman" in section and "0.72" in section
    # the other side lists it too; no path walks it (Gim Sangman has no fact of his own)
    assert [p.other.id for p in curated_dossier(store, KIM_VARIANT).possibly_same] == [KIM]
    assert curated_paths(store, KIM_VARIANT, CHINYONG).shortest is None
    # a split settles it: no longer listed on either side
    curation.judge_pair(store, "split", KIM, KIM_VARIANT, "two people", "park")
    assert curated_dossier(store, KIM).possibly_same == []
    assert curated_dossier(store, KIM_VARIANT).possibly_same == []
    # and so does a merge, which shows the other as the same entity instead
    curation.judge_pair(store, "merge", KIM, KIM_VARIANT, "one person after all", "park")
    merged = curated_dossier(store, KIM_VARIANT)
    assert merged.possibly_same == [] and [e.id for e in merged.same_as] == [KIM_VARIANT]


def test_paths_run_through_merged_entities_and_never_over_rejected_facts(
        store: GraphStore) -> None:
    curation.judge_fact(store, "reject", "EMPLOYED_AT", KIM, YANBIAN, "misread")
    assert curated_paths(store, CHINYONG, YANBIAN).shortest is None
    curation.judge_pair(store, "merge", KIM, KIM_VARIANT, "same person")
    found = curated_paths(store, CHINYONG, YANBIAN).shortest
    assert found is not None and found.length == 2
    assert [n.id for n in found.nodes] == [CHINYONG, KIM, YANBIAN]
    # the second hop is the report's fact about the other spelling, with its sentence
    assert [e.text for e in found.hops[1].evidence] == [REPORT_TEXT]
    # asking from the other id of the cluster gives the same answer
    again = curated_paths(store, KIM_VARIANT, CHINYONG).shortest
    assert again is not None and again.length == 1


def test_search_finds_a_merged_entity_once_by_either_name(store: GraphStore) -> None:
    def hits(q: str) -> list[str]:
        return [h.id for h in search(store, q).items if h.label == "Person"]
    assert hits("Gim Sangman") == [KIM_VARIANT]
    curation.judge_pair(store, "merge", KIM, KIM_VARIANT, "same person")
    assert hits("Gim Sangman") == [KIM]
    assert hits("Kim Sang Man") == [KIM]


def test_a_merged_neighbourhood_is_drawn_around_one_node(store: GraphStore) -> None:
    curation.judge_fact(store, "reject", "EMPLOYED_AT", KIM, YANBIAN, "misread")
    alone = curated_neighbors(store, KIM)
    assert {i.node.id for i in alone.items} == {CHINYONG} and alone.total == 1
    curation.judge_pair(store, "merge", KIM, KIM_VARIANT, "same person")
    merged = curated_neighbors(store, KIM_VARIANT)
    assert merged.entity.id == KIM
    assert {i.node.id for i in merged.items} == {CHINYONG, YANBIAN} and merged.total == 2
    # every edge starts at the node drawn, so the drawing has no loose ends
    assert {(i.relationship.source, i.relationship.direction) for i in merged.items} == {
        (KIM, "forward")}
