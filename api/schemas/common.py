"""The pieces every answer shares: errors, evidence sentences, provenance, entity references
and list pages."""

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
