"""provenance() builds only what a fact shows: evidence up to its cap, statements without a
sentence counted in the cap but not quoted, items validated by the model that holds them."""

from __future__ import annotations

from typing import Any

from api.schemas import EvidenceOut, Provenance
from api.services.convert import evidence_of, provenance


def _statement(doc: str, sentences: list[str], confidence: float = 0.9) -> dict[str, Any]:
    starts = [i * 100 for i in range(len(sentences))]
    return {"doc": doc, "start": starts, "end": [s + 50 for s in starts], "text": sentences,
            "confidence": confidence, "modality": "asserted", "frame": None,
            "date_basis": None}


def _props(statements: list[dict[str, Any]], total: int) -> dict[str, Any]:
    return {"statements": statements, "sources": [st["doc"] for st in statements],
            "sources_total": total, "confidence": 0.9, "modality": "asserted"}


def test_a_statement_without_a_sentence_takes_its_place_in_the_cap_but_is_not_quoted() -> None:
    statements = [_statement("doc-a", []), _statement("doc-b", ["b1", "b2", "b3"]),
                  _statement("doc-c", ["c1"])]
    prov = provenance(_props(statements, 5), cap=3)
    assert [(e["document"], e["text"]) for e in prov["evidence"]] == [("doc-b", "b1"),
                                                                       ("doc-b", "b2")]
    assert prov["evidence_total"] == 5 and prov["statements_total"] == 5
    assert [(e.document, e.text) for e in evidence_of(statements, cap=3)] == [
        ("doc-a", ""), ("doc-b", "b1"), ("doc-b", "b2")]


def test_evidence_items_become_the_same_models_as_evidence_of_gives() -> None:
    statements = [_statement("doc-a", ["a1", "a2"], 0.8), _statement("doc-b", ["b1"], 0.7)]
    prov = provenance(_props(statements, 2))
    model = Provenance(**prov)
    assert model.evidence == evidence_of(statements)
    assert all(isinstance(e, EvidenceOut) for e in model.evidence)
    assert model.model_dump_json() == Provenance(
        **{**prov, "evidence": evidence_of(statements)}).model_dump_json()
