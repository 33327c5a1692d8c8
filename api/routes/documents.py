"""GET /api/documents, GET /api/documents/{id} and POST /api/documents (with the API key)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, UploadFile
from starlette.concurrency import run_in_threadpool

from api.deps import ApiKeyDep, IngesterDep, StoreDep
from api.errors_http import error_responses
from api.routes import examples, json_of
from api.routes.entities import NO_NUL
from api.routes.query_params import DATE_PATTERN, DOC_TYPE_PATTERN
from api.schemas import DocumentList, DocumentOut, IngestIn, IngestOut
from api.services import doc_search
from api.services import documents as document_service
from extract.reader import MAX_FILE_BYTES
from graph.errors import InvalidInput

router = APIRouter(prefix="/api", tags=["documents"])
InventedQuery = Annotated[bool, Query(description=(
    "also write a document marked `invented: true` (an evaluation document about events "
    "that did not happen); refused with 422 otherwise"))]


@router.get("/documents", summary="Documents, newest first, or found by full text",
            response_model=DocumentList,
            responses={**examples.ok(examples.DOCUMENTS), **error_responses()})
def list_documents(store: StoreDep,
                   q: Annotated[str, Query(max_length=200, examples=["laptop farm"],
                                           description="words of the title or text")] = "",
                   doc_type: Annotated[str | None, Query(
                       max_length=40, pattern=DOC_TYPE_PATTERN, description=(
                       "document type, e.g. sanctions_release"))] = None,
                   issuer: Annotated[str | None, Query(max_length=200, description=(
                       "an issuer as listed, or a country code: US, JP, KR"))] = None,
                   since: Annotated[str | None, Query(
                       max_length=10, pattern=DATE_PATTERN, description=(
                       "from date: YYYY, YYYY-MM or YYYY-MM-DD"))] = None,
                   until: Annotated[str | None, Query(
                       max_length=10, pattern=DATE_PATTERN, description=(
                       "to date: YYYY, YYYY-MM or YYYY-MM-DD"))] = None,
                   limit: Annotated[int, Query(ge=1, le=doc_search.MAX_LIMIT)] = 100,
                   offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0) -> Response:
    """With `q`: best matches first, each with highlighted snippets. Every document says
    its source kind and reliability."""
    filters = doc_search.make_filters(store, doc_type=doc_type, issuer=issuer, since=since,
                                      until=until)
    return json_of(doc_search.search_documents(store, q, filters, limit=limit, offset=offset))


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
                    body: IngestIn, include_invented: InventedQuery = False) -> Response:
    """Extracts the document and writes it, replacing an earlier version with the same id."""
    return json_of(ingester.ingest(store, body.markdown, include_invented=include_invented))


@router.post("/documents/file", summary="Ingest one file: Markdown, text, HTML or PDF "
             "(needs X-API-Key)", response_model=IngestOut,
             responses={**examples.ok(examples.INGEST), **error_responses(400, 401, 429)})
async def ingest_file(store: StoreDep, ingester: IngesterDep, _key: ApiKeyDep,
                      file: UploadFile, include_invented: InventedQuery = False) -> Response:
    """The same reader as `tkg ingest`: front matter if the file has it, else the title from
    its first line, `<title>` or PDF metadata, and the date where the text states one."""
    data = await file.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput(f"the file is larger than {MAX_FILE_BYTES // 1_000_000} MB; split it")
    result = await run_in_threadpool(lambda: ingester.ingest_file(
        store, file.filename or "", data, include_invented=include_invented))
    return json_of(result)
