"""A small store written in the same seconds as the big one, for benchmarks/ingest_scale.py.

The machine is shared: a write figure taken at 1,000 documents and another taken an hour
later at 100,000 carry whatever else the machine did in between, and the 1,000 figure alone
moved by 7% between two quiet runs. So the write window of every size is measured twice at
once: batches alternate between the big store and a second store of its own (its own
server process and data folder, so none of the big store's memory or caches) that holds
REFERENCE - WINDOW documents and receives the window that takes it to REFERENCE. Both
windows see the same machine; their ratio is what writing costs at that size against
writing at REFERENCE. After the window the small store forgets it again, so every size
meets the same small store.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

from graph.ingest import forget, ingest_batch
from graph.model import Extraction
from graph.store import GraphStore

REFERENCE = 1000


def _write(store: GraphStore, batch: Sequence[Extraction]) -> float:
    t0 = time.perf_counter()
    outcomes = ingest_batch(store, list(batch), states={})
    seconds = time.perf_counter() - t0
    bad = [o for o in outcomes if not hasattr(o, "skipped")]
    if bad:
        raise SystemExit(f"write failed: {bad[0]}")
    return seconds


class SmallStore:
    """The store of REFERENCE documents that every size's window is compared with."""

    def __init__(self, store: GraphStore, data: Path,
                 make: Callable[[int], Extraction], batch: int, window: int) -> None:
        self.store, self.data, self.make = store, data, make
        self.batch, self.window = batch, window
        store.ensure_schema()
        store.warm_plans()
        start = REFERENCE - window
        for first in range(0, start, batch):
            _write(store, [make(i) for i in range(first, min(first + batch, start))])

    def alternate(self, big: GraphStore, big_batches: Sequence[Sequence[Extraction]]
                  ) -> tuple[float, float]:
        """Seconds per document of the big store's window and of the small store's, written
        batch for batch in turn (which one goes first alternates too)."""
        start = REFERENCE - self.window
        small_batches = [[self.make(i) for i in range(first, min(first + self.batch,
                                                                  REFERENCE))]
                         for first in range(start, REFERENCE, self.batch)]
        big_s = small_s = 0.0
        for k in range(max(len(big_batches), len(small_batches))):
            turns = [(big, big_batches[k] if k < len(big_batches) else None, True),
                     (self.store, small_batches[k] if k < len(small_batches) else None, False)]
            for store, batch, is_big in (turns if k % 2 == 0 else turns[::-1]):
                if not batch:
                    continue
                seconds = _write(store, batch)
                if is_big:
                    big_s += seconds
                else:
                    small_s += seconds
        for batch in small_batches:  # back to REFERENCE - WINDOW for the next size
            for x in batch:
                forget(self.store, x.document.id)
        big_docs = sum(len(b) for b in big_batches)
        small_docs = sum(len(b) for b in small_batches)
        return big_s / max(big_docs, 1), small_s / max(small_docs, 1)
