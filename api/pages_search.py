"""The search results page: entities grouped by type and documents with snippets.

One box on every page submits here on Enter. The page calls the same two services as
GET /api/search and GET /api/documents?q=, so the page and the API cannot disagree; a bad
filter (a date such as "garbage") is shown beside the form instead of failing the page.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from api.deps import StoreDep
from api.pages import page
from api.schemas import DocumentList, SearchHit, SearchPage
from api.services import doc_search
from api.services import search as search_service
from graph.errors import InvalidInput

router = APIRouter(include_in_schema=False)
PER_PAGE = 20
PER_GROUP = 6  # hits shown per type before "all N …"
GROUPED = 100  # hits read to fill the groups when no type is chosen

Text = Annotated[str, Query(max_length=200)]


def grouped(hits: list[SearchHit]) -> dict[str, list[SearchHit]]:
    """Hits by type, each group in rank order, the group of the best hit first."""
    groups: dict[str, list[SearchHit]] = {}
    for hit in hits:
        groups.setdefault(hit.label, []).append(hit)
    return groups


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, store: StoreDep, q: Text = "", type: Text = "",
                country: Text = "", doc_type: Text = "", issuer: Text = "", since: Text = "",
                until: Text = "", page_no: Annotated[int, Query(alias="page", ge=1,
                                                                le=500)] = 1) -> HTMLResponse:
    errors: list[str] = []
    entities: SearchPage | None = None
    documents: DocumentList | None = None
    offset = (page_no - 1) * PER_PAGE
    try:
        filters = doc_search.make_filters(store, doc_type=doc_type or None,
                                          issuer=issuer or None, since=since or None,
                                          until=until or None)
    except InvalidInput as exc:
        errors.append(exc.detail)
        filters = doc_search.DocumentFilters()
    if q.strip():
        try:
            entities = search_service.search(
                store, q, label=type or None, country=country or None,
                limit=PER_PAGE if type else GROUPED, offset=offset if type else 0)
        except InvalidInput as exc:
            errors.append(exc.detail)
    if q.strip() or filters.active:
        documents = doc_search.search_documents(store, q, filters, limit=PER_PAGE,
                                                offset=offset)
    countries = store.country_names()
    facets = doc_search.facets(store)
    context: dict[str, Any] = {
        "q": q, "type": type, "country": country, "doc_type": doc_type, "issuer": issuer,
        "since": since, "until": until, "page_no": page_no, "per_page": PER_PAGE,
        "per_group": PER_GROUP, "errors": errors, "entities": entities, "documents": documents,
        "groups": grouped(entities.items) if entities else {},
        "labels": search_service.searchable_labels(store), "countries": countries,
        "issuers": facets["issuers"], "doc_types": facets["doc_types"],
        "more": bool((documents and documents.offset + len(documents.items) < documents.total)
                     or (entities and type and offset + len(entities.items) < entities.total)),
    }
    return page(request, "search.html", "search", **context)
