"""GET /api/documents, GET /api/documents/{id} and POST /api/documents (with the API key)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from api.deps import ApiKeyDep, IngesterDep, StoreDep
from api.errors_http import error_responses
from api.routes import examples, json_of
from api.routes.entities import NO_NUL
from api.schemas import DocumentList, DocumentOut, IngestIn, IngestOut
from api.services import documents as document_service

router = APIRouter(prefix="/api", tags=["documents"])


@router.get("/documents", summary="Documents, newest first", response_model=DocumentList,
            responses={**examples.ok(examples.DOCUMENTS), **error_responses()})
def list_documents(store: StoreDep,
                   limit: Annotated[int, Query(ge=1, le=document_service.MAX_LIMIT)] = 100,
                   offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0) -> Response:
    return json_of(document_service.list_documents(store, limit=limit, offset=offset))


@router.get("/documents/{doc_id}", summary="A document: metadata, text and linked spans",
            response_model=DocumentOut,
            responses={**examples.ok(examples.DOCUMENT), **error_responses(404)})
def document(store: StoreDep,
             doc_id: Annotated[str, Path(min_length=1, max_length=300, pattern=NO_NUL,
                                         examples=["c1-doj-chapman-sentencing-2025-07-24"])],
             ) -> Response:
    """Spans are the mentions and evidence sentences the graph stored from this document."""
    return json_of(document_service.document(store, doc_id))


@router.post("/documents", summary="Ingest one document (needs X-API-Key)",
             response_model=IngestOut,
             responses={**examples.ok(examples.INGEST), **error_responses(400, 401)})
def ingest_document(store: StoreDep, ingester: IngesterDep, _key: ApiKeyDep,
                    body: IngestIn) -> Response:
    """Extracts the document and writes it, replacing an earlier version with the same id."""
    return json_of(ingester.ingest(store, body.markdown))
