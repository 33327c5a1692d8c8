"""The graph browser in a real headless Chromium, against the ingested corpus.

Each flow is what a researcher does: search and open a dossier, grow the graph, read an
edge's evidence in its document, find a path, query, compare the three governments.
"""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import PageLog, open_page, screenshot

pytestmark = pytest.mark.browser

CHAPMAN = "person:christina-marie-chapman"


def node_count(page: Page) -> int:
    return int(page.evaluate("window.cy.nodes().length"))


def click_element(page: Page, selector: str, cy_selector: str) -> None:
    """A real mouse click on a cytoscape node or edge (its rendered centre)."""
    box = page.locator(selector).bounding_box()
    assert box is not None
    pos: dict[str, float] = page.evaluate(
        """(sel) => { const el = window.cy.$(sel)[0];
                      const p = el.isNode() ? el.renderedPosition() : el.renderedMidpoint();
                      return {x: p.x, y: p.y}; }""", cy_selector)
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])


def test_home_search_to_entity_and_expand(tkg_page: Page, gold_url: str) -> None:
    base_url = gold_url  # known facts: the dev gold (tests/gold_graph.py)
    page = tkg_page
    open_page(page, base_url + "/")
    assert page.locator("#counts .count").count() > 3
    assert page.locator("#recent-documents li a").count() > 0
    assert page.locator("#featured-chains .chain").count() > 0
    screenshot(page, "home")

    page.locator("#home-search").fill("Chapman")
    first_hit = page.locator(".typeahead-list li .hit-name").first
    first_hit.wait_for()
    assert first_hit.inner_text() == "Christina Marie Chapman"
    screenshot(page, "home-typeahead")
    page.keyboard.press("Enter")  # Enter without picking a suggestion: the results page
    page.wait_for_url("**/search?q=Chapman")
    page.wait_for_function("window.tkgReady === true")
    hit = page.locator("#entity-results .hit-name").first
    assert hit.inner_text() == "Christina Marie Chapman"
    hit.click()
    page.wait_for_url(lambda url: "/entities/person%3Achristina-marie-chapman" in url
                      or f"/entities/{CHAPMAN}" in url)
    page.wait_for_function("window.tkgReady === true")
    assert page.locator("#entity-name").inner_text() == "Christina Marie Chapman"
    assert page.locator("#cases").count() == 1
    before = node_count(page)
    assert before > 2

    target = page.evaluate(
        """() => window.cy.nodes().filter(n => !n.hasClass('expanded') && !n.hasClass('hub') &&
                   !n.hasClass('group') && n.data('label') === 'Case')[0].id()""")
    click_element(page, "#graph", f'node[id = "{target}"]')
    page.wait_for_function(f"window.cy.nodes().length > {before}", timeout=15_000)
    assert page.evaluate(f"window.cy.getElementById({target!r}).hasClass('expanded')")
    assert page.locator("#selection h3").inner_text().endswith(
        page.evaluate(f"window.cy.getElementById({target!r}).data('name')"))
    screenshot(page, "entity-expanded")


def test_edge_click_shows_evidence_and_document(tkg_page: Page, base_url: str) -> None:
    page = tkg_page
    open_page(page, f"{base_url}/entities/{CHAPMAN}")
    edge: dict[str, Any] = page.evaluate(
        """() => { const e = window.cy.edges('[type = "FACILITATED"]')[0];
                   return {id: e.id(), evidence: e.data('evidence')}; }""")
    assert edge["evidence"], "the FACILITATED edge carries its sentences"
    click_element(page, "#graph", f'edge[id = "{edge["id"]}"]')
    quote = page.locator("#selection ol.evidence blockquote").first
    quote.wait_for()
    first = edge["evidence"][0]
    assert quote.inner_text() == first["text"]
    link = page.locator("#selection ol.evidence a.doc-link").first
    assert link.get_attribute("href") == (
        f"/documents/{first['doc']}#ev-{first['start']}-{first['end']}")
    screenshot(page, "entity-edge-evidence")

    link.click()
    page.wait_for_url(f"**/documents/{first['doc']}*")
    page.wait_for_function("window.tkgReady === true")
    marked = page.evaluate(
        "Array.from(document.querySelectorAll('.doc-text .target')).map(e => e.textContent)"
        ".join('')")
    assert marked == first["text"]
    assert page.locator(".doc-text a.mention").count() > 3
    screenshot(page, "document")


