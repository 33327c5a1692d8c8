"""Light reads of entities and relationships with the statements behind them attached: up to
a cap per item, the surest first; a hub's (more than queries.ORDERED_UP_TO documents) from
the statements its values came from, never by walking all of them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from graph import queries, statement_fold
from graph.errors import NotFound
from graph.light_rows import (
    by_size,
    light_node,
    light_rel,
    set_statements,
    statement_of,
    surest_row,
    value_documents,
)
from graph.store_base import Read, Row, StoreBase


class StatementReads(StoreBase):
    """Light nodes and relationships, and their statements."""

    def get_entity_light(self, entity_id: str, *, cap: int = 20) -> Row:
        """An entity with up to `cap` of its statements (sources_total: how many there are).

        In light results element ids are entity ids, relationships' start and end too.
        """
        found = self.get_entities_light([entity_id], cap=cap)
        if entity_id not in found:
            raise NotFound(f"no entity with id {entity_id!r}")
        return found[entity_id]

    def get_entities_light(self, ids: Iterable[str], *, cap: int = 20) -> dict[str, Row]:
        read = self.entities_light_read(ids)
        rows = self.run_rows(queries.GET_ENTITIES_LIGHT, read.params, queries.ENTITY_COLUMNS)
        nodes = {str(n["element_id"]): n for n in
                 (light_node(r["labels"], r["n"]) for r in rows)}
        # read with the node when it is a hub's (queries.GET_ENTITIES_LIGHT)
        hubs = {str(r["n"].get("id")): r["value_sources"] for r in rows
                if int(r["n"].get("doc_count") or 0) > queries.ORDERED_UP_TO}
        self.attach_node_statements(nodes, cap, value_sources=hubs)
        return nodes

    def entities_light_read(self, ids: Iterable[str]) -> Read:
        """The first read of get_entities_light(ids) (as run_rows runs it), for ahead()."""
        return self.rows_read(queries.GET_ENTITIES_LIGHT, {
            "ids": list(dict.fromkeys(ids)), "ordered_up_to": queries.ORDERED_UP_TO},
            queries.ENTITY_COLUMNS)

    def relationships_light(self, keys: Iterable[tuple[str, str, str, str]], *,
                            cap: int = 20) -> dict[tuple[str, str, str, str], Row]:
        """Relationships by (source, type, target, key), light."""
        rows = [{"source": s, "type": t, "target": e, "key": k}
                for s, t, e, k in dict.fromkeys(keys)]
        found = self.run(queries.RELATIONSHIPS_LIGHT, {"rows": rows})
        out = {}
        for r in found:
            rel = light_rel(str(r["source"]), str(r["type"]), str(r["target"]), r["r"])
            out[(str(r["source"]), str(r["type"]), str(r["target"]),
                 str(rel["properties"].get("key", "")))] = rel
        self.attach_rel_statements(out.values(), cap)
        return out

    def attach_node_statements(self, nodes: Mapping[str, Row], cap: int = 20, *,
                               value_sources: Mapping[str, object] | None = None) -> None:
        """Put up to `cap` statements of each light node into its properties (`statements`,
        `sources`; `sources_total` says how many there are). `value_sources`: the hubs'
        (node id -> value_sources) when the caller read them already."""
        if cap <= 0 or not nodes:
            return
        found: dict[str, list[Row]] = {}
        sized = by_size(nodes.items(), lambda n: n["properties"])
        rows = (self.run_rows(self.dialect.node_statements(),
                              {"ids": sized[True], "cap": int(cap)},
                              queries.NODE_STATEMENT_COLUMNS) if sized.get(True) else [])
        if sized.get(False):  # hubs: the statements their values came from
            known = dict(value_sources or {})
            unread = [i for i in sized[False] if i not in known]
            if unread:
                known.update((str(r["id"]), r["value_sources"]) for r in self.run(
                    queries.VALUE_SOURCES, {"ids": unread}))
            pairs = [{"id": i, "doc": doc} for i in sized[False] if i in known
                     for doc in value_documents(known[i])[:cap]]
            rows += self.run_rows(queries.NODE_STATEMENTS_OF_PAIRS, {"pairs": pairs},
                                  queries.NODE_STATEMENT_COLUMNS)
        for r in rows:
            found.setdefault(str(r["id"]), []).append(statement_of(str(r["doc"]), r))
        for ident, node in nodes.items():
            set_statements(node["properties"], found.get(ident, []))

    def attach_rel_statements(self, rels: Iterable[Row], cap: int = 20) -> None:
        """The same for light relationships, from their claims."""
        self.attach_rel_statements_capped([(rels, cap)])

    def attach_rel_statements_capped(
            self, parts: Sequence[tuple[Iterable[Row], int] | tuple[Iterable[Row], int, int]]
    ) -> None:
        """attach_rel_statements(rels, cap) for each (rels, cap) of `parts`, in one read.
        A part (rels, cap, listed) reads `cap` statements of each relationship but lists
        the `listed` a read of that many gives; the documents of all it read go to the
        properties' `documents_read` (a dossier follows a tie through more documents than
        it lists)."""
        groups: list[tuple[dict[str, list[Row]], int]] = []  # (relationships by key, cap)
        listed: list[int | None] = []
        for rels, cap, *fewer in parts:
            by_rel: dict[str, list[Row]] = {}
            for rel in rels:
                key = statement_fold.rel_id(str(rel["start"]), str(rel["type"]),
                                            str(rel["end"]),
                                            str(rel["properties"].get("key") or ""))
                by_rel.setdefault(key, []).append(rel)
            if cap > 0 and by_rel:
                groups.append((by_rel, int(cap)))
                listed.append(fewer[0] if fewer else None)
        # one branch per group and size (few statements: the surest; a hub's: any)
        branches = [(g, ordered, keys) for g, (by_rel, _) in enumerate(groups)
                    for ordered, keys in by_size(by_rel.items(),
                                                  lambda same: same[0]["properties"]).items()]
        if not branches:
            return
        if len(branches) == 1:
            params: Row = {"rels": branches[0][2], "cap": groups[branches[0][0]][1]}
        else:
            params = {k: v for i, (g, _, keys) in enumerate(branches)
                      for k, v in ((f"rels{i}", keys), (f"cap{i}", groups[g][1]))}
        found: list[dict[str, list[Row]]] = [{} for _ in groups]  # rows as read
        for r in self.run_rows(self.dialect.rel_statements([o for _, o, _ in branches]),
                               params, queries.REL_STATEMENT_COLUMNS):
            found[branches[int(r["part"])][0]].setdefault(str(r["rel"]), []).append(r)
        for (by_rel, _), got, shown in zip(groups, found, listed, strict=True):
            for key, same in by_rel.items():
                rows = got.get(key, [])
                # a statement is built only for what is listed: of a part read for its
                # documents (`shown`), the first `shown` rows, in the order read (what a
                # read of `shown` gives); the others give their documents only
                statements = [statement_of(str(r["doc"]), r)
                              for r in (rows if shown is None else rows[:shown])]
                for rel in same:
                    if shown is not None:
                        rel["properties"]["documents_read"] = [
                            str(r["doc"]) for r in sorted(rows, key=surest_row)]
                    set_statements(rel["properties"], list(statements))
