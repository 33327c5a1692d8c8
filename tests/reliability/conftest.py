"""Fixtures of the reliability tests: an app over an empty graph of its own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.stores.falkor import FalkorStore
from tests.api.conftest import settings_for


@pytest.fixture
def client(falkor_data_dir: Path, falkor_store: FalkorStore) -> Iterator[TestClient]:
    app = create_app(settings_for(falkor_data_dir, falkor_store.graph_name))
    with TestClient(app) as test_client:
        yield test_client
