"""GraphML, for Gephi and networkx: one node per node, one edge per relationship.

GraphML attributes are scalars, so list properties (aliases, sources, evidence) are written
as JSON strings; `json.loads` gives them back. Each node has `label` (its name or title, the
column Gephi shows) and `node_type` (the model label); each edge has `label` and
`rel_type` (the relationship type). Characters XML 1.0 cannot hold are left out, since a
reader would refuse the whole file for one of them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import networkx as nx

from graph.exchange.snapshot import Snapshot

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _value(value: Any) -> Any:
    if isinstance(value, list):
        return _NOT_XML.sub("", json.dumps(value, ensure_ascii=False))
    if isinstance(value, str):
        return _NOT_XML.sub("", value)
    return value


def _attrs(props: dict[str, Any]) -> dict[str, Any]:
    return {k: _value(v) for k, v in props.items() if v is not None}


def to_networkx(snapshot: Snapshot) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(name="trilateral-kg")
    for n in snapshot.nodes:
        caption = n.properties.get("name") or n.properties.get("title") or n.id
        graph.add_node(n.id, **_attrs(n.properties), label=_value(str(caption)),
                       node_type=n.label)
    for j in snapshot.judgments:  # no edges: a judgment names what it judges by id
        graph.add_node(j.id, **_attrs(j.properties), node_type=j.label,
                       label=_value(f"{j.properties.get('kind')}: {j.properties.get('subject')}"))
    for e in snapshot.edges:
        key = f"{e.type}:{e.properties.get('key', '')}"
        graph.add_edge(e.source, e.target, key=key)
        # update(): the relationship's own `key` property would clash with add_edge's key
        graph.edges[e.source, e.target, key].update(_attrs(e.properties), label=e.type,
                                                    rel_type=e.type)
    return graph


def export_graphml(snapshot: Snapshot, path: Path) -> dict[str, int]:
    graph = to_networkx(snapshot)
    nx.write_graphml(graph, str(path), encoding="utf-8", prettyprint=False)
    return {"nodes": graph.number_of_nodes() - len(snapshot.judgments),
            "relationships": graph.number_of_edges(), "judgments": len(snapshot.judgments)}
