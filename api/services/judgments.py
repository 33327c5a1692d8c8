"""Analysts' judgments in the API: record them, list them, and read the graph through them.

Dossiers, paths and search read the store through `CuratedView` (curated_view.py), so the
services run unchanged while merged ids read as one entity and rejected facts stay out.
"""

from __future__ import annotations

from typing import Any

from api.schemas import Dossier, EntityRef, JudgmentOut, NeighborsPage, PathsOut
from api.schemas_curation import FactJudgmentIn, JudgmentWritten, PairJudgmentIn, RatingIn
from api.services import dossier as dossier_service
from api.services import neighbors as neighbor_service
from api.services import paths as path_service
from api.services.convert import entity_ref
from api.services.curated_view import CuratedView
from graph import curation
from graph.curation import Judgment, Verdicts
from graph.store import GraphStore, Row


def judgment_out(j: Judgment, verdicts: Verdicts | None = None) -> JudgmentOut:
    current = True
    if verdicts is not None:
        latest = (verdicts.facts.get(j.fact) if j.fact else
                  verdicts.pairs.get(j.pair) if j.pair else
                  verdicts.ratings.get(j.document or ""))
        current = latest is not None and latest.id == j.id
    return JudgmentOut(id=j.id, kind=j.kind, author=j.author, at=j.at,
                       reason=j.reason, rel_type=j.rel_type, source=j.source, target=j.target,
                       left=j.left, right=j.right, document=j.document,
                       reliability=j.reliability, current=current)


def list_judgments(store: GraphStore, *, kind: str | None = None, entity: str | None = None,
                   document: str | None = None, limit: int = 50,
                   offset: int = 0) -> tuple[list[JudgmentOut], int]:
    """Judgments newest first, optionally of one kind, about one entity's cluster or one
    document."""
    verdicts = curation.load_verdicts(store)
    chosen = list(reversed(verdicts.judgments))
    if kind is not None:
        chosen = [j for j in chosen if j.kind == kind]
    if entity is not None:
        members = set(verdicts.cluster(entity))
        chosen = [j for j in chosen if j.touches(members)]
    if document is not None:
        chosen = [j for j in chosen if j.document == document]
    return [judgment_out(j, verdicts) for j in chosen[offset:offset + limit]], len(chosen)


def resolve_candidates(store: GraphStore, found: dict[str, tuple[Row, bool]]
                       ) -> dict[str, tuple[Row, bool]]:
    """Search candidates by cluster: merged ids become one hit, the canonical entity with
    every member's names, so a search for either spelling finds the one entity."""
    verdicts = curation.load_verdicts(store)
    if not any(j.kind == "merge" for j in verdicts.pairs.values()):
        return found
    view = CuratedView(store, verdicts)
    out: dict[str, tuple[Row, bool]] = {}
    for entity_id, (node, all_words) in found.items():
        canonical = verdicts.canonical(entity_id)
        if canonical == entity_id and len(verdicts.cluster(entity_id)) == 1:
            out.setdefault(entity_id, (node, all_words))
            continue
        earlier = out.get(canonical)
        merged = earlier[0] if earlier else view.get_entity_light(canonical, cap=0)
        out[canonical] = (merged, all_words or bool(earlier and earlier[1]))
    return out


def curated_dossier(store: GraphStore, entity_id: str, *,
                    include_rejected: bool = False) -> Dossier:
    """The dossier of an entity's whole cluster, facts judged, with the judgments behind it."""
    verdicts = curation.load_verdicts(store)
    view = CuratedView(store, verdicts, include_rejected=include_rejected)
    members = verdicts.cluster(entity_id)
    result = dossier_service.dossier(view, members[0])
    if len(members) > 1:
        nodes = store.get_entities_light(members[1:], cap=0)
        result.same_as = [entity_ref(nodes[m]) for m in members[1:] if m in nodes]
    result.judgments = [judgment_out(j, verdicts) for j in verdicts.about(members)]
    # a suggestion an analyst has settled (merged, or split apart) is no longer a question
    result.possibly_same = [p for p in result.possibly_same
                            if p.other.id not in members and not any(
                                verdicts.pairs.get((min(m, p.other.id), max(m, p.other.id)))
                                for m in members)]
    return result


def curated_paths(store: GraphStore, source: str, target: str, **options: Any) -> PathsOut:
    """Paths between two entities' clusters, through merged entities, never over a
    rejected fact."""
    verdicts = curation.load_verdicts(store)
    view = CuratedView(store, verdicts)
    return path_service.paths(view, verdicts.canonical(source), verdicts.canonical(target),
                              **options)


def curated_neighbors(store: GraphStore, entity_id: str, **options: Any) -> NeighborsPage:
    """An entity's neighbourhood with its cluster's: merged ids drawn as one node."""
    verdicts = curation.load_verdicts(store)
    view = CuratedView(store, verdicts, canonical_ends=True)
    return neighbor_service.neighbors(view, verdicts.canonical(entity_id), **options)


def record(store: GraphStore, body: FactJudgmentIn | PairJudgmentIn | RatingIn,
           author: str | None) -> JudgmentWritten:
    """Write one judgment; for merges and splits, also say which cluster it leaves."""
    if isinstance(body, FactJudgmentIn):
        j = curation.judge_fact(store, body.kind, body.type, body.source, body.target,
                                body.reason, author)
    elif isinstance(body, PairJudgmentIn):
        j = curation.judge_pair(store, body.kind, body.left, body.right, body.reason, author)
    else:
        j = curation.rate_document(store, body.document, body.reliability, body.reason, author)
    cluster: list[EntityRef] = []
    if j.left is not None:
        members = curation.load_verdicts(store).cluster(j.left)
        nodes = store.get_entities_light(members, cap=0)
        cluster = [entity_ref(nodes[m]) for m in members if m in nodes]
    return JudgmentWritten(judgment=judgment_out(j), cluster=cluster)
