"""Reads of documents: listings, filters, full-text search over titles and texts, and the
spans one document contributed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from graph import queries
from graph.store_base import Row, StoreBase, count_of


class DocumentReads(StoreBase):
    """Documents by id, by filter, by text."""

    def list_documents(self, *, limit: int = 100, offset: int = 0) -> list[Row]:
        return self.run(queries.LIST_DOCUMENTS, {"limit": int(limit), "offset": int(offset)})

    def count_documents(self) -> int:
        return count_of(self.run(queries.COUNT_DOCUMENTS))

    def documents_of(self, entity_id: str) -> list[str]:
        """Every document that states something of an entity."""
        return [str(r["id"]) for r in self.run(queries.DOCUMENTS_OF_ENTITY, {"id": entity_id})]

    def documents_by_id(self, ids: Iterable[str]) -> dict[str, Row]:
        """Title, date and type of documents by id (no text), for citing sources."""
        rows = self.run_rows(queries.DOCUMENTS_BY_ID, {"ids": list(dict.fromkeys(ids))},
                             queries.DOCUMENT_COLUMNS)
        return {r["id"]: r for r in rows}

    def documents_with_text(self, ids: Sequence[str]) -> dict[str, Row]:
        rows = self.run(queries.DOCUMENTS_WITH_TEXT, {"ids": list(ids)})
        return {str(r["id"]): r for r in rows}

    def document_spans(self, doc_id: str, *, limit: int = 2000) -> dict[str, list[Row]]:
        """Entity mention spans and relationship evidence spans one document contributed."""
        params = {"id": doc_id, "limit": int(limit)}
        return {"entities": self.run(queries.DOCUMENT_ENTITY_SPANS, params),
                "relationships": self.run(queries.DOCUMENT_RELATIONSHIP_SPANS, params)}

    def document_facets(self) -> list[Row]:
        return self.run(queries.DOCUMENT_FACETS)

    def search_documents(self, text: str, filters: Mapping[str, Any], *,
                         limit: int = 1000) -> list[Row]:
        """Full-text over titles and texts: [{id, score}], best first, filtered."""
        q = self._document_query(text)
        if not q:
            return []
        return self.run(self.dialect.document_search(),
                        {"q": q, "limit": int(limit), **_doc_filters(filters)})

    def documents_containing(self, grams: Sequence[str], filters: Mapping[str, Any], *,
                             limit: int = 1000) -> list[Row]:
        return self.run(queries.DOCUMENTS_CONTAINING, {"grams": list(grams), "limit": int(limit),
                                                       **_doc_filters(filters)})

    def documents_filtered(self, filters: Mapping[str, Any], *, limit: int,
                           offset: int) -> tuple[list[Row], int]:
        params = _doc_filters(filters)
        rows = self.run(queries.DOCUMENTS_FILTERED,
                        {**params, "limit": int(limit), "offset": int(offset)})
        return rows, count_of(self.run(queries.COUNT_DOCUMENTS_FILTERED, params))


def _doc_filters(filters: Mapping[str, Any]) -> dict[str, Any]:
    """The document filter parameters, every one present (null lets everything through)."""
    return {k: filters.get(k) or None for k in ("doc_type", "issuer", "since", "until")}

