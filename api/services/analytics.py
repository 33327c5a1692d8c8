"""Who is central and which groups form, computed with networkx on the entity graph.

Reading the whole graph and running betweenness or Louvain is far too slow per request, so
results are cached per graph version: the cache is emptied whenever an ingest writes
(api.ingest_runner.on_ingest), and the next request rebuilds it.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from typing import Any, TypeVar

import networkx as nx

from api.schemas import CentralityItem, CentralityOut, CommunitiesOut, CommunityOut, EntityRef
from api.services.search import check_filters
from graph.errors import InvalidInput
from graph.store import GraphStore

T = TypeVar("T")
EXACT_BETWEENNESS_UP_TO = 2000  # nodes; above, betweenness is estimated from samples
BETWEENNESS_SAMPLES = 100


class AnalyticsCache:
    """Computed results keyed by name, thrown away together when the graph changes."""

    def __init__(self) -> None:
        self._lock = threading.RLock()  # results are built from other cached results
        self._results: dict[str, Any] = {}
        self.builds = 0  # how many results were computed (tests check the cache works)

    def invalidate(self) -> None:
        with self._lock:
            self._results.clear()

    def get(self, key: str, compute: Callable[[], T]) -> T:
        with self._lock:  # one computation at a time: a second caller waits for the first
            if key not in self._results:
                self._results[key] = compute()
                self.builds += 1
            value: T = self._results[key]
            return value


def entity_graph(store: GraphStore) -> nx.Graph:
    """The undirected simple graph of entities (documents and MENTIONS left out)."""
    nodes, edges = store.entity_graph()
    graph = nx.Graph()
    for row in nodes:
        labels = [lb for lb in row["labels"] or [] if lb != "Entity"]
        graph.add_node(row["id"], label=labels[0] if labels else "Entity",
                       name=str(row.get("name") or row["id"]))
    for row in edges:
        if row["source"] != row["target"] and graph.has_node(row["source"]) \
                and graph.has_node(row["target"]):
            graph.add_edge(row["source"], row["target"])
    return graph


def _ref(graph: nx.Graph, node: str) -> EntityRef:
    data = graph.nodes[node]
    return EntityRef(id=node, label=data["label"], name=data["name"])


def _centrality(store: GraphStore, cache: AnalyticsCache) -> list[CentralityItem]:
    graph = cache.get("graph", lambda: entity_graph(store))
    n = graph.number_of_nodes()
    if n == 0:
        return []
    k = None if n <= EXACT_BETWEENNESS_UP_TO else BETWEENNESS_SAMPLES
    betweenness = nx.betweenness_centrality(graph, k=k, seed=0)
    degree = nx.degree_centrality(graph) if n > 1 else {node: 0.0 for node in graph}
    items = [CentralityItem(**_ref(graph, node).model_dump(), degree=graph.degree(node),
                            degree_centrality=round(degree[node], 6),
                            betweenness=round(betweenness[node], 6)) for node in graph]
    items.sort(key=lambda i: (-i.betweenness, -i.degree, i.id))
    return items


def centrality(store: GraphStore, cache: AnalyticsCache, *, label: str | None = None,
               limit: int = 50, offset: int = 0) -> CentralityOut:
    check_filters(store, label, None)
    if not 1 <= limit <= 500 or offset < 0:
        raise InvalidInput("limit must be between 1 and 500, offset not negative")
    graph = cache.get("graph", lambda: entity_graph(store))
    items = cache.get("centrality", lambda: _centrality(store, cache))
    chosen = [i for i in items if label is None or i.label == label]
    return CentralityOut(type=label, nodes=graph.number_of_nodes(),
                         edges=graph.number_of_edges(), items=chosen[offset:offset + limit],
                         total=len(chosen), limit=limit, offset=offset)


def _communities(store: GraphStore, cache: AnalyticsCache) -> list[CommunityOut]:
    graph = cache.get("graph", lambda: entity_graph(store))
    if graph.number_of_edges() == 0:
        return []
    groups = nx.community.louvain_communities(graph, seed=0)
    groups = sorted(groups, key=lambda g: (-len(g), min(g)))
    out = []
    for i, members in enumerate(groups):
        ranked = sorted(members, key=lambda m: (-graph.degree(m), m))
        labels = Counter(graph.nodes[m]["label"] for m in members)
        out.append(CommunityOut(id=i, size=len(members), labels=dict(labels.most_common()),
                                members=[_ref(graph, m) for m in ranked]))
    return out


def communities(store: GraphStore, cache: AnalyticsCache, *, limit: int = 20,
                members: int = 10, offset: int = 0) -> CommunitiesOut:
    if not 1 <= limit <= 200 or not 1 <= members <= 200 or offset < 0:
        raise InvalidInput("limit and members must be between 1 and 200, offset not negative")
    found = cache.get("communities", lambda: _communities(store, cache))
    shown = [c.model_copy(update={"members": c.members[:members]})
             for c in found[offset:offset + limit]]
    return CommunitiesOut(items=shown, total=len(found), limit=limit, offset=offset)
