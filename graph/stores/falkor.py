"""FalkorStore: the embedded default, a FalkorDB server we start ourselves on a unix socket."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from falkordb import FalkorDB
from falkordb.edge import Edge
from falkordb.node import Node
from falkordb.path import Path as FalkorPath
from falkordb.query_result import parse_scalar
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError

from graph import queries
from graph.errors import (
    InvalidInput,
    QueryError,
    ReadOnlyViolation,
    StoreError,
    StoreUnavailable,
)
from graph.model import GraphModel
from graph.params import check_values
from graph.read_guard import RANGE_VALUE_BYTES, check_statement, guard_ranges, lift_range_literals
from graph.search_keys import name_words, query_terms
from graph.store import GraphStore, QueryResult, Row
from graph.stores.falkor_errors import translate
from graph.stores.falkor_server import (
    ServerLimits,
    ServerPaths,
    reap,
    start_server,
    stop_server,
)

_LEADING_COMMENTS = re.compile(r"^(\s|//[^\n]*\n|/\*.*?\*/)*", re.S)


_SCALARS = frozenset({str, int, float, bool})


def to_plain(value: Any) -> Any:
    """FalkorDB client values -> the store-neutral plain form (see docs/development.md)."""
    if value is None or type(value) in _SCALARS:  # most values: answer before the checks
        return value
    if isinstance(value, Node):
        return {"_type": "node", "element_id": str(value.id), "labels": list(value.labels or []),
                "properties": {k: to_plain(v) for k, v in (value.properties or {}).items()}}
    if isinstance(value, Edge):
        src = value.src_node.id if isinstance(value.src_node, Node) else value.src_node
        dst = value.dest_node.id if isinstance(value.dest_node, Node) else value.dest_node
        return {"_type": "relationship", "element_id": f"r{value.id}", "type": value.relation,
                "start": str(src), "end": str(dst),
                "properties": {k: to_plain(v) for k, v in (value.properties or {}).items()}}
    if isinstance(value, FalkorPath):
        return {"_type": "path", "nodes": [to_plain(n) for n in value.nodes()],
                "relationships": [to_plain(e) for e in value.edges()]}
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    return value


# Compact result-set types (FalkorDB's protocol) that read_rows() turns into plain values
# itself; the rest (nodes, relationships, paths, points, ...) go through the client.
_NULL, _STRING, _INTEGER, _BOOLEAN, _DOUBLE, _ARRAY, _MAP = 1, 2, 3, 4, 5, 6, 10


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


# Map keys are property names and aliases, the same few in every row: each is decoded once
# (a hub's dossier parses about 10,000 values, a third of them keys). Bounded, as a console
# statement may name any keys it likes.
_KEYS: dict[Any, str] = {}
_KEYS_KEPT = 4096


def _key(raw: Any) -> str:
    key = _KEYS.get(raw)
    if key is None:
        key = _text(raw)
        if len(_KEYS) < _KEYS_KEPT:
            _KEYS[raw] = key
    return key


def _cell(graph: Any, value: list[Any]) -> Any:
    """One compact value as a plain one, in one pass (the client parses into its own
    objects, then to_plain walks them again: most of a hub's dossier once did both)."""
    kind, raw = value[0], value[1]
    if kind == _STRING:
        return raw.decode() if isinstance(raw, bytes) else str(raw)
    if kind == _INTEGER:
        return int(raw)
    if kind == _NULL:
        return None
    if kind == _MAP:
        it = iter(raw)
        return {_key(k): _cell(graph, v) for k, v in zip(it, it, strict=True)}
    if kind == _ARRAY:
        # most elements are strings and integers (a statement's sentences and offsets, a
        # row's values): read here, without a call each
        out: list[Any] = []
        for v in raw:
            k = v[0]
            if k == _STRING:
                r = v[1]
                out.append(r.decode() if isinstance(r, bytes) else str(r))
            elif k == _INTEGER:
                out.append(int(v[1]))
            else:
                out.append(_cell(graph, v))
        return out
    if kind == _DOUBLE:
        return float(raw)
    if kind == _BOOLEAN:
        return _text(raw) == "true"
    return to_plain(parse_scalar(value, graph))


def read_rows(graph: Any, query: str, params: dict[str, Any]) -> tuple[list[str], list[list[Any]]]:
    """A read-only statement's columns and plain rows (what graph.ro_query() and to_plain()
    give, parsed once)."""
    # the client's own parameter header (CYPHER name=value ...), as its ro_query() sends it
    text = graph._build_params_header(params) + query
    response = graph.execute_command("GRAPH.RO_QUERY", graph.name, text, "--compact")
    for part in (response[0], response[-1]):  # an error, before or after the rows
        if isinstance(part, ResponseError):
            raise part
    if len(response) < 3:
        return [], []
    columns = [_text(h[1]) for h in response[0]]
    return columns, [[_cell(graph, v) for v in row] for row in response[1]]


class FalkorStore(GraphStore):
    dialect = queries.FALKOR

    def __init__(self, data_dir: Path, graph_name: str = "tkg", *,
                 model: GraphModel | None = None, keep_running: bool = False,
                 limits: ServerLimits | None = None) -> None:
        super().__init__(model)
        self.data_dir = data_dir
        self.graph_name = graph_name
        self.limits = limits or ServerLimits()
        self._paths: ServerPaths
        self._paths, started = start_server(data_dir, limits=self.limits)
        # Stop on close only what we started, unless asked to leave it for other processes.
        self._keep_running = keep_running
        self._owns_server = started and not keep_running
        try:
            self._db = FalkorDB(unix_socket_path=str(self._paths.socket))
            self._graph = self._db.select_graph(graph_name)
        except RedisConnectionError as exc:
            raise StoreUnavailable(f"cannot connect to FalkorDB at {self._paths.socket}: {exc}") \
                from exc

    @property
    def description(self) -> str:
        return f"embedded FalkorDB, graph {self.graph_name!r}, data in {self._paths.data_dir}"

    @property
    def socket_path(self) -> Path:
        return self._paths.socket

    def recover(self) -> bool:
        """Start the server again if it died (a crash, a kill): True if it had to; raises
        StoreUnavailable while it cannot. The client reconnects on its next command."""
        if self._alive():
            return False
        if not self._paths.pid_file.exists():
            # Stopped on purpose (`tkg store stop` removes the PID file; a crash leaves it).
            raise StoreUnavailable(f"the embedded store of {self.data_dir} was stopped; start "
                                   "it with `tkg store start` or restart the server")
        reap(self._paths)
        with contextlib.suppress(Exception):
            self._db.connection.connection_pool.disconnect()
        self._paths, started = start_server(self.data_dir, limits=self.limits)
        self._owns_server = self._owns_server or (started and not self._keep_running)
        return True

    def _alive(self) -> bool:
        try:
            self._db.connection.ping()
        except (RedisConnectionError, RedisTimeoutError, OSError):
            return False
        return True

    def _lost(self, exc: Exception) -> StoreUnavailable:
        return StoreUnavailable(f"lost the embedded FalkorDB at {self._paths.socket} ({exc}); "
                                "it is being restarted, try again in a moment")

    def run(self, query: str, params: Mapping[str, Any] | None = None, *,
            write: bool = False) -> list[Row]:
        check_values(params or {})
        try:
            if write:
                result = self._graph.query(query, dict(params or {}))
                self.counters.add({
                    "nodes_created": result.nodes_created,
                    "nodes_deleted": result.nodes_deleted,
                    "relationships_created": result.relationships_created,
                    "relationships_deleted": result.relationships_deleted,
                    "properties_set": result.properties_set,
                })
                columns = [str(h[1]) for h in (result.header or [])]
                rows = [[to_plain(v) for v in row] for row in result.result_set]
            else:
                columns, rows = read_rows(self._graph, query, dict(params or {}))
        except ResponseError as exc:
            raise translate(exc) from exc
        except (RedisConnectionError, RedisTimeoutError, OSError) as exc:
            raise self._lost(exc) from exc
        if len(rows) >= self.limits.max_rows:
            # The server cut the rows at its limit: an answer that may be missing rows is
            # refused rather than used as if it were whole.
            raise StoreError(f"a statement reached the store's limit of {self.limits.max_rows} "
                             "rows (TKG_STORE_MAX_ROWS); its answer may be incomplete")
        return [dict(zip(columns, row, strict=True)) for row in rows]

    def _run_schema(self, statement: str) -> None:
        try:
            self.run(statement, write=True)
        except QueryError as exc:
            if "already" not in exc.detail.lower():  # FalkorDB has no IF NOT EXISTS
                raise

    def read_only(self, query: str, params: Mapping[str, Any] | None = None, *,
                  timeout_ms: int = 5000, row_cap: int = 1000) -> QueryResult:
        check_values(params or {})
        check_statement(query, subquery_procedures=False)  # FalkorDB crashes on them
        original = query
        query, lifted = lift_range_literals(query, dict(params or {}))
        params = lifted
        # a range() the query's memory could never hold is refused before it is built
        query = guard_ranges(query, self.limits.query_memory_mb * 2**20 // RANGE_VALUE_BYTES)
        body = _LEADING_COMMENTS.sub("", query, count=1)
        head = body[:8].upper()
        if head.startswith("PROFILE"):
            # GRAPH.PROFILE executes the statement, writes included: never through this door.
            raise ReadOnlyViolation("PROFILE runs the statement; use EXPLAIN in the console")
        try:
            if head.startswith("EXPLAIN"):
                # An EXPLAIN prefix inside a query would run it on FalkorDB: ask for the plan.
                plan = self._graph.explain(body[len("EXPLAIN"):], dict(params or {}))
                return QueryResult(["plan"], [[line] for line in str(plan).splitlines()])
            result = self._graph.ro_query(query, dict(params or {}), timeout=int(timeout_ms))
        except ResponseError as exc:
            # a position in the rewritten statement is not one in the user's
            raise translate(exc, positions=query == original) from exc
        except (RedisConnectionError, RedisTimeoutError, OSError) as exc:
            raise self._lost(exc) from exc
        columns = [str(h[1]) for h in (result.header or [])]
        rows = result.result_set
        truncated = len(rows) > row_cap
        return QueryResult(columns, [[to_plain(v) for v in row] for row in rows[:row_cap]],
                           truncated)

    def explain(self, query: str, params: Mapping[str, Any] | None = None) -> list[str]:
        try:
            plan = self._graph.explain(query, dict(params or {}))
        except ResponseError as exc:
            raise translate(exc) from exc
        return [line for line in str(plan).splitlines() if line.strip()]

    def _fulltext_query(self, text: str) -> str:
        # RediSearch syntax: each word as itself, as a prefix, fuzzily, or by its
        # romanization key; words are plain alphanumerics, so nothing needs escaping.
        parts = []
        for word, key in query_terms(text)[:8]:
            if not word.isalnum():
                continue
            alts = [word]
            if len(word) >= 3:
                alts.append(f"{word}*")
            if len(word) >= 5:
                alts.append(f"%{word}%")
            alts.append(key)
            parts.append("(" + "|".join(alts) + ")")
        return " ".join(parts)

    def _document_query(self, text: str) -> str:
        # Every word must appear (RediSearch ANDs terms), as itself or as a prefix.
        words = [w for w in name_words(text) if w.isalnum()][:8]
        return " ".join(f"({w}|{w}*)" if len(w) >= 3 else w for w in words)

    def delete_graph(self) -> None:
        """Drop the whole graph (tests and `tkg import` into an empty store)."""
        try:
            self._graph.delete()
        except ResponseError as exc:
            if "empty key" not in str(exc).lower() and "invalid graph" not in str(exc).lower():
                raise StoreError(f"could not delete graph {self.graph_name}: {exc}") from exc

    def close(self) -> None:
        with contextlib.suppress(Exception):  # closing a dead connection is fine
            self._db.connection.close()
        if self._owns_server:
            stop_server(self.data_dir)
            self._owns_server = False


def check_graph_name(name: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", name):
        raise InvalidInput(f"graph name {name!r} must be 1-64 letters, digits, _ or -")
    return name
