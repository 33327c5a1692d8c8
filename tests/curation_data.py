"""Small hand-made documents for the curation tests: every fact's source is known exactly."""

from __future__ import annotations

import hashlib

from graph.ids import entity_id
from graph.model import (
    DocumentMeta,
    Evidence,
    ExtractedEntity,
    ExtractedRelation,
    Extraction,
    Mention,
    PossibleSame,
)

KIM = entity_id("Person", "Kim Sang Man")
KIM_VARIANT = entity_id("Person", "Gim Sangman")
CHINYONG = entity_id("Organization", "Chinyong")
YANBIAN = entity_id("Organization", "Yanbian Silverstar")

RELEASE_TEXT = ("Kim Sang Man worked for Chinyong in Shenyang. "
                "Kim Sang Man also worked for Yanbian Silverstar.")
REPORT_TEXT = "Gim Sangman sent wages from Yanbian Silverstar to Pyongyang."


def _entity(text: str, label: str, name: str) -> ExtractedEntity:
    start = text.index(name)
    return ExtractedEntity(entity_id(label, name), label, name, [], {},
                           [Mention(start, start + len(name), name)], 0.9)


def _relation(text: str, rel_type: str, source: ExtractedEntity, target: ExtractedEntity,
              sentence: str, confidence: float) -> ExtractedRelation:
    start = text.index(sentence)
    return ExtractedRelation(rel_type, source.id, target.id, {}, confidence,
                             [Evidence(start, start + len(sentence), sentence)])


def _extraction(doc_id: str, doc_type: str, text: str, entities: list[ExtractedEntity],
                relations: list[ExtractedRelation]) -> Extraction:
    meta = DocumentMeta(doc_id, f"Title of {doc_id}", doc_type, "2025-01-16", "en", [],
                        [f"https://example.org/{doc_id}"])
    digest = "sha256:" + hashlib.sha256(text.encode()).hexdigest()
    return Extraction(meta, text, digest, entities, relations)


def release() -> Extraction:
    """Kim worked for Chinyong (confidence 0.9) and for Yanbian Silverstar (0.6)."""
    text = RELEASE_TEXT
    kim = _entity(text, "Person", "Kim Sang Man")
    chinyong = _entity(text, "Organization", "Chinyong")
    yanbian = _entity(text, "Organization", "Yanbian Silverstar")
    first, second = text.split(". ", 1)
    return _extraction("d-release", "sanctions_release", text, [kim, chinyong, yanbian], [
        _relation(text, "EMPLOYED_AT", kim, chinyong, first + ".", 0.9),
        _relation(text, "EMPLOYED_AT", kim, yanbian, second, 0.6)])


def report() -> Extraction:
    """Another spelling of Kim, tied to Yanbian Silverstar by another document."""
    text = REPORT_TEXT
    gim = _entity(text, "Person", "Gim Sangman")
    yanbian = _entity(text, "Organization", "Yanbian Silverstar")
    return _extraction("d-report", "news", text, [gim, yanbian], [
        _relation(text, "EMPLOYED_AT", gim, yanbian, text, 0.7)])


SUGGESTION_TEXT = "Kim Sang Man worked for Chinyong. A report spells him Gim Sangman."


def suggestion() -> Extraction:
    """Two spellings in one document, joined only by a scored "possibly the same" link."""
    text = SUGGESTION_TEXT
    kim = _entity(text, "Person", "Kim Sang Man")
    gim = _entity(text, "Person", "Gim Sangman")
    chinyong = _entity(text, "Organization", "Chinyong")
    extraction = _extraction("d-suggestion", "news", text, [kim, gim, chinyong], [
        _relation(text, "EMPLOYED_AT", kim, chinyong, text.split(". ")[0] + ".", 0.9)])
    extraction.links = [PossibleSame(kim.id, gim.id, 0.72, "romanizations of one name")]
    return extraction
