"""Bulk loading into the local Neo4j with `neo4j-admin database import full`.

Apart from the server's lifecycle (neo4j_server.py) because it runs with the server stopped:
the import writes the store files directly.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from graph.errors import StoreUnavailable
from graph.stores.neo4j_server import (
    Neo4jOptions,
    java_binary,
    launcher_classpath,
    running_server,
    server_paths,
)


def admin_import(root: Path, csv_dir: Path, options: Neo4jOptions | None = None, *,
                 replace: bool = False, array_delimiter: str = ";") -> str:
    """Load a folder of neo4j-admin CSV files (`tkg export --format csv`) into the local
    Neo4j's database with `neo4j-admin database import full`, the fast bulk path.

    The server must be stopped (the import writes the store files directly); an existing
    database is replaced only with `replace`. Returns neo4j-admin's summary lines.
    """
    options = options or Neo4jOptions()
    paths = server_paths(root)
    if running_server(root) is not None:
        raise StoreUnavailable("the local Neo4j is running; stop it first (`tkg neo4j stop`): "
                               "neo4j-admin import writes the store files directly")
    nodes = sorted(csv_dir.glob("nodes_*.csv"))
    rels = sorted(csv_dir.glob("rels_*.csv"))
    if not nodes:
        raise StoreUnavailable(f"{csv_dir} holds no nodes_*.csv files; write them with "
                               "`tkg export --format csv`")
    java = java_binary()
    classpath = launcher_classpath(options.launcher_dir)
    paths.home.mkdir(parents=True, exist_ok=True)
    args = [java, f"-Xmx{options.heap}", *options.jvm_args, "-cp", classpath,
            "org.neo4j.cli.AdminTool", "database", "import", "full", "neo4j",
            f"--array-delimiter={array_delimiter}", "--multiline-fields=true",
            f"--overwrite-destination={'true' if replace else 'false'}",
            *(f"--nodes={p.resolve()}" for p in nodes),
            *(f"--relationships={p.resolve()}" for p in rels)]
    env = {**os.environ, "NEO4J_HOME": str(paths.home)}
    done = subprocess.run(args, env=env, cwd=paths.root, capture_output=True, text=True,
                          check=False)
    lines = [line.strip() for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    if done.returncode != 0:
        reason = next((line for line in reversed(lines)
                       if "exist" in line.lower() or "error" in line.lower()
                       or "exception" in line.lower()), lines[-1] if lines else "no output")
        raise StoreUnavailable(f"neo4j-admin import failed: {reason[:300]}")
    start = next((i for i, line in enumerate(lines) if line.startswith("IMPORT DONE")),
                 len(lines))
    return "\n".join(lines[start:start + 5])
