"""The store interface: what api/ and ingest need from a graph database, as plain data.

`GraphStore` implements every operation on top of four primitives each store provides
(graph/store_base.py): `run` (a statement, plain dicts back), `read_only` (the analysts'
door), `dialect` (the statements that differ) and `close`. So both stores share one
behaviour, checked by one contract suite (tests/test_store_contract.py). The operations come
in families, one module each: entity reads (store_reads), statements attached to light rows
(store_statements), neighbour pages (store_neighbors), chain steps (store_chains), document
reads (store_documents); the schema and the writes are here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import wraps
from typing import Any, Concatenate, ParamSpec, TypeVar

from graph import queries, schema_version, statement_forget, statement_writes
from graph.errors import InvalidInput
from graph.model import check_value
from graph.store_base import NodeRow, QueryResult, RelRow, Row, WriteCounters, count_of
from graph.store_chains import ChainReads
from graph.store_documents import DocumentReads
from graph.store_neighbors import NeighborReads
from graph.store_reads import EntityReads

__all__ = ["BATCH_SIZE", "GraphStore", "NodeRow", "QueryResult", "RelRow", "Row",
           "WriteCounters", "in_one_read"]

BATCH_SIZE = 5000


def _clean_props(props: Mapping[str, Any]) -> dict[str, Any]:
    # A null in `SET x += map` would delete a value another document gave; drop them.
    return {k: v for k, v in props.items() if v is not None}



class GraphStore(EntityReads, NeighborReads, ChainReads, DocumentReads):
    """Operations shared by every store; subclasses supply the primitives."""

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
            written += count_of(self.run(queries.UPSERT_DOCUMENTS, {"rows": wire[i:i + batch_size]},
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
        return statement_forget.forget_document(self, doc_id)

    def document_states(self) -> dict[str, tuple[str | None, bool]]:
        """content_hash and completeness of every stored document, for incremental ingest."""
        return {r["id"]: (r["content_hash"], bool(r["complete"]))
                for r in self.run(queries.DOCUMENT_STATES)}

    def mark_document_complete(self, doc_id: str) -> None:
        self.run(queries.MARK_DOCUMENT_COMPLETE, {"doc": doc_id}, write=True)

    def delete_all(self) -> None:
        self.run(queries.DELETE_ALL, write=True)
        schema_version.check(self)  # an empty graph of the current version


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

