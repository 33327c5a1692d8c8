"""One exception map for the whole app: JSON {"detail", "status"} for API clients, an HTML
page for people in a browser.

Our own errors (graph.errors.TkgError) carry their HTTP status; framework errors (unknown
route, bad parameter) and unexpected ones are folded into the same shape, so a client only
ever parses one error body.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.schemas import ErrorOut
from graph.errors import TkgError

log = logging.getLogger("tkg.api")
templates = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))
JSON_PATHS = ("/api", "/healthz", "/readyz", "/openapi.json")
ERROR_EXAMPLES = {
    400: "the store rejected the statement: Invalid input 'RETRUN'",
    401: "a valid X-API-Key header is required",
    403: "this door is read-only: the statement would write, so it was refused and nothing "
         "was written",
    404: "no entity with id 'person:nobody'",
    422: "query.max_hops: Input should be less than or equal to 6",
    500: "internal error; the server log has the details",
    503: "the store is not reachable",
    504: "the query ran past its time limit",
}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` entries documenting ErrorOut for the given statuses (and 500)."""
    wanted = sorted({*statuses, 422, 500})
    return {s: {"model": ErrorOut, "description": f"error {s}", "content": {
        "application/json": {"example": {"detail": ERROR_EXAMPLES.get(s, "error"),
                                         "status": s}}}} for s in wanted}


def wants_json(request: Request) -> bool:
    if request.url.path.startswith(JSON_PATHS):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def error_response(request: Request, status: int, detail: str) -> Response:
    if wants_json(request):
        return JSONResponse(ErrorOut(detail=detail, status=status).model_dump(),
                            status_code=status)
    try:
        return templates.TemplateResponse(request, "error.html",
                                          {"status": status, "detail": detail},
                                          status_code=status)
    except Exception:  # a broken page template must not hide the error itself
        log.exception("error page failed to render")
        return HTMLResponse(f"<h1>Error {status}</h1>", status_code=status)


def _validation_detail(errors: Sequence[Any]) -> str:
    parts = []
    for err in list(errors)[:5]:
        loc = ".".join(str(p) for p in err.get("loc", ()))
        parts.append(f"{loc}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


async def _tkg(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, TkgError)
    if exc.status >= 500:
        log.error("%s on %s: %s", type(exc).__name__, request.url.path, exc.detail)
    return error_response(request, exc.status, exc.detail)


async def _http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    response = error_response(request, exc.status_code, str(exc.detail))
    for name, value in (exc.headers or {}).items():
        response.headers[name] = value
    return response


async def _validation(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    return error_response(request, 422, _validation_detail(exc.errors()))


async def _unicode(request: Request, exc: Exception) -> Response:
    # Text the store cannot encode (lone surrogates) only ever comes from the request.
    return error_response(request, 422, "the request holds text that is not valid Unicode")


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error on %s", request.url.path, exc_info=exc)
    return error_response(request, 500, "internal error; the server log has the details")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(TkgError, _tkg)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(UnicodeError, _unicode)
    app.add_exception_handler(Exception, _unexpected)
