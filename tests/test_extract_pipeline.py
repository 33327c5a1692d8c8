"""The spaCy pipeline and the extractor API with the real model."""

from __future__ import annotations

import json
from functools import lru_cache

from extract.evaluate.scoring import GoldDoc, format_table, name_key, score_corpus
from extract.extractor import Extractor
from extract.jsonio import dumps, extraction_from_dict, extraction_to_dict, report
from extract.pipeline import CUSTOM_COMPONENTS, build_nlp
from graph.errors import DocumentError
from graph.model import DocumentMeta, ExtractedEntity, ExtractedRelation, Extraction


@lru_cache(maxsize=1)
def extractor() -> Extractor:
    return Extractor()


def test_pipeline_components_are_registered_and_versioned() -> None:
    nlp = extractor().nlp
    for name in ("tkg_line_breaks_v1", "tkg_gazetteer_v1", "tkg_titles_v1", "tkg_org_names_v1",
                 "tkg_korean_names_v1", "tkg_listed_names_v1", "tkg_nicknamed_names_v1",
                 "tkg_amounts_v1",
                 "tkg_org_context_v1",
                 "tkg_span_cleanup_v1", "tkg_clause_verbs_v2", "tkg_frames_v1"):
        assert name in nlp.pipe_names
    assert nlp.pipe_names.index("tkg_gazetteer_v1") < nlp.pipe_names.index("ner")
    assert nlp.pipe_names.index("ner") < nlp.pipe_names.index("tkg_org_context_v1")
    # sentence breaks at Markdown structure are set before the parser, which keeps them;
    # the frames match the parse, with lemmas
    assert nlp.pipe_names.index("tkg_line_breaks_v1") < nlp.pipe_names.index("parser")
    # a clause ending on "U.S." before a new clause: also a boundary the parser keeps
    assert nlp.pipe_names.index("tkg_abbreviation_ends_v1") < nlp.pipe_names.index("parser")
    assert nlp.pipe_names.index("lemmatizer") < nlp.pipe_names.index("tkg_frames_v1")
    # a clause verb the tagger called a noun is set right after the parse is final
    assert nlp.pipe_names.index("tkg_clause_verbs_v2") < nlp.pipe_names.index("tkg_frames_v1")
    # a name's "Jun." is split before anything reads the tokens (the model's tok2vec)
    assert nlp.pipe_names[0] == "tkg_name_periods_v1"
    assert len(CUSTOM_COMPONENTS) == 16
    assert nlp.get_pipe_meta("tkg_span_cleanup_v1").assigns == ["doc.ents"]


def test_possessives_and_citation_markers_are_cleaned() -> None:
    doc = extractor().nlp("North Korea's IT workers earned money since 2022.[4] "
                          "Chapman's laptops were seized.")
    texts = [(e.label_, e.text) for e in doc.ents]
    assert ("Country", "North Korea") in texts
    assert all("[" not in t and not t.endswith("'s") for _, t in texts)
    assert not any(t == "4" for _, t in texts)


def test_agency_names_and_abbreviations() -> None:
    result = extractor().extract(
        "The Department of the Treasury's Office of Foreign Assets Control (OFAC) and the FBI "
        "acted together with the ROK Ministry of Foreign Affairs.", DocumentMeta(id="t"))
    names = {e.name for e in result.entities if e.type == "Agency"}
    assert names == {"Department of the Treasury", "Office of Foreign Assets Control",
                     "Federal Bureau of Investigation",
                     "Ministry of Foreign Affairs of the Republic of Korea"}


def test_money_becomes_payment_entities() -> None:
    result = extractor().extract("The scheme brought in about $17.1 million for the DPRK.",
                                 DocumentMeta(id="t"))
    payment = next(e for e in result.entities if e.type == "Payment")
    assert payment.name == "USD 17100000"
    assert payment.properties["qualifier"] == "about"
    assert any(r.type == "FUNDED" and r.source == payment.id for r in result.relations)


def test_relations_carry_provenance() -> None:
    text = "WASHINGTON - OFAC today designated Korea Sobaeksu Trading Company under E.O. 13687."
    result = extractor().extract(text, DocumentMeta(id="t", date="2025-07-24",
                                                    doc_type="sanctions_release"))
    designated = next(r for r in result.relations if r.type == "DESIGNATED")
    assert designated.source == "agency:office-of-foreign-assets-control"
    assert designated.properties["legal_basis"] == ["E.O. 13687"]
    assert designated.properties["date"] == "2025-07-24"
    evidence = designated.evidence[0]
    assert text[evidence.start:evidence.end] == evidence.sentence
    assert 0 < designated.confidence <= 1
    for entity in result.entities:
        for mention in entity.mentions:
            assert text[mention.start:mention.end] == mention.text


def test_extract_many_reports_a_bad_document_and_goes_on() -> None:
    docs = [("Kim Sang Man works for Chinyong.", DocumentMeta(id="one")),
            ("   ", DocumentMeta(id="empty")),
            ("x" * 50, DocumentMeta(id="long")),
            ("The FBI warned companies.", DocumentMeta(id="three"))]
    small = Extractor(nlp=extractor().nlp, max_chars=40)
    results = list(small.extract_many(docs, batch_size=2))
    assert [type(r).__name__ for r in results] == ["Extraction", "DocumentError",
                                                   "DocumentError", "Extraction"]
    assert isinstance(results[1], DocumentError) and "empty" in results[1].detail
    assert isinstance(results[2], DocumentError) and "limit" in results[2].detail


def test_json_round_trip() -> None:
    result = extractor().extract("Chapman helped DPRK IT workers.", DocumentMeta(id="rt"))
    data = json.loads(dumps(report([result], [("bad.txt", "the file is empty")])))
    assert set(data) == {"documents", "errors"}
    document = data["documents"][0]
    assert {"id", "title", "content_hash", "entities", "relations"} <= set(document)
    assert document["content_hash"].startswith("sha256:")
    back = extraction_from_dict(document)
    assert extraction_to_dict(back) == document


def test_scoring_matches_names_and_aliases() -> None:
    gold = GoldDoc("d", [
        ExtractedEntity("e1", "Agency", "Office of Foreign Assets Control", ["OFAC"]),
        ExtractedEntity("e2", "Person", "Kim Sang Man"),
        ExtractedEntity("e3", "Country", "South Korea", ["ROK"]),
    ], [ExtractedRelation("DESIGNATED", "e1", "e2"), ExtractedRelation("MET", "e1", "e3")])
    extraction = Extraction(DocumentMeta(id="d"), "", "", [
        ExtractedEntity("agency:ofac", "Agency", "OFAC"),
        ExtractedEntity("person:kim-sang-man", "Person", "KIM Sang Man"),
        ExtractedEntity("country:KR", "Country", "ROK"),
        ExtractedEntity("person:x", "Person", "Nobody"),
    ], [ExtractedRelation("DESIGNATED", "agency:ofac", "person:kim-sang-man"),
        ExtractedRelation("MET", "country:KR", "agency:ofac")])  # MET has no direction
    score = score_corpus({"d": extraction}, [gold])
    assert (score.entity_total.tp, score.entity_total.fp, score.entity_total.fn) == (3, 1, 0)
    assert (score.relation_total.tp, score.relation_total.fp) == (2, 0)
    assert "ALL" in format_table(score)
    assert name_key("The ROK") == name_key("rok")


def test_build_nlp_bare_has_no_custom_components() -> None:
    from extract.pipeline import PipelineConfig

    bare = build_nlp(PipelineConfig(custom=False))
    assert not any(name.startswith("tkg_") for name in bare.pipe_names)
