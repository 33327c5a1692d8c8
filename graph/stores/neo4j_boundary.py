"""The one place the `neo4j` driver is used: statements in, plain data and our errors out.

No driver type crosses this boundary. Nodes, relationships and paths become the plain dicts
described in docs/development.md; temporal values become ISO strings; driver exceptions
become graph.errors types with a line that says what to do.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import neo4j
from neo4j import exceptions as nx
from neo4j.graph import Node, Path, Relationship

from graph.errors import (
    CommitUnknown,
    QueryError,
    QueryLimitExceeded,
    QueryTimeout,
    ReadOnlyViolation,
    StoreError,
    StoreUnavailable,
    TkgError,
)

Row = dict[str, Any]


_SCALARS = frozenset((str, int, float, bool, type(None), bytes))


def to_plain(value: Any) -> Any:
    # scalars first, by exact type: most of a dossier's values are strings in lists
    # (evidence sentences, offsets), and the checks below cost each of them seven calls
    if type(value) in _SCALARS:
        return value
    if type(value) is list:
        # The driver builds a new list for every list it decodes, which nothing else holds:
        # one of plain values (a statement's sentences and offsets, most rows of a
        # collected read) is kept as it is, found so by a pass in C rather than a Python
        # test per element; only the elements that are not plain are converted, in place.
        if not _SCALARS.issuperset(map(type, value)):
            for i, v in enumerate(value):
                if type(v) not in _SCALARS:
                    value[i] = to_plain(v)
        return value
    if isinstance(value, list | tuple):
        return [v if type(v) in _SCALARS else to_plain(v) for v in value]
    if isinstance(value, Node):
        return {"_type": "node", "element_id": value.element_id, "labels": sorted(value.labels),
                "properties": {k: to_plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        start, end = value.start_node, value.end_node
        return {"_type": "relationship", "element_id": value.element_id, "type": value.type,
                "start": start.element_id if start is not None else None,
                "end": end.element_id if end is not None else None,
                "properties": {k: to_plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return {"_type": "path", "nodes": [to_plain(n) for n in value.nodes],
                "relationships": [to_plain(r) for r in value.relationships]}
    if type(value) is dict:  # a map the driver decoded (Bolt's keys are strings): the same
        if not _SCALARS.issuperset(map(type, value.values())):
            for k, v in value.items():
                if type(v) not in _SCALARS:
                    value[k] = to_plain(v)
        return value
    if isinstance(value, dict):
        return {str(k): v if type(v) in _SCALARS else to_plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):  # neo4j.time Date, DateTime, Time, Duration
        return str(value.iso_format())
    if hasattr(value, "srid"):  # spatial points
        return str(value)
    return value


def translate_error(exc: Exception, uri: str) -> TkgError:
    """Driver exceptions -> ours, each with the URI and what to do."""
    if isinstance(exc, nx.AuthError):
        return StoreUnavailable(
            f"Neo4j at {uri} refused the credentials; check TKG_NEO4J_USER and TKG_NEO4J_PASSWORD"
        )
    if isinstance(exc, nx.IncompleteCommit):  # before ServiceUnavailable, its base class
        return CommitUnknown(
            f"the connection to Neo4j at {uri} broke while committing, so whether the "
            "transaction was applied is unknown")
    if isinstance(exc, nx.ServiceUnavailable | nx.SessionExpired | OSError):
        return StoreUnavailable(
            f"cannot reach Neo4j at {uri} ({exc.__class__.__name__}); check that it runs and "
            "that TKG_NEO4J_URI is right, or unset TKG_NEO4J_URI to use the embedded store"
        )
    if isinstance(exc, nx.ConfigurationError):
        return StoreUnavailable(f"bad Neo4j configuration for {uri}: {exc}")
    code = getattr(exc, "code", "") or ""
    message = getattr(exc, "message", None) or str(exc)
    if isinstance(exc, nx.ForbiddenOnReadOnlyDatabase) or "AccessMode" in code or (
        isinstance(exc, nx.Forbidden) and "write" in message.lower()
    ):
        return ReadOnlyViolation("this door is read-only: the statement would write, "
                                 "so it was refused and nothing was written")
    # by the server's code only: a syntax error quotes the statement, whose words are the
    # user's ("RETRUN terminated" is no timeout); the timeout monitor ends a transaction
    # with a TimedOut or Terminated code
    if any(word in code for word in ("Timeout", "TimedOut", "Terminated")):
        return QueryTimeout(f"the query ran past its time limit ({message})")
    if "MemoryPoolOutOfMemory" in code or "MemoryLimit" in code:
        return QueryLimitExceeded("the query needed more memory than transactions may use, so "
                                  "the store stopped it; narrow it down (fewer rows, a LIMIT)")
    if isinstance(exc, nx.ClientError):
        return QueryError(f"Neo4j rejected the statement: {_without_echo(message)}")
    return StoreError(f"Neo4j failed: {message}")


_POSITION = re.compile(r"\(line \d+, column \d+ \(offset: (\d+)\)\)")


def _without_echo(message: str) -> str:
    """Neo4j's message without the statement it echoes (which may hold what an analyst
    pasted) and with the position said the way the FalkorDB store says it."""
    first = message.strip().split("\n", 1)[0]
    return _POSITION.sub(lambda m: f"(at character {int(m.group(1)) + 1} of the statement)",
                         first)


_COUNTERS = ("nodes_created", "nodes_deleted", "relationships_created",
             "relationships_deleted", "properties_set")


class Neo4jBoundary:
    """A driver and a database name; `run` is the only way statements reach Neo4j."""

    def __init__(self, uri: str, user: str, password: str, database: str) -> None:
        self.uri = uri
        self.database = database
        try:
            # Notifications (such as "property key does not exist" for the model's optional
            # properties) would flood the log; our statements are linted instead.
            self._driver = neo4j.GraphDatabase.driver(uri, auth=(user, password),
                                                      notifications_min_severity="OFF")
            self._driver.verify_connectivity()
        except Exception as exc:
            raise translate_error(exc, uri) from exc
        # the open transaction of `transaction()` and whether it may write, per thread: the
        # API serves requests on several threads, and one's statements must never run in
        # another's transaction
        self._local = threading.local()

    @property
    def _tx(self) -> neo4j.Transaction | None:
        tx: neo4j.Transaction | None = getattr(self._local, "tx", None)
        return tx

    @property
    def _tx_writes(self) -> bool:
        return bool(getattr(self._local, "writes", False))

    def _open(self, tx: neo4j.Transaction | None, writes: bool) -> None:
        self._local.tx, self._local.writes = tx, writes

    @contextmanager
    def transaction(self, *, write: bool = True, commit: bool = True) -> Iterator[None]:
        """Every statement `run` gets in this block goes into one transaction, committed
        when the block ends (rolled back instead when not `commit`) and rolled back if it
        raises; a block inside it joins it.

        A forget or a batch is dozens of small statements: run alone, each pays a session,
        BEGIN and a COMMIT that flushes the transaction log, which was most of their time;
        a dossier's reads likewise (`write=False`: a READ transaction, which a write
        statement does not join, see `run`)."""
        if self._tx is not None:
            if write and not self._tx_writes:  # its writes would each commit on their own
                raise StoreError("a write transaction cannot open inside a read block")
            if not commit:  # the outer block would commit what this one must not
                raise StoreError("a rolled-back block cannot open inside a transaction")
            yield
            return
        mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
        try:
            session = self._driver.session(database=self.database, default_access_mode=mode)
            tx = session.begin_transaction()
        except Exception as exc:
            raise translate_error(exc, self.uri) from exc
        self._open(tx, write)
        try:
            yield
            try:
                if commit:
                    tx.commit()
            except Exception as exc:
                raise translate_error(exc, self.uri) from exc
        finally:
            self._open(None, False)
            tx.close()  # rolls back unless committed
            session.close()

    def run(self, query: str, params: Mapping[str, Any] | None = None, *, write: bool,
            timeout_s: float | None = None) -> tuple[list[str], list[list[Any]], dict[str, int]]:
        """Run one statement in a managed transaction; READ mode unless `write`."""
        mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS

        def work(tx: neo4j.ManagedTransaction | neo4j.Transaction
                 ) -> tuple[list[str], list[list[Any]], dict[str, int]]:
            result = tx.run(query, dict(params or {}))
            keys = list(result.keys())
            rows = [to_plain(record.values()) for record in result]
            counters = result.consume().counters
            return keys, rows, {name: int(getattr(counters, name)) for name in _COUNTERS}

        try:
            # inside `transaction()`: reads see its writes; a write in a read block runs
            # on its own (a READ transaction would refuse it)
            if self._tx is not None and (self._tx_writes or not write):
                return work(self._tx)
            with self._driver.session(database=self.database, default_access_mode=mode) as s:
                tx_fn = neo4j.unit_of_work(timeout=timeout_s)(work)
                return s.execute_write(tx_fn) if write else s.execute_read(tx_fn)
        except TkgError:
            raise
        except Exception as exc:
            raise translate_error(exc, self.uri) from exc

    def run_script(self, statements: list[str], *, per_transaction: int = 500) -> int:
        """Write statements without parameters (a Cypher script), many per transaction;
        returns how many ran."""
        def work(tx: neo4j.ManagedTransaction, chunk: list[str]) -> None:
            for statement in chunk:
                tx.run(statement).consume()

        try:
            with self._driver.session(database=self.database,
                                      default_access_mode=neo4j.WRITE_ACCESS) as s:
                for i in range(0, len(statements), per_transaction):
                    s.execute_write(work, statements[i:i + per_transaction])
        except TkgError:
            raise
        except Exception as exc:
            raise translate_error(exc, self.uri) from exc
        return len(statements)

    def read_capped(self, query: str, params: Mapping[str, Any] | None, *, timeout_s: float,
                    row_cap: int) -> tuple[list[str], list[list[Any]], bool, list[str]]:
        """Analyst Cypher: a READ transaction with a server-side timeout; records are
        streamed and the stream is cut after `row_cap` rows (the rest is discarded by the
        server, never fetched). Returns keys, rows, whether rows were cut, and the plan
        lines of an EXPLAIN (which returns no rows). One attempt, never retried: a query
        that reached the memory limit (a transient error to the driver) would otherwise be
        run again and again for a minute."""

        def work(tx: neo4j.Transaction) -> tuple[list[str], list[list[Any]], bool, list[str]]:
            result = tx.run(query, dict(params or {}))
            keys = list(result.keys())
            rows: list[list[Any]] = []
            truncated = False
            for record in result:
                if len(rows) == row_cap:
                    truncated = True
                    break
                rows.append([to_plain(v) for v in record.values()])
            summary = result.consume()  # discards what was not read
            plan = plan_lines(summary.plan) if summary.plan and not rows else []
            return keys, rows, truncated, plan

        try:
            with self._driver.session(database=self.database,
                                      default_access_mode=neo4j.READ_ACCESS,
                                      fetch_size=min(max(row_cap + 1, 1), 1000)) as s, \
                    s.begin_transaction(timeout=timeout_s) as tx:
                return work(tx)  # read-only: closing the transaction rolls it back
        except TkgError:
            raise
        except Exception as exc:
            raise translate_error(exc, self.uri) from exc

    def explain(self, query: str, params: Mapping[str, Any] | None = None) -> list[str]:
        """The operators of the plan Neo4j would run (EXPLAIN runs nothing), one per line."""

        def work(tx: neo4j.ManagedTransaction) -> list[str]:
            plan = tx.run("EXPLAIN " + query, dict(params or {})).consume().plan
            return plan_lines(plan) if plan else []

        try:
            with self._driver.session(database=self.database,
                                      default_access_mode=neo4j.READ_ACCESS) as s:
                return s.execute_read(work)
        except TkgError:
            raise
        except Exception as exc:
            raise translate_error(exc, self.uri) from exc

    def plan(self, statements: Iterable[tuple[str, Mapping[str, Any]]]) -> int:
        """Have the server plan and run statements whose parameters find nothing, each in
        a transaction of its own that is rolled back: a plan is cached by statement text
        and parameter types, so the first real call finds it. Run, not EXPLAINed: after an
        EXPLAIN the first call of a forget's head or tail still took 1.5-1.8 s (the
        second: 50 ms; load 7), which a run pays instead. Returns how many were planned
        (the iterable may stop early)."""
        planned = 0
        try:
            with self._driver.session(database=self.database,
                                      default_access_mode=neo4j.WRITE_ACCESS) as s:
                for query, params in statements:
                    with s.begin_transaction() as tx:
                        tx.run(query, dict(params)).consume()
                        tx.rollback()
                    planned += 1
        except Exception as exc:
            raise translate_error(exc, self.uri) from exc
        return planned

    def close(self) -> None:
        self._driver.close()


def plan_lines(plan: Mapping[str, Any], depth: int = 0) -> list[str]:
    """An EXPLAIN plan as indented lines `Operator | details`, root first (as FalkorDB's)."""
    op = str(plan.get("operatorType", "?")).split("@")[0]
    details = (plan.get("args") or {}).get("Details")
    line = "    " * depth + op + (f" | {details}" if details else "")
    out = [line]
    for child in plan.get("children") or []:
        out.extend(plan_lines(child, depth + 1))
    return out
