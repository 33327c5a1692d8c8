"""The store interface: what api/ and ingest need from a graph database, as plain data.

`GraphStore` implements every operation on top of four primitives each store provides:
`run` (a statement, plain dicts back), `read_only` (the analysts' door), `dialect` (the
statements that differ) and `close`. So both stores share one behaviour, checked by one
contract suite (tests/test_store_contract.py).
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import wraps
from typing import Any, Concatenate, ParamSpec, TypeVar

from graph import hub_pages, queries, schema_version, statement_writes
from graph.errors import InvalidInput, NotFound
from graph.model import GraphModel, check_value, default_model

Row = dict[str, Any]
BATCH_SIZE = 5000
CHAIN_DOCUMENTS_BY_INDEX = 100  # a chain step this few documents reads their claims first


@dataclass
class NodeRow:
    """One node as one document states it."""

    id: str
    properties: dict[str, Any]
    doc: str
    aliases: list[str] = field(default_factory=list)
    evidence: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, sentence)
    confidence: float = 1.0
    mentions: int = 0  # how many times the document mentions it
    starts: list[int] = field(default_factory=list)  # where each mention begins


@dataclass
class RelRow:
    """One relationship as one document states it (a claim)."""

    source: str
    target: str
    properties: dict[str, Any]
    doc: str
    key: str = ""
    evidence: list[tuple[int, int, str]] = field(default_factory=list)
    confidence: float = 1.0
    modality: str = "asserted"
    frame: str = ""
    date_basis: str = ""


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list[Any]]
    truncated: bool = False


@dataclass
class WriteCounters:
    """What writes changed, summed over a store's life (tests use it to prove no-ops)."""

    nodes_created: int = 0
    nodes_deleted: int = 0
    relationships_created: int = 0
    relationships_deleted: int = 0
    properties_set: int = 0

    def add(self, other: Mapping[str, int]) -> None:
        for name, value in other.items():
            if hasattr(self, name):
                setattr(self, name, getattr(self, name) + int(value))

    @property
    def total(self) -> int:
        return (self.nodes_created + self.nodes_deleted + self.relationships_created
                + self.relationships_deleted + self.properties_set)


def _clean_props(props: Mapping[str, Any]) -> dict[str, Any]:
    # A null in `SET x += map` would delete a value another document gave; drop them.
    return {k: v for k, v in props.items() if v is not None}


