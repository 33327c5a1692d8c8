"""GET /api/trilateral: the trilateral view as JSON (and CSV), the same data the page draws."""

from __future__ import annotations

import csv
import io
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from api.deps import AnalyticsDep, StoreDep
from api.errors_http import error_responses
from api.routes import json_of
from api.routes.examples import TRILATERAL, ok
from api.routes.query_params import DATE_PATTERN
from api.services.doc_search import check_date
from api.services.trilateral import as_rows, trilateral_view
from api.services.trilateral_schemas import (
    GOVERNMENTS,
    PAGE,
    ActionKind,
    TrilateralFilters,
    TrilateralView,
)

router = APIRouter(prefix="/api", tags=["trilateral"])



def trilateral_filters(
    government: Annotated[list[Literal["US", "JP", "KR"]] | None,
                          Query(description="governments to include (repeat)")] = None,
    kind: Annotated[ActionKind | None, Query(description="designated or warned")] = None,
    label: Annotated[Literal["Person", "Organization"] | None,
                     Query(description="target type")] = None,
    since: Annotated[str | None, Query(max_length=10, pattern=DATE_PATTERN,
                                       description="from date, ISO")] = None,
    until: Annotated[str | None, Query(max_length=10, pattern=DATE_PATTERN,
                                       description="to date, ISO")] = None,
    scope: Annotated[Literal["all", "joint", "solo"],
                     Query(description="joint: two or more governments acted")] = "all",
    q: Annotated[str, Query(max_length=200, description="part of the target's name")] = "",
) -> TrilateralFilters:
    """Query-string filters shared by the page and the JSON endpoint (one parser, one meaning)."""
    since, until = check_date(since, "since"), check_date(until, "until")
    return TrilateralFilters(governments=list(government or GOVERNMENTS), kind=kind, label=label,
                             since=since, until=until, scope=scope, q=q.strip())


FiltersDep = Annotated[TrilateralFilters, Depends(trilateral_filters)]


@router.get("/trilateral", response_model=TrilateralView,
            summary="Who the US, Japan and South Korea designated or warned about, and when",
            responses={**ok(TRILATERAL), **error_responses()})
def get_trilateral(store: StoreDep, filters: FiltersDep, cache: AnalyticsDep,
                   limit: Annotated[int, Query(ge=1, le=5000)] = PAGE,
                   offset: Annotated[int, Query(ge=0, le=100_000)] = 0) -> Response:
    """Targets, joint action first, each with every government's dated actions; the summary
    and the timeline events cover every filtered target, `items` one page of them."""
    return json_of(trilateral_view(store, filters, limit=limit, offset=offset, cache=cache))


@router.get("/trilateral.csv", response_class=Response,
            summary="The trilateral actions as CSV, one row per action",
            responses={200: {"description": "CSV", "content": {"text/csv": {"example": (
                "target_id,target,label,government,kind,date,by,program,legal_basis,sources\r\n"
                "organization:korea-sobaeksu-trading-company,Korea Sobaeksu Trading Company,"
                "Organization,US,designated,2025-07-24,Office of Foreign Assets Control,DPRK,,"
                "b7-ofac-korea-sobaeksu-2025-07-24\r\n")}}}, **error_responses()})
def get_trilateral_csv(store: StoreDep, filters: FiltersDep, cache: AnalyticsDep) -> Response:
    """The same actions, one row each, for a spreadsheet (every filtered target)."""
    rows = as_rows(trilateral_view(store, filters, limit=100_000, cache=cache))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["target_id", "target", "label", "government", "kind",
                                             "date", "by", "program", "legal_basis", "sources"])
    writer.writeheader()
    writer.writerows(rows)
    return Response(out.getvalue(), media_type="text/csv",
                    headers={"Content-Disposition": 'attachment; filename="trilateral.csv"'})
