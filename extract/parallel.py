"""Whole documents extracted in worker processes, results handed back in input order.

spaCy's own `nlp.pipe(n_process=N)` parallelises only the statistical components: the Docs
come back to this process, which then runs everything of ours (resolution, descriptors,
frames) alone, a third of the work, so a second process bought about 1.5x at best. Here each
worker is a fork of this process holding the same Extractor (inherited, not pickled), reads
whole chunks of documents, and sends back finished Extraction objects; only the cross-document
step (`LanguagePipelines.settle`, which links each result's names to those of the documents
taken before it) stays in this process, in input order, as in the one-process path.

Chunks are `batch_size` consecutive documents, the same batches the one-process path gives
spaCy, so results are identical. At most two chunks per worker are in flight, so a long
generator of documents is not read ahead into memory. If a worker dies (a crash in native
code), the documents not yet returned are read here, one process, and the batch goes on.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from typing import TYPE_CHECKING

from graph.errors import DocumentError
from graph.model import DocumentMeta, Extraction

if TYPE_CHECKING:
    from extract.extractor import Extractor

Result = Extraction | DocumentError
Chunk = list[tuple[str, DocumentMeta]]

_worker_extractor: Extractor | None = None  # set in each forked worker by _install


def _install(extractor: Extractor) -> None:
    """Runs once in each worker: the fork already holds the extractor; a worker reads a long
    document's pieces itself (a pool worker cannot fork workers of its own)."""
    global _worker_extractor
    extractor.long_processes = 1
    _worker_extractor = extractor


def _extract_chunk(chunk: Chunk, batch_size: int) -> list[Result]:
    assert _worker_extractor is not None, "a worker runs _install first"
    return list(_worker_extractor.unsettled_many(chunk, batch_size=batch_size))


def extract_in_workers(extractor: Extractor, docs: Iterable[tuple[str, DocumentMeta]],
                       processes: int, batch_size: int) -> Iterator[Result]:
    """Unsettled results of `docs`, in input order, read by `processes` forked workers.

    Input that fits in one chunk is read here: one chunk goes to one worker anyway, so forking
    a pool for it (as `tkg ingest --workers 2` on three files would) only adds its start-up."""
    source = iter(docs)
    head = list(islice(source, batch_size + 1))
    if len(head) <= batch_size:
        yield from extractor.unsettled_many(head, batch_size=batch_size)
        return
    source = chain(head, source)
    context = multiprocessing.get_context("fork")
    pending: deque[tuple[Chunk, Future[list[Result]]]] = deque()
    pool = ProcessPoolExecutor(max_workers=processes, mp_context=context,
                               initializer=_install, initargs=(extractor,))
    try:
        while True:
            while len(pending) < 2 * processes:
                chunk = list(islice(source, batch_size))
                if not chunk:
                    break
                pending.append((chunk, pool.submit(_extract_chunk, chunk, batch_size)))
            if not pending:
                return
            chunk, future = pending[0]
            results = future.result()
            pending.popleft()
            for (_, meta), result in zip(chunk, results, strict=False):
                if isinstance(result, Extraction):
                    meta.language = result.document.language  # as the one-process path
            yield from results
    except BrokenProcessPool:
        pass
    finally:  # also when the caller stops early: queued chunks are dropped, not read
        pool.shutdown(wait=True, cancel_futures=True)
    # A worker died: what the workers had not returned is read here, then the rest.
    for chunk, _ in pending:
        yield from extractor.unsettled_many(chunk, batch_size=batch_size)
    yield from extractor.unsettled_many(source, batch_size=batch_size)
