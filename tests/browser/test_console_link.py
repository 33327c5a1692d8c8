"""The pages work under their Content-Security-Policy (no eval, no inline script, nothing
refused), and a link to the console fills in its query but never runs it without a click.

These pages are opened without Playwright's CSP bypass, so readiness is read from the
`data-ready` attribute with selectors instead of evaluated JavaScript.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, Page, Request, Route

PAGES = ["/", "/trilateral", "/paths", "/console", "/documents/no-such-document", "/docs",
         "/search?q=Kim", "/browse", "/browse/defendants",
         "/entities/organization:dprk-it-workers"]


@pytest.fixture
def strict_page(chromium_browser: Browser) -> Iterator[tuple[Page, list[str]]]:
    context = chromium_browser.new_context()
    errors: list[str] = []

    def route(r: Route) -> None:
        if urlparse(r.request.url).hostname == "127.0.0.1":
            r.continue_()
        else:
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(f"uncaught: {exc}"))
    yield page, errors
    context.close()


def _open(page: Page, url: str) -> None:
    page.goto(url, wait_until="commit")
    page.wait_for_selector("html[data-ready='1']", state="attached", timeout=20_000)


@pytest.mark.parametrize("path", PAGES)
def test_pages_run_under_the_policy(strict_page: tuple[Page, list[str]], base_url: str,
                                    path: str) -> None:
    page, errors = strict_page
    _open(page, base_url + path)
    refused = [e for e in errors if "Content Security Policy" in e or "uncaught" in e]
    assert refused == []


def test_console_link_does_not_run_the_query(strict_page: tuple[Page, list[str]],
                                             base_url: str) -> None:
    page, errors = strict_page
    posts: list[str] = []

    def record(request: Request) -> None:
        if request.method == "POST":
            posts.append(request.url)

    page.on("request", record)
    _open(page, base_url + "/console?query=MATCH%20(n)%20RETURN%20count(n)%20AS%20n")
    page.wait_for_timeout(300)
    assert page.locator("#query").input_value() == "MATCH (n) RETURN count(n) AS n"
    assert posts == []
    page.locator("#run-query").click()
    page.wait_for_selector("html[data-result-ready]", state="attached", timeout=20_000)
    assert posts == [base_url + "/api/cypher"]
    assert page.locator("#result-table tbody tr").count() == 1
    assert errors == []
