"""The store as analysts' judgments say it is, for the read services to run on unchanged.

`CuratedView` is a GraphStore over another one. It answers the entity-centred reads a
dossier makes (the entity, its relationship counts, its neighbours, its sanctions) and the
steps the path finder takes for a whole cluster of merged ids at once, with every fact
marked by its judgment and rejected facts left out unless asked for. So a merge or a
rejection shows the same way in every part of a dossier (groups, cases, money) and in paths
without a second copy of that logic, and node ids in the store are never rewritten.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from graph import curation
from graph.curation import Verdicts
from graph.errors import NotFound
from graph.store import GraphStore, QueryResult, Row

RelKey = tuple[str, str, str, str]  # (start, type, end, key)


class CuratedView(GraphStore):
    """The store as the judgments say it is: merged ids read as one entity, facts marked."""

    def __init__(self, store: GraphStore, verdicts: Verdicts, *,
                 include_rejected: bool = False, canonical_ends: bool = False) -> None:
        """`canonical_ends`: relationships of members read as the cluster's own (for
        drawing a neighbourhood); otherwise they keep their real ends (a dossier says which
        id each fact is stated about, and judging the fact needs those ids)."""
        super().__init__(store.model)
        self.store = store
        self.dialect = store.dialect
        self.verdicts = verdicts
        self.include_rejected = include_rejected
        self.canonical_ends = canonical_ends
        self._real: dict[RelKey, RelKey] = {}  # canonical ends -> real ends (paths)

    # --- the primitives, delegated --------------------------------------------------------
    def run(self, query: str, params: Mapping[str, Any] | None = None, *,
            write: bool = False) -> list[Row]:
        return self.store.run(query, params, write=write)

    def read_only(self, query: str, params: Mapping[str, Any] | None = None, *,
                  timeout_ms: int = 5000, row_cap: int = 1000) -> QueryResult:
        return self.store.read_only(query, params, timeout_ms=timeout_ms, row_cap=row_cap)

    def explain(self, query: str, params: Mapping[str, Any] | None = None) -> list[str]:
        return self.store.explain(query, params)

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
        sources = [str(x) for m in members if m in found
                   for x in found[m]["properties"].get("sources") or []]
        merged = {**props, "aliases": list(dict.fromkeys(aliases))}
        if sources:
            merged["sources"] = list(dict.fromkeys(sources))
        return {**node, "properties": merged}

    def relationship_counts(self, entity_id: str, *,
                            also: Sequence[tuple[str, bool]] = ()) -> list[Row]:
        members = self.verdicts.cluster(entity_id)
        totals: Counter[tuple[str, bool]] = Counter()
        for member in members:
            for row in self.store.relationship_counts(member, also=also):
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

    def neighbors_light_per_type(self, entity_id: str, rel_types: Sequence[str], *,
                                 limit: int = 50, cap: int = 20,
                                 counts: Sequence[Row] | None = None,
                                 far_properties: Sequence[str] | None = None) -> list[Row]:
        rows: list[Row] = []
        for member in self.verdicts.cluster(entity_id):
            # the cluster's counts are not a member's (a rejected fact is taken out of them)
            rows += self.store.neighbors_light_per_type(member, rel_types, limit=limit, cap=cap,
                                                        far_properties=far_properties)
        judged = self.judge(rows)
        return [r for t in dict.fromkeys(rel_types)
                for r in [j for j in judged if j["relationship"]["type"] == t][:limit]]

    def count_neighbors(self, entity_id: str, rel_types: Sequence[str]) -> int:
        members = self.verdicts.cluster(entity_id)
        total = sum(self.store.count_neighbors(m, rel_types) for m in members)
        if not self.include_rejected:
            total -= sum(1 for t, _, _ in self._rejected_existing(members) if t in rel_types)
        return max(total, 0)

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
            rel = self._judged(rel)
            if rel["properties"].get("judgment") == "rejected" and not self.include_rejected:
                continue
            if self.canonical_ends:
                rel = self._canonical_rel(rel)
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

    # --- the path finder's reads (api/services/paths.py), over clusters --------------------
    # Ids handed to the path finder are canonical; a step out of any member of a cluster is
    # a step out of the cluster, so a path may run through a merged entity. Relationships
    # come back with canonical ends (that is where the path walks), and the view remembers
    # each one's real ends to read its evidence.
    def neighbor_step(self, ids: Sequence[str], rel_types: Sequence[str], *,
                      limit: int = 2000) -> list[Row]:
        members = [m for i in ids for m in self.verdicts.cluster(i)]
        out = []
        for step in self.store.neighbor_step(members, rel_types, limit=limit):
            rel = step["relationship"]
            start, end = str(rel["start"]), str(rel["end"])
            state = self.verdicts.state(str(rel["type"]), start, end)
            if state == "rejected" and not self.include_rejected:
                continue
            source = self.verdicts.canonical(str(step["source"]))
            target = self.verdicts.canonical(str(step["target"]))
            if source == target:
                continue  # a fact inside a cluster is no step
            shown = self._canonical_rel(rel)
            out.append({**step, "source": source, "target": target, "relationship": shown})
        return out

    def relationships_light(self, keys: Iterable[RelKey], *, cap: int = 20
                            ) -> dict[RelKey, Row]:
        wanted = list(dict.fromkeys(keys))
        real = {k: self._real.get(k, k) for k in wanted}
        found = self.store.relationships_light(real.values(), cap=cap)
        out = {}
        for key, real_key in real.items():
            rel = found.get(real_key)
            if rel is not None:
                out[key] = self._canonical_rel(self._judged(rel))
        return out

    def _canonical_rel(self, rel: Row) -> Row:
        start, end = str(rel["start"]), str(rel["end"])
        cs, ce = self.verdicts.canonical(start), self.verdicts.canonical(end)
        key = str(rel["properties"].get("key", ""))
        self._real[(cs, str(rel["type"]), ce, key)] = (start, str(rel["type"]), end, key)
        return {**rel, "start": cs, "end": ce}

    def _judged(self, rel: Row) -> Row:
        state = self.verdicts.state(str(rel["type"]), str(rel["start"]), str(rel["end"]))
        if state is None:
            return rel
        return {**rel, "properties": {**rel["properties"], "judgment": state}}
