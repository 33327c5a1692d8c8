"""Parameter values every store can carry exactly, checked before a statement is sent.

FalkorDB's client writes parameters as text in front of the statement: a NUL ends the
text early and an integer past 64 bits is silently clamped to the largest one, so a
lookup would quietly answer for a different value. Both are refused instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from graph.errors import InvalidInput

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1


def _problem(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        if not INT64_MIN <= value <= INT64_MAX:
            return "integers must fit in 64 bits (-9223372036854775808..9223372036854775807)"
        return None
    if isinstance(value, str):
        return "text must not contain NUL characters" if "\x00" in value else None
    if isinstance(value, list | tuple):
        return next((p for p in map(_problem, value) if p), None)
    if isinstance(value, dict):
        return next((p for p in (_problem(k) or _problem(v) for k, v in value.items()) if p),
                    None)
    return None


def check_values(params: Mapping[str, Any]) -> None:
    """Raise InvalidInput (422) for a value the store would cut or change."""
    problem = _problem(dict(params))
    if problem:
        raise InvalidInput(f"a parameter cannot be used: {problem}")
