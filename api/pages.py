"""HTML pages of the graph browser, and the static files they need.

Every page calls the same service function as its JSON twin under /api (one store call
behind both forms), then renders a Jinja2 template; autoescape is on, so names from the
graph are always text. Graph libraries are served from node_modules by a fixed whitelist:
the pages work offline and no path from a request ever reaches the file system.
"""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.templating import Jinja2Templates

from api.deps import AnalyticsDep, SettingsDep, StoreDep
from api.document_view import mentions, relations, segments
from api.routes_trilateral import FiltersDep
from api.services import chains as chain_service
from api.services import documents as document_service
from api.services import entity_view
from api.services import stats as stats_service
from api.services.amounts import amount_text, usd
from api.services.console_schema import console_schema
from api.services.convert import entity_ref
from api.services.judgments import curated_dossier, curated_paths
from api.services.timeline import timeline_axis
from api.services.trilateral import trilateral_view
from api.services.trilateral_schemas import GOVERNMENTS
from api.services.trust import band, is_weak, source_kind
from graph import queries
from graph.errors import NotFound, TkgError

HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"
NODE_MODULES = HERE.parent / "node_modules"
VENDOR = {  # URL name -> file under node_modules (load order: this order)
    "cytoscape.min.js": "cytoscape/dist/cytoscape.min.js",
    "layout-base.js": "layout-base/layout-base.js",
    "cose-base.js": "cose-base/cose-base.js",
    "cytoscape-fcose.js": "cytoscape-fcose/cytoscape-fcose.js",
    "swagger-ui-bundle.js": "swagger-ui-dist/swagger-ui-bundle.js",
    "swagger-ui.css": "swagger-ui-dist/swagger-ui.css",
    "cypher-editor.js": ".tkg/cypher-editor.js",  # bundled by `npm run build:editor`
    "cypher-codemirror.css": "@neo4j-cypher/codemirror/css/cypher-codemirror.css",
}
_STATIC_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*\.(js|css|svg|png)$")
NEIGHBOR_LIMIT = 100  # nodes drawn around an entity at first, and per expansion
FEATURED = ("person:christina-marie-chapman", "person:oleksandr-didenko",
            "organization:chinyong-information-technology-cooperation-company",
            "organization:korea-sobaeksu-trading-company")
PATH_EXAMPLES = (
    ("person:christina-marie-chapman", "country:KP", "Chapman → North Korea"),
    ("person:oleksandr-didenko", "country:KP", "Didenko → North Korea"),
    ("organization:chinyong-information-technology-cooperation-company",
     "person:vitaliy-sergeyevich-andreyev", "Chinyong → Andreyev"),
)

templates = Jinja2Templates(directory=str(HERE / "templates"))
router = APIRouter(include_in_schema=False)


templates.env.filters["usd"] = usd
templates.env.filters["amount"] = amount_text
templates.env.filters["band"] = band
templates.env.filters["source_kind"] = source_kind
templates.env.tests["weak"] = lambda fact: is_weak(fact.confidence, fact.modality)
templates.env.globals["GOVERNMENT_NAMES"] = GOVERNMENTS


def page(request: Request, name: str, section: str, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {"section": section, **context})


# --- static files ------------------------------------------------------------------------
@router.get("/static/vendor/{name}")
def vendor_file(name: str) -> FileResponse:
    """cytoscape and fcose straight from node_modules (installed from package.json)."""
    relative = VENDOR.get(name)
    path = NODE_MODULES / relative if relative else None
    if path is None or not path.is_file():
        raise NotFound(f"no vendor file {name!r} (run npm install, see README)")
    media = "text/css" if name.endswith(".css") else "text/javascript"
    return FileResponse(path, media_type=media, headers={"Cache-Control": "public, max-age=3600"})


@router.get("/static/{name}")
def static_file(name: str) -> FileResponse:
    """Our own CSS and scripts; the name pattern keeps requests inside api/static."""
    path = STATIC_DIR / name
    if not _STATIC_NAME.match(name) or not path.is_file():
        raise NotFound(f"no static file {name!r}")
    return FileResponse(path, headers={"Cache-Control": "no-cache"})


