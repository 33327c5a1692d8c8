"""The rows one document contributes (DocumentRows), and the check every stated value passes
on its way into them: the model's property and type, or left out and reported (fit).
graph/mapping.py builds them from an Extraction; graph/ingest.py writes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graph.errors import ModelError
from graph.model import Extraction, NodeType, PropertySpec, check_value
from graph.store import NodeRow, RelRow


@dataclass(frozen=True)
class How:
    """How a document states a relation (model.yaml `statement`)."""

    modality: str = "asserted"
    frame: str = ""
    date_basis: str = ""


RelKey = tuple[str, str | None, str | None]  # type, and "Document" where an end is one


@dataclass
class DocumentRows:
    """Everything one document writes, grouped the way the store writes it."""

    doc_id: str
    document: NodeRow
    nodes: dict[str, list[NodeRow]] = field(default_factory=dict)
    relationships: dict[RelKey, list[RelRow]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def entity_count(self) -> int:
        return sum(len(rows) for rows in self.nodes.values())

    @property
    def relationship_count(self) -> int:
        return sum(len(rows) for rows in self.relationships.values())


def fit(props: dict[str, PropertySpec], values: dict[str, Any], where: str,
        problems: list[str]) -> dict[str, Any]:
    """The values the model accepts; the rest are reported and left out."""
    kept: dict[str, Any] = {}
    for name, value in values.items():
        if value is None or name == "id":
            continue
        spec = props.get(name)
        if spec is None:
            problems.append(f"{where}: no property {name!r} in the model; left out")
            continue
        try:
            check_value(spec, value)
        except ModelError as exc:
            problems.append(f"{where}: {exc.detail}; left out")
            continue
        kept[name] = value
    return kept


def document_row(extraction: Extraction, spec: NodeType, problems: list[str]) -> NodeRow:
    meta = extraction.document
    issuers = [" ".join(filter(None, (i.get("agency", ""), f"({i['country']})"
                                      if i.get("country") else ""))) for i in meta.issuers]
    values = {"title": meta.title or meta.id, "doc_type": meta.doc_type or None,
              "date": meta.date or None, "language": meta.language or None,
              "issuers": issuers, "source_urls": list(meta.source_urls),
              "content_hash": extraction.content_hash, "text": extraction.text}
    props = fit(spec.properties, values, f"document {meta.id}", problems)
    props["complete"] = False
    return NodeRow(meta.id, props, meta.id)
