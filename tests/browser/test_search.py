"""The results page: entities grouped by type, documents with highlighted snippets, filters."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import open_page, screenshot

pytestmark = pytest.mark.browser


def test_results_page_groups_entities_and_highlights_documents(tkg_page: Page,
                                                              base_url: str) -> None:
    page = tkg_page
    open_page(page, base_url + "/search?q=laptop+farm")
    titles = page.locator("#document-results .doc-title").all_inner_texts()
    assert any("Laptop Farm" in t for t in titles)
    marks = page.locator("#document-results mark").all_inner_texts()
    assert marks and all(m.lower().startswith(("laptop", "farm")) for m in marks)
    assert page.locator("#document-results .source-kind").count() == len(titles)
    screenshot(page, "search-documents")

    open_page(page, base_url + "/search?q=Kim")
    groups = page.locator("#entity-results .hit-group")
    assert groups.count() >= 1
    assert groups.first.get_attribute("data-type") == "Person"
    assert page.locator("#entity-results .hit-group[data-type=Sanction]").count() == 0
    page.locator("#entity-results .type-count", has_text="Person").click()
    page.wait_for_url("**type=Person*")
    page.wait_for_function("window.tkgReady === true")
    assert page.locator("#entity-results .hit-group").count() == 1
    screenshot(page, "search-entities")


def test_filters_show_names_and_refuse_bad_dates(tkg_page: Page, base_url: str) -> None:
    page = tkg_page
    open_page(page, base_url + "/search?q=Shenyang")
    options = page.locator("#f-country option").evaluate_all("os => os.map(o => o.textContent)")
    assert "China" in options and "CN" not in options
    open_page(page, base_url + "/search?q=laptop&since=garbage")
    assert "since must be a date" in page.locator("#search-error").inner_text()


def test_did_you_mean(tkg_page: Page, base_url: str) -> None:
    page = tkg_page
    open_page(page, base_url + "/search?q=Chrstina+Chapmen")
    link = page.locator("#did-you-mean a")
    assert "Chapman" in link.inner_text()
    link.click()
    page.wait_for_function("window.tkgReady === true")
    assert page.locator("#entity-results .hit-name").first.inner_text() == \
        "Christina Marie Chapman"
