"""Finding and walking the graph: search hits, neighbours, paths and chains."""

from __future__ import annotations

from pydantic import BaseModel, Field

from api.schemas.common import EntityBrief, EntityRef, ListPage
from api.schemas.facts import HopOut, MoneyGroup, PathOut, RelatedOut, SanctionOut


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
    modality: str | None = Field(default=None, description=(
        "how the hops into and out of the amount state it (the most certain): an 'estimate' "
        "is shown beside totals, never added"))


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
