"""Security headers on every response, and no inline script anywhere in the pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

TEMPLATES = Path(__file__).resolve().parents[2] / "api" / "templates"
PATHS = ["/", "/console", "/console?query=RETURN%201", "/paths", "/trilateral",
         "/documents/nope", "/entities/nope", "/api/stats", "/api/search?q=x", "/healthz",
         "/readyz", "/static/app.css", "/static/console.js", "/openapi.json", "/no/such/page",
         "/api/no/such", "/docs"]


@pytest.mark.parametrize("path", PATHS)
def test_security_headers_on_every_response(client: TestClient, path: str) -> None:
    response = client.get(path, headers={"accept": "text/html"})
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    policy = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy
    assert "script-src 'self';" in policy


def test_headers_on_posts_and_errors(client: TestClient) -> None:
    for response in (client.post("/api/cypher", json={"query": "RETRUN"}),
                     client.post("/api/documents", content=b"x"),
                     client.delete("/api/stats")):
        assert "script-src 'self'" in response.headers["content-security-policy"]


def test_templates_have_no_inline_script() -> None:
    for template in TEMPLATES.glob("*.html"):
        text = template.read_text()
        for tag in re.findall(r"<script\b[^>]*>", text):
            assert "src=" in tag or 'type="application/json"' in tag, (template.name, tag)
        assert not re.search(r"\son[a-z]+\s*=", text), template.name  # no onclick= etc.
        assert "javascript:" not in text.lower(), template.name


def test_source_links_carry_noopener_noreferrer() -> None:
    text = (TEMPLATES / "document.html").read_text()
    for tag in re.findall(r"<a\b[^>]*\{\{\s*url\s*\}\}[^>]*>", text):
        assert "noopener" in tag and "noreferrer" in tag, tag
