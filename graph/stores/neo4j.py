"""Neo4jStore: the production store (Neo4j 5, Aura, clusters) through the official driver."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph import plan_warmup, queries
from graph.errors import QueryTimeout, StoreError
from graph.model import GraphModel
from graph.search_keys import name_words, query_terms
from graph.store import GraphStore, QueryResult, Row
from graph.store_base import Read
from graph.stores.neo4j_boundary import Neo4jBoundary
from graph.stores.neo4j_server import USER, Neo4jOptions, start_server, stop_server

_LUCENE_WORD = re.compile(r"^[A-Za-z0-9]+$")


@dataclass
class _ReadBlock:
    """A read block's reads queued by ahead() and the answers made before their call."""

    queued: dict[str, Read] = field(default_factory=dict)
    answers: dict[str, list[Row]] = field(default_factory=dict)


def _key(query: str, params: Mapping[str, Any] | None) -> str:
    return query + "\0" + json.dumps(params or {}, sort_keys=True, default=str)


class Neo4jStore(GraphStore):
    dialect = queries.NEO4J
    transactional = True

    def __init__(self, uri: str, user: str, password: str, database: str = "neo4j", *,
                 model: GraphModel | None = None) -> None:
        super().__init__(model)
        self._boundary = Neo4jBoundary(uri, user, password, database)
        self._owned_server: Path | None = None  # the local server to stop on close, if any
        self._local = threading.local()  # the read block (_ReadBlock) of each thread

    @classmethod
    def local(cls, root: Path, options: Neo4jOptions | None = None, *,
              keep_running: bool = False, model: GraphModel | None = None) -> Neo4jStore:
        """The local Neo4j of folder `root`, started through our launcher unless it runs;
        a server started here stops on close unless `keep_running`."""
        server, started = start_server(root, options)
        try:
            store = cls(server.uri, USER, server.password(), model=model)
        except Exception:
            if started:
                stop_server(root)
            raise
        if started and not keep_running:
            store._owned_server = root
        return store

    @property
    def uri(self) -> str:
        return self._boundary.uri

    @property
    def description(self) -> str:
        return f"Neo4j at {self._boundary.uri}, database {self._boundary.database!r}"

    def run(self, query: str, params: Mapping[str, Any] | None = None, *,
            write: bool = False) -> list[Row]:
        block = self._block
        if block is not None and block.answers and not write:
            answer = block.answers.pop(_key(query, params), None)
            if answer is not None:
                return answer
        keys, rows, counters = self._boundary.run(query, params, write=write)
        if write:
            self.counters.add(counters)
        return [dict(zip(keys, row, strict=True)) for row in rows]

    @property
    def _block(self) -> _ReadBlock | None:
        block: _ReadBlock | None = getattr(self._local, "block", None)
        return block

    def ahead(self, reads: Iterable[Read | None]) -> None:
        block = self._block
        if block is None:
            return
        for read in reads:
            if read is not None:
                key = _key(read.query, read.params)
                if key not in block.answers:
                    block.queued.setdefault(key, read)

    def run_read(self, read: Read) -> list[Row]:
        # Bolt carries one statement per round trip, and under load each waits its turn on
        # the server: the reads queued by ahead() come in this one (Dialect.together). A
        # read alone comes the same way, its parameters in a map: one plan per text
        # whatever the sizes of its lists (plan_warmup plans them at start).
        block = self._block
        reads = [read]
        if block is not None and (block.answers or block.queued):
            key = _key(read.query, read.params)
            if key in block.answers:
                return self.run(read.query, read.params)
            block.queued.pop(key, None)
            reads += block.queued.values()
            block.queued.clear()
        text = self.dialect.together([(r.query, r.columns) for r in reads])
        if text is None:
            return self.run(read.query, read.params)
        found = self.run(text, {f"q{i}": dict(r.params) for i, r in enumerate(reads)})[0]
        answers = [[dict(zip(r.columns, values, strict=True)) for values in found[f"r{i}"]]
                   for i, r in enumerate(reads)]
        if block is not None:
            for r, rows in zip(reads[1:], answers[1:], strict=True):
                block.answers[_key(r.query, r.params)] = rows
        return answers[0]

    @contextmanager
    def atomic(self) -> Iterator[None]:
        with self._boundary.transaction():
            yield

    @contextmanager
    def reading(self) -> Iterator[None]:
        # answers read ahead are kept for this block only: within one read transaction
        if self._block is not None:
            with self._boundary.transaction(write=False):
                yield
            return
        with self._boundary.transaction(write=False):
            self._local.block = _ReadBlock()
            try:
                yield
            finally:
                self._local.block = None

    def read_only(self, query: str, params: Mapping[str, Any] | None = None, *,
                  timeout_ms: int = 5000, row_cap: int = 1000) -> QueryResult:
        # A READ-mode transaction: Neo4j itself refuses any write, procedures included; the
        # server ends it at the timeout, and rows past the cap are never fetched.
        started = time.monotonic()
        keys, rows, truncated, plan = self._boundary.read_capped(
            query, params, timeout_s=timeout_ms / 1000, row_cap=row_cap)
        # The server's monitor stops a transaction only when it next looks, so a query can
        # finish a little past its limit; its answer is refused as FalkorDB's would be.
        if (time.monotonic() - started) * 1000 > timeout_ms:
            raise QueryTimeout(f"the query ran past its time limit of {timeout_ms} ms")
        if plan:
            return QueryResult(["plan"], [[line] for line in plan])
        return QueryResult(keys, rows, truncated)

    def run_script(self, statements: list[str]) -> int:
        """Replay a Cypher script (`tkg export --format cypher`), many lines per transaction."""
        return self._boundary.run_script(statements)

    def warm_plans(self, stop: threading.Event | None = None) -> tuple[int, float]:
        started = time.monotonic()
        planned = self._boundary.plan(plan_warmup.until_stopped(
            plan_warmup.statements(self.model, self.dialect), stop))
        if planned and not (stop is not None and stop.is_set()):
            self._rehearse_forget()
        return planned, time.monotonic() - started

    def _rehearse_forget(self) -> None:
        """Forget one stored document in a transaction rolled back. Planned and run once
        with parameters that find nothing, a forget's head and tail still took 0.4-1.4 s
        on their first real rows after a start (the branches of each relationship type
        run for the first time; then 50-100 ms)."""
        found = self.run(queries.A_STATING_DOCUMENT)
        if found:
            with self._boundary.transaction(commit=False):
                self.forget_document(str(found[0]["id"]))

    def explain(self, query: str, params: Mapping[str, Any] | None = None) -> list[str]:
        return self._boundary.explain(query, params)

    def shortest_path(self, source: str, target: str, *, max_hops: int = 6,
                      rel_types: list[str] | None = None) -> Row | None:
        statement = self.dialect.shortest_path(rel_types, max_hops)
        if statement is None:
            raise StoreError("the Neo4j dialect must supply a shortest-path statement")
        self.get_entity(source)
        self.get_entity(target)
        rows = self.run(statement, {"source": source, "target": target})
        path: Row | None = rows[0]["p"] if rows else None
        return path

    def _fulltext_query(self, text: str) -> str:
        # Lucene syntax: plain alphanumeric words only, each exact, as a prefix, fuzzy, or
        # by its romanization key.
        parts = []
        for word, key in query_terms(text)[:8]:
            if not _LUCENE_WORD.match(word):
                continue
            alts = [word, f"{word}*", key]
            if len(word) >= 5:
                alts.append(f"{word}~1")
            parts.append("(" + " OR ".join(alts) + ")")
        return " AND ".join(parts)

    def _document_query(self, text: str) -> str:
        # Lucene: every word, as itself or as a prefix.
        words = [w for w in name_words(text) if _LUCENE_WORD.match(w)][:8]
        return " AND ".join(f"({w} OR {w}*)" if len(w) >= 3 else w for w in words)

    def close(self) -> None:
        self._boundary.close()
        if self._owned_server is not None:
            stop_server(self._owned_server)
            self._owned_server = None
