"""GET /api/stats, /healthz (the process answers) and /readyz (the store answers too)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from api.deps import StoreDep
from api.errors_http import error_responses
from api.routes import examples, json_of
from api.schemas import HealthOut, StatsOut
from api.services.stats import stats as stats_of
from graph.errors import TkgError

router = APIRouter(tags=["system"])


@router.get("/api/stats", summary="Counts of nodes and relationships", response_model=StatsOut,
            responses={**examples.ok(examples.STATS),
                       **error_responses(503, validation=False)})
def stats(store: StoreDep) -> Response:
    return json_of(stats_of(store))


@router.get("/healthz", summary="Liveness: the process answers", response_model=HealthOut,
            responses=examples.ok({"status": "ok", "detail": None}))
def healthz() -> HealthOut:
    return HealthOut(status="ok")


@router.get("/readyz", summary="Readiness: the store answers too", response_model=HealthOut,
            responses={**examples.ok({"status": "ok", "detail": None}),
                       503: {"model": HealthOut, "description": "the store is unreachable"}})
def readyz(request: Request) -> HealthOut | JSONResponse:
    store = getattr(request.app.state, "store", None)
    try:
        if store is None:
            raise RuntimeError("the store is not open")
        store.ping()
    except (TkgError, RuntimeError, OSError) as exc:
        detail = exc.detail if isinstance(exc, TkgError) else str(exc)
        supervisor = getattr(request.app.state, "supervisor", None)
        if supervisor is not None and supervisor.state:
            detail = supervisor.state
        return JSONResponse(HealthOut(status="unavailable", detail=detail).model_dump(),
                            status_code=503)
    return HealthOut(status="ok")
