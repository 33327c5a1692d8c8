"""What the embedded server's log says about loading the data folder.

Redis logs how it loaded the snapshot and the append-only file. Only the lines written by
the current start are read (the log is appended to across starts). Two things matter to
users: the data could not be read at all (a cut or damaged file), which must be said as
"the folder is corrupt, restore or re-ingest" instead of Redis's own words ("Suspect RAM
error?"); and a start that succeeded by dropping a cut-off last write, which leaves the
documents being written at that moment incomplete.
"""

from __future__ import annotations

import re
from pathlib import Path

TRUNCATED_MARKER = "falkordb.truncated"  # in the data folder while a dropped tail is unrepaired

_DAMAGE = ("bad file format", "short read", "corrupt", "unexpected eof", "unexpected end",
           "wrong signature", "can't handle rdb format", "invalid lzf", "internal error in rdb",
           "invalid aof manifest", "checksum", "unrecoverable error", "invalid rdb")
_LOADING = ("loading rdb", "reading rdb", "reading the manifest", "opening aof",
            "loading the aof", "db loaded from", "rdb is base aof")
_DROPPED_TAIL = ("aof loaded anyway because aof-load-truncated is enabled",
                 "!!! warning: short read while loading the aof file")
_FILE = re.compile(r"(appendonly[\w.\-]*|dump\.rdb)")


def log_offset(log_file: Path) -> int:
    try:
        return log_file.stat().st_size
    except OSError:
        return 0


def log_since(log_file: Path, offset: int) -> str:
    try:
        with log_file.open("rb") as f:
            f.seek(offset)
            return f.read(2_000_000).decode(errors="replace")
    except OSError:
        return ""


def _message(line: str) -> str:
    return line.split(" * ")[-1].split(" # ")[-1].strip()


def damaged(log_text: str) -> str | None:
    """Why the data could not be loaded (file and reason), or None if the log does not
    say the data is damaged."""
    lines = [line for line in log_text.splitlines() if line.strip()]
    lowered = [line.lower() for line in lines]
    began_loading = any(any(s in line for s in _LOADING) for line in lowered)
    hits = [lines[i] for i, line in enumerate(lowered) if any(s in line for s in _DAMAGE)]
    if not hits:
        # A crash while loading (the module asserts on some damage) is damage too.
        crashed = any("crashed by signal" in line or "assert" in line for line in lowered)
        if not (began_loading and crashed):
            return None
        hits = [line for line in lines if "crashed by signal" in line.lower()] or lines[-1:]
    files = _FILE.findall(" ".join(lines))
    where = f"{files[-1]}: " if files else ""
    # Redis's own advice (redis-check-aof --fix) would throw away data without a word.
    return where + _message(hits[0]).split(": make a backup")[0][:200]


def still_loading(log_text: str) -> bool:
    """The server began loading its data and has not said it is ready: while FalkorDB
    builds a large graph's indexes (minutes at 100k documents) it answers no PING at all,
    not even -LOADING, and only its log shows it is still at work."""
    lowered = log_text.lower()
    return (any(s in lowered for s in _LOADING)
            and "ready to accept connections" not in lowered and damaged(log_text) is None)


def dropped_tail(log_text: str) -> bool:
    lowered = log_text.lower()
    return any(s in lowered for s in _DROPPED_TAIL)
