"""CSV files in the layout `neo4j-admin database import full` reads, to load a large graph
into Neo4j far faster than statement by statement.

One `nodes_<Label>.csv` per label (`id:ID`, `:LABEL`, then typed columns such as
`aliases:string[]`) and one `rels_<TYPE>.csv` per type (`:START_ID`, `:END_ID`, `:TYPE`,
then typed columns). Arrays use `;` between elements, neo4j-admin's default; since an
array element cannot escape that delimiter, a `;` inside one is written as the full-width
`；` (U+FF1B). Text may span lines, so the import needs `--multiline-fields=true`; the
exact command is written beside the files as `import.sh`.

neo4j-admin reads an unquoted empty field as no value, so every present value is quoted and
only a missing one is left empty: an empty string (a relationship's identity `key` is `''`
for most facts, and MERGE finds it by that key) comes back as itself. An empty list has no
form of its own and is left out, which the model reads as no aliases.
"""

from __future__ import annotations

import shlex
from collections import defaultdict
from pathlib import Path
from typing import Any

from graph import queries
from graph.exchange.snapshot import Snapshot, property_type
from graph.model import GraphModel

ARRAY_DELIMITER = ";"
ARRAY_SAFE = "\uff1b"
NEO4J_TYPES = {"string": "string", "integer": "long", "float": "double", "boolean": "boolean",
               "date": "string", "string_list": "string[]", "integer_list": "long[]"}
# Dates stay strings: partial dates such as "2025-05" are facts here, and both stores
# compare ISO strings correctly.


def _cell(value: Any) -> str | None:
    if value is None or value == []:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, ARRAY_SAFE) for v in value)
    return str(value)


def _row(cells: list[str | None]) -> str:
    """One CSV line: present values quoted (quotes doubled), missing ones empty."""
    return ",".join("" if c is None else '"' + c.replace('"', '""') + '"' for c in cells) + "\n"


def _columns(model: GraphModel, owner: str, rows: list[dict[str, Any]],
             skip: set[str]) -> list[tuple[str, str]]:
    names: dict[str, str] = {}
    for props in rows:
        for name, value in props.items():
            if name not in skip and name not in names:
                names[name] = NEO4J_TYPES[property_type(model, owner, name, value)]
    return sorted(names.items())


def export_csv(snapshot: Snapshot, model: GraphModel, out_dir: Path) -> dict[str, int]:
    """Write the files into `out_dir` (created); returns how many files were written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    nodes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for n in [*snapshot.nodes, *snapshot.judgments]:
        nodes[n.label].append(n.properties)
    rels: dict[str, list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
    for e in snapshot.edges:
        rels[e.type].append((e.source, e.target, e.properties))
    files: list[str] = []
    for label, rows in sorted(nodes.items()):
        columns = _columns(model, label, rows, {"id"})
        labels = ";".join(part for part in queries.node_pattern_labels(label).split(":") if part)
        name = f"nodes_{label}.csv"
        with (out_dir / name).open("w", encoding="utf-8", newline="") as f:
            f.write(_row(["id:ID", ":LABEL", *(f"{c}:{t}" for c, t in columns)]))
            for props in rows:
                f.write(_row([str(props["id"]), labels,
                              *(_cell(props.get(c)) for c, _ in columns)]))
        files.append(name)
    for rel_type, triples in sorted(rels.items()):
        columns = _columns(model, rel_type, [p for _, _, p in triples], set())
        name = f"rels_{rel_type}.csv"
        with (out_dir / name).open("w", encoding="utf-8", newline="") as f:
            f.write(_row([":START_ID", ":END_ID", ":TYPE", *(f"{c}:{t}" for c, t in columns)]))
            for source, target, props in triples:
                f.write(_row([source, target, rel_type,
                              *(_cell(props.get(c)) for c, _ in columns)]))
        files.append(name)
    _write_command(out_dir, files)
    return {"files": len(files), "nodes": len(snapshot.nodes),
            "relationships": len(snapshot.edges), "judgments": len(snapshot.judgments)}


def _write_command(out_dir: Path, files: list[str]) -> None:
    args = ["neo4j-admin", "database", "import", "full", "neo4j",
            f"--array-delimiter={ARRAY_DELIMITER}", "--multiline-fields=true"]
    for name in files:
        kind = "--nodes" if name.startswith("nodes_") else "--relationships"
        args.append(f"{kind}={name}")
    (out_dir / "import.sh").write_text(
        "#!/bin/sh\n# Load these files into an empty Neo4j database (stop it first).\n"
        'cd "$(dirname "$0")"\n' + " ".join(shlex.quote(a) for a in args) + "\n",
        encoding="utf-8")
