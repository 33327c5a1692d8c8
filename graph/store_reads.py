"""Reads of entities: by id, paths between them, full-text search over names, counts, and
the lookups the query API joins into its answers (api/services/)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from graph import queries
from graph.errors import InvalidInput, NotFound
from graph.light_rows import by_size, light_node, surest
from graph.store_base import Read, Row, count_of
from graph.store_statements import StatementReads


class EntityReads(StatementReads):
    """Entities, their surroundings for drawing, paths, search, and per-id lookups."""

    def ping(self) -> None:
        """Raise StoreUnavailable unless the store answers a trivial statement (/readyz)."""
        self.run(queries.PING)

    def get_entity(self, entity_id: str) -> Row:
        """An entity or a document by id (each found by its label's index)."""
        rows = (self.run(queries.GET_ENTITY, {"id": entity_id})
                or self.run(queries.GET_DOCUMENT, {"id": entity_id}))
        if not rows:
            raise NotFound(f"no entity with id {entity_id!r}")
        node: Row = rows[0]["n"]
        return node

    def get_entities(self, ids: Iterable[str]) -> dict[str, Row]:
        rows = self.run(queries.GET_ENTITIES, {"ids": list(ids)})
        return {r["n"]["properties"]["id"]: r["n"] for r in rows}

    def neighbors(self, entity_id: str, rel_types: list[str] | None = None, *,
                  limit: int = 50, offset: int = 0) -> list[Row]:
        """One-hop neighbours: [{relationship, node, outgoing}], paginated and hub-safe."""
        self.get_entity(entity_id)
        rows = self.run(queries.neighbors(rel_types),
                        {"id": entity_id, "limit": int(limit), "offset": int(offset)})
        return [{"relationship": r["r"], "node": r["m"], "outgoing": bool(r["outgoing"])}
                for r in rows]

    def neighborhood(self, entity_id: str, rel_types: list[str] | None = None, *,
                     depth: int = 1, limit: int = 200) -> Row:
        """The subgraph within `depth` hops (at most `limit` paths), for drawing.

        Returns {"nodes": [node...], "relationships": [relationship...]} with each node and
        relationship once; relationships carry `source`/`target` entity ids as well.
        """
        center = self.get_entity(entity_id)
        rows = self.run(queries.neighborhood(rel_types, depth),
                        {"id": entity_id, "limit": int(limit)})
        rels = [{**r["r"], "source": r["source"], "target": r["target"]} for r in rows]
        ids = {entity_id} | {r["source"] for r in rows} | {r["target"] for r in rows}
        nodes = self.get_entities(ids)
        nodes.setdefault(entity_id, center)
        return {"nodes": list(nodes.values()), "relationships": rels}

    def shortest_path(self, source: str, target: str, *, max_hops: int = 6,
                      rel_types: list[str] | None = None) -> Row | None:
        paths = self.paths(source, target, max_hops=max_hops, rel_types=rel_types, limit=1)
        return paths[0] if paths else None

    def paths(self, source: str, target: str, *, max_hops: int = 4,
              rel_types: list[str] | None = None, limit: int = 5) -> list[Row]:
        """Shortest paths first, then longer ones, up to `limit`, each a simple path."""
        if not 1 <= max_hops <= 6:
            raise InvalidInput("max_hops must be between 1 and 6")
        self.get_entity(source)
        self.get_entity(target)
        found: list[Row] = []
        for hops in range(1, max_hops + 1):
            rows = self.run(queries.paths_of_length(rel_types, hops),
                            {"source": source, "target": target, "limit": limit * 4})
            for row in rows:
                path = row["p"]
                ids = [n["element_id"] for n in path["nodes"]]
                if len(set(ids)) == len(ids):  # skip paths that revisit a node
                    found.append(path)
                if len(found) >= limit:
                    return found
        return found

    def search(self, text: str, *, limit: int = 20) -> list[Row]:
        """Full-text search over names and aliases: [{node, score}], best first."""
        q = self._fulltext_query(text)
        if not q:
            return []
        rows = self.run(self.dialect.search(), {"q": q, "limit": int(limit)})
        return [{"node": r["node"], "score": float(r["score"])} for r in rows]

    def search_light(self, text: str, *, limit: int = 20, cap: int = 0) -> list[Row]:
        """search() with light nodes: [{node, score}], best first."""
        q = self._fulltext_query(text)
        if not q:
            return []
        rows = self.run(self.dialect.search_light(), {"q": q, "limit": int(limit)})
        nodes = [light_node(r["labels"], r["node"]) for r in rows]
        self.attach_node_statements({str(n["element_id"]): n for n in nodes}, cap)
        return [{"node": n, "score": float(r["score"])} for n, r in zip(nodes, rows, strict=True)]

    def counts(self) -> dict[str, dict[str, int]]:
        """Nodes per label and relationships per type, those present only, by name."""
        nodes = {label: count_of(self.run(queries.count_nodes_of(label)))
                 for label in queries.counted_labels(self.model)}
        rels = {t: count_of(self.run(queries.count_relationships_of(t)))
                for t in queries.counted_types(self.model)}
        return {"nodes": {k: v for k, v in sorted(nodes.items()) if v},
                "relationships": {k: v for k, v in sorted(rels.items()) if v}}

    def sanctions_of(self, entity_id: str) -> list[Row]:
        """[{sanction, issuer}] for every Sanction node on a target (issuer may be None)."""
        rows = self.run(queries.ENTITY_SANCTIONS, {"id": entity_id})
        sanctions = [light_node(r["s_labels"], r["s"]) for r in rows]
        self.attach_node_statements({str(s["element_id"]): s for s in sanctions})
        return [{"sanction": s,
                 "issuer": None if r["a_labels"] is None else light_node(r["a_labels"], r["a"])}
                for s, r in zip(sanctions, rows, strict=True)]

    def payment_party_ids(self, ids: Sequence[str], rel_types: Sequence[str]
                          ) -> dict[str, list[str]]:
        """The entities joined to each Payment by one of `rel_types` (either direction)."""
        self._check_types(rel_types)
        if not rel_types:
            return {}
        rows = self.run(queries.payment_party_ids(rel_types), {"ids": list(ids)})
        return {str(r["id"]): [str(x) for x in r["parties"] if x] for r in rows}

    def attach_payment_documents(self, payments: Mapping[str, Row], cap: int,
                                 party_types: Sequence[str] = ()) -> dict[str, list[str]]:
        """The documents of up to `cap` statements of each payment into its properties
        (`sources`, surest first; `sources_total` says how many there are), without the
        statements themselves (a dossier's money names the documents behind each figure
        and quotes the relationship's sentences); and, in the same read, the entities
        joined to each payment by one of `party_types` (payment_party_ids()), returned.
        A payment stated by more than queries.ORDERED_UP_TO documents (never seen: a
        payment is one document's figure) is read as attach_node_statements reads hubs."""
        self._check_types(party_types)
        if not payments or cap <= 0:
            return {}
        if by_size(payments.items(), lambda n: n["properties"]).get(False):
            self.attach_node_statements(payments, cap)
            return self.payment_party_ids(list(payments), party_types)
        found: dict[str, list[Row]] = {}
        parties: dict[str, list[str]] = {}
        read = self._payment_documents(payments, cap, party_types)
        for r in self.run_rows(read.query, read.params, read.columns):
            ident = str(r["id"])
            if party_types:
                parties[ident] = [str(x) for x in r["parties"] if x]
            if r["doc"] is not None:
                found.setdefault(ident, []).append({"doc": str(r["doc"]),
                                                    "confidence": r["confidence"]})
        for ident, node in payments.items():
            props = node["properties"]
            listed = sorted(found.get(ident, []), key=surest)
            props["sources"] = [st["doc"] for st in listed]
            props["sources_total"] = int(props.get("doc_count") or len(listed))
        return parties

    def payment_documents_read(self, payments: Mapping[str, Row], cap: int,
                               party_types: Sequence[str] = ()) -> Read | None:
        """The read attach_payment_documents() makes with these arguments (as run_rows
        runs it), for ahead(); None when it makes another or none."""
        self._check_types(party_types)
        if not payments or cap <= 0 or by_size(payments.items(),
                                               lambda n: n["properties"]).get(False):
            return None
        read = self._payment_documents(payments, cap, party_types)
        return self.rows_read(read.query, read.params, read.columns)

    def _payment_documents(self, payments: Mapping[str, Row], cap: int,
                           party_types: Sequence[str]) -> Read:
        columns = tuple(c for c in queries.PAYMENT_DOCUMENT_COLUMNS
                        if party_types or c != "parties")
        return Read(self.dialect.payment_documents(party_types),
                    {"ids": list(payments), "cap": int(cap)}, columns)

    def payment_parties(self, ids: Iterable[str]) -> list[Row]:
        return self.run(queries.PAYMENT_PARTIES, {"ids": list(dict.fromkeys(ids))})

    def entity_locations(self, ids: Iterable[str]) -> dict[str, list[str]]:
        """ISO codes of the countries each entity is LOCATED_IN."""
        rows = self.run(queries.ENTITY_LOCATIONS, {"ids": list(dict.fromkeys(ids))})
        return {r["id"]: [c for c in r["codes"] if c] for r in rows}

    def entity_graph(self) -> tuple[list[Row], list[Row]]:
        """All entities ({id, labels, name}) and entity-to-entity edges ({source, type, target})."""
        return self.run(queries.ENTITY_GRAPH_NODES), self.run(queries.ENTITY_GRAPH_EDGES)

    def sanction_targets(self, ids: Iterable[str]) -> dict[str, Row]:
        rows = self.run(queries.SANCTION_TARGETS, {"ids": list(dict.fromkeys(ids)), "cap": 0})
        return {str(r["sanction"]): light_node(r["labels"], r["node"]) for r in rows}

    def designating_governments(self, ids: Iterable[str]) -> dict[str, list[str]]:
        rows = self.run(queries.DESIGNATING_GOVERNMENTS, {"ids": list(dict.fromkeys(ids))})
        return {str(r["id"]): sorted({str(c).upper() for c in r["codes"] or []}) for r in rows}

    def degrees(self, ids: Iterable[str]) -> dict[str, int]:
        rows = self.run(queries.ENTITY_DEGREES, {"ids": list(dict.fromkeys(ids))})
        return {str(r["id"]): int(r["degree"]) for r in rows}

    def browse(self, role: str) -> list[Row]:
        """Rows of one browse-by-role list (facilitators, defendants, designations, fronts,
        units); api/services/browse.py shapes them."""
        statements = {"facilitators": queries.BROWSE_FACILITATORS,
                      "defendants": queries.BROWSE_DEFENDANTS,
                      "designations": queries.BROWSE_DESIGNATIONS,
                      "fronts": queries.BROWSE_FRONTS, "units": queries.BROWSE_UNITS}
        if role not in statements:
            raise InvalidInput(f"no list named {role!r}")
        return self.run(statements[role])

    def country_names(self) -> dict[str, str]:
        return {str(r["code"]).upper(): str(r["name"] or r["code"])
                for r in self.run(queries.COUNTRY_NAMES)}
