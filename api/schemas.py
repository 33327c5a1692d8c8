"""What the API answers, kept apart from how the store keeps it.

Store results are plain dicts with provenance in parallel lists (graph/store.py); these
models are the shapes people read: one fact with its documents and sentences next to it.
The HTML pages render the same models, so the JSON and the pages cannot disagree.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

Direction = Literal["out", "in"]


class ErrorOut(BaseModel):
    """Every error the API sends, 4xx and 5xx alike."""

    detail: str = Field(description="what went wrong, for people")
    status: int = Field(description="the HTTP status, repeated for clients that lose it")
    model_config = ConfigDict(json_schema_extra={
        "examples": [{"detail": "no entity with id 'person:nobody'", "status": 404}]})


class EvidenceOut(BaseModel):
    """One sentence of one document's statement of a fact, and how that document states it."""

    document: str = Field(description="id of the document the sentence is from")
    start: int = Field(description="character offset of the sentence in the document body")
    end: int
    text: str = Field(description="the sentence")
    modality: str | None = Field(default=None, description=(
        "how the document states it: asserted, alleged, charged, pleaded_guilty, convicted, "
        "sentenced, estimate or offer (relations only)"))
    frame: str | None = Field(default=None, description="the extraction frame that read it")
    confidence: float | None = Field(default=None, description="this statement's confidence")
    date_basis: str | None = Field(default=None,
                                   description="sentence or document: where its date came from")


class ListPage(BaseModel):
    """Every list the API answers: `items`, the `total` on record, and the page asked for."""

    total: int = Field(description="items on record for this request, across all pages")
    limit: int = Field(description="most items on one page")
    offset: int = Field(description="items skipped before this page")


Band = Literal["high", "medium", "low", "unknown"]


_UNCONFIRMED = ("true unless an analyst confirmed the fact or its confidence is high: "
                "weigh it lightly")


class Provenance(BaseModel):
    """Which documents support a fact, the sentences that state it, and how sure we are."""

    sources: list[str] = Field(default_factory=list, description="supporting document ids")
    evidence: list[EvidenceOut] = Field(default_factory=list)
    evidence_total: int = Field(default=0,
                                description="sentences on record (evidence may be capped)")
    confidence: float | None = Field(default=None, description="the best statement's")
    band: Band = Field(default="unknown", description="confidence band: high >= 0.85, "
                       "medium >= 0.65, low below; unknown when no confidence is stored")
    modality: str | None = Field(default=None, description=(
        "how the sources state the fact: asserted, alleged, charged, pleaded_guilty, "
        "convicted, sentenced, estimate, offer (the strongest of its statements)"))
    judgment: Literal["confirmed", "rejected"] | None = Field(
        default=None, description="an analyst's judgment of the fact (see Dossier.judgments "
        "for who, when and why)")
    statements_total: int = Field(default=0, description=(
        "documents that state it (each a statement); sources may list fewer on hubs"))

    @computed_field(description=_UNCONFIRMED)  # type: ignore[prop-decorator]
    @property
    def unconfirmed(self) -> bool:
        return self.judgment != "confirmed" and self.band != "high"


class EntityRef(BaseModel):
    id: str = Field(examples=["person:christina-marie-chapman"])
    label: str = Field(examples=["Person"])
    name: str = Field(examples=["Christina Marie Chapman"])


class EntityBrief(EntityRef):
    properties: dict[str, Any] = Field(default_factory=dict)


class EntityOut(EntityBrief, Provenance):
    labels: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list, description="ISO codes")


class EdgeOut(Provenance):
    """A relationship in its own direction: source and target are entity ids."""

    id: str = Field(description="the store's element id of the relationship")
    type: str = Field(examples=["FACILITATED"])
    source: str
    target: str
    properties: dict[str, Any] = Field(default_factory=dict)


class HopOut(EdgeOut):
    direction: Literal["forward", "backward"] = Field(
        description="forward when the relationship points along the path")


class PathOut(BaseModel):
    length: int
    nodes: list[EntityBrief]
    hops: list[HopOut]


class RelatedOut(EdgeOut):
    direction: Direction = Field(description="out: this entity is the source")
    other: EntityRef


class RelationshipGroup(BaseModel):
    type: str
    count: int = Field(description="all relationships of this type, listed or not")
    outgoing: int
    incoming: int
    items: list[RelatedOut]
    truncated: bool = Field(description=(
        "true when items lists fewer than count: then items are the first by the other "
        "end's id or, in a direction of more than 500, the store's first; "
        "/api/entities/{id}/neighbors?types=TYPE pages through all of them"))


class SanctionOut(Provenance):
    id: str | None = Field(default=None, description="Sanction node id, when one exists")
    authority: str | None = Field(default=None, examples=["Office of Foreign Assets Control"])
    authority_id: str | None = None
    government: str | None = Field(default=None, description="ISO code of the designating state")
    program: str | None = None
    legal_basis: list[str] = Field(default_factory=list, examples=[["E.O. 13382"]])
    date: str | None = Field(default=None, description="listing date, ISO, possibly partial")


