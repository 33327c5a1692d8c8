"""Reads around one entity: exact counts per relationship type and direction, and light
pages of its neighbours that stay cheap on a hub (graph/hub_pages.py)."""

from __future__ import annotations

from collections.abc import Sequence

from graph import hub_pages, queries
from graph.light_rows import light_node, light_rel
from graph.store_base import Read, Row, count_of
from graph.store_statements import StatementReads


class NeighborReads(StatementReads):
    """Counts and light neighbour pages of an entity; one hop around a set of ids."""

    def relationship_counts(self, entity_id: str, *,
                            also: Sequence[tuple[str, bool]] = ()) -> list[Row]:
        """[{type, outgoing, n}] for one entity: exact totals even where listings are capped.
        Fact types, and the (type, outgoing) of `also` that are not.

        A direction with a hub page (graph/hub_pages.py) is counted by it, and its row
        carries the page (`page`: [(other end id, key)...], the first PAGE_SIZE in order;
        the page's spares past them are not shown)."""
        self._check_types(t for t, _ in also)
        both = self.counts_read(entity_id, also=also)  # one round trip where counts are free
        found = self.run_read(both)[0] if both is not None else None
        pages = (found["pages"] if found is not None
                 else self.run(queries.PAGES_OF_ENTITY, {"id": entity_id}))
        paged = {(str(p["type"]), bool(p["outgoing"])): p
                 for p in pages if p["type"] in self.model.fact_types}
        if found is not None:
            counted = [{"type": t, "outgoing": out, "n": n} for t, out, n in found["counts"]]
        else:
            counted = self.run(self.dialect.relationship_counts(skip=paged, also=also),
                               {"id": entity_id})
        rows = [r for r in counted if (str(r["type"]), bool(r["outgoing"])) not in paged]
        rows += [{"type": t, "outgoing": out, "n": int(p["count"]),
                  "page": list(zip(p["others"] or [], p["keys"] or [],
                                   strict=True))[:hub_pages.PAGE_SIZE]}
                 for (t, out), p in paged.items()]
        return sorted(rows, key=lambda r: (str(r["type"]), not r["outgoing"]))

    def counts_read(self, entity_id: str, *, also: Sequence[tuple[str, bool]] = ()
                    ) -> Read | None:
        """The one read of relationship_counts() where the dialect counts every direction
        with the pages in one statement (Dialect.counts_with_pages), else None."""
        both = self.dialect.counts_with_pages(also)
        return None if both is None else Read(both, {"id": entity_id}, ("counts", "pages"))

    def count_neighbors(self, entity_id: str, rel_types: Sequence[str]) -> int:
        self._check_types(rel_types)
        if not rel_types:
            return 0
        return count_of(self.run(queries.count_neighbors(rel_types), {"id": entity_id}))

    def neighbors_light(self, entity_id: str, rel_types: Sequence[str], *, limit: int = 50,
                        offset: int = 0, cap: int = 20) -> list[Row]:
        """neighbors() between entities only, light: [{relationship, node, outgoing}]."""
        self._check_types(rel_types)
        if not rel_types:
            return []
        read = self.neighbors_light_read(entity_id, rel_types, limit=limit, offset=offset)
        rows = self.run_rows(queries.neighbors_light(rel_types), read.params,
                             queries.NEIGHBOR_PAGE_COLUMNS)
        return self._neighbor_rows(entity_id, rows, cap)

    def neighbors_light_read(self, entity_id: str, rel_types: Sequence[str], *,
                             limit: int = 50, offset: int = 0) -> Read:
        """The first read of neighbors_light() (as run_rows runs it), for ahead()."""
        self._check_types(rel_types)
        return self.rows_read(queries.neighbors_light(rel_types), {
            "id": entity_id, "limit": int(limit), "offset": int(offset)},
            queries.NEIGHBOR_PAGE_COLUMNS)

    def neighbors_light_per_type(self, entity_id: str, rel_types: Sequence[str], *,
                                 limit: int = 50, cap: int = 20,
                                 counts: Sequence[Row] | None = None,
                                 far_properties: Sequence[str] | None = None) -> list[Row]:
        """The first `limit` of neighbors_light() for each type, types in the order given,
        in one statement (a hub's dossier lists a page of each of its types).

        Each type is read one direction at a time, and only in the directions the entity
        has (its counts say). A direction with a hub page (graph/hub_pages.py) reads the
        relationships its page names, by index: the first in order, without walking the
        hub. One holding more than queries.ORDERED_UP_TO relationships and no page (a graph
        loaded by `tkg import`) gives the store's first `limit`: ordering them reads all of
        them; the group's count stays exact and neighbors_light() pages through all in
        order.
        `counts`: relationship_counts() of the entity when the caller has them (a hub's
        in-degrees cost a pass over its relationships of each type). `far_properties`:
        the only properties of the other ends to read besides `id` (a dossier shows them
        as references: all of them were a third of a hub dossier's largest read)."""
        self._check_types(rel_types)
        if not rel_types:
            return []
        wanted = list(dict.fromkeys(rel_types))
        if counts is None:
            counts = self.relationship_counts(entity_id)
        planned = self._pages_plan(entity_id, wanted, limit, counts, far_properties)
        if planned is None:
            return []
        read, pages = planned
        rows = self.run_rows(read.query, read.params, read.columns)
        return self._finish_pages(entity_id, wanted, rows, pages, limit, cap, far_properties)

    def _pages_plan(self, entity_id: str, wanted: list[str], limit: int,
                    counts: Sequence[Row], far_properties: Sequence[str] | None
                    ) -> tuple[Read, list[tuple[str, bool, str]]] | None:
        """neighbors_light_per_type()'s read (before run_rows collects it) and its pages."""
        found = {(str(r["type"]), bool(r["outgoing"])): r for r in counts}
        pages: list[tuple[str, bool, str]] = []
        params: Row = {"id": entity_id, "limit": int(limit)}
        for t in wanted:
            for out in (True, False):
                row = found.get((t, out))
                if not row or not int(row["n"]):
                    continue
                if row.get("page") is not None and limit <= hub_pages.PAGE_SIZE:
                    params[f"p{len(pages)}"] = [[o, k] for o, k in row["page"][:limit]]
                    pages.append((t, out, queries.STORED))
                else:
                    pages.append((t, out, queries.ORDERED if int(row["n"])
                                  <= queries.ORDERED_UP_TO else queries.FIRST))
        if not pages:
            return None
        return Read(queries.neighbor_pages(pages, self.dialect, far_properties), params,
                    queries.NEIGHBOR_PAGE_COLUMNS), pages

    def per_type_read(self, entity_id: str, rel_types: Sequence[str], *, limit: int = 50,
                      counts: Sequence[Row], far_properties: Sequence[str] | None = None
                      ) -> Read | None:
        """The read neighbors_light_per_type() makes with these arguments (as run_rows runs
        it), for ahead(); None when it makes none."""
        self._check_types(rel_types)
        planned = self._pages_plan(entity_id, list(dict.fromkeys(rel_types)), limit, counts,
                                   far_properties)
        if planned is None:
            return None
        read = planned[0]
        return self.rows_read(read.query, read.params, read.columns)

    def _finish_pages(self, entity_id: str, wanted: list[str], rows: list[Row],
                      pages: list[tuple[str, bool, str]], limit: int, cap: int,
                      far_properties: Sequence[str] | None) -> list[Row]:
        if far_properties is not None:  # values in far_names() order, nulls left out
            names = {(t, out): queries.far_names(far_properties, t, out)
                     for t, out, _ in pages}
            for r in rows:
                r["m"] = {k: v for k, v in zip(names[(str(r["type"]), bool(r["outgoing"]))],
                                               r["m"], strict=True) if v is not None}
        # both directions of a type in neighbors_light() order, cut to one page per type
        rows.sort(key=lambda r: (wanted.index(str(r["type"])), str(r["m"].get("id")),
                                 str(r["r"].get("key") or ""), bool(r["outgoing"])))
        per_type: dict[str, int] = {}
        kept = []
        for r in rows:
            seen = per_type.get(str(r["type"]), 0)
            if seen < limit:
                kept.append(r)
                per_type[str(r["type"])] = seen + 1
        return self._neighbor_rows(entity_id, kept, cap)

    def _neighbor_rows(self, entity_id: str, rows: list[Row], cap: int) -> list[Row]:
        out: list[Row] = []
        for r in rows:
            node = light_node(r["labels"], r["m"])
            other = str(node["element_id"])
            start, end = (entity_id, other) if r["outgoing"] else (other, entity_id)
            out.append({"relationship": light_rel(start, str(r["type"]), end, r["r"]),
                        "node": node, "outgoing": bool(r["outgoing"])})
        self.attach_rel_statements((o["relationship"] for o in out), cap)
        return out

    def neighbor_step(self, ids: Sequence[str], rel_types: Sequence[str], *,
                      limit: int = 2000) -> list[Row]:
        """[{source, target, outgoing, weight, relationship}] one hop around `ids`; the
        relationship carries only its identity (ends, type, key): read evidence with
        relationships_light. `weight`: how many documents state the target (hubs: many)."""
        self._check_types(rel_types)
        if not rel_types:
            return []
        rows = self.run(queries.neighbor_step(rel_types), {"ids": list(ids),
                                                           "limit": int(limit)})
        out = []
        for r in rows:
            start, end = ((r["source"], r["target"]) if r["outgoing"]
                          else (r["target"], r["source"]))
            out.append({"source": r["source"], "target": r["target"],
                        "outgoing": bool(r["outgoing"]), "weight": int(r["weight"] or 0),
                        "relationship": light_rel(str(start), str(r["type"]), str(end),
                                                   {"key": r["key"] or ""})})
        return out
