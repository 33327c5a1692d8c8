"""Ingest: the mapping from an Extraction to rows, and the per-document write protocol.

Mapping tests need no store; the protocol tests run on a real FalkorDB graph of their own
(`falkor_store`) with hand-made extractions, so each fact's sources are known exactly.
Helpers here are imported by the other ingest and exchange tests.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from typing import Any

import pytest

from graph.errors import DocumentError, NotFound, QueryError, StoreUnavailable
from graph.exchange.snapshot import canonical, read_snapshot
from graph.ids import entity_id
from graph.ingest import forget, ingest_extraction, plan_ingest
from graph.mapping import MAX_NODE_EVIDENCE, map_extraction
from graph.model import (
    DocumentMeta,
    Evidence,
    ExtractedEntity,
    ExtractedRelation,
    Extraction,
    Mention,
)
from graph.sentences import MAX_SPLIT_SENTENCE, Sentences
from graph.store import GraphStore

# --- building extractions by hand ------------------------------------------------------------


def entity(text: str, label: str, name: str, *surfaces: str, aliases: tuple[str, ...] = (),
           **props: Any) -> ExtractedEntity:
    """An entity whose mentions are every occurrence of its surface forms in `text`."""
    mentions = []
    for surface in surfaces or (name,):
        start = text.find(surface)
        while start >= 0:
            mentions.append(Mention(start, start + len(surface), surface))
            start = text.find(surface, start + 1)
    return ExtractedEntity(entity_id(label, name), label, name, list(aliases), dict(props),
                           mentions, 0.9)


def relation(text: str, rel_type: str, source: ExtractedEntity, target: ExtractedEntity,
             sentence: str, **props: Any) -> ExtractedRelation:
    start = text.index(sentence)
    return ExtractedRelation(rel_type, source.id, target.id, dict(props), 0.8,
                             [Evidence(start, start + len(sentence), sentence)])


def extraction(doc_id: str, text: str, entities: list[ExtractedEntity],
               relations: list[ExtractedRelation], *,
               issuers: list[dict[str, str]] | None = None) -> Extraction:
    meta = DocumentMeta(doc_id, f"Title of {doc_id}", "sanctions_release", "2025-01-16", "en",
                        issuers or [], [f"https://example.org/{doc_id}"])
    digest = "sha256:" + hashlib.sha256(text.encode()).hexdigest()
    return Extraction(meta, text, digest, entities, relations)


OFAC_TEXT = ("The Office of Foreign Assets Control designated Kim Sang Man today. "
             "Kim Sang Man ran Chinyong for the regime. Chinyong is located in China.")


def ofac_release(doc_id: str = "d-ofac") -> Extraction:
    text = OFAC_TEXT
    ofac = entity(text, "Agency", "Office of Foreign Assets Control", aliases=("OFAC",),
                  country="US")
    kim = entity(text, "Person", "Kim Sang Man", nationality="KP")
    chinyong = entity(text, "Organization", "Chinyong", kind="front_company")
    china = entity(text, "Country", "CN", "China")
    china.name, china.properties = "China", {"code": "CN"}
    first = text.split(". ")[0] + "."
    return extraction(doc_id, text, [ofac, kim, chinyong, china], [
        relation(text, "DESIGNATED", ofac, kim, first, date="2025-01-16",
                 legal_basis=["E.O. 13382"]),
        relation(text, "CONTROLLED_BY", chinyong, kim, "Kim Sang Man ran Chinyong for the "
                 "regime."),
        relation(text, "LOCATED_IN", chinyong, china, "Chinyong is located in China."),
    ], issuers=[{"country": "US", "agency": "Department of the Treasury"}])


# --- mapping ---------------------------------------------------------------------------------


def test_mapping_derives_sanction_mentions_and_issuers() -> None:
    rows = map_extraction(ofac_release())
    assert rows.problems == [], rows.problems
    assert rows.document.properties["complete"] is False
    assert rows.document.properties["issuers"] == ["Department of the Treasury (US)"]
    sanction = rows.nodes["Sanction"][0]
    assert sanction.id == entity_id("Sanction", "US person:kim-sang-man 2025")
    assert sanction.properties["program"] == "NPWMD"  # E.O. 13382, as OFAC tags it
    assert sanction.properties["target"] == "person:kim-sang-man"
    assert sanction.properties["country"] == "US"
    assert sanction.properties["authority"] == "Office of Foreign Assets Control"
    assert sanction.properties["legal_basis"] == ["E.O. 13382"]
    assert sanction.properties["listing_date"] == "2025-01-16"
    rels = {(k[0], r.source, r.target): r for k, rs in rows.relationships.items() for r in rs}
    assert ("ISSUED", "agency:office-of-foreign-assets-control", sanction.id) in rels
    assert ("SANCTIONED", sanction.id, "person:kim-sang-man") in rels
    assert not any(k[0] == "MENTIONS" for k in rows.relationships)  # the node rows are those
    assert next(n for n in rows.nodes["Person"] if n.id == "person:kim-sang-man").mentions == 2
    # Treasury is not named in the text: the issuing state stands in for it
    assert ("ISSUED", "country:US", "d-ofac") in rels
    issued_doc = [k for k in rows.relationships if k == ("ISSUED", None, "Document")]
    assert issued_doc and rows.nodes["Country"][-1].id == "country:US"


def test_issuer_agency_resolves_to_the_named_agency() -> None:
    text = "The Ministry of Foreign Affairs of Japan warned companies."
    mofa = entity(text, "Agency", "Ministry of Foreign Affairs of Japan", country="JP")
    x = extraction("d-jp", text, [mofa], [],
                   issuers=[{"country": "JP", "agency": "Ministry of Foreign Affairs"}])
    rows = map_extraction(x)
    issued = rows.relationships[("ISSUED", None, "Document")]
    assert [(r.source, r.target) for r in issued] == [(mofa.id, "d-jp")]


def test_a_news_report_is_not_issued_by_the_agency_it_reports() -> None:
    # a newspaper's story of a Treasury action names the Treasury as its source, but the
    # Treasury did not publish the story: no ISSUED to the document, the source stays listed
    x = ofac_release("d-news")
    x.document.doc_type = "news"
    rows = map_extraction(x)
    assert rows.document.properties["issuers"] == ["Department of the Treasury (US)"]
    assert ("ISSUED", None, "Document") not in rows.relationships
    # the designation it reports still has its actor
    issued = {(r.source, r.target) for k, rs in rows.relationships.items() for r in rs
              if k[0] == "ISSUED"}
    assert [source for source, _ in issued] == ["agency:office-of-foreign-assets-control"]


def test_rows_that_do_not_fit_the_model_are_left_out_and_reported() -> None:
    x = ofac_release()
    x.entities[1].properties.update({"shoe_size": 44, "age": "forty"})
    x.entities[2].properties["kind"] = "spaceship"
    x.entities.append(ExtractedEntity("planet:mars", "Planet", "Mars"))
    kim, chinyong = x.entities[1], x.entities[2]
    x.relations.append(ExtractedRelation("SENTENCED", chinyong.id, kim.id))  # wrong labels
    x.relations.append(ExtractedRelation("FACILITATED", kim.id, "person:nobody"))
    x.relations.append(ExtractedRelation("MENTIONS", kim.id, chinyong.id))
    rows = map_extraction(x)
    text = "\n".join(rows.problems)
    for expected in ("shoe_size", "'age' expects integer", "'kind' must be one of", "Planet",
                     "SENTENCED cannot join Organization to Person", "person:nobody",
                     "MENTIONS"):
        assert expected in text
    person = rows.nodes["Person"][0]
    assert "shoe_size" not in person.properties and "age" not in person.properties
    assert person.properties["nationality"] == "KP"
    assert ("SENTENCED", None, None) not in rows.relationships


def test_node_evidence_is_the_sentences_of_its_mentions() -> None:
    rows = map_extraction(ofac_release())
    kim = next(r for r in rows.nodes["Person"])
    sentences = [e[2] for e in kim.evidence]
    assert sentences == ["The Office of Foreign Assets Control designated Kim Sang Man today.",
                         "Kim Sang Man ran Chinyong for the regime."]
    for start, end, sentence in kim.evidence:
        assert OFAC_TEXT[start:end] == sentence


def test_node_evidence_is_capped_per_document() -> None:
    text = " ".join(f"Sentence {i} names Pyongyang." for i in range(10))
    kp = entity(text, "Country", "KP", "Pyongyang")
    kp.name, kp.properties = "North Korea", {"code": "KP"}
    rows = map_extraction(extraction("d-cap", text, [kp], []))
    assert len(rows.nodes["Country"][0].evidence) == MAX_NODE_EVIDENCE
    assert rows.nodes["Country"][0].mentions == 10


def test_sentence_splitter_keeps_abbreviations_together() -> None:
    text = "The U.S. Department of State and Mr. Kim met. Then E.O. 13382 applied.\nNext line"
    sentences = Sentences(text)
    first = sentences.around(text.index("Kim"), text.index("Kim") + 3)
    assert first is not None and first[2] == "The U.S. Department of State and Mr. Kim met."
    second = sentences.around(text.index("13382"), text.index("13382") + 5)
    assert second is not None and second[2] == "Then E.O. 13382 applied."
    third = sentences.around(text.index("Next"), text.index("Next") + 4)
    assert third is not None and third[2] == "Next line"


def test_a_text_without_sentence_ends_gives_bounded_evidence_with_exact_offsets() -> None:
    text = " ".join(f"Acme Trading Co {i}, Kim Song Il{i}," for i in range(3000)) + "\n"
    sentences = Sentences(text)
    start = text.index("Acme Trading Co 1500,")
    found = sentences.around(start, start + len("Acme Trading Co 1500"))
    assert found is not None
    s, e, sentence = found
    assert text[s:e] == sentence and s <= start < start + 20 <= e
    assert len(sentence) <= MAX_SPLIT_SENTENCE
    assert not sentence[0].isspace() and text[s - 1] == " "  # no word is cut
    assert text[e] == " "


def test_duplicate_entities_and_relations_in_one_document_are_merged() -> None:
    x = ofac_release()
    x.entities.append(entity(OFAC_TEXT, "Person", "Kim Sang Man", aliases=("Kim",)))
    x.relations.append(x.relations[1])
    rows = map_extraction(x)
    assert len(rows.nodes["Person"]) == 1 and rows.nodes["Person"][0].aliases == ["Kim"]
    assert len(rows.relationships[("CONTROLLED_BY", None, None)]) == 1


# --- writing ---------------------------------------------------------------------------------


def dump(store: GraphStore) -> tuple[list[Any], list[Any]]:
    return canonical(read_snapshot(store))


# Everything is kept per document now (statements): nothing is left out of the comparison.
NOT_PER_DOCUMENT: set[str] = set()


def facts(store: GraphStore) -> tuple[list[Any], list[Any]]:
    """The canonical dump of the whole graph, statements included."""
    nodes, edges = dump(store)
    return ([(label, i, tuple(p for p in props if p[0] not in NOT_PER_DOCUMENT))
             for label, i, props in nodes], edges)


def test_ingest_writes_a_complete_document(falkor_store: GraphStore) -> None:
    result = ingest_extraction(falkor_store, ofac_release())
    assert not result.skipped and result.problems == []
    assert falkor_store.document_states() == {"d-ofac": (ofac_release().content_hash, True)}
    counts = falkor_store.counts()
    assert counts["nodes"] == {"Agency": 1, "Claim": 6, "Country": 2, "Document": 1,
                               "Organization": 1, "Person": 1, "Sanction": 1}
    assert counts["relationships"]["ISSUED"] == 2  # OFAC -> Sanction, US -> Document
    assert counts["relationships"]["MENTIONS"] == 6  # every entity the document states
    assert counts["relationships"]["STATES"] == 6  # one claim per relation it asserts
    doc = falkor_store.get_entity("d-ofac")["properties"]
    assert doc["text"] == OFAC_TEXT and doc["complete"] is True


def test_reingesting_an_unchanged_document_writes_nothing(falkor_store: GraphStore) -> None:
    ingest_extraction(falkor_store, ofac_release())
    before, total = dump(falkor_store), falkor_store.counters.total
    plan = plan_ingest(falkor_store, [("d-ofac", ofac_release().content_hash)])
    assert plan.unchanged == ["d-ofac"] and not plan.needs_writing("d-ofac")
    result = ingest_extraction(falkor_store, ofac_release())
    assert result.skipped
    assert falkor_store.counters.total == total
    assert dump(falkor_store) == before


def _other_release() -> Extraction:
    text = ("Kim Sang Man also worked with Chinyong in Shenyang. "
            "The Office of Foreign Assets Control said so.")
    ofac = entity(text, "Agency", "Office of Foreign Assets Control", country="US")
    kim = entity(text, "Person", "Kim Sang Man", nationality="KP")
    chinyong = entity(text, "Organization", "Chinyong", kind="front_company")
    return extraction("d-other", text, [ofac, kim, chinyong], [
        relation(text, "CONTROLLED_BY", chinyong, kim, text.split(". ")[0] + "."),
    ])


def test_a_changed_document_replaces_exactly_its_own_contribution(
        falkor_store: GraphStore, spare_store: GraphStore) -> None:
    ingest_extraction(falkor_store, ofac_release())
    ingest_extraction(falkor_store, _other_release())
    text = "The Office of Foreign Assets Control designated Kim Sang Man today."
    ofac = entity(text, "Agency", "Office of Foreign Assets Control", country="US")
    kim = entity(text, "Person", "Kim Sang Man", nationality="KP")
    changed = extraction("d-ofac", text, [ofac, kim], [
        relation(text, "DESIGNATED", ofac, kim, text, date="2025-01-16")])
    assert plan_ingest(falkor_store, [("d-ofac", changed.content_hash)]).changed == ["d-ofac"]
    result = ingest_extraction(falkor_store, changed)
    assert result.replaced
    # China and LOCATED_IN were only in the old version: gone
    assert "country:CN" not in falkor_store.get_entities(["country:CN"])
    # CONTROLLED_BY is shared with d-other: it stays, supported by d-other alone
    rel = falkor_store.run("MATCH ()-[r:CONTROLLED_BY]->() RETURN r")[0]["r"]["properties"]
    assert rel["doc_count"] == 1
    claims = falkor_store.run("MATCH (c:Claim {type: 'CONTROLLED_BY'}) RETURN c.doc AS doc")
    assert claims == [{"doc": "d-other"}]
    chinyong = falkor_store.get_entity("organization:chinyong")["properties"]
    assert chinyong["doc_count"] == 1
    assert falkor_store.documents_of("organization:chinyong") == ["d-other"]
    # the same graph as writing the other document and then the new version from scratch
    ingest_extraction(spare_store, _other_release())
    ingest_extraction(spare_store, changed)
    assert facts(falkor_store) == facts(spare_store)


def test_forget_then_reingest_equals_never_forgotten(falkor_store: GraphStore) -> None:
    second = ofac_release("d-ofac-2")
    for x in (ofac_release(), _other_release(), second):
        ingest_extraction(falkor_store, x)
    before = dump(falkor_store)
    for doc in ("d-ofac", "d-other"):
        forget(falkor_store, doc)
        assert dump(falkor_store) != before
    ingest_extraction(falkor_store, _other_release())
    ingest_extraction(falkor_store, ofac_release())
    assert dump(falkor_store) == before


def test_forget_removes_only_what_the_document_alone_supports(
        falkor_store: GraphStore) -> None:
    ingest_extraction(falkor_store, _other_release())
    only_other = dump(falkor_store)
    ingest_extraction(falkor_store, ofac_release())
    removed = forget(falkor_store, "d-ofac")
    assert removed["documents"] == 1 and removed["nodes"] >= 3
    assert facts(falkor_store) == (
        [(label, i, tuple(p for p in props if p[0] not in NOT_PER_DOCUMENT))
         for label, i, props in only_other[0]], only_other[1])
    with pytest.raises(NotFound):
        forget(falkor_store, "d-ofac")


def test_a_failed_write_is_forgotten_and_names_the_document(
        falkor_store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    ingest_extraction(falkor_store, _other_release())
    before = facts(falkor_store)
    real = falkor_store.upsert_relationships

    def refuse(rel_type: str, *args: Any, **kwargs: Any) -> int:
        if rel_type == "SANCTIONED":
            raise QueryError("the store rejected the statement: boom")
        return real(rel_type, *args, **kwargs)

    monkeypatch.setattr(falkor_store, "upsert_relationships", refuse)
    with pytest.raises(DocumentError, match=r"d-ofac.*boom.*nothing of it was kept"):
        ingest_extraction(falkor_store, ofac_release())
    assert facts(falkor_store) == before


@pytest.mark.only_store("neo4j")
def test_a_rolled_back_batch_says_nothing_was_kept(
        falkor_store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """Neo4j rolls back a batch cut off by the store going away: the message says so, not
    that the documents stay marked incomplete (true of FalkorDB only, test_ingest_runs),
    even though undoing them fails too while the store is gone."""
    ingest_extraction(falkor_store, ofac_release())
    before = dump(falkor_store)
    real = falkor_store.upsert_relationships

    def away(rel_type: str, *args: Any, **kwargs: Any) -> int:
        if rel_type == "CONTROLLED_BY":  # both documents state one
            raise StoreUnavailable("cannot reach Neo4j (the test stopped answering)")
        return real(rel_type, *args, **kwargs)

    def unreachable(doc_id: str) -> dict[str, int]:
        raise StoreUnavailable("cannot reach Neo4j (the test stopped answering)")

    monkeypatch.setattr(falkor_store, "upsert_relationships", away)
    with pytest.raises(StoreUnavailable) as fresh:
        ingest_extraction(falkor_store, _other_release())
    changed = replace(ofac_release(), content_hash="sha256:changed")  # a new version
    with pytest.raises(StoreUnavailable) as replacing:
        ingest_extraction(falkor_store, changed)
    monkeypatch.setattr(falkor_store, "forget_document", unreachable)
    with pytest.raises(StoreUnavailable) as undo_fails:
        ingest_extraction(falkor_store, _other_release())
    monkeypatch.undo()
    for error in (fresh, replacing, undo_fails):
        assert "Nothing was kept: the store rolled the batch back" in error.value.detail
        assert "marked incomplete" not in error.value.detail
    assert "keep their earlier version" in replacing.value.detail
    assert "earlier version" not in fresh.value.detail
    assert dump(falkor_store) == before  # the rollback left nothing, the earlier version stays


def test_one_call_with_a_node_from_many_documents_keeps_every_source(
        falkor_store: GraphStore) -> None:
    """Batched ingest hands the store rows of several documents for the same node at once."""
    from graph.store import NodeRow

    falkor_store.upsert_nodes("Document", [NodeRow(d, {"title": d}, d) for d in "pqrs"])
    rows = [NodeRow("person:a", {"name": "A", "role": doc}, doc, [f"alias {doc}"],
                    [(i, i + 1, f"sentence {doc}")]) for i, doc in enumerate("sqrp")]
    falkor_store.upsert_nodes("Person", rows[:1])
    falkor_store.upsert_nodes("Person", rows[1:])
    node = falkor_store.get_entity_light("person:a")["properties"]
    assert node["doc_count"] == 4 and sorted(node["sources"]) == ["p", "q", "r", "s"]
    assert {st["doc"]: st["text"] for st in node["statements"]}["q"] == ["sentence q"]
    # values from the best statement (equal confidence: the smallest document id), not the last
    assert node["role"] == "p" and len(node["aliases"]) == 4


def test_a_batch_with_a_failing_document_writes_the_others(
        falkor_store: GraphStore, spare_store: GraphStore,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from graph.ingest import IngestResult, ingest_batch

    real = falkor_store.upsert_relationships

    def refuse_ofac(rel_type: str, rows: Any, *args: Any, **kwargs: Any) -> int:
        if any(row.doc == "d-ofac" for row in rows) and rel_type == "SANCTIONED":
            raise QueryError("the store rejected the statement: boom")
        return real(rel_type, rows, *args, **kwargs)

    monkeypatch.setattr(falkor_store, "upsert_relationships", refuse_ofac)
    other, ofac = ingest_batch(falkor_store, [_other_release(), ofac_release()])
    assert isinstance(other, IngestResult) and other.entities == 3
    assert isinstance(ofac, DocumentError) and "d-ofac" in ofac.detail
    assert falkor_store.document_states() == {"d-other": (_other_release().content_hash, True)}
    monkeypatch.undo()
    ingest_extraction(spare_store, _other_release())  # the other document alone
    assert facts(falkor_store) == facts(spare_store)