class MoneyOut(Provenance):
    direction: Direction
    relation: str = Field(examples=["GENERATED_REVENUE_FOR"])
    payment: EntityRef | None = None
    counterparty: EntityRef | None = None
    amount_usd: int | None = Field(default=None, description="the amount, or a range's low end")
    amount_max_usd: int | None = Field(default=None, description="a range's high end")
    qualifier: str | None = None
    kind: str | None = None
    documents: list[str] = Field(default_factory=list,
                                 description="the documents that state this amount")


class MoneyFigure(BaseModel):
    """One amount, or several documents' figures for the same thing side by side (not added):
    then `low_usd`..`high_usd` spans them."""

    low_usd: int | None = None
    high_usd: int | None = None
    estimates: list[MoneyOut] = Field(default_factory=list)
    documents: list[str] = Field(default_factory=list)


class MoneyGroup(BaseModel):
    """Amounts of one kind in one direction. A total only where adding means something: one
    kind, figures about different things; a range stays a range."""

    direction: Direction
    kind: str
    figures: list[MoneyFigure] = Field(default_factory=list)
    total_low_usd: int | None = None
    total_high_usd: int | None = None
    note: str | None = Field(default=None, description="why there is no total, if there is none")
    documents: list[str] = Field(default_factory=list)


class SchemeMoney(BaseModel):
    """Money of a scheme the entity is tied to, with the hop that ties them."""

    via: str = Field(description="the relationship type that ties them", examples=["FACILITATED"])
    via_direction: Direction
    scheme: EntityRef
    via_sources: list[str] = Field(default_factory=list)
    money: MoneyOut


class MoneyFlows(BaseModel):
    incoming: list[MoneyOut] = Field(default_factory=list)
    outgoing: list[MoneyOut] = Field(default_factory=list)
    groups: list[MoneyGroup] = Field(default_factory=list)
    scheme: list[SchemeMoney] = Field(default_factory=list)
    total_in_usd: int | None = Field(default=None, description=(
        "the incoming total where every incoming amount is of one kind (else see groups)"))
    total_out_usd: int | None = None


class CaseOut(Provenance):
    case: EntityRef
    court: str | None = None
    docket: str | None = None
    status: str | None = None
    role: str | None = None
    plea: str | None = None
    charges: list[str] = Field(default_factory=list)
    sentence_months: int | None = None
    supervised_release_months: int | None = None
    sentence_date: str | None = None
    forfeiture_usd: int | None = Field(default=None, description="sum of forfeitures ordered")
    forfeitures: list[MoneyOut] = Field(default_factory=list)


class DocumentRef(BaseModel):
    id: str
    title: str | None = None
    date: str | None = None
    doc_type: str | None = None
    facts: int = Field(default=0, description="facts of this answer the document supports")


class JudgmentOut(BaseModel):
    """An analyst's judgment: what was judged, the verdict, who, when and why."""

    id: str
    kind: Literal["confirm", "reject", "merge", "split", "rate"]
    author: str = Field(description="the name given with the API key, or analyst")
    at: str = Field(description="when, ISO 8601 UTC")
    reason: str
    rel_type: str | None = Field(default=None, description="confirm/reject: the fact's type")
    source: str | None = None
    target: str | None = None
    left: str | None = Field(default=None, description="merge/split: one entity id")
    right: str | None = None
    document: str | None = Field(default=None, description="rate: the document id")
    reliability: str | None = None
    current: bool = Field(default=True, description="false once a later judgment of the "
                          "same subject replaced it")


class PossiblySame(BaseModel):
    """A scored suggestion that another entity is this one: never a merge, never walked."""

    other: EntityRef
    score: float = Field(description="0..1, how alike the two are")
    reason: str | None = Field(None, description="why they were paired, in words")
    sources: list[str] = Field(default_factory=list, description="documents that gave rise to it")


class Dossier(BaseModel):
    """Everything the graph knows about one entity, each fact with its evidence."""

    entity: EntityOut
    sanctions: list[SanctionOut]
    cases: list[CaseOut]
    money: MoneyFlows
    relationships: list[RelationshipGroup]
    documents: list[DocumentRef]
    same_as: list[EntityRef] = Field(default_factory=list, description=(
        "entities analysts judged to be this one; their facts are shown here"))
    possibly_same: list[PossiblySame] = Field(default_factory=list, description=(
        "suggestions that another entity is this one (a name across languages, an unnamed "
        "actor and a named one), best first; their facts are not shown here until an analyst "
        "merges the two, and none is listed once judged either way"))
    judgments: list[JudgmentOut] = Field(default_factory=list, description=(
        "analysts' judgments of this entity and its facts, newest first"))


class FtmEntity(BaseModel):
    """The entity as FollowTheMoney JSON (Aleph and OpenSanctions read it)."""

    model_config = ConfigDict(populate_by_name=True)
    id: str
    schema_: str = Field(alias="schema", examples=["Person"])
    properties: dict[str, list[str]]
    datasets: list[str] = Field(default_factory=lambda: ["trilateral-kg"])


