"""The app behind a real uvicorn on a loopback port, driven by httpx from several threads."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from api.app import create_app
from graph.store import GraphStore
from graph.stores.falkor_server import stop_server
from tests.api.conftest import LiveServer, falkor_settings, settings_for

CHAPMAN = "person:christina-marie-chapman"


@pytest.fixture(scope="module")
def live(corpus_store: GraphStore) -> Iterator[LiveServer]:
    app = create_app(settings_for(corpus_store))
    with LiveServer(app) as server:
        yield server


def test_probes_and_openapi(live: LiveServer) -> None:
    assert httpx.get(f"{live.url}/healthz").json()["status"] == "ok"
    assert httpx.get(f"{live.url}/readyz").json()["status"] == "ok"
    spec = httpx.get(f"{live.url}/openapi.json").json()
    assert "/api/entities/{entity_id}" in spec["paths"]


def test_concurrent_clients_get_consistent_answers(live: LiveServer) -> None:
    urls = [f"/api/entities/{CHAPMAN}", f"/api/entities/{CHAPMAN}/neighbors",
            "/api/paths?source=person:christina-marie-chapman&target=country:KP",
            "/api/search?q=Jinyong", "/api/chains/facilitation?facilitator=" + CHAPMAN,
            "/api/documents", "/api/stats"] * 6
    with httpx.Client(base_url=live.url, timeout=30) as http:
        expected = {u: http.get(u).json() for u in set(urls)}

        def fetch(url: str) -> tuple[str, int, object]:
            response = http.get(url)
            return url, response.status_code, response.json()

        with ThreadPoolExecutor(max_workers=8) as pool:
            results = list(pool.map(fetch, urls))
    for url, status, body in results:
        assert status == 200, (url, body)
        assert body == expected[url]


def test_errors_over_the_wire(live: LiveServer) -> None:
    missing = httpx.get(f"{live.url}/api/entities/person:nobody")
    assert missing.status_code == 404
    assert missing.json() == {"detail": "no entity with id 'person:nobody'", "status": 404}
    no_route = httpx.get(f"{live.url}/api/nothing-here")
    assert no_route.status_code == 404 and no_route.json()["status"] == 404
    wrong_method = httpx.delete(f"{live.url}/api/stats")
    assert wrong_method.status_code == 405 and wrong_method.json()["status"] == 405
    refused = httpx.post(f"{live.url}/api/cypher", json={"query": "CREATE (n:Person)"})
    assert refused.status_code == 403


def test_readyz_reports_a_lost_store(tmp_path: Path) -> None:
    app = create_app(falkor_settings(tmp_path / "own-store", "lonely"))
    with LiveServer(app) as server:
        assert httpx.get(f"{server.url}/readyz").status_code == 200
        stop_server(tmp_path / "own-store")
        lost = httpx.get(f"{server.url}/readyz")
        assert lost.status_code == 503
        assert lost.json()["status"] == "unavailable" and lost.json()["detail"]
        assert httpx.get(f"{server.url}/healthz").status_code == 200
        stats = httpx.get(f"{server.url}/api/stats")
        assert stats.status_code == 503 and stats.json()["status"] == 503


def test_tkg_serve_is_registered() -> None:
    from typer.testing import CliRunner

    from api.cli import app

    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--host" in result.output and "--port" in result.output
