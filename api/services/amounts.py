"""Amounts as people read them: "$17.1 million (revenue)", not "USD 17100000".

One formatter for the API's Payment names, the pages' money tables and the graph's amount
nodes, so an amount reads the same everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_QUALIFIERS = {"about": "about ", "more_than": "more than ", "at_least": "at least ",
               "up_to": "up to ", "less_than": "less than ", "between": ""}
_SCALES = ((1_000_000_000, "billion"), (1_000_000, "million"))


def usd(value: float | int | None) -> str:
    """$950, $461,406, $17.1 million, $1.2 billion."""
    if value is None:
        return "amount unknown"
    for size, word in _SCALES:
        if abs(value) >= size:
            scaled = f"{value / size:.2f}".rstrip("0").rstrip(".")
            return f"${scaled} {word}"
    return f"${value:,.0f}"


def amount_text(props: Mapping[str, Any], *, with_kind: bool = True) -> str | None:
    """The readable amount of a Payment's properties (None when it states no amount)."""
    low, high = props.get("amount_usd"), props.get("amount_max_usd")
    if not isinstance(low, int | float) or isinstance(low, bool):
        foreign, currency = props.get("amount"), props.get("currency")
        if isinstance(foreign, int | float) and currency:
            text = f"{currency} {foreign:,.0f}"
        else:
            return None
    elif isinstance(high, int | float) and not isinstance(high, bool) and high > low:
        text = f"{usd(low)} to {usd(high)}"
    else:
        text = _QUALIFIERS.get(str(props.get("qualifier") or ""), "") + usd(low)
    kind = props.get("kind")
    if with_kind and kind:
        text += f" ({str(kind).replace('_', ' ')})"
    return text
