"""GET /api/trilateral: the trilateral view as JSON (and CSV), the same data the page draws."""

from __future__ import annotations

import csv
import io
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from api.deps import StoreDep
from api.services.trilateral import (
    GOVERNMENTS,
    ActionKind,
    TrilateralFilters,
    TrilateralView,
    as_rows,
    trilateral_view,
)

router = APIRouter(prefix="/api", tags=["trilateral"])

_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def trilateral_filters(
    government: Annotated[list[Literal["US", "JP", "KR"]] | None,
                          Query(description="governments to include (repeat)")] = None,
    kind: Annotated[ActionKind | None, Query(description="designated or warned")] = None,
    label: Annotated[Literal["Person", "Organization"] | None,
                     Query(description="target type")] = None,
    since: Annotated[str | None, Query(pattern=_DATE, description="from date, ISO")] = None,
    until: Annotated[str | None, Query(pattern=_DATE, description="to date, ISO")] = None,
    scope: Annotated[Literal["all", "joint", "solo"],
                     Query(description="joint: two or more governments acted")] = "all",
    q: Annotated[str, Query(max_length=200, description="part of the target's name")] = "",
) -> TrilateralFilters:
    """Query-string filters shared by the page and the JSON endpoint (one parser, one meaning)."""
    return TrilateralFilters(governments=list(government or GOVERNMENTS), kind=kind, label=label,
                             since=since or None, until=until or None, scope=scope, q=q.strip())


FiltersDep = Annotated[TrilateralFilters, Depends(trilateral_filters)]


@router.get("/trilateral", response_model=TrilateralView)
def get_trilateral(store: StoreDep, filters: FiltersDep) -> TrilateralView:
    """Targets the US, Japan and South Korea designated or warned about, and when."""
    return trilateral_view(store, filters)


@router.get("/trilateral.csv", response_class=Response)
def get_trilateral_csv(store: StoreDep, filters: FiltersDep) -> Response:
    """The same actions, one row each, for a spreadsheet."""
    rows = as_rows(trilateral_view(store, filters))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["target_id", "target", "label", "government", "kind",
                                             "date", "by", "program", "legal_basis", "sources"])
    writer.writeheader()
    writer.writerows(rows)
    return Response(out.getvalue(), media_type="text/csv",
                    headers={"Content-Disposition": 'attachment; filename="trilateral.csv"'})