# --- pages -------------------------------------------------------------------------------
@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """Swagger UI from node_modules over /openapi.json: works with the network cut."""
    return page(request, "docs.html", "docs")


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store: StoreDep) -> HTMLResponse:
    stats = stats_service.stats(store)
    counts = sorted(((k, v) for k, v in stats.nodes.items() if k != "Document"),
                    key=lambda kv: -kv[1])
    recent = document_service.list_documents(store, limit=8).items
    featured = store.get_entities(FEATURED)
    chains = []
    for entity_id in FEATURED[:2]:
        if entity_id in featured:
            try:
                chains.append(chain_service.facilitation(store, entity_id))
            except TkgError:
                continue
    return page(request, "index.html", "home", counts=[("Document", stats.documents), *counts],
                 total_relationships=stats.total_relationships, documents=recent, chains=chains,
                 featured_entities=[entity_ref(featured[i])
                                    for i in FEATURED if i in featured])


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, store: StoreDep, entity_id: str,
                include_rejected: bool = False) -> HTMLResponse:
    dossier = curated_dossier(store, entity_id, include_rejected=include_rejected)
    return page(request, "entity.html", "entity", d=dossier,
                graph_data=entity_view.graph_data(store, dossier),
                money_rows=entity_view.money_rows(store, dossier),
                chains=entity_view.regime_chains(store, dossier),
                countries=store.country_names(), limit=NEIGHBOR_LIMIT,
                include_rejected=include_rejected)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, store: StoreDep, doc_id: str) -> HTMLResponse:
    doc = document_service.document(store, doc_id)
    # The store keeps mention sentences, not words: aliases let the page find the words.
    known = store.get_entities(e.id for e in doc.entities)
    aliases = {i: list(n["properties"].get("aliases") or []) for i, n in known.items()}
    return page(request, "document.html", "document", doc=doc,
                 segments=segments(doc, mentions(doc, aliases)), relations=relations(doc))


@router.get("/paths", response_class=HTMLResponse)
def paths_page(request: Request, store: StoreDep,
               source: Annotated[str, Query(max_length=300)] = "",
               target: Annotated[str, Query(max_length=300)] = "",
               max_hops: Annotated[int, Query(ge=1, le=6)] = 4) -> HTMLResponse:
    result, error = None, None
    ends = store.get_entities([x for x in (source, target) if x])
    if source and target:
        try:
            result = curated_paths(store, source, target, max_hops=max_hops)
        except TkgError as exc:  # shown beside the form, so the reader can fix the choice
            error = exc.detail
    refs = {k: entity_ref(v) for k, v in ends.items()}
    return page(request, "paths.html", "paths", result=result, error=error,
                 result_json=result.model_dump(mode="json") if result else None,
                 source=refs.get(source), target=refs.get(target), max_hops=max_hops,
                 examples=PATH_EXAMPLES)


@router.get("/console", response_class=HTMLResponse)
def console_page(request: Request, settings: SettingsDep, store: StoreDep,
                 query: Annotated[str, Query(max_length=20_000)] = "",
                 params: Annotated[str, Query(max_length=20_000)] = "") -> HTMLResponse:
    """The editor only: results come from POST /api/cypher, the one read-only door."""
    if params:
        with contextlib.suppress(ValueError):  # else shown as typed; the console reports it
            params = json.dumps(json.loads(params), indent=1)
    return page(request, "console.html", "console", query=query, params=params,
                examples=queries.CONSOLE_EXAMPLES, row_cap=settings.query_row_cap,
                timeout_ms=settings.query_timeout_ms, schema=console_schema(store))


@router.get("/trilateral", response_class=HTMLResponse)
def trilateral_page(request: Request, store: StoreDep, filters: FiltersDep,
                    cache: AnalyticsDep) -> HTMLResponse:
    view = trilateral_view(store, filters, cache=cache)
    return page(request, "trilateral.html", "trilateral", view=view, axis=timeline_axis(view),
                 governments=GOVERNMENTS, query_string=request.url.query)

