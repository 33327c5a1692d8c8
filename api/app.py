"""The FastAPI app: `create_app(settings)` wires the store, caches, errors and routers.

Read this file to see the whole web side: the lifespan opens the store and closes it, every
error becomes {"detail", "status"} (or an HTML page outside /api), and each router is a thin
layer over api/services, which the HTML pages call too.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from api import pages, pages_browse, pages_search, routes_trilateral
from api.errors_http import error_responses, install_error_handlers
from api.heavy_pool import HeavyQueryPool
from api.ingest_runner import on_ingest
from api.routes import analytics, curation, cypher, documents, entities, paths, system
from api.security_headers import SecurityHeaders
from api.services.analytics import AnalyticsCache
from api.services.ingest import DocumentIngester
from api.settings import Settings
from api.wiring import open_store
from graph.plan_warmup import Warmup
from graph.stores.supervisor import Recoverable, StoreSupervisor

DESCRIPTION = ("A knowledge graph of North Korea's overseas IT-worker networks, built from US, "
               "Japanese and South Korean government documents. Every fact carries the "
               "documents and sentences it comes from. Errors are always "
               '`{"detail": ..., "status": ...}`.')

log = logging.getLogger("tkg.api")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.model_validate({})  # reads TKG_*, typed for mypy
    analytics_cache = AnalyticsCache()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.store = await run_in_threadpool(open_store, settings)
        # Neo4j plans the forget's and dossier's statements in the background, so the first
        # of each after a start does not pay for planning (graph/plan_warmup.py)
        app.state.warmup = Warmup(app.state.store).start()
        on_ingest.append(analytics_cache.invalidate)  # writes empty the analytics cache
        supervisor = None
        if isinstance(app.state.store, Recoverable):  # the embedded store: restart it if it dies
            supervisor = StoreSupervisor(app.state.store)
            supervisor.start()
        app.state.supervisor = supervisor
        app.state.cypher_pool = HeavyQueryPool(settings.cypher_workers, settings.cypher_queue)
        try:
            yield
        finally:
            on_ingest.remove(analytics_cache.invalidate)
            # the warm-up shares the driver: closing it under a running warm-up statement breaks the
            # connection's buffer, so the warm-up is stopped and the statement in flight
            # waited for before the store is closed
            if not await run_in_threadpool(app.state.warmup.stop,
                                           settings.warmup_stop_seconds):
                log.warning("the plan warm-up was still planning a statement after %.0f s; "
                            "closing the store anyway", settings.warmup_stop_seconds)
            if supervisor is not None:
                supervisor.stop()
            app.state.cypher_pool.close()
            store, app.state.store = app.state.store, None
            await run_in_threadpool(store.close)

    app = FastAPI(title="trilateral-kg", version="0.1.0", description=DESCRIPTION,
                  docs_url=None, redoc_url=None,  # /docs is ours: Swagger UI from node_modules
                  lifespan=lifespan, responses=error_responses(validation=False))
    app.state.settings = settings
    app.state.store = None
    app.state.analytics = analytics_cache
    app.state.ingester = DocumentIngester(settings.spacy_model, lock_dir=settings.ingest_lock_dir,
                                           processes=settings.extract_processes)
    app.state.supervisor = None
    install_error_handlers(app)
    app.add_middleware(SecurityHeaders)
    for module in (entities, paths, documents, curation, cypher, analytics, system,
                   routes_trilateral, pages, pages_search, pages_browse):
        app.include_router(module.router)
    return app
