"""Exports of the whole graph to formats other tools read, and our own export read back.

One module per format: `jsonl` (ours, lossless; `tkg import` reads it), `ftm`
(FollowTheMoney entities for Aleph and OpenSanctions tools), `graphml` (Gephi, networkx),
`neo4j_csv` (the `neo4j-admin database import` layout) and `cypher` (a script of MERGE
statements). All read the graph through `snapshot`, which pages through the store.
"""

from __future__ import annotations

from pathlib import Path

from graph.errors import InvalidInput
from graph.store import GraphStore

FORMATS = ("jsonl", "ftm", "graphml", "csv", "cypher")


def export_graph(store: GraphStore, fmt: str, out: Path) -> dict[str, int]:
    """Write the graph in `fmt` to `out` (a folder for csv, a file otherwise); counts back."""
    # imported here so `tkg` starts without loading networkx for every command
    from graph.exchange import cypher, ftm, graphml, jsonl, neo4j_csv
    from graph.exchange.snapshot import read_snapshot

    if fmt not in FORMATS:
        raise InvalidInput(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt != "csv" and out.is_dir():
        raise InvalidInput(f"{out} is a folder; give a file name for the {fmt} export")
    if fmt == "csv" and out.exists() and not out.is_dir():
        raise InvalidInput(f"{out} is a file; the csv export writes a folder of files")
    if fmt == "jsonl":
        return jsonl.export_jsonl(store, out)
    snapshot = read_snapshot(store)
    if fmt == "ftm":
        schemata = {label: spec.ftm for label, spec in store.model.nodes.items()}
        return ftm.export_ftm(snapshot, schemata, out)
    if fmt == "graphml":
        return graphml.export_graphml(snapshot, out)
    if fmt == "csv":
        return neo4j_csv.export_csv(snapshot, store.model, out)
    return cypher.export_cypher(snapshot, out)
