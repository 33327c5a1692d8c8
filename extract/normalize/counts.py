"""Counts ("at least 64 companies") and durations ("nearly eight years" -> 96 months)."""

from __future__ import annotations

import re
from decimal import Decimal

from extract.normalize.money import _RANGE, Amount
from extract.normalize.numbers import _to_int, parse_number, split_qualifier

# --- counts ----------------------------------------------------------------------------------

_COUNT_NOUN = re.compile(r"^(.*?\d[\d,.]*|[a-z\s-]+?)(?:\s+[a-z][a-z-]*)*$", re.IGNORECASE)


def parse_count(text: str) -> Amount | None:
    """'more than 300' / 'about 1,000' / 'fourteen' / 'at least 64 companies' -> Amount."""
    qualifier, rest = split_qualifier(text)
    rest = rest.strip().rstrip(".,;")
    value = parse_number(rest)
    if value is None:
        # drop trailing nouns ("300 companies", "60 identities")
        words = rest.split()
        while words and value is None:
            words = words[:-1]
            value = parse_number(" ".join(words)) if words else None
    if value is None:
        ranged = _RANGE.match(rest)
        if ranged:
            low = parse_number(ranged.group(1))
            if low is not None:
                return Amount(_to_int(low), "at_least")
        return None
    return Amount(_to_int(value), qualifier)


# --- durations -------------------------------------------------------------------------------

_DURATION = re.compile(
    r"^(?P<num>.+?)[\s-]*(?P<unit>years?|yrs?|months?|mos?\.?|weeks?|days?)(?:[\s-]+old)?$",
    re.IGNORECASE,
)


def parse_duration_months(text: str) -> Amount | None:
    """'nearly eight years' -> Amount(96, 'about'); '102 months' -> Amount(102, 'exact')."""
    qualifier, rest = split_qualifier(text)
    rest = re.sub(r"\s+(?:in\s+(?:federal\s+)?prison|of\s+\w+(?:\s+\w+)?)$", "", rest.strip())
    match = _DURATION.match(rest)
    if not match:
        return None
    number = parse_number(match.group("num"))
    if number is None:
        return None
    unit = match.group("unit").lower()
    factor = {"y": Decimal(12), "m": Decimal(1), "w": Decimal(12) / Decimal(52),
              "d": Decimal(12) / Decimal(365)}[unit[0]]
    return Amount(_to_int(number * factor), qualifier)


