"""An entity's neighbourhood, one to three hops out, paginated and safe on hubs.

Depth 1 pages through the store's own neighbour listing. Deeper neighbourhoods are walked
level by level over relationships only, each level capped, and only the page's nodes are
read: enumerating paths instead would carry a hub's full properties once per path.
"""

from __future__ import annotations

from dataclasses import dataclass

from api.schemas import NeighborOut, NeighborsPage
from api.services.convert import entity_brief, entity_ref, hop_out, node_id
from api.services.dossier import fact_types, load_entity
from graph.errors import InvalidInput
from graph.store import GraphStore, Row

MAX_LIMIT = 200
STEP_CAP = 2000  # relationships read per level of a deeper walk
FRONTIER_CAP = 500  # nodes expanded per level
HUB_SOURCES = 500  # entities stated by more documents are listed but not expanded


def parse_types(store: GraphStore, types: str | list[str] | None) -> list[str]:
    """`FACILITATED,PAID` (or a list) -> checked relationship types; none -> every fact type."""
    raw = types.split(",") if isinstance(types, str) else list(types or [])
    names = [t.strip().upper() for t in raw if t.strip()]
    unknown = store.model.unknown_type(names)
    if unknown is not None:
        raise InvalidInput(f"types: unknown relationship type {unknown[:40]!r}")
    return list(dict.fromkeys(names)) or fact_types(store)


def _check(depth: int, limit: int, offset: int) -> None:
    if not 1 <= depth <= 3:
        raise InvalidInput("depth must be 1, 2 or 3")
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput(f"limit must be between 1 and {MAX_LIMIT}")
    if offset < 0:
        raise InvalidInput("offset must not be negative")


def _one_hop(store: GraphStore, center: Row, types: list[str], limit: int,
             offset: int) -> list[NeighborOut]:
    rows = store.neighbors_light(node_id(center), types, limit=limit, offset=offset)
    return [NeighborOut(node=entity_brief(row["node"]), depth=1,
                        relationship=hop_out(row["relationship"], center, {}))
            for row in rows]


@dataclass
class _Reached:
    """How the walk first reached a node: the hop that got there and the node before."""

    depth: int
    step: Row
    parent: str


def _walk(store: GraphStore, center_id: str, types: list[str],
          depth: int) -> dict[str, _Reached]:
    """Breadth-first, level by level, each level capped: nearest first, hubs bounded."""
    reached: dict[str, _Reached] = {}
    frontier = [center_id]
    for level in range(1, depth + 1):
        steps = store.neighbor_step(frontier, types, limit=STEP_CAP)
        steps.sort(key=lambda s: (s["relationship"]["type"], s["target"], s["source"]))
        frontier = []
        for step in steps:
            target = str(step["target"])
            if target == center_id or target in reached:
                continue
            reached[target] = _Reached(level, step, str(step["source"]))
            if step["weight"] <= HUB_SOURCES:  # a hub's thousands of neighbours say little
                frontier.append(target)
        frontier = frontier[:FRONTIER_CAP]
        if not frontier:
            break
    return reached


def _deeper(store: GraphStore, center: Row, types: list[str], depth: int, limit: int,
            offset: int) -> tuple[list[NeighborOut], int]:
    center_id = node_id(center)
    reached = _walk(store, center_id, types, depth)
    order = sorted(reached, key=lambda k: (reached[k].depth,
                                           reached[k].step["relationship"]["type"], k))
    page = order[offset:offset + limit]
    via_of = {k: _via(reached, k, center_id) for k in page}
    nodes = store.get_entities_light({*page, *(v for vs in via_of.values() for v in vs)})
    nodes[center_id] = center
    rels = store.relationships_light(rel_key(reached[k].step["relationship"]) for k in page)
    out = []
    for key in page:
        if key not in nodes:
            continue  # removed since the walk read it
        r = reached[key]
        rel = rels.get(rel_key(r.step["relationship"])) or r.step["relationship"]
        out.append(NeighborOut(node=entity_brief(nodes[key]), depth=r.depth,
                               relationship=hop_out(rel, nodes.get(r.parent, center), {}),
                               via=[entity_ref(nodes[v]) for v in via_of[key] if v in nodes]))
    return out, len(reached)


def rel_key(rel: Row) -> tuple[str, str, str, str]:
    """The identity of a light relationship, to fetch its evidence later."""
    return (str(rel["start"]), str(rel["type"]), str(rel["end"]),
            str(rel["properties"].get("key", "")))


def _via(reached: dict[str, _Reached], key: str, center_id: str) -> list[str]:
    chain: list[str] = []
    parent = reached[key].parent
    while parent != center_id:
        chain.append(parent)
        parent = reached[parent].parent
    return chain[::-1]


def neighbors(store: GraphStore, entity_id: str, *, types: str | list[str] | None = None,
              depth: int = 1, limit: int = 50, offset: int = 0) -> NeighborsPage:
    _check(depth, limit, offset)
    center = load_entity(store, entity_id)
    rel_types = parse_types(store, types)
    if depth == 1:
        items = _one_hop(store, center, rel_types, limit, offset)
        total = store.count_neighbors(entity_id, rel_types)
    else:
        items, total = _deeper(store, center, rel_types, depth, limit, offset)
    degrees = store.degrees(i.node.id for i in items) if items else {}
    for item in items:
        item.degree = degrees.get(item.node.id)
    return NeighborsPage(entity=entity_ref(center), depth=depth, types=rel_types, limit=limit,
                         offset=offset, total=total, items=items)
