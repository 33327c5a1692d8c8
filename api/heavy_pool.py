"""A small pool of its own for analyst Cypher, so heavy queries never starve the pages.

Entity pages, search and paths run in the web server's shared thread pool; analyst Cypher
runs here, with few workers (each one keeps one of the store's query threads busy) and a
short queue. A request that finds the queue full is answered 429 at once instead of
waiting behind others: a client looping worst-case queries then costs the store one
worker, not all of it.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from graph.errors import StoreBusy

T = TypeVar("T")


class HeavyQueryPool:
    def __init__(self, workers: int, queue: int) -> None:
        self.workers = workers
        self._executor = ThreadPoolExecutor(max_workers=workers,
                                            thread_name_prefix="tkg-cypher")
        self._slots = threading.BoundedSemaphore(workers + queue)

    async def run(self, fn: Callable[[], T]) -> T:
        if not self._slots.acquire(blocking=False):
            raise StoreBusy("too many analyst queries are running or waiting; try again in a "
                            "few seconds")
        try:
            future: Future[T] = self._executor.submit(fn)
        except BaseException:
            self._slots.release()
            raise
        # The slot is given back when the query ends, even if the client went away first.
        future.add_done_callback(lambda _: self._slots.release())
        return await asyncio.wrap_future(future)

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
