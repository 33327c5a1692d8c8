"""Patterns for query parameters, built from the model, so the OpenAPI document says exactly
which values the API accepts (a client generated from it never sends one we refuse)."""

from __future__ import annotations

from graph.model import default_model

_MODEL = default_model()
_TYPE = "|".join(sorted(_MODEL.relationships, key=len, reverse=True))
# comma-separated relationship types, upper case as the model spells them; empty means all
TYPES_PATTERN = rf"^\s*(?:(?:{_TYPE})\s*(?:,\s*(?:{_TYPE})\s*)*)?$"
# a date, possibly partial: 2024, 2024-05 or 2024-05-16, and a real one (no 2023-02-29), so
# the schema admits no value the API then refuses
_YEAR = r"[1-9]\d{3}"
_LEAP = r"(?:[1-9]\d(?:0[48]|[2468][048]|[13579][26])|(?:[2468][048]|[13579][26])00)"
_DAY = (r"(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])"
        r"|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)"
        r"|02-(?:0[1-9]|1\d|2[0-8]))")
DATE_PATTERN = (rf"^(?:{_YEAR}(?:-(?:0[1-9]|1[0-2]))?|{_YEAR}-{_DAY}|{_LEAP}-02-29)$")
_DOC_TYPES = _MODEL.node("Document").properties["doc_type"].enum
DOC_TYPE_PATTERN = rf"^(?:{'|'.join(_DOC_TYPES)})$"

def unknown_type(value: str) -> str | None:
    """The first word of a `types` value that is no relationship type of the model."""
    return _MODEL.unknown_type(t.strip() for t in value.split(",") if t.strip())


# What each pattern wants, in words: a refused value is answered with this, never the regex.
PATTERN_HINTS = {
    TYPES_PATTERN: "must be relationship types, comma separated",
    DATE_PATTERN: "must be a date: YYYY, YYYY-MM or YYYY-MM-DD",
    DOC_TYPE_PATTERN: f"must be one of {', '.join(_DOC_TYPES)}",
}
