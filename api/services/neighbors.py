"""An entity's neighbourhood, one to three hops out, paginated and safe on hubs.

Depth 1 pages through the store's own neighbour listing. Deeper neighbourhoods come from a
capped number of paths, reduced to distinct nodes, nearest first; the cap keeps a request
on "North Korea" as cheap as one on a minor facilitator.
"""

from __future__ import annotations

from api.schemas import NeighborOut, NeighborsPage
from api.services.convert import entity_brief, entity_ref, hop_out, node_id
from api.services.dossier import fact_types, load_entity
from graph.errors import InvalidInput
from graph.store import GraphStore, Row

MAX_LIMIT = 200
PATH_CAP = 2000  # paths read for depth 2-3, whatever the page


def parse_types(store: GraphStore, types: str | list[str] | None) -> list[str]:
    """`FACILITATED,PAID` (or a list) -> checked relationship types; none -> every fact type."""
    raw = types.split(",") if isinstance(types, str) else list(types or [])
    names = [t.strip().upper() for t in raw if t.strip()]
    unknown = [t for t in names if t not in store.model.relationships]
    if unknown:
        raise InvalidInput(f"unknown relationship types {unknown}; known: "
                           f"{', '.join(store.model.relationships)}")
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
    rows = store.neighbors(node_id(center), types, limit=limit, offset=offset)
    out = []
    for row in rows:
        ids = {str(center["element_id"]): node_id(center),
               str(row["node"]["element_id"]): node_id(row["node"])}
        out.append(NeighborOut(node=entity_brief(row["node"]), depth=1,
                               relationship=hop_out(row["relationship"], center, ids)))
    return out


def _deeper(store: GraphStore, center: Row, types: list[str], depth: int) -> list[NeighborOut]:
    paths = store.neighborhood(node_id(center), types, depth=depth, limit=PATH_CAP)
    best: dict[str, NeighborOut] = {}
    for path in paths:
        nodes: list[Row] = path["nodes"]
        if len({n["element_id"] for n in nodes}) != len(nodes):
            continue  # a path that comes back on itself says nothing new
        end = nodes[-1]
        key = node_id(end)
        hops = len(path["relationships"])
        if key in best and best[key].depth <= hops:
            continue
        ids = {str(n["element_id"]): node_id(n) for n in nodes}
        best[key] = NeighborOut(node=entity_brief(end), depth=hops,
                                relationship=hop_out(path["relationships"][-1], nodes[-2], ids),
                                via=[entity_ref(n) for n in nodes[1:-1]])
    return sorted(best.values(), key=lambda n: (n.depth, n.relationship.type, n.node.id))


def neighbors(store: GraphStore, entity_id: str, *, types: str | list[str] | None = None,
              depth: int = 1, limit: int = 50, offset: int = 0) -> NeighborsPage:
    _check(depth, limit, offset)
    center = load_entity(store, entity_id)
    rel_types = parse_types(store, types)
    if depth == 1:
        items = _one_hop(store, center, rel_types, limit + 1, offset)
    else:
        items = _deeper(store, center, rel_types, depth)[offset:offset + limit + 1]
    return NeighborsPage(entity=entity_ref(center), depth=depth, types=rel_types, limit=limit,
                         offset=offset, has_more=len(items) > limit, items=items[:limit])
