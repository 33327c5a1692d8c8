"""Extraction JSON (docs/development.md "Extraction JSON"): the form other tools read.

`dataclasses.asdict` of `graph.model.Extraction`, reshaped so a document is one flat object:
its id and title beside its entities and relations. Fields may be added, never renamed; the
body text is left out (it is in the corpus) to keep outputs small.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

from graph.model import (
    DocumentMeta,
    Evidence,
    ExtractedEntity,
    ExtractedRelation,
    Extraction,
    Mention,
    PossibleSame,
    RejectedRelation,
)


def extraction_to_dict(extraction: Extraction) -> dict[str, Any]:
    meta = extraction.document
    return {
        "id": meta.id,
        "title": meta.title,
        "content_hash": extraction.content_hash,
        "doc_type": meta.doc_type,
        "date": meta.date,
        "language": meta.language,
        "issuers": [dict(i) for i in meta.issuers],
        "source_urls": list(meta.source_urls),
        "entities": [asdict(e) for e in extraction.entities],
        "relations": [asdict(r) for r in extraction.relations],
        "links": [asdict(link) for link in extraction.links],
        "rejected": [asdict(r) for r in extraction.rejected],
    }


def extraction_from_dict(raw: dict[str, Any], text: str = "") -> Extraction:
    """The inverse of `extraction_to_dict` (the body comes from the corpus, if wanted)."""
    meta = DocumentMeta(
        id=str(raw["id"]), title=str(raw.get("title", "")), doc_type=str(raw.get("doc_type", "")),
        date=str(raw.get("date", "")), language=str(raw.get("language", "en")),
        issuers=[dict(i) for i in raw.get("issuers", [])],
        source_urls=[str(u) for u in raw.get("source_urls", [])],
    )
    entities = [
        ExtractedEntity(
            id=e["id"], type=e["type"], name=e["name"], aliases=list(e.get("aliases", [])),
            properties=dict(e.get("properties", {})),
            mentions=[Mention(**m) for m in e.get("mentions", [])],
            confidence=float(e.get("confidence", 1.0)),
            unnamed=bool(e.get("unnamed", False)),
            count=int(e["count"]) if e.get("count") is not None else None,
            count_qualifier=str(e.get("count_qualifier", "")),
        )
        for e in raw.get("entities", [])
    ]
    relations = [
        ExtractedRelation(
            type=r["type"], source=r["source"], target=r["target"],
            properties=dict(r.get("properties", {})), confidence=float(r.get("confidence", 1.0)),
            evidence=[Evidence(**ev) for ev in r.get("evidence", [])],
            modality=str(r.get("modality", "asserted")), frame=str(r.get("frame", "")),
            date_basis=str(r.get("date_basis", "")),
            construction=str(r.get("construction", "")),
        )
        for r in raw.get("relations", [])
    ]
    links = [PossibleSame(**link) for link in raw.get("links", [])]
    rejected = [RejectedRelation(**r) for r in raw.get("rejected", [])]
    return Extraction(meta, text, str(raw.get("content_hash", "")), entities, relations,
                      links, rejected)


def report(extractions: Iterable[Extraction], errors: Iterable[tuple[str, str]]
           ) -> dict[str, Any]:
    """The whole answer of `tkg extract --format json`."""
    return {
        "documents": [extraction_to_dict(e) for e in extractions],
        "errors": [{"file": file, "detail": detail} for file, detail in errors],
    }


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)
