"""One ingest at a time per data folder: a lock file the next `tkg ingest` waits on.

Two runs on one store would both extract and write every document, and their batches
could interleave. The lock is an advisory `flock` on `ingest.lock` in the data folder, so
the system releases it when the holder exits, however it exits (a killed run never leaves a
stale lock behind). The holder writes its process id into the file for the message.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from graph.errors import StoreBusy, StoreUnavailable

LOCK_NAME = "ingest.lock"


def _holder(fd: int) -> str:
    with contextlib.suppress(OSError, ValueError):
        text = os.pread(fd, 32, 0).decode().strip()
        if text:
            return f" (process {int(text)})"
    return ""


@contextlib.contextmanager
def ingest_lock(data_dir: Path, *, wait: bool = True,
                on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the data folder's ingest lock; wait for another holder (saying so through
    `on_wait`) or, with wait=False, refuse with StoreBusy."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(data_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise StoreUnavailable(f"cannot create the ingest lock in {data_dir}: {exc}") from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            message = (f"another ingest{_holder(fd)} is writing to the store of {data_dir}")
            if not wait:
                raise StoreBusy(f"{message}; try again when it has finished") from None
            if on_wait is not None:
                on_wait(f"{message}; waiting for it to finish…")
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # releases the lock
