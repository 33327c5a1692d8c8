"""Our own export: JSON lines that hold every node and relationship with every property.

It is the one format `tkg import` reads, because it is lossless: JSON keeps types (numbers,
lists, booleans) and any character, where CSV arrays cannot hold their delimiter and GraphML
flattens lists to text. Line 1 is a header with the format name and the counts, so an
import can check it read everything; then one node per line, then one relationship per
line, then one analyst's judgment per line (graph/curation.py; not part of the graph's nodes,
so they are carried as their own records).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from graph import curation, queries
from graph.errors import InvalidInput, ModelError
from graph.exchange.snapshot import STORE_PROPERTIES, Snapshot, read_snapshot
from graph.model import check_value
from graph.store import GraphStore

FORMAT = "trilateral-kg-graph"
VERSION = 1
BATCH = 2000


def write_jsonl(snapshot: Snapshot, out: TextIO, model_version: int,
                judgments: list[dict[str, Any]] | None = None) -> None:
    judgments = judgments or []
    counts = {"nodes": len(snapshot.nodes), "relationships": len(snapshot.edges),
              "judgments": len(judgments)}
    out.write(json.dumps({"format": FORMAT, "version": VERSION, "model_version": model_version,
                          "counts": counts}) + "\n")
    for n in snapshot.nodes:
        out.write(json.dumps({"kind": "node", "label": n.label, "properties": n.properties},
                             ensure_ascii=False) + "\n")
    for e in snapshot.edges:
        out.write(json.dumps({"kind": "relationship", "type": e.type, "source": e.source,
                              "target": e.target, "source_label": e.source_label,
                              "target_label": e.target_label, "properties": e.properties},
                             ensure_ascii=False) + "\n")
    for props in judgments:
        out.write(json.dumps({"kind": "judgment", "properties": props},
                             ensure_ascii=False) + "\n")


def export_jsonl(store: GraphStore, path: Path) -> dict[str, int]:
    snapshot = read_snapshot(store)
    judgments = [j.properties() for j in curation.all_judgments(store)]
    with path.open("w", encoding="utf-8", newline="\n") as out:
        write_jsonl(snapshot, out, store.model.version, judgments)
    return {"nodes": len(snapshot.nodes), "relationships": len(snapshot.edges),
            "judgments": len(judgments)}


def _records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InvalidInput(f"{path}:{number}: not JSON ({exc.msg})") from exc
                if not isinstance(record, dict):
                    raise InvalidInput(f"{path}:{number}: expected a JSON object")
                yield number, record
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{path}: not UTF-8 text") from exc


def _check_props(store: GraphStore, owner: str, props: Any, where: str) -> dict[str, Any]:
    """Every property must be one the model (or the store) declares, with a fitting value."""
    if not isinstance(props, dict) or (owner in store.model.nodes and "id" not in props):
        raise InvalidInput(f"{where}: properties must be an object (with an id for a node)")
    if owner in (queries.SCHEMA, queries.STATES):  # bookkeeping: the version, a link
        return props
    model = store.model
    declared = (model.nodes[owner].properties if owner in model.nodes
                else model.relationships[owner].properties if owner in model.relationships
                else model.claim.properties if owner == model.claim.label
                else {})
    for name, value in props.items():
        spec = declared.get(name) or model.aggregate.get(name) or model.statement.get(name)
        if spec is None and name not in STORE_PROPERTIES and name != "aliases":
            raise InvalidInput(f"{where}: {owner} has no property {name!r} in the model")
        try:
            if spec is not None:
                check_value(spec, value)
        except ModelError as exc:
            raise InvalidInput(f"{where}: {exc.detail}") from exc
    return props


def import_jsonl(store: GraphStore, path: Path) -> dict[str, int]:
    """Load our own export into an empty graph; the counts must come out as the header says.

    Refuses a graph that holds anything: merging an export into live data would mix two
    graphs' provenance without the documents to justify it.
    """
    held = store.counts()
    if any(held["nodes"].values()):
        raise InvalidInput(
            f"the store already holds {sum(held['nodes'].values())} nodes ({store.description});"
            " import only into an empty graph (choose another TKG_GRAPH_NAME or TKG_DATA_DIR)")
    records = _records(path)
    first = next(records, None)
    if first is None or first[1].get("format") != FORMAT:
        raise InvalidInput(f"{path}: not a trilateral-kg export (`tkg export --format jsonl`)")
    expected = first[1].get("counts", {})
    written_by = first[1].get("model_version")  # older exports lack it: their `sources`
    if written_by is not None and written_by != store.model.version:  # lists are refused
        raise InvalidInput(f"{path}: exported by trilateral-kg model version {written_by}, this "
                           f"is version {store.model.version}; export it again with this "
                           "version, or re-ingest the corpus")
    nodes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    edges: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    judgments: list[dict[str, Any]] = []
    for number, record in records:
        where = f"{path}:{number}"
        try:
            if record.get("kind") == "node":
                label = str(record["label"])
                if label not in (queries.CLAIM, queries.SCHEMA):
                    store.model.node(label)
                nodes[label].append({"props": _check_props(store, label, record["properties"],
                                                           where)})
            elif record.get("kind") == "relationship":
                key = (str(record["type"]), str(record["source_label"]),
                       str(record["target_label"]))
                if key[0] != queries.STATES:
                    store.model.relationship(key[0])
                edges[key].append({"source": record["source"], "target": record["target"],
                                   "props": _check_props(store, key[0], record["properties"],
                                                         where)})
            elif record.get("kind") == "judgment" and isinstance(record.get("properties"), dict):
                judgments.append(record["properties"])
            else:
                raise InvalidInput(f"{where}: unknown record kind {record.get('kind')!r}")
        except (KeyError, ModelError) as exc:
            raise InvalidInput(f"{where}: not a node or relationship we can write ({exc})") \
                from exc
    written = {"nodes": 0, "relationships": 0, "judgments": 0}
    for label, rows in nodes.items():
        written["nodes"] += _write(store, queries.import_nodes(label), rows)
    for (rel_type, source_label, target_label), rows in edges.items():
        try:
            statement = queries.import_relationships(rel_type, source_label, target_label)
        except ValueError as exc:
            raise InvalidInput(f"{path}: {exc}") from exc
        written["relationships"] += _write(store, statement, rows)
    written["judgments"] = curation.import_judgments(store, judgments)
    for kind in ("nodes", "relationships", "judgments"):
        if kind in expected and int(expected[kind]) != written[kind]:
            raise InvalidInput(f"{path}: the header promises {expected[kind]} {kind}, "
                               f"{written[kind]} were written (a relationship lost its ends?)")
    return written


def _write(store: GraphStore, statement: str, rows: list[dict[str, Any]]) -> int:
    total = 0
    for i in range(0, len(rows), BATCH):
        result = store.run(statement, {"rows": rows[i:i + BATCH]}, write=True)
        total += int(result[0]["n"]) if result else 0
    return total
