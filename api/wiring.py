"""Build the configured store from settings: the one place settings meet graph/."""

from __future__ import annotations

import logging

from api.settings import Settings
from graph.store import GraphStore
from graph.stores.falkor import FalkorStore, check_graph_name
from graph.stores.falkor_log import TRUNCATED_MARKER
from graph.stores.falkor_server import ServerLimits
from graph.stores.neo4j_server import Neo4jOptions

log = logging.getLogger("tkg.store")


def server_limits(settings: Settings) -> ServerLimits:
    return ServerLimits(timeout_ms=max(settings.store_timeout_ms, settings.query_timeout_ms),
                        max_rows=settings.store_max_rows,
                        query_memory_mb=settings.store_query_memory_mb)


def neo4j_options(settings: Settings) -> Neo4jOptions:
    """How the local Neo4j runs (TKG_NEO4J_HEAP, _PAGE_CACHE, _BOLT_PORT, _HTTP_PORT...)."""
    return Neo4jOptions(heap=settings.neo4j_heap, page_cache=settings.neo4j_page_cache,
                        transaction_memory=settings.neo4j_transaction_memory,
                        bolt_port=settings.neo4j_bolt_port, http_port=settings.neo4j_http_port,
                        jvm_args=tuple(settings.neo4j_jvm_args.split()))


def open_store(settings: Settings, *, keep_running: bool = False) -> GraphStore:
    """Neo4j at TKG_NEO4J_URI when set; the local Neo4j when TKG_STORE=neo4j (started by our
    launcher if needed); else the embedded FalkorDB (started if needed).

    A server this call starts is stopped again on close unless `keep_running`.
    """
    store: GraphStore
    if settings.neo4j_uri:
        from graph.stores.neo4j import Neo4jStore

        store = Neo4jStore(settings.neo4j_uri, settings.neo4j_user,
                           settings.neo4j_password.get_secret_value(), settings.neo4j_database)
    elif settings.store == "neo4j":
        from graph.stores.neo4j import Neo4jStore

        store = Neo4jStore.local(settings.neo4j_dir, neo4j_options(settings),
                                 keep_running=keep_running)
    else:
        store = FalkorStore(settings.data_dir, check_graph_name(settings.graph_name),
                            keep_running=keep_running, limits=server_limits(settings))
    try:
        store.ensure_schema()  # idempotent; also creates the graph so reads never see "no key"
        if isinstance(store, FalkorStore):
            report_incomplete(store)
    except Exception:
        store.close()
        raise
    return store


def report_incomplete(store: FalkorStore) -> list[str]:
    """After a start that dropped a cut-off write, say which documents it left incomplete
    (until an ingest completes them); returns their ids."""
    marker = store.data_dir / TRUNCATED_MARKER
    if not marker.exists():
        return []
    incomplete = sorted(doc for doc, (_, complete) in store.document_states().items()
                        if not complete)
    if not incomplete:
        marker.unlink(missing_ok=True)
        log.warning("the store in %s dropped a cut-off last write when it started; no "
                    "document was left incomplete", store.data_dir)
        return []
    shown = ", ".join(incomplete[:20]) + (f" and {len(incomplete) - 20} more"
                                          if len(incomplete) > 20 else "")
    log.warning("the store in %s dropped a cut-off last write when it started; %d documents "
                "are incomplete: %s. Run `tkg ingest` on them again to repair them.",
                store.data_dir, len(incomplete), shown)
    return incomplete
