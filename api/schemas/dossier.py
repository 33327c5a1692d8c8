"""An entity's dossier: its facts grouped, the documents and judgments about it, and its
FollowTheMoney form."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from api.schemas.common import EntityRef
from api.schemas.facts import CaseOut, EntityOut, MoneyFlows, RelationshipGroup, SanctionOut


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
