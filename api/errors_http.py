"""One exception map for the whole app: JSON {"detail", "status"} for API clients, an HTML
page for people in a browser.

Our own errors (graph.errors.TkgError) carry their HTTP status; framework errors (unknown
route, bad parameter) and unexpected ones are folded into the same shape, so a client only
ever parses one error body.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match, Route

from api.routes.query_params import PATTERN_HINTS, unknown_type
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
    429: "too many analyst queries are running or waiting; try again in a few seconds",
    500: "internal error; the server log has the details",
    503: "the store is not reachable",
    504: "the query ran past its time limit",
}


def error_responses(*statuses: int, validation: bool = True) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` entries documenting ErrorOut for the given statuses, 500, and 422
    unless the operation takes no input."""
    wanted = sorted({*statuses, 500, *((422,) if validation else ())})
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


def _short_message(err: Mapping[str, Any]) -> str:
    """The error for people: a pattern is named by what it wants, never by its regex."""
    if err.get("type") == "string_pattern_mismatch":
        return "has an unexpected form"
    return str(err.get("msg", "invalid"))[:120]


def _pattern_hint(err: Mapping[str, Any]) -> str | None:
    """'since must be a date: ...' for a query parameter whose pattern we can put in words,
    with the refused value when it is short (it names the wrong relationship type)."""
    if err.get("type") != "string_pattern_mismatch":
        return None
    hint = PATTERN_HINTS.get(str((err.get("ctx") or {}).get("pattern", "")))
    if hint is None:
        return None
    name = str(list(err.get("loc", ("value",)))[-1])
    unknown = unknown_type(str(err.get("input", ""))) if name == "types" else None
    if unknown is not None:
        return f"types: unknown relationship type {unknown[:40]!r}"
    return f"{name} {hint}"


def _validation_detail(errors: Sequence[Any]) -> str:
    parts = []
    for err in list(errors)[:3]:
        hint = _pattern_hint(err)
        if hint is not None:
            parts.append(hint)
            continue
        loc = ".".join(str(p) for p in err.get("loc", ()) if p != "body" or len(
            err.get("loc", ())) == 1)
        parts.append(f"{loc}: {_short_message(err)}")
    return "; ".join(parts) or "invalid request"


async def _tkg(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, TkgError)
    if exc.status >= 500:
        log.error("%s on %s: %s", type(exc).__name__, request.url.path, exc.detail)
    return error_response(request, exc.status, exc.detail)


def allowed_methods(request: Request) -> str:
    """Every method any route serves at this path (starlette names only the first route's)."""
    methods: set[str] = set()
    for route in request.app.routes:
        match, _ = route.matches({**request.scope, "method": "GET"}) if isinstance(
            route, Route) else (Match.NONE, None)
        if match != Match.NONE and route.methods:
            methods |= set(route.methods)
    return ", ".join(sorted(methods))


async def _http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    response = error_response(request, exc.status_code, str(exc.detail))
    for name, value in (exc.headers or {}).items():
        response.headers[name] = value
    if exc.status_code == 405:
        response.headers["Allow"] = allowed_methods(request)
    return response


async def _validation(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    if any(err.get("type") == "json_invalid" for err in errors):
        return error_response(request, 400, "the body is not valid JSON")
    return error_response(request, 422, _validation_detail(errors))


async def _unicode(request: Request, exc: Exception) -> Response:
    # Text the store cannot encode (lone surrogates) only ever comes from the request.
    return error_response(request, 422, "the request holds text that is not valid Unicode")


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error on %s", request.url.path, exc_info=exc)
    return error_response(request, 500, "internal error; the server log has the details")


def _openapi_with_one_error_model(app: FastAPI) -> Callable[[], dict[str, Any]]:
    """FastAPI documents its own 422 body for routes that do not declare one; our handler
    answers ErrorOut there too, so the document is corrected to say so."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        spec = build()
        error = {"$ref": "#/components/schemas/ErrorOut"}
        for ops in spec.get("paths", {}).values():
            for op in ops.values():
                response = op.get("responses", {}).get("422")
                if response and "HTTPValidationError" in str(response):
                    op["responses"]["422"] = {"description": "invalid input", "content": {
                        "application/json": {"schema": error, "example": {
                            "detail": ERROR_EXAMPLES[422], "status": 422}}}}
        schemas = spec.get("components", {}).get("schemas", {})
        if "ErrorOut" not in schemas:
            schemas["ErrorOut"] = ErrorOut.model_json_schema()
        for name in ("HTTPValidationError", "ValidationError"):
            schemas.pop(name, None)
        app.openapi_schema = spec
        return spec

    return openapi


def install_error_handlers(app: FastAPI) -> None:
    app.openapi = _openapi_with_one_error_model(app)  # type: ignore[method-assign]
    app.add_exception_handler(TkgError, _tkg)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(UnicodeError, _unicode)
    app.add_exception_handler(Exception, _unexpected)
