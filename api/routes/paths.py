"""GET /api/paths and the analyst chains under /api/chains."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from api.deps import StoreDep
from api.errors_http import error_responses
from api.routes import examples, json_of
from api.routes.entities import NO_NUL, Types
from api.schemas import FacilitationOut, PathsOut, SanctionsChainOut
from api.services import chains as chain_service
from api.services import paths as path_service
from api.services.judgments import curated_paths

router = APIRouter(prefix="/api", tags=["paths and chains"])
Id = Annotated[str, Query(min_length=1, max_length=300, pattern=NO_NUL)]


@router.get("/paths", summary="Shortest and alternative paths between two entities",
            response_model=PathsOut,
            responses={**examples.ok(examples.PATHS), **error_responses(404)})
def paths(store: StoreDep,
          source: Annotated[str, Query(min_length=1, max_length=300, pattern=NO_NUL,
                                       examples=["person:christina-marie-chapman"])],
          target: Annotated[str, Query(min_length=1, max_length=300, pattern=NO_NUL,
                                       examples=["country:KP"])],
          max_hops: Annotated[int, Query(ge=1, le=6)] = 4,
          types: Types = None,
          k: Annotated[int, Query(ge=0, le=path_service.MAX_K,
                                  description="alternatives besides the shortest")] = 3,
          ) -> Response:
    """Every hop carries its type, direction, properties and evidence sentences. When no
    path is found, `reason` says why (distance, hubs not expanded, or the search budget)."""
    return json_of(curated_paths(store, source, target, max_hops=max_hops, types=types, k=k))


@router.get("/chains/facilitation", summary="Facilitator to regime, with amounts",
            response_model=FacilitationOut,
            responses={**examples.ok(examples.FACILITATION), **error_responses(404)})
def facilitation(store: StoreDep, facilitator: Id,
                 limit: Annotated[int, Query(ge=1, le=200)] = 50,
                 offset: Annotated[int, Query(ge=0, le=10_000)] = 0) -> Response:
    """facilitator -> (workers) -> company -> payment/revenue -> North Korea or a DPRK unit,
    read from the documents that mention the facilitator; chains with amounts first."""
    return json_of(chain_service.facilitation(store, facilitator, limit=limit, offset=offset))


@router.get("/chains/sanctions", summary="Who designated a target, and what it controls",
            response_model=SanctionsChainOut,
            responses={**examples.ok(examples.SANCTIONS), **error_responses(404)})
def sanctions(store: StoreDep, target: Id) -> Response:
    """Designations (authority, government, date, program, legal basis) and the target's
    CONTROLLED_BY and FRONT_FOR ties in both directions."""
    return json_of(chain_service.sanctions_chain(store, target))
