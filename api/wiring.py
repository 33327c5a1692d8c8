"""Build the configured store from settings: the one place settings meet graph/."""

from __future__ import annotations

from api.settings import Settings
from graph.store import GraphStore
from graph.stores.falkor import FalkorStore, check_graph_name


def open_store(settings: Settings, *, keep_running: bool = False) -> GraphStore:
    """Neo4j when TKG_NEO4J_URI is set, else the embedded FalkorDB (started if needed)."""
    store: GraphStore
    if settings.neo4j_uri:
        from graph.stores.neo4j import Neo4jStore

        store = Neo4jStore(settings.neo4j_uri, settings.neo4j_user,
                           settings.neo4j_password.get_secret_value(), settings.neo4j_database)
    else:
        store = FalkorStore(settings.data_dir, check_graph_name(settings.graph_name),
                            keep_running=keep_running)
    try:
        store.ensure_schema()  # idempotent; also creates the graph so reads never see "no key"
    except Exception:
        store.close()
        raise
    return store
