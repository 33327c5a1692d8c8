"""An entity as FollowTheMoney JSON, so Aleph, OpenSanctions tools and nomenklatura read it.

The FtM schema name comes from graph/model.yaml (`ftm:`); property names are mapped here.
FtM values are always lists of strings.
"""

from __future__ import annotations

from typing import Any

from api.schemas import FtmEntity
from api.services.convert import label_of
from graph.store import GraphStore, Row

# Our property -> FtM property, per label; "*" applies to every label.
PROPERTY_MAP: dict[str, dict[str, str]] = {
    "*": {"name": "name", "aliases": "alias", "country": "country"},
    "Person": {"nationality": "nationality", "location": "address", "role": "position"},
    "Organization": {"location": "address", "kind": "classification"},
    "Agency": {"country": "jurisdiction"},
    "Country": {"code": "code"},
    "Sanction": {"authority": "authority", "program": "program", "legal_basis": "provisions",
                 "listing_date": "listingDate", "target": "entity"},
    "Case": {"court": "court", "docket": "caseNumber", "status": "status", "date": "fileDate"},
    "Advisory": {"date": "date"},
    "Payment": {"amount_usd": "amountUsd", "kind": "purpose", "period_start": "startDate",
                "period_end": "endDate"},
    "Document": {"title": "title", "date": "date", "source_urls": "sourceUrl",
                 "language": "language"},
}


def _strings(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value if v is not None]
    return [str(value)]


def ftm_entity(store: GraphStore, node: Row) -> FtmEntity:
    label = label_of(node)
    schema = store.model.node(label).ftm or "Thing"
    mapping = {**PROPERTY_MAP["*"], **PROPERTY_MAP.get(label, {})}
    properties: dict[str, list[str]] = {}
    for ours, value in node["properties"].items():
        theirs = mapping.get(ours)
        if theirs and _strings(value):
            properties.setdefault(theirs, []).extend(_strings(value))
    if label == "Payment":
        properties["currency"] = ["USD"]
    sources = _strings(node["properties"].get("sources"))
    if sources:
        properties["publisher"] = ["trilateral-kg"]
        properties["notes"] = [f"source document: {s}" for s in sources]
    return FtmEntity.model_validate({"id": str(node["properties"].get("id")), "schema": schema,
                                     "properties": properties})
