"""The OpenAPI document is complete: summaries, response models, examples, the error model."""

from __future__ import annotations

from typing import Any

import pytest

from api.app import create_app
from api.settings import Settings

OURS = ("entities", "paths and chains", "documents", "cypher", "analytics", "system",
        "trilateral")
SPEC: dict[str, Any] = create_app(Settings.model_validate({})).openapi()
OPERATIONS = [(method.upper(), path, op) for path, ops in SPEC["paths"].items()
              for method, op in ops.items() if set(op.get("tags", [])) & set(OURS)]


def test_every_endpoint_is_documented() -> None:
    documented = {f"{m} {p}" for m, p, _ in OPERATIONS}
    assert documented >= {
        "GET /api/search", "GET /api/entities/{entity_id}",
        "GET /api/entities/{entity_id}/neighbors", "GET /api/paths",
        "GET /api/chains/facilitation", "GET /api/chains/sanctions", "GET /api/documents",
        "GET /api/documents/{doc_id}", "POST /api/documents", "POST /api/cypher",
        "GET /api/stats", "GET /healthz", "GET /readyz", "GET /api/analytics/centrality",
        "GET /api/analytics/communities", "GET /api/trilateral", "GET /api/trilateral.csv"}


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS,
                         ids=[f"{m} {p}" for m, p, _ in OPERATIONS])
def test_operation_has_summary_model_example_and_errors(method: str, path: str,
                                                        op: dict[str, Any]) -> None:
    assert op.get("summary") and not op["summary"].startswith(("Get ", "Post "))
    content = op["responses"]["200"]["content"]
    ok = content.get("application/json") or content["text/csv"]
    assert ok.get("schema") or "text/csv" in content, "no response model"
    assert ok.get("example"), "no example"
    for status, response in op["responses"].items():
        if status.startswith(("4", "5")) and not (path == "/readyz" and status == "503"):
            content = response["content"]["application/json"]
            assert content["schema"] == {"$ref": "#/components/schemas/ErrorOut"}, status
            assert content["example"]["status"] == int(status)
    if op.get("parameters") or op.get("requestBody"):
        assert "422" in op["responses"]
    assert "500" in op["responses"]


def test_error_model() -> None:
    error = SPEC["components"]["schemas"]["ErrorOut"]
    assert set(error["required"]) == {"detail", "status"}
    assert "HTTPValidationError" not in SPEC["components"]["schemas"]
