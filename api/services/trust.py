"""How far to trust a fact or a document, in the words a reader needs on screen.

A fact carries a confidence (0..1) and a modality (how its sentence states it: asserted,
alleged, charged, pleaded guilty, convicted, sentenced, estimate, offer). A reader should
see at a glance whether a fact is a court's finding or an accusation, and which facts rest
on weak extraction; a document should say what kind of source it is. Both are derived here
once, so the API and every page use the same bands and words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal

Band = Literal["high", "medium", "low", "unknown"]
Reliability = Literal["high", "medium", "low"]

HIGH, MEDIUM = 0.85, 0.65  # confidence thresholds of the bands
# Strongest first: when sources disagree, the fact is as established as its best source.
MODALITIES = ("sentenced", "convicted", "pleaded_guilty", "asserted", "charged", "alleged",
              "estimate", "offer")
ACCUSATIONS = frozenset({"alleged", "charged"})
_GOVERNMENT_TYPES = frozenset({"joint_statement", "advisory", "sanctions_release"})
_COURT_TYPES = frozenset({"indictment", "sentencing"})


def band(confidence: float | None) -> Band:
    if confidence is None:
        return "unknown"
    return "high" if confidence >= HIGH else "medium" if confidence >= MEDIUM else "low"


def modality_of(props: Mapping[str, Any]) -> str | None:
    """The strongest modality stored on a fact (a string, or one per statement)."""
    raw = props.get("modality")
    if raw is None:
        raw = props.get("modalities")
    values = [raw] if isinstance(raw, str) else list(raw or [])
    known = [str(v) for v in values if str(v) in MODALITIES]
    return min(known, key=MODALITIES.index) if known else None


def strongest(modalities: Iterable[str | None]) -> str | None:
    known = [m for m in modalities if m in MODALITIES]
    return min(known, key=MODALITIES.index) if known else None


def is_weak(confidence: float | None, modality: str | None) -> bool:
    """Facts a reader should weigh lightly: low confidence, or an accusation, estimate or
    offer rather than an established fact."""
    return band(confidence) == "low" or modality in ACCUSATIONS | {"estimate", "offer"}


def source_kind(doc_type: str | None,
                issuers: Iterable[str] | None = None) -> tuple[str, Reliability]:
    """What kind of source a document is, and how much a reader may lean on it (issuers
    None: not known here, so a report or news item is not marked unverified for lack of one)."""
    if doc_type in _COURT_TYPES:
        return "court record", "high"
    if doc_type in _GOVERNMENT_TYPES:
        return "government release", "high"
    has_issuer = issuers is None or any(str(i).strip() for i in issuers)
    if doc_type == "report":
        return ("report", "medium") if has_issuer else ("unverified", "low")
    if doc_type == "news":
        return ("news report", "medium") if has_issuer else ("unverified", "low")
    return "unverified", "low"
