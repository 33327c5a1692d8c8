"""How two entities connect: the shortest path and up to k alternatives, every hop sourced.

Path search is bounded by time, not only by length: between distant entities the number of
walks through hubs explodes, so the answer says how far the search got.
"""

from __future__ import annotations

from api.schemas import PathOut, PathsOut
from api.services.convert import entity_brief, entity_ref, path_out
from api.services.dossier import load_entity
from api.services.neighbors import parse_types
from graph.errors import InvalidInput
from graph.store import GraphStore

MAX_K = 10


def paths(store: GraphStore, source: str, target: str, *, max_hops: int = 4,
          types: str | list[str] | None = None, k: int = 3,
          timeout_ms: int = 5000) -> PathsOut:
    if not 1 <= max_hops <= 6:
        raise InvalidInput("max_hops must be between 1 and 6")
    if not 0 <= k <= MAX_K:
        raise InvalidInput(f"k must be between 0 and {MAX_K}")
    a, b = load_entity(store, source), load_entity(store, target)
    if source == target:  # the trivial path: nothing to search
        here = PathOut(length=0, nodes=[entity_brief(a)], hops=[])
        return PathsOut(source=entity_ref(a), target=entity_ref(b), max_hops=max_hops,
                        searched_hops=max_hops, shortest=here, alternatives=[])
    found, searched = store.paths_within(source, target, max_hops=max_hops,
                                         rel_types=parse_types(store, types), limit=k + 1,
                                         timeout_ms=timeout_ms)
    shaped = [path_out(p) for p in found]
    return PathsOut(source=entity_ref(a), target=entity_ref(b), max_hops=max_hops,
                    searched_hops=searched, shortest=shaped[0] if shaped else None,
                    alternatives=shaped[1:])
