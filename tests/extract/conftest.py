"""One real extractor (the real spaCy model and pipeline) for the extraction tests."""

from __future__ import annotations

from functools import lru_cache

from extract.extractor import Extractor
from graph.model import DocumentMeta, Extraction


@lru_cache(maxsize=1)
def extractor() -> Extractor:
    return Extractor()


def extract(text: str, doc_type: str = "sanctions_release", date: str = "2025-06-02",
            issuers: list[dict[str, str]] | None = None) -> Extraction:
    meta = DocumentMeta(id="t", doc_type=doc_type, date=date,
                        issuers=issuers or [{"country": "US",
                                             "agency": "Department of the Treasury"}])
    return extractor().extract(text, meta)


def named(result: Extraction) -> dict[str, str]:
    """entity id -> name"""
    return {e.id: e.name for e in result.entities}


def relations(result: Extraction, rtype: str) -> list[tuple[str, str]]:
    names = named(result)
    return [(names[r.source], names[r.target]) for r in result.relations if r.type == rtype]


def dated(result: Extraction, rtype: str) -> list[tuple[str, str, object]]:
    """(source name, target name, date) of each relation of the type."""
    names = named(result)
    return [(names[r.source], names[r.target], r.properties.get("date"))
            for r in result.relations if r.type == rtype]
