"""Documents: lists, search hits with snippets, and one document with its spans."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from api.schemas.common import EntityRef, ListPage
from api.schemas.dossier import JudgmentOut


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
