"""Start, find and stop a local Neo4j 5 Community server through our launcher (neo4j-launcher/).

The server is a Java child process (tkg.neo4j.Launcher) with its home in a folder of its own:
Bolt, and HTTP with Neo4j Browser when asked, listen on 127.0.0.1 only; authentication is on
with a generated password kept in the folder (mode 0600); the chosen ports and a PID file are
recorded there too, so any later `tkg` process can reuse or stop the server.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import StoreUnavailable

LAUNCHER_DIR = Path(__file__).resolve().parents[2] / "neo4j-launcher"
# A checkout that shares another one's virtual environment (a git worktree) may use that
# checkout's built launcher rather than build its own.
_VENV_LAUNCHER_DIR = Path(sys.prefix).resolve().parent / "neo4j-launcher"
MAIN_CLASS = "tkg.neo4j.Launcher"
READY = "TKG-NEO4J-READY"
FAILED = "TKG-NEO4J-ERROR"
USER = "neo4j"


@dataclass(frozen=True)
class Neo4jOptions:
    """How to run the server; the defaults suit a laptop."""

    heap: str = "512m"
    page_cache: str = "64m"
    # what one transaction may hold in memory ("0": no cap); below the heap, so one heavy
    # query fails alone instead of starving the others
    transaction_memory: str = "128m"
    bolt_port: int = 0  # 0: a free port, chosen once and then kept
    http_port: int = 0  # 0: a free port; -1: no HTTP connector (no Browser)
    jvm_args: tuple[str, ...] = ()
    launcher_dir: Path = field(default=LAUNCHER_DIR)
    exit_with_parent: bool = False  # stop when the starting process ends (test sessions)
    start_timeout: float = 600.0


@dataclass(frozen=True)
class Neo4jPaths:
    root: Path
    home: Path
    password_file: Path
    bolt_port_file: Path
    http_port_file: Path
    pid_file: Path
    launcher_log: Path
    server_log: Path


def server_paths(root: Path) -> Neo4jPaths:
    root = root.expanduser().resolve()
    home = root / "home"
    return Neo4jPaths(root, home, root / "password", root / "bolt.port", root / "http.port",
                      root / "neo4j.pid", root / "launcher.log", home / "logs" / "neo4j.log")


@dataclass(frozen=True)
class Neo4jServer:
    """A running server: where to reach it and how to log in."""

    paths: Neo4jPaths
    pid: int
    bolt_port: int
    http_port: int | None

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def browser_url(self) -> str | None:
        return f"http://127.0.0.1:{self.http_port}/browser/" if self.http_port else None

    def password(self) -> str:
        return read_password(self.paths)


def java_binary() -> str:
    home = os.environ.get("JAVA_HOME")
    candidates = [str(Path(home) / "bin" / "java")] if home else []
    candidates.append(shutil.which("java") or "")
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    raise StoreUnavailable("Java is not installed, and the local Neo4j needs Java 17 or 21; "
                           "install it with `apt-get install openjdk-17-jdk-headless` (./setup.sh "
                           "does when TKG_STORE=neo4j)")


def _built(launcher_dir: Path) -> bool:
    target = launcher_dir / "target"
    return (target / "tkg-neo4j-launcher-1.jar").is_file() and any(
        (target / "lib").glob("neo4j-5.*.jar"))


def launcher_classpath(launcher_dir: Path) -> str:
    if not _built(launcher_dir) and launcher_dir == LAUNCHER_DIR and _built(_VENV_LAUNCHER_DIR):
        launcher_dir = _VENV_LAUNCHER_DIR
    target = launcher_dir / "target"
    jar = target / "tkg-neo4j-launcher-1.jar"
    lib = target / "lib"
    if not _built(launcher_dir):
        raise StoreUnavailable(
            f"the Neo4j launcher is not built ({target} has no Neo4j jars); build it with "
            f"`mvn -q -f {launcher_dir / 'pom.xml'} package` "
            "(./setup.sh does when TKG_STORE=neo4j)")
    return f"{jar}{os.pathsep}{lib}{os.sep}*"


def read_password(paths: Neo4jPaths) -> str:
    try:
        return paths.password_file.read_text().strip()
    except OSError as exc:
        raise StoreUnavailable(f"the Neo4j password file {paths.password_file} is missing or "
                               f"unreadable ({exc.strerror})") from exc


def _ensure_password(paths: Neo4jPaths) -> None:
    """A generated password, readable by its owner only; kept across restarts."""
    if paths.password_file.exists():
        os.chmod(paths.password_file, 0o600)
        return
    if paths.home.exists() and any(paths.home.joinpath("data", "dbms").glob("*")):
        raise StoreUnavailable(f"the Neo4j store in {paths.home} exists but its password file "
                               f"{paths.password_file} is gone; restore it, or move the folder "
                               "away and ingest again")
    fd = os.open(paths.password_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(secrets.token_urlsafe(24) + "\n")


def _read_int(path: Path) -> int | None:
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child (ours, not yet reaped) is not a server.
    with contextlib.suppress(ChildProcessError):
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    return True


def _is_our_launcher(pid: int, paths: Neo4jPaths) -> bool:
    """The PID is a launcher of this very folder (PIDs are reused after a reboot)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return _alive(pid)  # no /proc: trust the PID file
    return MAIN_CLASS.encode() in cmdline and str(paths.home).encode() in cmdline