def test_path_finder_highlights_facilitation_path(tkg_page: Page, base_url: str) -> None:
    page = tkg_page
    open_page(page, base_url + "/paths")
    page.locator("#source-name").fill("Christina Chapman")
    page.locator(".typeahead-list li .hit-name", has_text="Christina Marie Chapman").first.click()
    page.locator("#source-name").press("Tab")
    page.locator("#target-name").fill("North Korea")
    page.locator(".typeahead-list li .hit-name", has_text="North Korea").first.click()
    assert page.locator("#source").input_value() == CHAPMAN
    assert page.locator("#target").input_value() == "country:KP"
    page.locator("#find-paths").click()
    page.wait_for_url("**/paths?*")
    page.wait_for_function("window.tkgReady === true")

    # Pick the path that starts with Chapman facilitating, and check the drawing follows.
    found = page.evaluate("JSON.parse(document.getElementById('paths-data').textContent)")
    paths = [found["shortest"], *found["alternatives"]]
    index = next(i for i, p in enumerate(paths)
                 if p["hops"][0]["type"] == "FACILITATED" and p["hops"][0]["source"] == CHAPMAN)
    page.locator(f"[data-path-index='{index}']").click()
    highlighted = page.evaluate(
        "window.cy.edges('.hl').map(e => [e.data('source'), e.data('type'), e.data('target')])")
    assert [CHAPMAN, "FACILITATED"] in [h[:2] for h in highlighted]
    assert len(highlighted) == paths[index]["length"]
    assert page.locator(f"[data-path-index='{index}']").get_attribute("aria-selected") == "true"
    nodes = page.evaluate("window.cy.nodes('.hl').map(n => n.id())")
    assert CHAPMAN in nodes and "country:KP" in nodes
    assert page.locator("#path-hops blockquote").count() >= len(highlighted)
    screenshot(page, "paths")


def set_query(page: Page, text: str) -> None:
    """Type into the console's editor (CodeMirror) as a reader would, replacing its text."""
    page.locator("#editor .cm-content").click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(text)


def test_console_table_and_graph(tkg_page: Page, page_log: PageLog, base_url: str) -> None:
    page = tkg_page
    open_page(page, base_url + "/console")
    assert page.locator("#editor .cm-editor").is_visible(), "the Cypher editor is loaded"
    page.locator("[data-example]", has_text="Facilitators").click()
    page.wait_for_function("document.documentElement.dataset.resultReady")
    assert page.locator("#result-table tbody tr").count() > 0
    assert node_count(page) > 0
    screenshot(page, "console-graph")
    page.locator("[data-tab=table]").click()
    screenshot(page, "console-table")

    set_query(page, "CREATE (n:Person {id: 'person:intruder'}) RETURN n")
    page.locator("#run-query").click()
    error = page.locator("#console-error")
    error.wait_for(state="visible")
    assert "read-only" in error.inner_text()
    assert page.locator("#result-table tbody tr").count() == 0, "old rows are cleared"
    set_query(page, "MATCH (n)\nRETRUN n")
    page.locator("#run-query").click()
    page.locator("#console-error pre.caret").wait_for()
    assert (error.get_attribute("data-line"), error.get_attribute("data-column")) == ("2", "4")
    assert page.locator("#console-error pre.caret").inner_text() == "RETRUN n\n   ^"
    # Chromium logs the refused (403) and rejected (400) requests; those two were expected.
    expected = ("status of 403", "status of 400")
    page_log.errors[:] = [e for e in page_log.errors if not e.endswith(
        tuple(f"{code} (Forbidden)" if code.endswith("403") else f"{code} (Bad Request)"
              for code in expected))]


