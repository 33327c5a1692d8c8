"""An analyst judges facts, entities and documents in the browser, with the API key."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page

from api.settings import Settings
from graph import curation
from graph.ingest import ingest_extraction
from graph.store import GraphStore
from tests.browser.conftest import open_page, screenshot, serve
from tests.conftest import store_settings
from tests.curation_data import CHINYONG, KIM, KIM_VARIANT, YANBIAN, release, report

pytestmark = pytest.mark.browser
KEY = "browser-key-0123456789"


@pytest.fixture
def curation_url(falkor_store: GraphStore) -> Iterator[str]:
    ingest_extraction(falkor_store, release())
    ingest_extraction(falkor_store, report())
    settings = Settings.model_validate({**store_settings(falkor_store), "api_key": KEY})
    with serve(settings) as url:
        yield url


def _fact(page: Page, target: str) -> str:
    return f'li.fact[data-fact-type="EMPLOYED_AT"][data-fact-target="{target}"]'


def _enter_key(page: Page) -> None:
    page.locator("#analyst-panel summary").click()
    page.locator("#analyst-key").fill(KEY)
    page.locator("#analyst-name").fill("J. Park")
    page.locator("#analyst-login button").click()


def test_an_analyst_rejects_a_fact_and_merges_two_entities(
        tkg_page: Page, curation_url: str, falkor_store: GraphStore) -> None:
    page = tkg_page
    open_page(page, f"{curation_url}/entities/{KIM}")
    weak, strong = page.locator(_fact(page, YANBIAN)), page.locator(_fact(page, CHINYONG))
    assert "unconfirmed" in (weak.get_attribute("class") or "")  # confidence 0.6
    assert "unconfirmed" not in (strong.get_attribute("class") or "")  # 0.9
    assert weak.locator("form.judge-fact").count() == 0  # no controls without the key

    _enter_key(page)
    weak.locator("input[name=reason]").fill("the sentence is about another person")
    with page.expect_navigation():
        weak.locator("button.reject-fact").click()
    page.wait_for_function("window.tkgReady === true")
    assert page.locator(_fact(page, YANBIAN)).count() == 0
    assert page.locator(_fact(page, CHINYONG)).count() == 1
    listed = page.locator("#judgment-list").inner_text()
    assert "reject" in listed and "J. Park" in listed and "another person" in listed
    [j] = curation.all_judgments(falkor_store)
    assert (j.kind, j.author, j.target) == ("reject", "J. Park", YANBIAN)

    drawn = f"window.cy.getElementById('{YANBIAN}').length"
    assert page.evaluate(drawn) == 0  # the rejected fact is not drawn either
    page.locator("#toggle-rejected").click()
    page.wait_for_function("window.tkgReady === true")
    assert "judged-rejected" in (page.locator(_fact(page, YANBIAN)).get_attribute("class") or "")

    # the key stays for this tab: the merge form is there at once
    page.locator("#analyst-panel summary").click()
    page.locator("#pair-other").fill(KIM_VARIANT)
    page.locator("#pair-reason").fill("same person, another romanization")
    with page.expect_navigation():
        page.locator("#merge-button").click()
    page.wait_for_function("window.tkgReady === true")
    assert "Gim Sangman" in page.locator("#same-as").inner_text()
    assert "Gim Sangman" in page.locator(".aliases").inner_text()
    assert page.evaluate(drawn) == 1  # the other spelling's employer, drawn around one node
    screenshot(page, "curation-entity")


def test_an_analyst_rates_a_document(tkg_page: Page, curation_url: str) -> None:
    page = tkg_page
    open_page(page, f"{curation_url}/documents/d-report")
    _enter_key(page)
    page.locator("#rate-reliability").select_option("unverified")
    page.locator("#rate-reason").fill("an anonymous blog post")
    with page.expect_navigation():
        page.locator("#rate-button").click()
    page.wait_for_function("window.tkgReady === true")
    rating = page.locator("#doc-rating").inner_text()
    assert "unverified" in rating and "J. Park" in rating and "anonymous blog" in rating