class GraphStore(ABC):
    """Operations shared by every store; subclasses supply the primitives."""

    dialect: queries.Dialect
    # atomic() is a transaction: a block that raises leaves nothing of its writes
    transactional: bool = False

    def __init__(self, model: GraphModel | None = None) -> None:
        self.model = model or default_model()
        self.counters = WriteCounters()

    # --- primitives --------------------------------------------------------------------
    @abstractmethod
    def run(self, query: str, params: Mapping[str, Any] | None = None, *,
            write: bool = False) -> list[Row]:
        """Run one statement; return rows as plain dicts. Writes add to `self.counters`."""

    @abstractmethod
    def read_only(self, query: str, params: Mapping[str, Any] | None = None, *,
                  timeout_ms: int = 5000, row_cap: int = 1000) -> QueryResult:
        """Run analyst Cypher that cannot write; a write raises ReadOnlyViolation."""

    @abstractmethod
    def explain(self, query: str, params: Mapping[str, Any] | None = None) -> list[str]:
        """The plan the store would run for a statement, one operator per line (runs nothing)."""

    @abstractmethod
    def close(self) -> None: ...

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """Statements run in this block as one unit where the store has transactions (Neo4j:
        one write transaction, one commit, rolled back if the block raises). FalkorDB has
        none: each statement stands alone, which the write protocol is built to survive."""
        yield

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Reads in this block share one read transaction where the store has them (Neo4j:
        a dossier's dozen statements pay one BEGIN and COMMIT instead of one each, and see
        one state of the graph). FalkorDB has none: each read stands alone."""
        yield

    @property
    @abstractmethod
    def description(self) -> str:
        """Where the data lives, for status lines."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- schema ------------------------------------------------------------------------
    def ensure_schema(self) -> None:
        """Create constraints and indexes the model implies, then check the model version
        the graph was written with (graph/schema_version.py); safe to call every start."""
        for statement in self.dialect.schema_statements(self.model):
            self._run_schema(statement)
        schema_version.check(self)

    def _run_schema(self, statement: str) -> None:
        self.run(statement, write=True)

    # --- writes ------------------------------------------------------------------------
    def upsert_nodes(self, label: str, rows: Sequence[NodeRow],
                     batch_size: int = BATCH_SIZE) -> int:
        """Documents as they are; entities as statements (graph/statement_writes.py).

        An entity row whose Document is not in the store is not written (the count says)."""
        if label != "Document":
            return sum(statement_writes.write_nodes(self, label, rows[i:i + batch_size])
                       for i in range(0, len(rows), batch_size))
        spec = self.model.node(label)
        wire: list[Row] = []
        for row in rows:
            props = _clean_props(row.properties)
            for name, value in props.items():
                prop = spec.properties.get(name)
                if prop is None and name != "complete":
                    raise InvalidInput(f"{label} has no property {name!r} in the model")
                if prop is not None:
                    check_value(prop, value)
            wire.append({"id": row.id, "props": {**props, "id": row.id}})
        written = 0
        for i in range(0, len(wire), batch_size):
            written += _n(self.run(queries.UPSERT_DOCUMENTS, {"rows": wire[i:i + batch_size]},
                                   write=True))
        return written

    def upsert_relationships(self, rel_type: str, rows: Sequence[RelRow],
                             batch_size: int = BATCH_SIZE, *, source_label: str | None = None,
                             target_label: str | None = None) -> int:
        """Claims and their aggregate relationships. `source_label`/`target_label` name the
        ends' label when a type may join a Document or an entity. MENTIONS is not written
        here: it is the statement of an entity (upsert_nodes)."""
        self.model.relationship(rel_type)
        if rel_type == "MENTIONS":
            raise InvalidInput("MENTIONS edges are entity statements, written by upsert_nodes")
        return sum(statement_writes.write_relationships(
            self, rel_type, rows[i:i + batch_size], source_label, target_label)
            for i in range(0, len(rows), batch_size))

    def forget_document(self, doc_id: str) -> dict[str, int]:
        """Remove this document's statements and refold only the aggregates they touched."""
        return statement_writes.forget_document(self, doc_id)

    def document_states(self) -> dict[str, tuple[str | None, bool]]:
        """content_hash and completeness of every stored document, for incremental ingest."""
        return {r["id"]: (r["content_hash"], bool(r["complete"]))
                for r in self.run(queries.DOCUMENT_STATES)}

    def mark_document_complete(self, doc_id: str) -> None:
        self.run(queries.MARK_DOCUMENT_COMPLETE, {"doc": doc_id}, write=True)

    def delete_all(self) -> None:
        self.run(queries.DELETE_ALL, write=True)
        schema_version.check(self)  # an empty graph of the current version

    # --- reads -------------------------------------------------------------------------
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

    @abstractmethod
    def _fulltext_query(self, text: str) -> str:
        """Turn user text into the store's full-text query syntax, escaped."""

    def counts(self) -> dict[str, dict[str, int]]:
        """Nodes per label and relationships per type, those present only, by name."""
        nodes = {label: _n(self.run(queries.count_nodes_of(label)))
                 for label in queries.counted_labels(self.model)}
        rels = {t: _n(self.run(queries.count_relationships_of(t)))
                for t in queries.counted_types(self.model)}
        return {"nodes": {k: v for k, v in sorted(nodes.items()) if v},
                "relationships": {k: v for k, v in sorted(rels.items()) if v}}

    def list_documents(self, *, limit: int = 100, offset: int = 0) -> list[Row]:
        return self.run(queries.LIST_DOCUMENTS, {"limit": int(limit), "offset": int(offset)})

    # --- reads for the query API (api/services/) --------------------------------------
    def ping(self) -> None:
        """Raise StoreUnavailable unless the store answers a trivial statement (/readyz)."""
        self.run(queries.PING)

    def count_documents(self) -> int:
        return _n(self.run(queries.COUNT_DOCUMENTS))

    def relationship_counts(self, entity_id: str, *,
                            also: Sequence[tuple[str, bool]] = ()) -> list[Row]:
        """[{type, outgoing, n}] for one entity: exact totals even where listings are capped.
        Fact types, and the (type, outgoing) of `also` that are not.

        A direction with a hub page (graph/hub_pages.py) is counted by it, and its row
        carries the page (`page`: [(other end id, key)...], the first in order)."""
        self._check_types(t for t, _ in also)
        paged = {(str(p["type"]), bool(p["outgoing"])): p
                 for p in self.run(queries.PAGES_OF_ENTITY, {"id": entity_id})
                 if p["type"] in self.model.fact_types}
        rows = self.run(self.dialect.relationship_counts(skip=paged, also=also),
                        {"id": entity_id})
        rows += [{"type": t, "outgoing": out, "n": int(p["count"]),
                  "page": list(zip(p["others"] or [], p["keys"] or [], strict=True))}
                 for (t, out), p in paged.items()]
        return sorted(rows, key=lambda r: (str(r["type"]), not r["outgoing"]))

    def sanctions_of(self, entity_id: str) -> list[Row]:
        """[{sanction, issuer}] for every Sanction node on a target (issuer may be None)."""
        rows = self.run(queries.ENTITY_SANCTIONS, {"id": entity_id})
        sanctions = [_light_node(r["s_labels"], r["s"]) for r in rows]
        self.attach_node_statements({str(s["element_id"]): s for s in sanctions})
        return [{"sanction": s,
                 "issuer": None if r["a_labels"] is None else _light_node(r["a_labels"], r["a"])}
                for s, r in zip(sanctions, rows, strict=True)]

    def documents_of(self, entity_id: str) -> list[str]:
        """Every document that states something of an entity."""
        return [str(r["id"]) for r in self.run(queries.DOCUMENTS_OF_ENTITY, {"id": entity_id})]

    def payment_party_ids(self, ids: Sequence[str], rel_types: Sequence[str]
                          ) -> dict[str, list[str]]:
        """The entities joined to each Payment by one of `rel_types` (either direction)."""
        self._check_types(rel_types)
        if not rel_types:
            return {}
        rows = self.run(queries.payment_party_ids(rel_types), {"ids": list(ids)})
        return {str(r["id"]): [str(x) for x in r["parties"] if x] for r in rows}

    def attach_node_statements(self, nodes: Mapping[str, Row], cap: int = 20, *,
                               value_sources: Mapping[str, object] | None = None) -> None:
        """Put up to `cap` statements of each light node into its properties (`statements`,
        `sources`; `sources_total` says how many there are). `value_sources`: the hubs'
        (node id -> value_sources) when the caller read them already."""
        if cap <= 0 or not nodes:
            return
        found: dict[str, list[Row]] = {}
        by_size = _by_size(nodes.items(), lambda n: n["properties"])
        rows = (self.run(self.dialect.node_statements(), {"ids": by_size[True], "cap": int(cap)})
                if by_size.get(True) else [])
        if by_size.get(False):  # hubs: the statements their values came from
            known = dict(value_sources or {})
            unread = [i for i in by_size[False] if i not in known]
            if unread:
                known.update((str(r["id"]), r["value_sources"]) for r in self.run(
                    queries.VALUE_SOURCES, {"ids": unread}))
            pairs = [{"id": i, "doc": doc} for i in by_size[False] if i in known
                     for doc in _value_documents(known[i])[:cap]]
            rows += self.run(queries.NODE_STATEMENTS_OF_PAIRS, {"pairs": pairs})
        for r in rows:
            found.setdefault(str(r["id"]), []).append(_statement(str(r["doc"]), r["m"]))
        for ident, node in nodes.items():
            _set_statements(node["properties"], found.get(ident, []))

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
                key = statement_writes.rel_id(str(rel["start"]), str(rel["type"]),
                                              str(rel["end"]),
                                              str(rel["properties"].get("key") or ""))
                by_rel.setdefault(key, []).append(rel)
            if cap > 0 and by_rel:
                groups.append((by_rel, int(cap)))
                listed.append(fewer[0] if fewer else None)
        # one branch per group and size (few statements: the surest; a hub's: any)
        branches = [(g, ordered, keys) for g, (by_rel, _) in enumerate(groups)
                    for ordered, keys in _by_size(by_rel.items(),
                                                  lambda same: same[0]["properties"]).items()]
        if not branches:
            return
        if len(branches) == 1:
            params: Row = {"rels": branches[0][2], "cap": groups[branches[0][0]][1]}
        else:
            params = {k: v for i, (g, _, keys) in enumerate(branches)
                      for k, v in ((f"rels{i}", keys), (f"cap{i}", groups[g][1]))}
        found: list[dict[str, list[Row]]] = [{} for _ in groups]
        for r in self.run(self.dialect.rel_statements([o for _, o, _ in branches]), params):
            c = r["c"]
            found[branches[int(r["part"])][0]].setdefault(str(r["rel"]), []).append(
                _statement(str(c["doc"]), c))
        for (by_rel, _), got, shown in zip(groups, found, listed, strict=True):
            for key, same in by_rel.items():
                statements = got.get(key, [])
                for rel in same:
                    if shown is not None:  # in the order read: what a read of `shown` gives
                        rel["properties"]["documents_read"] = [
                            st["doc"] for st in sorted(statements, key=_surest)]
                        _set_statements(rel["properties"], statements[:shown])
                    else:
                        _set_statements(rel["properties"], list(statements))

    def documents_by_id(self, ids: Iterable[str]) -> dict[str, Row]:
        """Title, date and type of documents by id (no text), for citing sources."""
        rows = self.run(queries.DOCUMENTS_BY_ID, {"ids": list(dict.fromkeys(ids))})
        return {r["id"]: r for r in rows}

    def document_spans(self, doc_id: str, *, limit: int = 2000) -> dict[str, list[Row]]:
        """Entity mention spans and relationship evidence spans one document contributed."""
        params = {"id": doc_id, "limit": int(limit)}
        return {"entities": self.run(queries.DOCUMENT_ENTITY_SPANS, params),
                "relationships": self.run(queries.DOCUMENT_RELATIONSHIP_SPANS, params)}

    def chain_step(self, ids: Sequence[str], rel_types: Sequence[str], docs: Sequence[str], *,
                   limit: int = 500, cap: int = 20) -> list[Row]:
        """Outgoing edges of `rel_types` from `ids` that one of `docs` supports (light)."""
        self._check_types(rel_types)
        if not rel_types:
            return []
        # few documents: from their claims (a hub in the frontier would cost its degree);
        # many (a hub's own documents): from the frontier's edges
        if len(docs) <= CHAIN_DOCUMENTS_BY_INDEX:
            return self._steps_by_documents([(ids, docs)], rel_types, limit=limit, cap=cap)[0]
        rows = self.run(queries.chain_step(rel_types), {
            "ids": list(dict.fromkeys(ids)), "docs": list(dict.fromkeys(docs)),
            "limit": int(limit)})
        out = [_step(r) for r in rows]
        self.attach_rel_statements((o["relationship"] for o in out), cap)
        return out

    def chain_steps(self, starts: Sequence[tuple[str, Sequence[str]]], rel_types: Sequence[str],
                    *, limit: int = 500, cap: int = 20) -> list[list[Row]]:
        """chain_step([id], rel_types, docs) for each (id, docs) of `starts`, in one statement
        for all whose documents are few (a dossier follows each of its ties to the scheme's
        money): the first `limit` steps of each, in chain_step order, with their statements
        attached in one read."""
        self._check_types(rel_types)
        out: list[list[Row]] = [[] for _ in starts]
        if not rel_types:
            return out
        few = [n for n, (_, docs) in enumerate(starts)
               if docs and len(set(docs)) <= CHAIN_DOCUMENTS_BY_INDEX]
        for n, steps in zip(few, self._steps_by_documents(
                [([starts[n][0]], starts[n][1]) for n in few], rel_types, limit=limit, cap=cap),
                            strict=True):
            out[n] = steps
        for n, (ident, docs) in enumerate(starts):
            if len(set(docs)) > CHAIN_DOCUMENTS_BY_INDEX:  # a hub's documents: its own read
                out[n] = self.chain_step([ident], rel_types, docs, limit=limit, cap=cap)
        return out

    def _steps_by_documents(self, frontiers: Sequence[tuple[Sequence[str], Sequence[str]]],
                            rel_types: Sequence[str], *, limit: int, cap: int
                            ) -> list[list[Row]]:
        """The steps of each (ids, docs) frontier read from its documents' claims, in one
        statement: the first `limit` of each in chain_step order, statements attached."""
        out: list[list[Row]] = [[] for _ in frontiers]
        if not frontiers:
            return out
        starts = [{"n": n, "ids": list(dict.fromkeys(ids)), "docs": list(dict.fromkeys(docs))}
                  for n, (ids, docs) in enumerate(frontiers)]
        for r in self.run(queries.chain_steps_by_documents(rel_types, self.dialect),
                          {"starts": starts}):
            steps = out[int(r["n"])]
            if len(steps) < limit:
                steps.append(_step(r))
        self.attach_rel_statements((s["relationship"] for steps in out for s in steps), cap)
        return out

    def entity_locations(self, ids: Iterable[str]) -> dict[str, list[str]]:
        """ISO codes of the countries each entity is LOCATED_IN."""
        rows = self.run(queries.ENTITY_LOCATIONS, {"ids": list(dict.fromkeys(ids))})
        return {r["id"]: [c for c in r["codes"] if c] for r in rows}

    def entity_graph(self) -> tuple[list[Row], list[Row]]:
        """All entities ({id, labels, name}) and entity-to-entity edges ({source, type, target})."""
        return self.run(queries.ENTITY_GRAPH_NODES), self.run(queries.ENTITY_GRAPH_EDGES)

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
                        "relationship": _light_rel(str(start), str(r["type"]), str(end),
                                                   {"key": r["key"] or ""})})
        return out

    def get_entity_light(self, entity_id: str, *, cap: int = 20) -> Row:
        """An entity with up to `cap` of its statements (sources_total: how many there are).

        In light results element ids are entity ids, relationships' start and end too.
        """
        found = self.get_entities_light([entity_id], cap=cap)
        if entity_id not in found:
            raise NotFound(f"no entity with id {entity_id!r}")
        return found[entity_id]

    def get_entities_light(self, ids: Iterable[str], *, cap: int = 20) -> dict[str, Row]:
        rows = self.run(queries.GET_ENTITIES_LIGHT, {"ids": list(dict.fromkeys(ids)),
                                                     "ordered_up_to": queries.ORDERED_UP_TO})
        nodes = {str(n["element_id"]): n for n in
                 (_light_node(r["labels"], r["n"]) for r in rows)}
        # read with the node when it is a hub's (queries.GET_ENTITIES_LIGHT)
        hubs = {str(r["n"].get("id")): r["value_sources"] for r in rows
                if int(r["n"].get("doc_count") or 0) > queries.ORDERED_UP_TO}
        self.attach_node_statements(nodes, cap, value_sources=hubs)
        return nodes

    def neighbors_light(self, entity_id: str, rel_types: Sequence[str], *, limit: int = 50,
                        offset: int = 0, cap: int = 20) -> list[Row]:
        """neighbors() between entities only, light: [{relationship, node, outgoing}]."""
        self._check_types(rel_types)
        if not rel_types:
            return []
        rows = self.run(queries.neighbors_light(rel_types), {
            "id": entity_id, "limit": int(limit), "offset": int(offset)})
        return self._neighbor_rows(entity_id, rows, cap)

    def neighbors_light_per_type(self, entity_id: str, rel_types: Sequence[str], *,
                                 limit: int = 50, cap: int = 20,
                                 counts: Sequence[Row] | None = None) -> list[Row]:
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
        in-degrees cost a pass over its relationships of each type)."""
        self._check_types(rel_types)
        if not rel_types:
            return []
        wanted = list(dict.fromkeys(rel_types))
        if counts is None:
            counts = self.relationship_counts(entity_id)
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
            return []
        rows = self.run(queries.neighbor_pages(pages, self.dialect), params)
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
            node = _light_node(r["labels"], r["m"])
            other = str(node["element_id"])
            start, end = (entity_id, other) if r["outgoing"] else (other, entity_id)
            out.append({"relationship": _light_rel(start, str(r["type"]), end, r["r"]),
                        "node": node, "outgoing": bool(r["outgoing"])})
        self.attach_rel_statements((o["relationship"] for o in out), cap)
        return out

    def relationships_light(self, keys: Iterable[tuple[str, str, str, str]], *,
                            cap: int = 20) -> dict[tuple[str, str, str, str], Row]:
        """Relationships by (source, type, target, key), light."""
        rows = [{"source": s, "type": t, "target": e, "key": k}
                for s, t, e, k in dict.fromkeys(keys)]
        found = self.run(queries.RELATIONSHIPS_LIGHT, {"rows": rows})
        out = {}
        for r in found:
            rel = _light_rel(str(r["source"]), str(r["type"]), str(r["target"]), r["r"])
            out[(str(r["source"]), str(r["type"]), str(r["target"]),
                 str(rel["properties"].get("key", "")))] = rel
        self.attach_rel_statements(out.values(), cap)
        return out

    def search_light(self, text: str, *, limit: int = 20, cap: int = 0) -> list[Row]:
        """search() with light nodes: [{node, score}], best first."""
        q = self._fulltext_query(text)
        if not q:
            return []
        rows = self.run(self.dialect.search_light(), {"q": q, "limit": int(limit)})
        nodes = [_light_node(r["labels"], r["node"]) for r in rows]
        self.attach_node_statements({str(n["element_id"]): n for n in nodes}, cap)
        return [{"node": n, "score": float(r["score"])} for n, r in zip(nodes, rows, strict=True)]

    # --- search (api/services/search.py, doc_search.py) --------------------------------
    def search_documents(self, text: str, filters: Mapping[str, Any], *,
                         limit: int = 1000) -> list[Row]:
        """Full-text over titles and texts: [{id, score}], best first, filtered."""
        q = self._document_query(text)
        if not q:
            return []
        return self.run(self.dialect.document_search(),
                        {"q": q, "limit": int(limit), **_doc_filters(filters)})

    def _document_query(self, text: str) -> str:
        """Document full-text syntax for `text` (every word, each also as a prefix)."""
        return ""

    def documents_containing(self, grams: Sequence[str], filters: Mapping[str, Any], *,
                             limit: int = 1000) -> list[Row]:
        return self.run(queries.DOCUMENTS_CONTAINING, {"grams": list(grams), "limit": int(limit),
                                                       **_doc_filters(filters)})

    def documents_filtered(self, filters: Mapping[str, Any], *, limit: int,
                           offset: int) -> tuple[list[Row], int]:
        params = _doc_filters(filters)
        rows = self.run(queries.DOCUMENTS_FILTERED,
                        {**params, "limit": int(limit), "offset": int(offset)})
        return rows, _n(self.run(queries.COUNT_DOCUMENTS_FILTERED, params))

    def count_neighbors(self, entity_id: str, rel_types: Sequence[str]) -> int:
        self._check_types(rel_types)
        if not rel_types:
            return 0
        return _n(self.run(queries.count_neighbors(rel_types), {"id": entity_id}))

    def documents_with_text(self, ids: Sequence[str]) -> dict[str, Row]:
        rows = self.run(queries.DOCUMENTS_WITH_TEXT, {"ids": list(ids)})
        return {str(r["id"]): r for r in rows}

    def document_facets(self) -> list[Row]:
        return self.run(queries.DOCUMENT_FACETS)

    def sanction_targets(self, ids: Iterable[str]) -> dict[str, Row]:
        rows = self.run(queries.SANCTION_TARGETS, {"ids": list(dict.fromkeys(ids)), "cap": 0})
        return {str(r["sanction"]): _light_node(r["labels"], r["node"]) for r in rows}

    def designating_governments(self, ids: Iterable[str]) -> dict[str, list[str]]:
        rows = self.run(queries.DESIGNATING_GOVERNMENTS, {"ids": list(dict.fromkeys(ids))})
        return {str(r["id"]): sorted({str(c).upper() for c in r["codes"] or []}) for r in rows}

    def degrees(self, ids: Iterable[str]) -> dict[str, int]:
        rows = self.run(queries.ENTITY_DEGREES, {"ids": list(dict.fromkeys(ids))})
        return {str(r["id"]): int(r["degree"]) for r in rows}

    def payment_parties(self, ids: Iterable[str]) -> list[Row]:
        return self.run(queries.PAYMENT_PARTIES, {"ids": list(dict.fromkeys(ids))})

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

    def _check_types(self, rel_types: Iterable[str]) -> None:
        for rel_type in rel_types:
            self.model.relationship(rel_type)

    # --- end of the reads for the query API


def _statement(doc: str, m: Mapping[str, Any]) -> Row:
    """One statement as readers get it: the document, its sentences, how it states it."""
    return {"doc": doc, "start": list(m.get("ev_start") or []), "end": list(m.get("ev_end") or []),
            "text": list(m.get("ev_text") or []), "confidence": m.get("confidence"),
            "modality": m.get("modality"), "frame": m.get("frame") or None,
            "date_basis": m.get("date_basis") or None}


T = TypeVar("T")
P = ParamSpec("P")


def in_one_read(fn: Callable[Concatenate[GraphStore, P], T]
                ) -> Callable[Concatenate[GraphStore, P], T]:
    """`fn(store, ...)` with all its reads in one read transaction (GraphStore.reading)."""
    @wraps(fn)
    def read(store: GraphStore, /, *args: P.args, **kwargs: P.kwargs) -> T:
        with store.reading():
            return fn(store, *args, **kwargs)
    return read


def _by_size(items: Iterable[tuple[str, T]],
             props_of: Callable[[T], Mapping[str, Any]]) -> dict[bool, list[str]]:
    """Keys split by whether their statements are few enough to be chosen in order
    (queries.ORDERED_UP_TO; `doc_count` is how many documents state the thing)."""
    out: dict[bool, list[str]] = {}
    for key, item in items:
        few = int(props_of(item).get("doc_count") or 0) <= queries.ORDERED_UP_TO
        out.setdefault(few, []).append(key)
    return out


def _value_documents(value_sources: object) -> list[str]:
    """The documents an aggregate's values were taken from (graph/aggregate.py), sorted."""
    sources = json.loads(str(value_sources or "{}"))
    return sorted({str(v[1]) for v in sources.values()})


