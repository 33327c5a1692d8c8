"""Money amounts: "more than $17 million" -> integer USD with a qualifier."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from extract.normalize.numbers import _NUMERIC, _SCALES, _to_int, parse_number, split_qualifier

# --- money -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Amount:
    """A normalized quantity: integer value and how exactly the text states it."""

    value: int
    qualifier: str


_CURRENCY_PREFIX = re.compile(r"^(?:us\s*\$|usd\s*|u\.s\.\s*\$|\$)\s*", re.IGNORECASE)
_CURRENCY_SUFFIX = re.compile(
    r"\s*(?:(?:in\s+)?(?:u\.s\.|us)?\s*dollars?|usd|worth\s+of\s+\w+)\s*$", re.IGNORECASE
)
_PER = re.compile(r"\s+(?:a|per|each|every)\s+(?:year|month|week|day|worker|person)\b.*$",
                  re.IGNORECASE)
_RANGE = re.compile(r"^(.+?)\s*(?:-|–|—|to)\s*(.+)$")


def parse_money(text: str) -> Amount | None:
    """'more than $17 million' -> Amount(17_000_000, 'more_than'); non-USD or vague -> None.

    Cents are rounded to whole dollars (the graph stores integers). A range ('$1-2 million')
    becomes its lower bound with qualifier 'at_least'.
    """
    qualifier, rest = split_qualifier(text.strip())
    rest, qualifier = _or_more(rest, qualifier)
    rest = _PER.sub("", rest).strip().rstrip(".,;")
    rest = re.sub(r"\s+in\s+(?:cryptocurrency|crypto|virtual currency|\w+)$", "", rest)
    has_currency = bool(_CURRENCY_PREFIX.match(rest) or _CURRENCY_SUFFIX.search(rest))
    if not has_currency:
        return None
    if re.search(r"\b(?:hundreds|thousands|millions|billions|tens)\s+of\b", rest, re.I):
        return None  # "hundreds of millions of dollars" states no amount
    body = _CURRENCY_SUFFIX.sub("", _CURRENCY_PREFIX.sub("", rest)).strip()
    ranged = _RANGE.match(body)
    if ranged and not _NUMERIC.match(body.replace(" ", "")):
        low, high = ranged.group(1), ranged.group(2)
        high_value = _money_body(high)
        # "$1-2 million": the scale word sits only on the upper bound
        scale = re.search(r"([a-z]+)\s*$", high.lower())
        if scale and scale.group(1) in _SCALES and not re.search(r"[a-z]", low.lower()):
            low = f"{low} {scale.group(1)}"
        low_value = _money_body(_CURRENCY_PREFIX.sub("", low.strip()))
        if low_value is not None and high_value is not None:
            return Amount(_to_int(low_value), "at_least")
    value = _money_body(body)
    if value is None:
        return None
    return Amount(_to_int(value), qualifier)


def _or_more(text: str, qualifier: str) -> tuple[str, str]:
    """'$6.8 million or more' -> at_least; '$5 million or less' -> up_to."""
    match = re.search(r"\s+or\s+(more|greater|higher|less|fewer)\s*$", text, re.IGNORECASE)
    if not match:
        return text, qualifier
    bound = "at_least" if match.group(1).lower() in {"more", "greater", "higher"} else "up_to"
    return text[:match.start()], bound


def _money_body(body: str) -> Decimal | None:
    return parse_number(body.strip())


