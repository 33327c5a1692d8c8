"""POST /api/judgments (with the API key) and GET /api/judgments: analysts' judgments."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Body, Header, Query, Response

from api.deps import ApiKeyDep, StoreDep
from api.errors_http import error_responses
from api.routes import examples, json_of
from api.schemas_curation import JudgmentIn, JudgmentList, JudgmentWritten
from api.services import judgments as judgment_service

router = APIRouter(prefix="/api", tags=["curation"])
Analyst = Annotated[str | None, Header(max_length=80, pattern=r"^[^\x00-\x1f]*$",
                                       description="who judges (default: analyst)",
                                       examples=["J. Park"])]
JUDGMENT = {"id": "judgment:4f1c…", "kind": "reject", "author": "J. Park",
            "at": "2026-11-26T14:05:09.123456+00:00",
            "reason": "the sentence names another company", "rel_type": "EMPLOYED_AT",
            "source": examples.CHAPMAN["id"], "target": examples.WORKERS["id"], "left": None,
            "right": None, "document": None, "reliability": None, "current": True}


@router.post("/judgments", summary="Record a judgment (needs X-API-Key)", status_code=201,
             response_model=JudgmentWritten,
             responses={201: {"description": "Recorded", "content": {"application/json": {
                 "example": {"judgment": JUDGMENT, "cluster": []}}}},
                 **error_responses(400, 401, 404, 409)})
def record_judgment(store: StoreDep, _key: ApiKeyDep,
                    body: Annotated[JudgmentIn, Body(openapi_examples={
                        "reject": {"summary": "reject a fact", "value": {
                            "kind": "reject", "type": "EMPLOYED_AT",
                            "source": examples.CHAPMAN["id"], "target": examples.WORKERS["id"],
                            "reason": "the sentence names another company"}},
                        "merge": {"summary": "two ids are one person", "value": {
                            "kind": "merge", "left": "person:choi-myung-chul",
                            "right": "person:choe-myong-chol",
                            "reason": "same birth date and passport in both releases"}},
                        "rate": {"summary": "rate a document", "value": {
                            "kind": "rate", "document": "c1-doj-chapman-sentencing-2025-07-24",
                            "reliability": "court_record", "reason": "a DOJ release"}}})],
                    x_analyst: Analyst = None) -> Response:
    """Confirm or reject a fact, merge two entities or split them, rate a document. The
    judgment is kept apart from what documents state: it survives re-ingest and `tkg forget`.
    A merge that a split forbids is refused (409)."""
    written = judgment_service.record(store, body, x_analyst)
    response = json_of(written)
    response.status_code = 201
    return response


@router.get("/judgments", summary="Judgments on record, newest first",
            response_model=JudgmentList,
            responses={**examples.ok({"items": [JUDGMENT], "total": 1, "limit": 50,
                                      "offset": 0}), **error_responses()})
def list_judgments(store: StoreDep,
                   kind: Annotated[Literal["confirm", "reject", "merge", "split", "rate"] | None,
                                   Query()] = None,
                   entity: Annotated[str | None, Query(max_length=300, description=(
                       "only judgments naming this entity or one merged with it"))] = None,
                   document: Annotated[str | None, Query(max_length=300)] = None,
                   limit: Annotated[int, Query(ge=1, le=500)] = 50,
                   offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0) -> Response:
    """Each with who, when and why; `current` is false once a later judgment of the same
    subject replaced it."""
    items, total = judgment_service.list_judgments(store, kind=kind, entity=entity,
                                                   document=document, limit=limit,
                                                   offset=offset)
    return json_of(JudgmentList(items=items, total=total, limit=limit, offset=offset))
