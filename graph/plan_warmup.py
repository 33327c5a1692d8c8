"""The statements a long-running store has planned before its first forget or dossier.

Neo4j plans a statement the first time it meets its text (and parameter types) and caches
the plan: on the kept 10k graph, under load, planning cost 0.1-0.5 s a statement, and a
forget runs one statement per relationship type it touches, so the first forget after a
start took seconds where the same forget again took a few hundred ms. EXPLAIN plans without
running, so a store can plan these once at start (api/app.py does, in the background).
The parameters only give the types the real calls use; nothing is read or written.

`Warmup` runs it on a thread of its own with a stop event: a shutdown sets the event and
waits only for the statement in flight (the warm-up shares the store's driver, and closing
the driver under a running EXPLAIN breaks its connection), not for the whole warm-up, which
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

if TYPE_CHECKING:
    from graph.store import GraphStore

log = logging.getLogger("tkg.store")

Row = dict[str, Any]
Statement = tuple[str, Row]

_IDS = {"ids": [""]}
_DOC = {"doc": ""}


def forget_statements(model: GraphModel, dialect: queries.Dialect) -> list[Statement]:
    """graph/statement_forget.forget_document: where the dialect has a head and a tail,
    those two and the reads a refold may need between them; else the fixed statements and
    the three of each relationship type and ends (aggregates read, deleted, updated)."""
    head, tail = dialect.forget_head(), dialect.forget_tail()
    refolds: list[Statement] = [(queries.MENTIONS_OF_ENTITIES, _IDS),
                                (queries.CLAIMS_OF_RELS, {"rels": [""]})]
    if head is not None and tail is not None:
        ends = {"type": "", "source_end": "", "target_end": "", "source": "", "target": "",
                "key": ""}
        return [(head, _DOC), *refolds,
                (tail, {"doc": "", "changes": {
                    "gone": [""], "keep": [{"id": "", "props": {"id": ""}}],
                    "rels": [{**ends, "props": {"key": ""}}],
                    "pages": [{"id": "", "props": {"id": ""}}], "pages_gone": [""]}})]
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
    dossier.py); those built from an entity's types and pages are planned when met."""
    return [
        (queries.GET_ENTITIES_LIGHT, {"ids": [""], "ordered_up_to": queries.ORDERED_UP_TO}),
        (queries.PAGES_OF_ENTITY, {"id": ""}),
        (dialect.relationship_counts(also=queries.DOSSIER_ASKED), {"id": ""}),
        (queries.NODE_STATEMENTS_OF_PAIRS, {"pairs": [{"id": "", "doc": ""}]}),
        (dialect.node_statements(), {"ids": [""], "cap": 20}),
        (queries.ENTITY_SANCTIONS, {"id": ""}),
        (queries.DOCUMENTS_BY_ID, _IDS),
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
