"""The API's shutdown during Neo4j's plan warm-up (graph/plan_warmup.py, api/app.py).

The warm-up shares the store's driver: closing the driver under a running EXPLAIN broke the
connection's buffer (BufferError in the driver's goodbye), and waiting for the whole warm-up
held a shutdown for up to minutes on a just-started server. A shutdown now stops the warm-up
after the statement in flight, then closes the store.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph import plan_warmup
from graph.store import GraphStore
from tests.api.conftest import settings_for


@pytest.mark.only_store("neo4j")
def test_a_shutdown_during_the_warmup_stops_it_and_closes_the_store(
        falkor_store: GraphStore, caplog: pytest.LogCaptureFixture,
        monkeypatch: pytest.MonkeyPatch) -> None:
    total = len(plan_warmup.statements(falkor_store.model, falkor_store.dialect))
    held_after = 2
    assert total > held_after
    real_until_stopped = plan_warmup.until_stopped

    def held(items: Iterable[plan_warmup.Statement], stop: threading.Event | None
             ) -> Iterator[plan_warmup.Statement]:
        # The warm-up on a warm server can finish before the shutdown arrives: hold it after
        # its second statement until the shutdown has set the stop, so the stop is always
        # met mid-way (the statements and the store stay real)
        for count, item in enumerate(real_until_stopped(items, stop), start=1):
            yield item
            if count == held_after and stop is not None:
                stop.wait(60)

    monkeypatch.setattr(plan_warmup, "until_stopped", held)
    app = create_app(settings_for(falkor_store))
    with caplog.at_level(logging.INFO, logger="tkg"):
        with TestClient(app) as client:
            warmup = app.state.warmup
            assert warmup.thread.is_alive(), "the warm-up ended before the shutdown"
            assert client.get("/api/entities/country:KP").status_code == 404  # serving
        # TestClient's exit ran the shutdown: it raised nothing (the store's close included)
        assert not warmup.thread.is_alive()
        # it ended by the stop, not by error (then `planned` stays None) nor by finishing
        assert warmup.planned == held_after
    assert app.state.store is None
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_the_warmup_plans_until_its_stop_is_set() -> None:
    """Without a stop every statement is planned (the contract test plans them all on a real
    Neo4j); a stop set between two statements ends the warm-up before the next."""
    items = [(f"RETURN {i}", {}) for i in range(4)]
    assert list(plan_warmup.until_stopped(items, None)) == items
    stop = threading.Event()
    planned = []
    for item in plan_warmup.until_stopped(items, stop):
        planned.append(item)
        if len(planned) == 2:
            stop.set()
    assert planned == items[:2]