def _surest(statement: Row) -> tuple[float, str]:
    return -float(statement["confidence"] or 0.0), str(statement["doc"])


def _set_statements(props: dict[str, Any], statements: list[Row]) -> None:
    statements.sort(key=_surest)
    props["statements"] = statements
    props["sources"] = [st["doc"] for st in statements]
    props["sources_total"] = int(props.get("doc_count") or len(statements))


def _step(r: Row) -> Row:
    """A chain step's row as {source, node, relationship}, light."""
    node = _light_node(r["labels"], r["b"])
    return {"source": r["source"], "node": node, "relationship": _light_rel(
        str(r["source"]), str(r["type"]), str(node["element_id"]), r["r"])}


def _light_node(labels: list[str], props: Mapping[str, Any]) -> Row:
    """A light projection as a plain node whose element id is its entity id."""
    clean = {k: v for k, v in props.items() if v is not None and k in queries.LIGHT_PROPERTIES}
    return {"_type": "node", "element_id": str(clean.get("id")), "labels": list(labels),
            "properties": clean}


def _light_rel(start: str, rel_type: str, end: str, props: Mapping[str, Any]) -> Row:
    """A light relationship: identified by its ends, type and key; ends are entity ids."""
    clean = {k: v for k, v in props.items() if v is not None and k in queries.LIGHT_PROPERTIES}
    return {"_type": "relationship",
            "element_id": f"{start}|{rel_type}|{end}|{clean.get('key', '')}",
            "type": rel_type, "start": start, "end": end, "properties": clean}


def _doc_filters(filters: Mapping[str, Any]) -> dict[str, Any]:
    """The document filter parameters, every one present (null lets everything through)."""
    return {k: filters.get(k) or None for k in ("doc_type", "issuer", "since", "until")}


def _n(rows: list[Row]) -> int:
    return int(rows[0]["n"]) if rows else 0
