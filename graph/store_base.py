"""What every store provides: the four primitives (`run`, `read_only`, `explain`, `close`), its
`dialect`, and the rows that cross the store's boundary as plain data.

graph/store.py composes the shared operations on top of these (GraphStore).
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Self

from graph import queries
from graph.model import GraphModel, default_model

Row = dict[str, Any]
ROWS = "rows"  # the one column of a collected read (Dialect.collected)


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


@dataclass(frozen=True)
class Read:
    """A read as `run` takes it, with every column it returns: what a store needs to answer
    several reads in one round trip (StoreBase.ahead, StoreBase.run_read)."""

    query: str
    params: Mapping[str, Any]
    columns: tuple[str, ...]


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



class StoreBase(ABC):
    """The primitives each store supplies; the operation families build on them."""

    dialect: queries.Dialect
    # atomic() is a transaction: a block that raises leaves nothing of its writes
    transactional: bool = False

    def __init__(self, model: GraphModel | None = None) -> None:
        self.model = model or default_model()
        self.counters = WriteCounters()

    @abstractmethod
    def run(self, query: str, params: Mapping[str, Any] | None = None, *,
            write: bool = False) -> list[Row]:
        """Run one statement; return rows as plain dicts. Writes add to `self.counters`."""

    def run_rows(self, query: str, params: Mapping[str, Any] | None,
                 columns: Sequence[str]) -> list[Row]:
        """run() for a read that answers many rows, each a dict of `columns` (every column
        `query` returns): where the store sends rows one message each (Neo4j), they come
        collected into one (Dialect.collected)."""
        wrapped = self.dialect.collected(query, columns)
        if wrapped is None:
            return self.run(query, params)
        found = self.run_read(Read(wrapped, dict(params or {}), (ROWS,)))
        return [dict(zip(columns, values, strict=True))
                for values in (found[0][ROWS] if found else [])]

    def rows_read(self, query: str, params: Mapping[str, Any] | None,
                  columns: Sequence[str]) -> Read:
        """The read run_rows(query, params, columns) runs: collected into one row of `rows`
        where the dialect collects (Dialect.collected)."""
        wrapped = self.dialect.collected(query, columns)
        if wrapped is None:
            return Read(query, dict(params or {}), tuple(columns))
        return Read(wrapped, dict(params or {}), (ROWS,))

    def run_read(self, read: Read) -> list[Row]:
        """run(read.query, read.params); where the store answers several statements in one
        round trip (Neo4j), together with the reads ahead() queued."""
        return self.run(read.query, read.params)

    def ahead(self, reads: Iterable[Read | None]) -> None:
        """Reads a caller is about to make in this read block (reading()). Where each
        statement is a round trip that several reads can share (Neo4j), they ride along with
        the next read the store runs, and each answer waits for the identical call (the same
        text and parameters, in the same read transaction). Elsewhere nothing happens: a
        read queued and never made costs its own work and no round trip."""
        return None

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

    def warm_plans(self, stop: threading.Event | None = None) -> tuple[int, float]:
        """Have the store plan the statements of a forget and of a dossier before their first
        call (graph/plan_warmup.py), ending after the statement in flight once `stop` is set;
        (how many, seconds). Only a store that plans each new statement text slowly does
        anything."""
        return 0, 0.0

    @property
    @abstractmethod
    def description(self) -> str:
        """Where the data lives, for status lines."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @abstractmethod
    def _fulltext_query(self, text: str) -> str:
        """Turn user text into the store's full-text query syntax, escaped."""

    def _document_query(self, text: str) -> str:
        """Document full-text syntax for `text` (every word, each also as a prefix)."""
        return ""

    def _check_types(self, rel_types: Iterable[str]) -> None:
        for rel_type in rel_types:
            self.model.relationship(rel_type)


def count_of(rows: list[Row]) -> int:
    """The `n` of a counting statement's one row (0 when it gave none)."""
    return int(rows[0]["n"]) if rows else 0
