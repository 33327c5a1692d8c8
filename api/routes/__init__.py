"""JSON routes under /api: thin adapters from HTTP parameters to api/services functions."""

from __future__ import annotations

from fastapi import Response
from pydantic import BaseModel


def json_of(model: BaseModel) -> Response:
    """The answer serialized once, by pydantic in Rust.

    Returned as a Response, FastAPI leaves it alone; returned as a model, FastAPI would
    dump, validate again and re-encode it, which costs several times the serialization
    itself on large dossiers. Routes still declare `response_model` for the OpenAPI document.
    """
    return Response(model.model_dump_json(by_alias=True), media_type="application/json")