def _port_free(port: int) -> bool:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _choose_port(wanted: int, recorded: int | None, what: str, setting: str) -> int:
    if wanted > 0:
        if not _port_free(wanted):
            raise StoreUnavailable(f"port {wanted} ({what}) is taken by another program; "
                                   f"free it or set {setting} to another port (0: any free one)")
        return wanted
    if recorded and _port_free(recorded):
        return recorded  # keep the port across restarts, so bookmarks and URIs stay valid
    return _free_port()


def running_server(root: Path) -> Neo4jServer | None:
    paths = server_paths(root)
    pid = _read_int(paths.pid_file)
    bolt = _read_int(paths.bolt_port_file)
    if pid is None or bolt is None or not _alive(pid) or not _is_our_launcher(pid, paths):
        return None
    http = _read_int(paths.http_port_file)
    return Neo4jServer(paths, pid, bolt, http or None)


def _log_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _new_text(path: Path, offset: int) -> str:
    try:
        with path.open("rb") as f:
            f.seek(offset)
            return f.read().decode(errors="replace")
    except OSError:
        return ""


def explain_failure(paths: Neo4jPaths, log_text: str) -> StoreUnavailable:
    """The one line that says why the server did not start, from what it logged."""
    lowered = log_text.lower()
    if "unsupportedclassversionerror" in lowered:
        return StoreUnavailable("the installed Java is too old for Neo4j 5; install Java 17 "
                                "(`apt-get install openjdk-17-jdk-headless`)")
    if "classnotfoundexception" in lowered or "noclassdeffounderror" in lowered:
        return StoreUnavailable("the Neo4j launcher's jars are incomplete; rebuild them with "
                                f"`mvn -q -f {LAUNCHER_DIR / 'pom.xml'} package`")
    if "address already in use" in lowered or "portbindexception" in lowered:
        port = re.search(r"bind to the socket /?[\d.]+:(\d+)", log_text)
        which = f"port {port.group(1)}" if port else "a port Neo4j needs"
        return StoreUnavailable(f"{which} is taken by another program; free it or set "
                                "TKG_NEO4J_BOLT_PORT / TKG_NEO4J_HTTP_PORT to 0 (any free port)")
    if "filelockexception" in lowered or "store_lock" in lowered:
        return StoreUnavailable(f"the Neo4j store in {paths.home} is locked by another process "
                                "(another Neo4j on the same folder?); stop it first")
    if any(s in lowered for s in ("corrupt", "store: the database could not be opened",
                                  "unable to read", "not a valid", "storeversion",
                                  "underlyingstorageexception", "checkpoint", "recovery")):
        detail = next((line.split(FAILED, 1)[1].strip() for line in log_text.splitlines()
                       if FAILED in line), "see " + str(paths.server_log))
        return StoreUnavailable(f"the Neo4j store in {paths.home} looks corrupt and cannot be "
                                f"opened ({detail}); move the folder away and ingest again")
    if "outofmemoryerror" in lowered or "could not reserve enough space" in lowered:
        return StoreUnavailable("Neo4j ran out of memory; raise TKG_NEO4J_HEAP")
    last = [line.strip() for line in log_text.splitlines()
            if FAILED in line or " ERROR " in line or "Exception" in line]
    reason = last[-1][:300] if last else f"see {paths.server_log} and {paths.launcher_log}"
    return StoreUnavailable(f"the local Neo4j did not start: {reason}")