class SearchHit(EntityRef):
    aliases: list[str] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    score: float = Field(description="0..1, best first")
    matched: str = Field(description="the name or alias that matched best")
    designated_by: list[str] = Field(default_factory=list, description=(
        "governments (ISO codes) that designated this entity: sanctions are shown on their "
        "target, never as hits of their own"))


class SearchPage(ListPage):
    query: str
    items: list[SearchHit]
    by_type: dict[str, int] = Field(default_factory=dict,
                                    description="matches by entity type, before paging")
    did_you_mean: str | None = Field(default=None,
                                     description="a close name on record, for near misses")


class NeighborOut(BaseModel):
    node: EntityBrief
    degree: int | None = Field(default=None, description=(
        "relationships the node has to other entities (hubs have hundreds)"))
    depth: int
    relationship: HopOut = Field(description="the last hop, from the previous node")
    via: list[EntityRef] = Field(default_factory=list, description="nodes in between")


class NeighborsPage(ListPage):
    entity: EntityRef
    depth: int
    types: list[str]
    items: list[NeighborOut]


class PathsOut(BaseModel):
    source: EntityRef
    target: EntityRef
    max_hops: int
    searched_hops: int = Field(description="path lengths searched to the end within the time "
                               "budget; below max_hops, longer paths may exist")
    hubs_not_expanded: list[str] = Field(
        default_factory=list, description="hubs the search reached but did not read around: "
        "paths that need a hub's other relationships are not searched")
    shortest: PathOut | None
    alternatives: list[PathOut]
    reason: str | None = Field(default=None, description=(
        "why no path was found: none within max_hops, or only through hubs not expanded"))


class AmountOut(BaseModel):
    payment: EntityRef
    amount_usd: int | None = None
    amount_max_usd: int | None = Field(default=None, description="a range's high end")
    qualifier: str | None = None
    kind: str | None = None
    documents: list[str] = Field(default_factory=list,
                                 description="the documents that state this amount")


class ChainOut(BaseModel):
    nodes: list[EntityBrief]
    hops: list[HopOut]
    regime: EntityRef = Field(description="the regime or DPRK unit the chain ends at")
    amounts: list[AmountOut]
    documents: list[str] = Field(description="documents about the facilitator that state a hop")


class FacilitationOut(ListPage):
    facilitator: EntityRef
    items: list[ChainOut] = Field(description="the chains, those with amounts first")
    total_usd: int | None = Field(default=None, description=(
        "the chains' distinct amounts added, only where adding means something: one kind, "
        "and amounts one document lists; otherwise see `money`"))
    money: list[MoneyGroup] = Field(default_factory=list, description=(
        "the chains' distinct amounts grouped by kind, as in a dossier: figures of the same "
        "thing from different documents side by side, totals across documents as spans"))


class SanctionsChainOut(BaseModel):
    target: EntityRef
    designations: list[SanctionOut]
    controlled_by: list[RelatedOut]
    controls: list[RelatedOut]
    fronts_for: list[RelatedOut]
    fronted_by: list[RelatedOut]


class DocumentSummary(BaseModel):
    id: str
    title: str | None = None
    doc_type: str | None = None
    date: str | None = None
    issuers: list[str] = Field(default_factory=list)
    language: str | None = None
    complete: bool | None = None


class SnippetPart(BaseModel):
    text: str
    hit: bool = Field(description="true for words the query matched")


class DocumentHit(DocumentSummary):
    source_kind: str = Field(default="unverified", description=(
        "government release, court record, report, news report or unverified"))
    reliability: Literal["high", "medium", "low"] = "low"
    rating: JudgmentOut | None = Field(default=None, description=(
        "an analyst's rating of the document, which source_kind and reliability follow"))
    score: float | None = Field(default=None, description="full-text score, searches only")
    snippets: list[list[SnippetPart]] = Field(
        default_factory=list, description="passages around the matched words, searches only")


class DocumentList(ListPage):
    query: str = ""
    items: list[DocumentHit]


class SpanOut(BaseModel):
    start: int
    end: int
    text: str
    kind: Literal["mention", "evidence"]
    entity: EntityRef | None = None
    relationship: str | None = Field(default=None, description="type, for evidence spans")
    target: EntityRef | None = Field(default=None, description="other end, for evidence spans")


class DocumentOut(DocumentSummary):
    source_kind: str = Field(default="unverified", description=(
        "government release, court record, report, news report or unverified"))
    reliability: Literal["high", "medium", "low"] = "low"
    rating: JudgmentOut | None = Field(default=None, description=(
        "an analyst's rating of the document, which source_kind and reliability follow"))
    source_urls: list[str] = Field(default_factory=list)
    content_hash: str | None = None
    text: str
    entities: list[EntityRef]
    spans: list[SpanOut]


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
