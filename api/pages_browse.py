"""Browse-by-role pages: /browse lists the lists, /browse/{role} shows one (or its CSV)."""

from __future__ import annotations

import csv
import io
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from api.deps import StoreDep
from api.pages import page
from api.services import browse

router = APIRouter(include_in_schema=False)


@router.get("/browse", response_class=HTMLResponse)
def browse_index(request: Request, store: StoreDep) -> HTMLResponse:
    counts = {slug: len(browse.rows(store, slug)) for slug in browse.ROLES}
    return page(request, "browse_index.html", "browse", roles=browse.ROLES, counts=counts,
                governments=browse.governments(store), countries=store.country_names())


@router.get("/browse/{role}", response_model=None)
def browse_role(request: Request, store: StoreDep, role: str,
                government: Annotated[str | None, Query(max_length=8)] = None,
                format: Annotated[Literal["html", "csv"], Query()] = "html",
                ) -> HTMLResponse | Response:
    rows = browse.rows(store, role, government=government or None)
    spec = browse.ROLES[role]
    if format == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        keys = ["id", *(c.key for c in spec.columns)]
        writer.writerow(keys)
        writer.writerows([browse.cell_text(r.get(k)) for k in keys] for r in rows)
        name = f"{role}-{government}.csv" if government else f"{role}.csv"
        return Response(out.getvalue(), media_type="text/csv",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})
    return page(request, "browse.html", "browse", role=spec, rows=rows, government=government,
                governments=browse.governments(store) if role == "designated" else [],
                countries=store.country_names())
