"""Keep an embedded store alive: notice when its server died and start it again.

A crash of the server (FalkorDB has crashed on read-only statements) must not leave the
API answering 503 until someone types `tkg store start`. The supervisor checks the store
a few times a second and, when it is gone, starts it again, waiting longer after each
failed attempt so a store that cannot start (a corrupt data folder) is not hammered.
While it is down, /readyz reports the last reason.
"""

from __future__ import annotations

import logging
import threading
from typing import Protocol, runtime_checkable

from graph.errors import TkgError

log = logging.getLogger("tkg.store")


@runtime_checkable
class Recoverable(Protocol):
    def recover(self) -> bool:
        """True when the server had to be started again; raises TkgError when it cannot."""


class StoreSupervisor:
    def __init__(self, store: Recoverable, *, interval: float = 0.2,
                 first_backoff: float = 0.2, max_backoff: float = 10.0) -> None:
        self.store = store
        self.interval, self.first_backoff, self.max_backoff = interval, first_backoff, max_backoff
        self.restarts = 0  # times the server was found dead and started again
        self.failures = 0  # failed attempts since the store last answered
        self.last_error: str | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="tkg-store-supervisor",
                                        daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=30)

    @property
    def state(self) -> str | None:
        """None when the store answered at the last check, else why it does not."""
        if self.failures == 0:
            return None
        return (f"the store is being restarted (attempt {self.failures} failed: "
                f"{self.last_error})")

    def _loop(self) -> None:
        backoff = self.first_backoff
        wait = self.interval
        while not self._stop.wait(wait):
            try:
                restarted = self.store.recover()
            except TkgError as exc:
                self.failures += 1
                self.last_error = exc.detail
                log.warning("store restart attempt %d failed: %s", self.failures, exc.detail)
                wait, backoff = backoff, min(backoff * 2, self.max_backoff)
                continue
            except Exception as exc:  # never let the watcher die
                self.failures += 1
                self.last_error = f"{type(exc).__name__}"
                log.exception("store supervision failed")
                wait, backoff = backoff, min(backoff * 2, self.max_backoff)
                continue
            if restarted:
                self.restarts += 1
                log.warning("store restarted (restart %d; %d failed attempts before)",
                            self.restarts, self.failures)
            self.failures, self.last_error = 0, None
            wait, backoff = self.interval, self.first_backoff
