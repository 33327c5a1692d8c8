"""Two readings compared (extract/evaluate/agreement.py): pure logic, built by hand."""

from __future__ import annotations

from extract.evaluate.agreement import consensus, false_against_both
from extract.evaluate.scoring import GoldDoc
from graph.model import DocumentMeta, ExtractedEntity, ExtractedRelation, Extraction


def _ent(eid: str, etype: str, name: str) -> ExtractedEntity:
    return ExtractedEntity(id=eid, type=etype, name=name)


FIRST = GoldDoc("d1", [_ent("e1", "Person", "Orla Venn"),
                       _ent("e2", "Organization", "Brightwell LLC"),
                       _ent("e3", "Country", "North Korea")],
                [ExtractedRelation("EMPLOYED_AT", "e1", "e2"),
                 ExtractedRelation("LOCATED_IN", "e2", "e3"),
                 ExtractedRelation("MET", "e1", "e2")])
# The second annotator numbers entities differently, names one by an alias form, and marks
# MET the other way round; it leaves out LOCATED_IN and adds a FUNDED.
SECOND = GoldDoc("d1", [_ent("x9", "Organization", "Brightwell LLC"),
                        _ent("x1", "Person", "orla venn"), _ent("x3", "Country", "North Korea")],
                 [ExtractedRelation("EMPLOYED_AT", "x1", "x9"),
                  ExtractedRelation("MET", "x9", "x1"),
                  ExtractedRelation("FUNDED", "x9", "x3")])


def test_the_consensus_keeps_only_relations_both_readings_mark() -> None:
    agreed = consensus(FIRST, SECOND)
    assert [(r.type, r.source, r.target) for r in agreed.relations] == [
        ("EMPLOYED_AT", "e1", "e2"), ("MET", "e1", "e2")]
    assert agreed.entities == FIRST.entities


def test_a_relation_is_unexplained_only_when_false_against_both_readings() -> None:
    extraction = Extraction(DocumentMeta(id="d1"), "", "", entities=[
        _ent("p", "Person", "Orla Venn"), _ent("o", "Organization", "Brightwell LLC"),
        _ent("c", "Country", "North Korea")], relations=[
        ExtractedRelation("LOCATED_IN", "o", "c"),   # first reading only: explained
        ExtractedRelation("FUNDED", "o", "c"),       # second reading only: explained
        ExtractedRelation("LOCATED_IN", "p", "c"),   # neither
        ExtractedRelation("EMPLOYED_AT", "p", "o")])  # both
    assert false_against_both({"d1": extraction}, [(FIRST, SECOND)]) == {"LOCATED_IN": 1}
