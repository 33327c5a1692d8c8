"""An entity's "possibly the same" suggestions, listed apart from its facts.

Extraction writes a scored POSSIBLY_SAME link where it could not be sure two names are one
(a Hangul name and a romanization, an unnamed "facilitator" and a named one). A researcher
should see them, to check and judge, but never read them as facts: they are not among the
dossier's relationships, and paths and chains never walk them (the model's `fact: false`).
"""

from __future__ import annotations

from api.schemas import PossiblySame
from api.services.convert import entity_ref, provenance
from graph.queries import SUGGESTION
from graph.store import GraphStore

LISTED = 20  # suggestions listed per entity, best first


def possibly_same(store: GraphStore, entity_id: str) -> list[PossiblySame]:
    rows = store.neighbors_light(entity_id, [SUGGESTION], limit=LISTED)
    out = []
    for r in rows:
        props = r["relationship"]["properties"]
        reason = props.get("reason")
        out.append(PossiblySame(other=entity_ref(r["node"]), score=float(props.get("score") or 0),
                                reason=str(reason) if reason else None,
                                sources=provenance(props)["sources"]))
    return sorted(out, key=lambda p: (-p.score, p.other.id))
