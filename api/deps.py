"""FastAPI dependencies as `Annotated` aliases, so a route's signature says what it needs.

Everything lives on `app.state`, set by the lifespan in api/app.py: no globals, so two apps
(tests run several) never share a store or a cache. The dependencies are `async` because
they never block: FastAPI would otherwise hop to a worker thread for each of them.
"""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, Header, Request

from api.services.analytics import AnalyticsCache
from api.services.ingest import DocumentIngester
from api.settings import Settings
from graph.errors import StoreUnavailable, Unauthorized
from graph.store import GraphStore


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_store(request: Request) -> GraphStore:
    store: GraphStore | None = getattr(request.app.state, "store", None)
    if store is None:
        raise StoreUnavailable("the store is not open (the app is starting or stopping)")
    return store


async def get_analytics(request: Request) -> AnalyticsCache:
    cache: AnalyticsCache = request.app.state.analytics
    return cache


async def get_ingester(request: Request) -> DocumentIngester:
    ingester: DocumentIngester = request.app.state.ingester
    return ingester


async def require_api_key(settings: Annotated[Settings, Depends(get_settings)],
                    x_api_key: Annotated[str | None, Header(
                        description="the key in TKG_API_KEY")] = None) -> None:
    """Writes need the configured key; with no key configured, writing is switched off."""
    expected = settings.api_key.get_secret_value()
    if not expected:
        raise Unauthorized("writing through the API is disabled: set TKG_API_KEY to enable it")
    if x_api_key is None or not secrets.compare_digest(x_api_key.encode(), expected.encode()):
        raise Unauthorized("a valid X-API-Key header is required")


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]
AnalyticsDep = Annotated[AnalyticsCache, Depends(get_analytics)]
IngesterDep = Annotated[DocumentIngester, Depends(get_ingester)]
ApiKeyDep = Annotated[None, Depends(require_api_key)]
