"""Counts of what the graph holds, for /api/stats and the home page."""

from __future__ import annotations

from api.schemas import StatsOut
from graph.store import GraphStore


def stats(store: GraphStore) -> StatsOut:
    counts = store.counts()
    nodes, rels = counts["nodes"], counts["relationships"]
    return StatsOut(store=store.description, documents=nodes.get("Document", 0), nodes=nodes,
                    relationships=rels, total_nodes=sum(nodes.values()),
                    total_relationships=sum(rels.values()))
