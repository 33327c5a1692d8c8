"""Time from navigation to a laid-out neighbourhood graph in headless Chromium.

Serves the real entity page (template, graph.js, entity.js, cytoscape + fcose) from
create_app on a throwaway graph, with a benchmark-only route that swaps the embedded
neighbourhood for a synthetic one of N nodes and about 1.5 N edges. Reports, per size,
the median over runs of: when the layout finished (performance.now() at layoutstop, which
counts from navigation start) and the wall time until the page's ready flag.

    .venv/bin/python benchmarks/browser_render.py [--sizes 100 500 2000] [--runs 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fastapi import Request
from fastapi.responses import HTMLResponse
from playwright.sync_api import sync_playwright

from api.pages import templates
from api.services import dossier as dossier_service
from api.settings import Settings
from graph.store import NodeRow
from graph.stores.falkor import FalkorStore
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, SEEDED_RANDOM, serve

CENTER = "person:bench-center"
LABELS = ("Person", "Organization", "Country", "Payment", "Case", "Agency")
TYPES = ("FACILITATED", "EMPLOYED_AT", "PAID", "CONTROLLED_BY", "LOCATED_IN", "FUNDED")


def synthetic_neighbourhood(n: int, seed: int = 7) -> dict[str, Any]:
    """N nodes around the centre: a star plus random extra edges, 1.5 N edges in all."""
    rng = random.Random(seed)
    countries = ["KP", "US", "CN", "RU", "JP", "KR"]
    nodes: list[dict[str, Any]] = [
        {"id": f"bench:{i}", "label": LABELS[i % len(LABELS)], "name": f"Entity {i}",
         "properties": {"country": rng.choice(countries)}}
        for i in range(n - 1)]

    def edge(k: int, source: str, target: str) -> dict[str, Any]:
        return {"id": f"e{k}", "type": TYPES[k % len(TYPES)], "source": source, "target": target,
                "properties": {"date": f"20{18 + k % 8}-0{1 + k % 9}"}, "sources": ["bench"],
                "evidence": [{"document": "bench", "start": 0, "end": 10, "text": "A sentence."}]}

    items = [{"node": node, "depth": 1, "relationship": edge(i, CENTER, node["id"])}
             for i, node in enumerate(nodes)]
    for k in range(len(nodes), int(1.5 * n)):
        a, b = rng.sample(nodes, 2)
        items.append({"node": b, "depth": 2, "relationship": edge(k, a["id"], b["id"])})
    return {"items": items}


def measure(url: str, sizes: list[int], runs: int) -> list[tuple[int, float, float, int]]:
    results = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for n in sizes:
            layout, wall, drawn = [], [], 0
            for _ in range(runs):
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                page.add_init_script(SEEDED_RANDOM)
                started = time.perf_counter()
                page.goto(f"{url}/bench/entities/{CENTER}?n={n}", wait_until="commit")
                page.wait_for_function("window.tkgReady === true", timeout=120_000)
                wall.append(time.perf_counter() - started)
                layout.append(page.evaluate("window.tkgTimings.laidOut") / 1000)
                drawn = int(page.evaluate("window.cy.nodes().length"))
                page.close()
            results.append((n, statistics.median(layout), statistics.median(wall), drawn))
        browser.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 500, 2000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        store = FalkorStore(data_dir, f"bench_{uuid.uuid4().hex[:8]}")
        store.ensure_schema()
        store.upsert_nodes("Person", [NodeRow(CENTER, {"name": "Benchmark centre"}, "bench")])
        settings = Settings.model_validate({"data_dir": data_dir, "graph_name": store.graph_name})

        from api.app import create_app

        app = create_app(settings)

        @app.get("/bench/entities/{entity_id}", response_class=HTMLResponse)
        def bench_entity(request: Request, entity_id: str, n: int = 100) -> HTMLResponse:
            """The real entity page, its neighbourhood replaced by a synthetic one."""
            dossier = dossier_service.dossier(request.app.state.store, entity_id)
            graph_data = {"root": dossier.entity.model_dump(mode="json"),
                          "neighbors": synthetic_neighbourhood(n), "total": n,
                          "limit": 100}
            return templates.TemplateResponse(request, "entity.html",
                                              {"section": "entity", "d": dossier,
                                               "graph_data": graph_data})

        with serve(settings, app=app) as url:
            results = measure(url, args.sizes, args.runs)
        store.delete_graph()
        store.close()

    print(f"{'nodes':>6} {'drawn':>6} {'layout done (s)':>16} {'ready, wall (s)':>16}  target")
    targets = {500: 2.0, 2000: 5.0}
    for n, layout, wall, drawn in results:
        target = targets.get(n)
        verdict = "" if target is None else (
            f"< {target:.0f} s {'ok' if layout < target else 'MISSED'}")
        print(f"{n:>6} {drawn:>6} {layout:>16.2f} {wall:>16.2f}  {verdict}")
    print(f"(median of {args.runs} runs; fcose, draft quality above 300 nodes; headless Chromium)")


if __name__ == "__main__":
    main()
