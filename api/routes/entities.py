"""GET /api/search, /api/entities/{id} (dossier or FtM) and /api/entities/{id}/neighbors."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Response

from api.deps import StoreDep
from api.errors_http import error_responses
from api.routes import examples, json_of
from api.routes.query_params import TYPES_PATTERN
from api.schemas import Dossier, FtmEntity, NeighborsPage, SearchPage
from api.services import neighbors as neighbor_service
from api.services import search as search_service
from api.services.dossier import load_entity
from api.services.ftm import ftm_entity
from api.services.judgments import curated_dossier, curated_neighbors
from graph.model import default_model

router = APIRouter(prefix="/api", tags=["entities"])
ENTITY_LABELS = list(default_model().entity_labels)
SEARCH_LABELS = [lb for lb in ENTITY_LABELS if lb != search_service.SHOWN_ON_TARGET]
NO_NUL = r"^[^\x00]+$"  # the store's wire protocol cannot carry NUL characters
EntityId = Annotated[str, Path(min_length=1, max_length=300, pattern=NO_NUL,
                               description="entity id, e.g. person:christina-marie-chapman",
                               examples=["person:christina-marie-chapman"])]
Types = Annotated[str | None, Query(max_length=500, pattern=TYPES_PATTERN, description=(
    "relationship types, comma separated (default: every type but MENTIONS)"),
    examples=["FACILITATED,EMPLOYED_AT"])]


@router.get("/search", summary="Find entities by name, forgiving romanization",
            response_model=SearchPage, responses={**examples.ok(examples.SEARCH),
                                                  **error_responses(422)})
def search(store: StoreDep,
           q: Annotated[str, Query(min_length=1, max_length=200, examples=["Jinyong"],
                                   description="name or part of it, any romanization; "
                                   "Hangul, kana and Han match native-script names")],
           type: Annotated[str | None, Query(description="entity type",
                                             json_schema_extra={"enum": SEARCH_LABELS})] = None,
           country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$", examples=["KP"],
                                                description="ISO 3166 alpha-2 code")] = None,
           limit: Annotated[int, Query(ge=1, le=100)] = 20,
           offset: Annotated[int, Query(ge=0, le=10_000)] = 0) -> Response:
    """Full-text candidates re-ranked by fuzzy similarity on names and aliases; matches on
    one word of a longer name rank below whole-name matches. Sanctions are shown on their
    target (`designated_by`), `by_type` counts the matches per type and `did_you_mean`
    offers a close name for near misses. Documents are searched at /api/documents?q=."""
    return json_of(search_service.search(store, q, label=type, country=country, limit=limit,
                                         offset=offset))


@router.get("/entities/{entity_id}", summary="The dossier of an entity (or its FtM form)",
            response_model=Dossier | FtmEntity,
            responses={**examples.ok(examples.DOSSIER), **error_responses(404)})
def entity(store: StoreDep, entity_id: EntityId,
           format: Annotated[Literal["json", "ftm"], Query(
               description="ftm: FollowTheMoney entity JSON")] = "json",
           include_rejected: Annotated[bool, Query(
               description="also list facts an analyst rejected")] = False) -> Response:
    """Properties, sanctions, cases, money, relationships by type and the documents behind
    every fact, each with its evidence sentences. Entities analysts merged with this one
    read as one (`same_as`); `judgments` lists who judged what, when and why."""
    if format == "ftm":
        return json_of(ftm_entity(store, load_entity(store, entity_id)))
    return json_of(curated_dossier(store, entity_id, include_rejected=include_rejected))


@router.get("/entities/{entity_id}/neighbors", summary="Neighbours up to three hops out",
            response_model=NeighborsPage,
            responses={**examples.ok(examples.NEIGHBORS), **error_responses(404)})
def neighbors(store: StoreDep, entity_id: EntityId, types: Types = None,
              depth: Annotated[int, Query(ge=1, le=3)] = 1,
              limit: Annotated[int, Query(ge=1, le=neighbor_service.MAX_LIMIT)] = 50,
              offset: Annotated[int, Query(ge=0, le=10_000)] = 0) -> Response:
    """Paginated; deeper neighbourhoods are walked level by level with caps (hub-safe)."""
    page = curated_neighbors(store, entity_id, types=types, depth=depth, limit=limit,
                             offset=offset)
    return json_of(page)