def test_console_paths_history_and_schema(tkg_page: Page, base_url: str) -> None:
    page = tkg_page
    open_page(page, base_url + "/console")
    page.locator("[data-example]", has_text="A path to the regime").click()
    page.wait_for_function("document.documentElement.dataset.resultReady")
    page.locator("[data-tab=table]").click()
    first = page.locator("#result-table .path-text").first.inner_text()
    assert first.startswith("(Christina Marie Chapman) -[:FACILITATED]-> (")
    assert first.endswith("(North Korea)")
    assert page.evaluate("window.cy.edges('.hl').length") > 0, "the paths are drawn"
    assert page.locator("#history-list li").count() == 1
    page.locator("#save-name").fill("regime")
    page.locator("#save-query").click()
    assert "regime" in page.locator("#saved-list").inner_text()
    stored = page.evaluate("JSON.parse(localStorage.getItem('tkg.console.saved'))")
    assert stored[0]["name"] == "regime" and "FACILITATED" in stored[0]["query"]
    set_query(page, "MATCH (n:Person {id: 'person:christina-marie-chapman'}) RETURN n {.*} AS n")
    page.locator("#run-query").click()
    page.wait_for_function("document.querySelector('#result-table td') && "
                           "!document.querySelector('#result-table .path-text')")
    assert "search_text" not in page.locator("#result-table").inner_text()
    page.locator("#show-internal").check()
    assert "search_text" in page.locator("#result-table").inner_text()
    page.locator("#schema-panel summary").click()
    assert "FACILITATED" in page.locator("#schema-panel").inner_text()


def test_console_bad_params_inline(tkg_page: Page, base_url: str) -> None:
    page = tkg_page
    open_page(page, base_url + "/console")
    set_query(page, "RETURN $x AS x")
    page.locator("#params").fill("{not json")
    page.locator("#run-query").click()
    assert "not valid JSON" in page.locator("#console-error").inner_text()


def test_trilateral_matrix_and_timeline(tkg_page: Page, base_url: str) -> None:
    page = tkg_page
    open_page(page, base_url + "/trilateral")
    rows = page.locator("#trilateral-matrix tbody tr")
    assert rows.count() > 10
    first = rows.first.get_attribute("data-governments") or ""
    assert len(first.split()) >= 2, "joint action comes first"
    assert page.locator("#trilateral-timeline .mark").count() > 5
    boxes = page.locator("#trilateral-timeline .mark").evaluate_all(
        "marks => marks.map(m => { const b = m.getBoundingClientRect();"
        " return [b.left, b.top, b.right, b.bottom]; })")
    covered = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
               if min(a[2], b[2]) - max(a[0], b[0]) > 1 and min(a[3], b[3]) - max(a[1], b[1]) > 1]
    assert not covered, f"{len(covered)} pairs of timeline marks cover each other"
    screenshot(page, "trilateral")

    open_page(page, base_url + "/trilateral?scope=joint")
    governments = page.locator("#trilateral-matrix tbody tr").evaluate_all(
        "rows => rows.map(r => r.dataset.governments.split(' ').length)")
    assert governments and min(governments) >= 2
    api = page.request.get(base_url + "/api/trilateral?scope=joint").json()
    assert [t["id"] for t in api["items"]] == page.locator(
        "#trilateral-matrix tbody tr").evaluate_all("rows => rows.map(r => r.dataset.target)")


def test_exports(tkg_page: Page, base_url: str) -> None:
    page = tkg_page
    open_page(page, f"{base_url}/entities/{CHAPMAN}")
    with page.expect_download() as png:
        page.locator("[data-action=png]").click()
    assert png.value.suggested_filename.endswith(".png")
    with page.expect_download() as js:
        page.locator("[data-action=json]").click()
    data = js.value.path().read_text()
    assert CHAPMAN in data
    with page.expect_download() as csv:
        page.locator("[data-action=csv]").click()
    assert csv.value.suggested_filename.endswith("-edges.csv")
