"""The Cypher console's schema panel and editor completion, from graph/model.yaml and the
store's counts: labels, relationship types with their ends, properties, how many of each.

Internal properties (provenance lists, the search helper) are named apart, so the panel
can say they exist without inviting anyone to read them.
"""

from __future__ import annotations

from typing import Any

from api.services.convert import HIDDEN
from graph.store import GraphStore

FUNCTIONS = ("count", "collect", "size", "labels", "type", "id", "coalesce", "toLower",
             "toUpper", "startNode", "endNode", "nodes", "relationships", "length", "min",
             "max", "sum", "avg", "exists", "keys", "properties", "range", "head", "last",
             "toString", "toInteger", "date", "shortestPath")


def console_schema(store: GraphStore) -> dict[str, Any]:
    model = store.model
    counts = store.counts()
    labels: list[dict[str, Any]] = [
        {"name": name, "count": counts["nodes"].get(name, 0),
         "properties": [p for p in spec.properties if p not in HIDDEN], "help": spec.help}
        for name, spec in model.nodes.items()]
    relationships: list[dict[str, Any]] = [
        {"name": name, "count": counts["relationships"].get(name, 0),
         "sources": list(spec.sources), "targets": list(spec.targets),
         "properties": list(spec.properties)}
        for name, spec in model.relationships.items()]
    keys = sorted({p for item in labels + relationships for p in item["properties"]})
    return {
        "labels": labels, "relationships": relationships, "internal": sorted(HIDDEN),
        # The shape @neo4j-cypher/codemirror completes from.
        "editor": {"labels": [f":{lb['name']}" for lb in labels],
                   "relationshipTypes": [f":{r['name']}" for r in relationships],
                   "propertyKeys": keys, "parameters": [],
                   "functions": [{"name": f, "signature": "(…)"} for f in FUNCTIONS],
                   "procedures": [], "consoleCommands": []},
    }