def start_server(root: Path, options: Neo4jOptions | None = None) -> tuple[Neo4jServer, bool]:
    """Start a server for this folder unless one runs; return it and whether we started it."""
    options = options or Neo4jOptions()
    paths = server_paths(root)
    found = running_server(root)
    if found is not None:
        return found, False
    java = java_binary()
    classpath = launcher_classpath(options.launcher_dir)
    try:
        paths.home.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreUnavailable(f"cannot create the Neo4j folder {paths.home}: {exc}") from exc
    _ensure_password(paths)
    bolt = _choose_port(options.bolt_port, _read_int(paths.bolt_port_file), "Neo4j Bolt",
                        "TKG_NEO4J_BOLT_PORT")
    http = 0
    if options.http_port >= 0:
        recorded = _read_int(paths.http_port_file)
        http = _choose_port(options.http_port, recorded if recorded != bolt else None,
                            "Neo4j Browser", "TKG_NEO4J_HTTP_PORT")
        if http == bolt:
            http = _free_port()
    args = [java, f"-Xmx{options.heap}", "-Xms64m", "-XX:+UseSerialGC", *options.jvm_args,
            "-cp", classpath, MAIN_CLASS, str(paths.home), str(bolt), str(http),
            options.page_cache, str(paths.password_file), options.transaction_memory]
    offsets = (_log_size(paths.server_log), _log_size(paths.launcher_log))
    env = dict(os.environ)
    env.pop("TKG_NEO4J_PARENT_PID", None)
    if options.exit_with_parent:
        env["TKG_NEO4J_PARENT_PID"] = str(os.getpid())
    with paths.launcher_log.open("ab") as log:
        proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                start_new_session=True, close_fds=True, cwd=paths.root,
                                env=env)
    paths.pid_file.write_text(f"{proc.pid}\n")
    paths.bolt_port_file.write_text(f"{bolt}\n")
    paths.http_port_file.write_text(f"{http}\n")
    deadline = time.monotonic() + options.start_timeout
    while True:
        text = _new_text(paths.server_log, offsets[0]) + _new_text(paths.launcher_log, offsets[1])
        if READY in text and _bolt_listens(bolt):
            return Neo4jServer(paths, proc.pid, bolt, http or None), True
        if proc.poll() is not None or FAILED in text:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=30)
            _forget_pid(paths)
            raise explain_failure(paths, text)
        if time.monotonic() > deadline:
            _terminate(proc.pid, paths)
            raise StoreUnavailable(f"the local Neo4j did not answer within "
                                   f"{options.start_timeout:.0f} s (see {paths.server_log})")
        time.sleep(0.1)


def _bolt_listens(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        try:
            s.connect(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _forget_pid(paths: Neo4jPaths) -> None:
    with contextlib.suppress(FileNotFoundError):
        paths.pid_file.unlink()


def _terminate(pid: int, paths: Neo4jPaths, timeout: float = 120.0) -> None:
    """SIGTERM (Neo4j checkpoints and closes its store), SIGKILL only if it hangs."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while _alive(pid):
        if time.monotonic() > deadline:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            break
        time.sleep(0.05)
    _forget_pid(paths)


def stop_server(root: Path) -> bool:
    """Stop the server of this folder; False if none ran. Its data stays."""
    found = running_server(root)
    if found is None:
        _forget_pid(server_paths(root))
        return False
    _terminate(found.pid, found.paths)
    return True

