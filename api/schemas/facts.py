"""Facts about one entity: its relationships, paths, sanctions, money and cases."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from api.schemas.common import Direction, EntityBrief, EntityRef, Provenance


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
