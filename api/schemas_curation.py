"""What analysts send to record a judgment, and what the judgment API answers.

One endpoint takes every kind of judgment; `kind` picks the shape, so a client sends
{"kind": "reject", "type": ..., "source": ..., "target": ..., "reason": ...} or
{"kind": "merge", "left": ..., "right": ..., "reason": ...} or
{"kind": "rate", "document": ..., "reliability": ..., "reason": ...}.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from api.schemas import EntityRef, JudgmentOut, ListPage

Id = Annotated[str, Field(min_length=1, max_length=300, pattern=r"^[^\x00]+$")]
Reason = Annotated[str, Field(min_length=1, max_length=2000, pattern=r"\S",
                              description="why, in the analyst's words",
                              examples=["the sentence names another company"])]
Reliability = Literal["government_release", "court_record", "news_report", "unverified"]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FactJudgmentIn(_In):
    """Confirm or reject one fact: a relationship of a type from one entity to another."""

    kind: Literal["confirm", "reject"]
    type: str = Field(min_length=1, max_length=60, examples=["EMPLOYED_AT"])
    source: Id
    target: Id
    reason: Reason


class PairJudgmentIn(_In):
    """Merge: two ids are one entity. Split: they are not (undoes a merge, blocks others)."""

    kind: Literal["merge", "split"]
    left: Id = Field(examples=["person:choi-myung-chul"])
    right: Id = Field(examples=["person:choe-myong-chol"])
    reason: Reason


class RatingIn(_In):
    """How far a document can be relied on."""

    kind: Literal["rate"]
    document: Id
    reliability: Reliability
    reason: Reason


JudgmentIn = Annotated[FactJudgmentIn | PairJudgmentIn | RatingIn,
                       Field(discriminator="kind")]


class JudgmentWritten(BaseModel):
    judgment: JudgmentOut
    cluster: list[EntityRef] = Field(default_factory=list, description=(
        "merge/split: the entities now read as one with `left`, canonical first"))


class JudgmentList(ListPage):
    items: list[JudgmentOut]
