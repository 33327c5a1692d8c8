"""Fixtures of the API tests: apps over the ingested corpus, a fresh graph, a live server.

The corpus app reads the session's `corpus_store` through its own store, opened by the app's
lifespan exactly as `tkg serve` opens it; only the settings that locate the store differ.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from graph.store import GraphStore
from tests.conftest import store_settings
from tests.gold_graph import write_gold_graph

API_KEY = "test-key-0123456789"


def settings_for(store: GraphStore, **overrides: Any) -> Settings:
    """Settings that open `store` (either kind), with the test API key."""
    return Settings.model_validate({**store_settings(store), "api_key": API_KEY, **overrides})


def falkor_settings(data_dir: Path, graph_name: str, **overrides: Any) -> Settings:
    return Settings.model_validate({"data_dir": data_dir, "graph_name": graph_name,
                                    "api_key": API_KEY, **overrides})


@pytest.fixture(scope="session")
def corpus_app(corpus_store: GraphStore) -> FastAPI:
    return create_app(settings_for(corpus_store))


@pytest.fixture(scope="session")
def client(corpus_app: FastAPI) -> Iterator[TestClient]:
    with TestClient(corpus_app) as test_client:
        yield test_client


@pytest.fixture
def fresh_client(falkor_store: GraphStore) -> Iterator[TestClient]:
    """A client over an empty graph of its own (tests that write or need odd data)."""
    app = create_app(settings_for(falkor_store))
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def gold_client(falkor_store: GraphStore) -> Iterator[TestClient]:
    """A client over a graph of the dev corpus's gold annotations (tests/gold_graph.py), for
    tests of what the API makes of known facts rather than of what extraction reads today."""
    write_gold_graph(falkor_store)
    app = create_app(settings_for(falkor_store))
    with TestClient(app) as test_client:
        yield test_client


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class LiveServer:
    """uvicorn serving an app in a thread on a free loopback port."""

    def __init__(self, app: FastAPI) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        httpx.get(f"{self.url}/healthz", timeout=5).raise_for_status()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)
