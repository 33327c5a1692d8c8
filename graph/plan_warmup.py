"""The statements a long-running store has planned before its first forget or dossier.

Neo4j plans a statement the first time it meets its text (and parameter types) and caches
the plan: on the kept 10k graph, under load, planning cost 0.1-0.5 s a statement, and a
forget runs one statement per relationship type it touches, so the first forget after a
start took seconds where the same forget again took a few hundred ms. So a store plans these
once at start (api/app.py does, in the background): Neo4j runs each with parameters of the
types and sizes the real calls use that find nothing, in a transaction rolled back (an
EXPLAIN alone left the first real call of a forget's head and tail 1.5-1.8 s).

`Warmup` runs it on a thread of its own with a stop event: a shutdown sets the event and
waits only for the statement in flight (the warm-up shares the store's driver, and closing
the driver under a running statement breaks its connection), not for the whole warm-up, which
took 103 s on a just-started Neo4j under load.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from graph import queries
from graph.errors import TkgError
from graph.model import GraphModel
from graph.store_base import ROWS

if TYPE_CHECKING:
    from graph.store import GraphStore

log = logging.getLogger("tkg.store")

Row = dict[str, Any]
Statement = tuple[str, Row]

# Neo4j keys a cached plan by the statement's text and its parameters' types, and for a
# string or list parameter also by its size class: 0, 1, up to 10, up to 100, up to 1000...
# (strings and lists inside a map do not count). A warm-up with empty strings planned `$doc`
# of length 0, which no forget uses: the first forget after a start planned its head and
# tail again (6 and 12 s under load, measured). Ids here are 11-100 characters (document ids
# 30-70), so the placeholders are too.
_ID = "x" * 40
_IDS = {"ids": [_ID]}
_DOC = {"doc": _ID}


def forget_statements(model: GraphModel, dialect: queries.Dialect) -> list[Statement]:
    """graph/statement_forget.forget_document: where the dialect has a head and a tail,
    those two and the reads a refold may need between them; else the fixed statements and
    the three of each relationship type and ends (aggregates read, deleted, updated)."""
    head, tail = dialect.forget_head(), dialect.forget_tail()
    refolds: list[Statement] = [(queries.MENTIONS_OF_ENTITIES, _IDS),
                                (queries.CLAIMS_OF_RELS, {"rels": [""]})]
    if head is not None and tail is not None:
        return [(head, _DOC), *refolds,
                (tail, {"doc": _ID, "changes": {  # a map: its lists' sizes do not count
                    "gone": [], "keep": [], "pages": [], "pages_gone": []}})]
    rel_row = {"rel": "", "source": "", "target": "", "key": ""}
    ends_row = {"source": "", "target": "", "key": ""}
    out: list[Statement] = [
        (queries.DOCUMENT_STATES_OF, {"docs": [""]}),
        (queries.CLAIMS_OF_DOCUMENT, _DOC),
        (queries.MENTIONS_OF_DOCUMENT, _DOC),
        (queries.NODE_AGGREGATES, _IDS),
        *refolds,
        (queries.PAGES_BY_ID, _IDS),
        (queries.DELETE_PAGES, _IDS),
        (queries.WRITE_PAGES, {"rows": [{"id": "", "props": {"id": ""}}]}),
    ]
    for rel_type, src, dst in queries.rel_end_combos(model):
        out += [
            (queries.rel_aggregates_at(rel_type, src, dst, dialect), {"rows": [rel_row]}),
            (queries.delete_rel_aggregates(rel_type, src, dst, dialect), {"rows": [ends_row]}),
            (queries.update_rel_aggregates(rel_type, src, dst, dialect),
             {"rows": [{**ends_row, "props": {"key": ""}}]}),
        ]
    return out


def dossier_statements(dialect: queries.Dialect) -> list[Statement]:
    """The dossier's statements whose text does not depend on the entity (api/services/
    dossier.py), as the store runs them (reads of many rows collected where the dialect
    does, StoreBase.run_rows); those built from an entity's types and pages are planned
    when met. The documents a dossier cites are a few for most entities and hundreds for a
    hub: both size classes."""
    def together(*reads: tuple[str, tuple[str, ...], Row]) -> Statement:
        """Reads as run_read sends them: in one statement, parameters in maps."""
        text = dialect.together([(query, columns) for query, columns, _ in reads])
        if text is None:
            return reads[0][0], reads[0][2]
        return text, {f"q{i}": params for i, (_, _, params) in enumerate(reads)}

    def rows(query: str, columns: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
        """A read of many rows as run_rows reads it (collected where the dialect does)."""
        collected = dialect.collected(query, columns)
        return (query, columns) if collected is None else (collected, (ROWS,))

    entity = {"ids": [_ID], "ordered_up_to": queries.ORDERED_UP_TO}
    both = dialect.counts_with_pages(queries.DOSSIER_ASKED)
    counts: list[Statement] = ([
        together((both, ("counts", "pages"), {"id": _ID})),
        # a dossier's first round trip: its counts with the entity read ahead
        together((both, ("counts", "pages"), {"id": _ID}),
                 (*rows(queries.GET_ENTITIES_LIGHT, queries.ENTITY_COLUMNS), entity)),
    ] if both is not None else [
        (queries.PAGES_OF_ENTITY, {"id": _ID}),
        (dialect.relationship_counts(also=queries.DOSSIER_ASKED), {"id": _ID})])
    return [
        together((*rows(queries.GET_ENTITIES_LIGHT, queries.ENTITY_COLUMNS), entity)),
        *counts,
        together((*rows(queries.NODE_STATEMENTS_OF_PAIRS, queries.NODE_STATEMENT_COLUMNS),
                  {"pairs": [{"id": "", "doc": ""}]})),
        together((*rows(dialect.node_statements(), queries.NODE_STATEMENT_COLUMNS),
                  {"ids": [_ID], "cap": 20})),
        (queries.ENTITY_SANCTIONS, {"id": _ID}),
        together((*rows(queries.chain_steps_by_documents(queries.DOSSIER_MONEY, dialect),
                        queries.CHAIN_STEP_COLUMNS),
                  {"starts": [{"n": 0, "ids": [_ID], "docs": [_ID]}]})),
        together((*rows(queries.DOCUMENTS_BY_ID, queries.DOCUMENT_COLUMNS), {"ids": [_ID]})),
    ]


def statements(model: GraphModel, dialect: queries.Dialect) -> list[Statement]:
    return [*dossier_statements(dialect), *forget_statements(model, dialect)]


def until_stopped(items: Iterable[Statement], stop: threading.Event | None
                  ) -> Iterator[Statement]:
    """The statements, one at a time, until `stop` is set (checked before each)."""
    for item in items:
        if stop is not None and stop.is_set():
            return
        yield item


class Warmup:
    """A store's warm_plans on a thread of its own, which `stop` ends after the statement in
    flight. A store closed meanwhile ends it quietly (the error is logged)."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.stop_event = threading.Event()
        self.planned: int | None = None  # how many statements it planned, once it has ended
        self.thread = threading.Thread(target=self._run, name="tkg-plan-warmup", daemon=True)

    def start(self) -> Warmup:
        self.thread.start()
        return self

    def _run(self) -> None:
        try:
            self.planned, seconds = self.store.warm_plans(self.stop_event)
        except TkgError as exc:
            log.info("planning statements at start stopped: %s", exc)
            return
        if self.planned:
            log.info("planned %d statements in %.1f s%s", self.planned, seconds,
                     " (stopped)" if self.stop_event.is_set() else "")

    def stop(self, timeout_s: float) -> bool:
        """Ask it to end after the statement in flight and wait up to `timeout_s` for that;
        True when the thread has ended."""
        self.stop_event.set()
        self.thread.join(timeout_s)
        return not self.thread.is_alive()
