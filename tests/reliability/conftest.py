"""Fixtures of the reliability tests: an app over an empty graph of its own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.store import GraphStore
from tests.api.conftest import settings_for


@pytest.fixture
def client(falkor_store: GraphStore) -> Iterator[TestClient]:
    app = create_app(settings_for(falkor_store))
    with TestClient(app) as test_client:
        yield test_client
