"""GET /api/analytics/centrality and /api/analytics/communities (networkx, cached)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from api.deps import AnalyticsDep, StoreDep
from api.errors_http import error_responses
from api.routes import examples, json_of
from api.routes.entities import ENTITY_LABELS
from api.schemas import CentralityOut, CommunitiesOut
from api.services import analytics as analytics_service

router = APIRouter(prefix="/api/analytics", tags=["analytics"])


@router.get("/centrality", summary="Most central entities (betweenness, degree)",
            response_model=CentralityOut,
            responses={**examples.ok(examples.CENTRALITY), **error_responses()})
def centrality(store: StoreDep, cache: AnalyticsDep,
               type: Annotated[str | None, Query(description="only this node label",
                                                 json_schema_extra={"enum": ENTITY_LABELS})
                               ] = None,
               limit: Annotated[int, Query(ge=1, le=500)] = 50,
               offset: Annotated[int, Query(ge=0, le=100_000)] = 0) -> Response:
    """Computed once per graph version; an ingest empties the cache."""
    return json_of(analytics_service.centrality(store, cache, label=type, limit=limit,
                                                offset=offset))


@router.get("/communities", summary="Communities of the entity graph (Louvain)",
            response_model=CommunitiesOut,
            responses={**examples.ok(examples.COMMUNITIES), **error_responses()})
def communities(store: StoreDep, cache: AnalyticsDep,
                limit: Annotated[int, Query(ge=1, le=200)] = 20,
                members: Annotated[int, Query(ge=1, le=200,
                                              description="members listed per community")] = 10,
                offset: Annotated[int, Query(ge=0, le=100_000)] = 0) -> Response:
    """Largest first; computed once per graph version like centrality."""
    return json_of(analytics_service.communities(store, cache, limit=limit, members=members,
                                                 offset=offset))
