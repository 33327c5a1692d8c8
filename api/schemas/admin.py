"""Cypher, the graph view, store statistics and health, analytics and ingest."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from api.schemas.common import EntityRef, ListPage


class CypherIn(BaseModel):
    query: str = Field(min_length=1, max_length=20_000,
                       examples=["MATCH (p:Person)-[r:FACILITATED]->(o) RETURN p, r, o LIMIT 5"])
    params: dict[str, Any] = Field(default_factory=dict)


class GraphNode(BaseModel):
    id: str = Field(description="element id")
    entity_id: str | None = None
    label: str
    labels: list[str]
    name: str | None = None
    properties: dict[str, Any]


class GraphEdge(BaseModel):
    id: str
    type: str
    source: str = Field(description="element id of the start node")
    target: str
    properties: dict[str, Any]


class GraphOut(BaseModel):
    nodes: list[GraphNode]
    edges: list[GraphEdge]


class CypherOut(BaseModel):
    columns: list[str]
    rows: list[list[Any]]
    truncated: bool
    graph: GraphOut


class StatsOut(BaseModel):
    store: str
    documents: int
    nodes: dict[str, int]
    relationships: dict[str, int]
    total_nodes: int
    total_relationships: int


class HealthOut(BaseModel):
    status: Literal["ok", "unavailable"]
    detail: str | None = None


class CentralityItem(EntityRef):
    degree: int
    degree_centrality: float
    betweenness: float


class CentralityOut(ListPage):
    type: str | None
    nodes: int
    edges: int
    items: list[CentralityItem]


class CommunityOut(BaseModel):
    id: int
    size: int
    labels: dict[str, int]
    members: list[EntityRef] = Field(description="best connected members first")


class CommunitiesOut(ListPage):
    items: list[CommunityOut]


class IngestIn(BaseModel):
    markdown: str = Field(min_length=1, max_length=1_000_000, description=(
        "the document as Markdown with YAML front matter (docs/development.md)"),
        examples=["---\nid: x1-example-2025-01-01\ntitle: Example\nissuers:\n"
                  "  - {country: US, agency: Department of Justice}\ndate: 2025-01-01\n"
                  "doc_type: news\nlanguage: en\nsource_urls: []\n---\nBody text.\n"])


class IngestOut(BaseModel):
    doc_id: str
    skipped: bool = Field(description="the same content was already stored")
    replaced: bool = Field(description="an earlier version was replaced")
    entities: int
    relationships: int
    problems: list[str]
