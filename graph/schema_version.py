"""The model version a graph was written with, stored in the graph, checked on every open.

A graph written by another version of the model would be read wrongly (version 1 kept
provenance as per-document lists on nodes and relationships, version 2 keeps statements),
so a store refuses it with one line saying what to do, and never guesses. An empty graph is
stamped with the current version. Upgrades in place are listed in UPGRADES; there is none
from version 1, because its nodes merged what documents said (aliases, values) and the
per-document statements cannot be recovered from them: re-ingesting the corpus is the way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from graph import hub_pages, queries
from graph.errors import StoreError

if TYPE_CHECKING:
    from graph.store import GraphStore

SCHEMA_ID = "model"


def _pages(store: GraphStore) -> None:
    hub_pages.build_all(store)


def _claim_ranks(store: GraphStore) -> None:
    while store.run(queries.RANK_CLAIMS, {"limit": RANK_BATCH}, write=True)[0]["n"]:
        pass


RANK_BATCH = 20_000  # claims given their rank per statement (a transaction each on Neo4j)

# version -> a function that upgrades a graph of that version to the next, in place
# (2 -> 3: hubs' pages, graph/hub_pages.py; the statements are as they were; 3 -> 4: each
# claim's rank, minus its confidence, which orders a relationship's claims by index)
UPGRADES: dict[int, Callable[[GraphStore], None]] = {2: _pages, 3: _claim_ranks}


class SchemaMismatch(StoreError):
    """The graph was written by a model version this code cannot read."""

    status = 503


def stored_version(store: GraphStore) -> int | None:
    """The version stamped in the graph; 1 for an unstamped graph that holds data (the
    version before stamps); None for an empty graph."""
    rows = store.run(queries.SCHEMA_VERSION, {"id": SCHEMA_ID})
    if rows:
        return int(rows[0]["version"])
    return 1 if store.run(queries.ANY_NODE) else None


def check(store: GraphStore) -> None:
    """Stamp an empty graph, upgrade an older one where an upgrade exists, else refuse."""
    current = store.model.version
    found = stored_version(store)
    if found is None:
        store.run(queries.STAMP_SCHEMA, {"id": SCHEMA_ID, "version": current}, write=True)
        return
    while found < current and found in UPGRADES:
        UPGRADES[found](store)
        found += 1
        store.run(queries.STAMP_SCHEMA, {"id": SCHEMA_ID, "version": found}, write=True)
    if found != current:
        raise SchemaMismatch(
            f"{store.description} was written by trilateral-kg model version {found}, this is "
            f"version {current}; re-ingest the corpus into a new data folder or graph "
            "(TKG_DATA_DIR or TKG_GRAPH_NAME) with `tkg ingest`")
