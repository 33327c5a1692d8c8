"""Browser fixtures: a real uvicorn serving create_app, and headless Debian Chromium.

The server runs in a thread on a free loopback port against the session's corpus graph.
Every request that does not go to 127.0.0.1 is blocked and recorded, console errors and
dialogs are recorded, and each test fails if any happened: the pages must work offline
and stay quiet. Math.random is seeded so layouts and screenshots repeat.
"""

from __future__ import annotations

import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest
import uvicorn
from fastapi import FastAPI
from playwright.sync_api import (
    Browser,
    ConsoleMessage,
    Dialog,
    Page,
    Playwright,
    Route,
    sync_playwright,
)

from api.app import create_app
from api.settings import Settings
from graph.store import GraphStore, NodeRow, RelRow
from graph.stores.falkor import FalkorStore
from tests.conftest import store_settings
from tests.gold_graph import write_gold_graph

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "test-artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
XSS_NAME = "<img src=x onerror=alert(1)>"
SEEDED_RANDOM = """
(() => { let s = 42; Math.random = () => { s = (s * 1103515245 + 12345) % 2147483648;
                                          return s / 2147483648; }; })();
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serve(settings: Settings, app: FastAPI | None = None) -> Iterator[str]:
    """create_app(settings) (or `app`) under a real uvicorn in a thread; yields the base URL."""
    port = _free_port()
    config = uvicorn.Config(app or create_app(settings), host="127.0.0.1", port=port,
                            log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)


@pytest.fixture(scope="session")
def base_url(corpus_store: GraphStore) -> Iterator[str]:
    settings = Settings.model_validate(store_settings(corpus_store))
    with serve(settings) as url:
        yield url


@contextmanager
def serve_graph(data_dir: Path, prefix: str, write: Callable[[GraphStore], object]
                ) -> Iterator[str]:
    """A server on a new graph of the session's embedded store, filled by `write`."""
    store = FalkorStore(data_dir, f"{prefix}_{uuid.uuid4().hex[:10]}")
    store.ensure_schema()
    write(store)
    try:
        with serve(Settings.model_validate({"data_dir": data_dir,
                                              "graph_name": store.graph_name})) as url:
            yield url
    finally:
        store.delete_graph()
        store.close()


@pytest.fixture(scope="session")
def gold_url(falkor_data_dir: Path) -> Iterator[str]:
    """A server on a graph of the dev corpus's gold annotations (tests/gold_graph.py): pages
    tested on known facts, not on what extraction reads today."""
    with serve_graph(falkor_data_dir, "gold", write_gold_graph) as url:
        yield url


def write_xss_graph(store: GraphStore) -> str:
    """A small graph whose names are HTML; returns the id of the entity named XSS_NAME."""
    doc = "xss-doc"
    text = f"{XSS_NAME} facilitated Acme <b>Bold</b> Ltd. OFAC designated {XSS_NAME}."
    store.upsert_nodes("Document", [NodeRow(doc, {"title": f"Report on {XSS_NAME}", "text": text,
                                                  "date": "2025-01-02", "doc_type": "report"},
                                            doc)])
    sentence = (0, 51, text[:51])
    store.upsert_nodes("Person", [NodeRow("person:xss", {"name": XSS_NAME}, doc,
                                          aliases=[f"{XSS_NAME} alias"], evidence=[sentence])])
    acme = NodeRow("organization:acme", {"name": "Acme <b>Bold</b> Ltd"}, doc, evidence=[sentence])
    store.upsert_nodes("Organization", [acme])
    store.upsert_nodes("Agency", [NodeRow("agency:ofac", {"name": "OFAC", "country": "US"}, doc)])
    store.upsert_relationships("FACILITATED", [RelRow("person:xss", "organization:acme", {}, doc,
                                                      evidence=[sentence])])
    store.upsert_relationships("DESIGNATED", [RelRow("agency:ofac", "person:xss",
                                                     {"date": "2025-01-02"}, doc,
                                                     evidence=[(52, len(text), text[52:])])])
    # the MENTIONS edges are the entity statements upsert_nodes wrote above
    return "person:xss"


@pytest.fixture(scope="session")
def xss_url(falkor_data_dir: Path) -> Iterator[str]:
    """A server on a graph of its own holding entities named like HTML."""
    with serve_graph(falkor_data_dir, "xss", write_xss_graph) as url:
        yield url


@pytest.fixture(scope="session")
def playwright_session() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def chromium_browser(playwright_session: Playwright) -> Iterator[Browser]:
    browser = playwright_session.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@dataclass
class PageLog:
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture
def page_log() -> PageLog:
    return PageLog()


@pytest.fixture
def tkg_page(chromium_browser: Browser, page_log: PageLog) -> Iterator[Page]:
    """A fresh page: offline except for 127.0.0.1, quiet, with a seeded Math.random."""
    # bypass_csp: the pages forbid eval, which Playwright's wait_for_function needs; that
    # the pages themselves run under the policy is checked in test_console_link.py.
    context = chromium_browser.new_context(viewport={"width": 1400, "height": 900},
                                           accept_downloads=True, bypass_csp=True)
    context.add_init_script(SEEDED_RANDOM)

    def route(r: Route) -> None:
        if urlparse(r.request.url).hostname == "127.0.0.1":
            r.continue_()
        else:
            page_log.blocked.append(r.request.url)
            r.abort()

    def console(msg: ConsoleMessage) -> None:
        if msg.type == "error":
            page_log.errors.append(msg.text)

    def dialog(d: Dialog) -> None:
        page_log.dialogs.append(d.message)
        d.dismiss()

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", console)
    page.on("pageerror", lambda exc: page_log.errors.append(f"uncaught: {exc}"))
    page.on("dialog", dialog)
    yield page
    context.close()
    assert page_log.blocked == [], f"pages asked for outside resources: {page_log.blocked}"
    assert page_log.errors == [], f"console errors: {page_log.errors}"
    assert page_log.dialogs == [], f"dialogs fired: {page_log.dialogs}"


def open_page(page: Page, url: str) -> None:
    """Navigate and wait for the page's own ready flag (set when its first render is done)."""
    page.goto(url, wait_until="commit")
    page.wait_for_function("window.tkgReady === true", timeout=20_000)


def screenshot(page: Page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
