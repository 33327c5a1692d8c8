"""Names from documents are data: an entity named like an HTML tag must render as text."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import XSS_NAME, PageLog, open_page, screenshot

pytestmark = pytest.mark.browser


def test_html_names_render_inert(tkg_page: Page, page_log: PageLog, xss_url: str) -> None:
    page = tkg_page
    open_page(page, xss_url + "/entities/person:xss")
    assert page.locator("#entity-name").inner_text() == XSS_NAME
    assert page.locator("main img").count() == 0
    assert page.evaluate("window.cy.getElementById('person:xss').data('name')") == XSS_NAME

    page.evaluate("window.cy.getElementById('organization:acme').emit('tap')")
    page.locator("#selection h3").wait_for()
    assert "Acme <b>Bold</b> Ltd" in page.locator("#selection h3").inner_text()
    assert page.locator("#selection b").count() == 0
    screenshot(page, "xss-entity")

    page.locator(".header-search input").fill("onerror")
    hit = page.locator(".typeahead-list li .hit-name").first
    hit.wait_for()
    assert hit.inner_text() == XSS_NAME

    open_page(page, xss_url + "/documents/xss-doc")
    assert XSS_NAME in page.locator("#doc-text").inner_text()
    assert page.locator("main img, main b").count() == 0

    open_page(page, xss_url + "/trilateral")
    assert XSS_NAME in page.locator("#trilateral-matrix").inner_text()
    assert page.locator("main img").count() == 0

    open_page(page, xss_url + "/console?query=MATCH%20(n:Person)%20RETURN%20n.name%20AS%20name")
    page.locator("#run-query").click()  # a query from a link runs only when clicked
    page.wait_for_function("document.documentElement.dataset.resultReady")
    assert XSS_NAME in page.locator("#result-table").inner_text()
    assert page.locator("main img").count() == 0
    assert page_log.dialogs == []
