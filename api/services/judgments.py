"""Analysts' judgments in the API: record them, list them, and read the graph through them.

Reading through judgments happens in `CuratedView`, a GraphStore that answers the few
entity-centred reads a dossier makes (the entity, its relationship counts, its neighbours,
its sanctions) for a whole cluster of merged ids at once, with every fact marked by its
judgment and rejected facts left out unless asked for. The dossier service runs unchanged on
top of it, so a merge or a rejection shows the same way in every part of a dossier (groups,
cases, money) without a second copy of that logic.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from api.schemas import Dossier, EntityRef, JudgmentOut
from api.schemas_curation import FactJudgmentIn, JudgmentWritten, PairJudgmentIn, RatingIn
from api.services import dossier as dossier_service
from api.services.convert import entity_ref
from graph import curation
from graph.curation import Judgment, Verdicts
from graph.errors import NotFound
from graph.store import GraphStore, QueryResult, Row


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


class CuratedView(GraphStore):
    """The store as the judgments say it is: merged ids read as one entity, facts marked."""

    def __init__(self, store: GraphStore, verdicts: Verdicts, *,
                 include_rejected: bool = False) -> None:
        super().__init__(store.model)
        self.store = store
        self.dialect = store.dialect
        self.verdicts = verdicts
        self.include_rejected = include_rejected

    # --- the primitives, delegated --------------------------------------------------------
    def run(self, query: str, params: Mapping[str, Any] | None = None, *,
            write: bool = False) -> list[Row]:
        return self.store.run(query, params, write=write)

    def read_only(self, query: str, params: Mapping[str, Any] | None = None, *,
                  timeout_ms: int = 5000, row_cap: int = 1000) -> QueryResult:
        return self.store.read_only(query, params, timeout_ms=timeout_ms, row_cap=row_cap)

    def close(self) -> None:
        """The view borrows the store; its owner closes it."""

    @property
    def description(self) -> str:
        return self.store.description

    def _fulltext_query(self, text: str) -> str:
        return self.store._fulltext_query(text)

    def _document_query(self, text: str) -> str:
        return self.store._document_query(text)

    # --- entity-centred reads over a cluster ---------------------------------------------
    def get_entity_light(self, entity_id: str, *, cap: int = 20) -> Row:
        """The cluster's canonical entity, with the other members' names as aliases."""
        members = self.verdicts.cluster(entity_id)
        found = self.store.get_entities_light(members, cap=cap)
        if entity_id not in found:
            raise NotFound(f"no entity with id {entity_id!r}")
        node = found.get(members[0]) or found[entity_id]
        props = node["properties"]
        aliases = list(props.get("aliases") or [])
        for other in members[1:]:
            if other in found:
                o = found[other]["properties"]
                aliases += [n for n in [o.get("name"), *(o.get("aliases") or [])]
                            if n and n != props.get("name")]
        return {**node, "properties": {**props, "aliases": list(dict.fromkeys(aliases))}}

    def relationship_counts(self, entity_id: str) -> list[Row]:
        members = self.verdicts.cluster(entity_id)
        totals: Counter[tuple[str, bool]] = Counter()
        for member in members:
            for row in self.store.relationship_counts(member):
                totals[(str(row["type"]), bool(row["outgoing"]))] += int(row["n"])
        if not self.include_rejected:
            for rel_type, source, target in self._rejected_existing(members):
                if source in members:
                    totals[(rel_type, True)] -= 1
                if target in members:
                    totals[(rel_type, False)] -= 1
        return [{"type": t, "outgoing": o, "n": n} for (t, o), n in sorted(totals.items())
                if n > 0]

    def neighbors_light(self, entity_id: str, rel_types: Sequence[str], *, limit: int = 50,
                        offset: int = 0, cap: int = 20) -> list[Row]:
        rows: list[Row] = []
        for member in self.verdicts.cluster(entity_id):
            rows += self.store.neighbors_light(member, rel_types, limit=limit + offset,
                                               cap=cap)
        return self.judge(rows)[offset:offset + limit]

    def sanctions_of(self, entity_id: str) -> list[Row]:
        rows: list[Row] = []
        for member in self.verdicts.cluster(entity_id):
            rows += self.store.sanctions_of(member)
        return rows

    def judge(self, rows: Iterable[Row]) -> list[Row]:
        """Mark each relationship with its judgment; drop rejected ones unless asked for."""
        out = []
        for row in rows:
            rel = row["relationship"]
            state = self.verdicts.state(str(rel["type"]), str(rel["start"]), str(rel["end"]))
            if state == "rejected" and not self.include_rejected:
                continue
            if state is not None:
                rel = {**rel, "properties": {**rel["properties"], "judgment": state}}
            out.append({**row, "relationship": rel})
        return out

    def _rejected_existing(self, members: Sequence[str]) -> list[tuple[str, str, str]]:
        """Rejected facts of these ids that the graph still holds (one count each)."""
        wanted = set(members)
        out = []
        for rel_type, source, target in self.verdicts.rejected():
            if source in wanted or target in wanted:
                n = curation.fact_count(self.store, rel_type, source, target)
                out += [(rel_type, source, target)] * n
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
    return result


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
