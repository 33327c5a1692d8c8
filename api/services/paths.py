"""How two entities connect: the shortest path and up to k alternatives, every hop sourced.

Enumerating every walk of a given length between two entities explodes through hubs, so the
search works like a person with a map: it reads the neighbourhood around both ends, level by
level with a cap per level (relationships only, no evidence), meets in the middle with
networkx, then reads evidence for the few hops it reports. With the neighbourhoods read to
radius a and b, every path of up to a + b hops lies inside them; when a cap cuts a level,
the answer says up to which length the search was complete (`searched_hops`). Hubs (entities
most documents mention) are linked but never expanded; the answer names them.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator

import networkx as nx

from api.schemas import PathOut, PathsOut
from api.services.convert import entity_brief, entity_ref, hop_out
from api.services.dossier import load_entity
from api.services.neighbors import parse_types, rel_key
from graph.errors import InvalidInput
from graph.store import GraphStore, Row

MAX_K = 10
STEP_CAP = 2000  # relationships read per level and side
FRONTIER_CAP = 400  # nodes expanded per level and side
HUB_SOURCES = 500  # an entity stated by more documents than this is a hub: not expanded


def _read_side(store: GraphStore, origin: str, types: list[str], radius: int,
               graph: nx.Graph, hubs: set[str]) -> int:
    """Add the neighbourhood of `origin` to `graph`; return the radius read completely.

    Hubs met on the way are linked but not expanded (their thousands of relationships would
    take the whole budget); a path through a hub is still found when both sides reach it.
    """
    seen = {origin}
    frontier = [origin]
    for level in range(1, radius + 1):
        steps = store.neighbor_step(frontier, types, limit=STEP_CAP)
        for step in steps:
            a, b, rel = str(step["source"]), str(step["target"]), step["relationship"]
            if not graph.has_edge(a, b):
                graph.add_edge(a, b, rels={})
            graph[a][b]["rels"][rel["element_id"]] = rel
            if step["weight"] > HUB_SOURCES:
                hubs.add(b)
        if len(steps) >= STEP_CAP:
            return level - 1  # this level was cut
        grown = sorted({str(s["target"]) for s in steps} - seen)
        seen.update(grown)
        frontier = [n for n in grown if n not in hubs]
        if len(frontier) > FRONTIER_CAP:
            return level  # the next level would miss some nodes' relationships
        if not frontier:
            break
    return radius


def _relationship_paths(graph: nx.Graph, source: str, target: str, max_hops: int,
                        wanted: int) -> Iterator[list[Row]]:
    """Relationship sequences along the shortest simple node paths, shortest first."""
    try:
        for nodes in nx.shortest_simple_paths(graph, source, target):
            if len(nodes) - 1 > max_hops:
                return
            choices = [sorted(graph[a][b]["rels"].values(), key=lambda r: r["element_id"])
                       for a, b in itertools.pairwise(nodes)]
            for combo in itertools.islice(itertools.product(*choices), wanted):
                yield list(combo)
    except nx.NetworkXNoPath:
        return


def _shape(store: GraphStore, source: str, found: list[list[Row]]) -> list[PathOut]:
    rels = store.relationships_light(rel_key(r) for path in found for r in path)
    ids = {source} | {str(r[end]) for path in found for r in path for end in ("start", "end")}
    nodes = store.get_entities_light(ids)
    out = []
    for path in found:
        here, hops, brief = source, [], [entity_brief(nodes[source])]
        for rel in path:
            full = rels.get(rel_key(rel)) or rel
            hops.append(hop_out(full, nodes[here], {}))
            here = str(rel["end"]) if str(rel["start"]) == here else str(rel["start"])
            brief.append(entity_brief(nodes[here]))
        out.append(PathOut(length=len(hops), nodes=brief, hops=hops))
    return out


def paths(store: GraphStore, source: str, target: str, *, max_hops: int = 4,
          types: str | list[str] | None = None, k: int = 3) -> PathsOut:
    if not 1 <= max_hops <= 6:
        raise InvalidInput("max_hops must be between 1 and 6")
    if not 0 <= k <= MAX_K:
        raise InvalidInput(f"k must be between 0 and {MAX_K}")
    a, b = load_entity(store, source), load_entity(store, target)
    if source == target:  # the trivial path: nothing to search
        here = PathOut(length=0, nodes=[entity_brief(a)], hops=[])
        return PathsOut(source=entity_ref(a), target=entity_ref(b), max_hops=max_hops,
                        searched_hops=max_hops, shortest=here, alternatives=[])
    rel_types = parse_types(store, types)
    graph = nx.Graph()
    graph.add_nodes_from([source, target])
    # Reading a levels around the source and b around the target covers every path of up to
    # a + b hops: each of its relationships touches a node read on one side or the other.
    hubs: set[str] = set()
    complete = (_read_side(store, source, rel_types, math.ceil(max_hops / 2), graph, hubs)
                + _read_side(store, target, rel_types, max_hops // 2, graph, hubs))
    found = list(itertools.islice(_relationship_paths(graph, source, target, max_hops, k + 1),
                                  k + 1))
    shaped = _shape(store, source, found)
    searched = min(max_hops, complete)
    return PathsOut(source=entity_ref(a), target=entity_ref(b), max_hops=max_hops,
                    searched_hops=searched, hubs_not_expanded=sorted(hubs),
                    shortest=shaped[0] if shaped else None, alternatives=shaped[1:],
                    reason=None if shaped else _no_path_reason(store, max_hops, searched, hubs))


def _no_path_reason(store: GraphStore, max_hops: int, searched: int, hubs: set[str]) -> str:
    """Why nothing was found, in the reader's terms: distance, hubs or the search budget."""
    if hubs:
        names = [entity_ref(n).name for n in store.get_entities_light(sorted(hubs)[:3],
                                                                      cap=0).values()]
        more = f" and {len(hubs) - 3} more" if len(hubs) > 3 else ""
        return (f"no connection within {max_hops} hops except possibly through hubs that are "
                f"not expanded ({', '.join(names)}{more}); restrict the relationship types "
                "or open the hub's page")
    if searched < max_hops:
        return (f"no connection within {searched} hops; longer paths up to {max_hops} hops "
                "were not searched completely (the neighbourhoods are too large)")
    return f"no connection within {max_hops} hops"
