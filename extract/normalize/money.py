"""Money amounts: "more than $17 million" -> 17000000 USD, qualifier more_than.

Readings:
  "$2.3m", "USD2.3 million", "US$ 5 bn"          a scale word or letter after the number
  "approximately over $900,000"                   stacked qualifiers: the bound wins (more_than)
  "between $250 million and $600 million",        a range: the low end, its high end and the
  "$250-600 million", "$1 million to $2 million"  qualifier `between`
  "KRW 1.2 billion", "1.2 billion won", "¥500m"   other currencies keep amount and currency
Vague quantities ("hundreds of millions of dollars") state no amount and give None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from extract.normalize.numbers import _NUMERIC, _SCALES, _to_int, parse_number, split_qualifier


@dataclass(frozen=True)
class Amount:
    """A normalized quantity: integer value, how exactly the text states it and, for a
    range, its high end."""

    value: int
    qualifier: str
    high: int | None = None


@dataclass(frozen=True)
class Money:
    """An amount of money in its own currency (ISO 4217)."""

    value: Decimal
    currency: str
    qualifier: str
    high: Decimal | None = None

    def usd(self) -> Amount | None:
        if self.currency != "USD":
            return None
        high = _to_int(self.high) if self.high is not None else None
        return Amount(_to_int(self.value), self.qualifier, high)


# currency marks before or after the number, with the ISO code each one means
_PREFIXES = ((r"us\s*\$|usd|u\.s\.\s*\$|\$", "USD"), (r"krw|₩", "KRW"), (r"jpy|¥|￥", "JPY"),
             (r"eur|€", "EUR"), (r"cny|rmb", "CNY"))
_SUFFIXES = ((r"(?:(?:in\s+)?(?:u\.s\.|us)\s*)?dollars?|usd", "USD"),
             (r"(?:south\s+korean\s+)?won|krw", "KRW"), (r"(?:japanese\s+)?yen|jpy", "JPY"),
             (r"euros?|eur", "EUR"), (r"yuan|renminbi|cny", "CNY"))
_PREFIX_RE = [(re.compile(rf"^(?:{p})\s*", re.IGNORECASE), c) for p, c in _PREFIXES]
_SUFFIX_RE = [(re.compile(rf"\s*\b(?:{p})\s*$", re.IGNORECASE), c) for p, c in _SUFFIXES]
_WORTH = re.compile(r"\s*worth\s+of\s+\w+\s*$", re.IGNORECASE)
_PER = re.compile(r"\s+(?:a|per|each|every)\s+(?:year|month|week|day|worker|person)\b.*$",
                  re.IGNORECASE)
_RANGE = re.compile(r"^(.+?)\s*(?:-|–|—|\bto\b|\band\b)\s*(.+)$")
_BETWEEN = re.compile(r"^(?:between|from)\s+", re.IGNORECASE)


def _strip_currency(text: str) -> tuple[str, str]:
    """('$2.3 million') -> ('2.3 million', 'USD'); no mark -> (text, '')."""
    text = _WORTH.sub("", text.strip())
    for pattern, code in _PREFIX_RE:
        match = pattern.match(text)
        if match:
            rest = text[match.end():]
            for suffix, _ in _SUFFIX_RE:  # "$5 million dollars"
                rest = suffix.sub("", rest)
            return rest.strip(), code
    for pattern, code in _SUFFIX_RE:
        match = pattern.search(text)
        if match and text[:match.start()].strip():
            return text[:match.start()].strip(), code
    return text, ""


def _qualifiers(text: str) -> tuple[str, str]:
    """Stacked qualifiers ("approximately over"): a bound beats an approximation."""
    found: list[str] = []
    while True:
        qualifier, rest = split_qualifier(text)
        if rest == text.strip() or (qualifier == "exact" and rest == text.strip()):
            break
        found.append(qualifier)
        text = rest
    bounds = [q for q in found if q not in {"about", "exact"}]
    return (bounds[-1] if bounds else found[-1] if found else "exact"), text


def _or_more(text: str, qualifier: str) -> tuple[str, str]:
    """'$6.8 million or more' -> at_least; '$5 million or less' -> up_to."""
    match = re.search(r"\s+or\s+(more|greater|higher|less|fewer)\s*$", text, re.IGNORECASE)
    if not match:
        return text, qualifier
    bound = "at_least" if match.group(1).lower() in {"more", "greater", "higher"} else "up_to"
    return text[:match.start()], bound


def _number(body: str) -> Decimal | None:
    return parse_number(body.strip().rstrip(".,;"))


def _range(body: str, currency: str) -> tuple[Decimal, Decimal, str] | None:
    ranged = _RANGE.match(body)
    if not ranged or _NUMERIC.match(body.replace(" ", "")):
        return None
    low, high = ranged.group(1), ranged.group(2)
    high_body, high_currency = _strip_currency(high)
    low_body, _ = _strip_currency(low)
    if high_currency and currency and high_currency != currency:
        return None
    # "$250-600 million": the scale word sits only on the upper bound
    scale = re.search(r"([a-z]+)\s*$", high_body.lower())
    if scale and scale.group(1) in _SCALES and not re.search(r"[a-z]", low_body.lower()):
        low_body = f"{low_body} {scale.group(1)}"
    low_value, high_value = _number(low_body), _number(high_body)
    if low_value is None or high_value is None or high_value < low_value:
        return None
    return low_value, high_value, currency or high_currency


def parse_amount(text: str) -> Money | None:
    """Read an amount of money in any currency; None when it states no amount."""
    qualifier, rest = _qualifiers(text.strip())
    between = bool(_BETWEEN.match(rest))
    rest = _BETWEEN.sub("", rest)
    rest, qualifier = _or_more(rest, qualifier)
    rest = _PER.sub("", rest).strip().rstrip(".,;")
    rest = re.sub(r"\s+in\s+(?:cryptocurrency|crypto|virtual\s+currency|cash)$", "", rest,
                  flags=re.IGNORECASE)
    if re.search(r"\b(?:hundreds|thousands|millions|billions|tens)\s+of\b", rest, re.I):
        return None  # "hundreds of millions of dollars" states no amount
    body, currency = _strip_currency(rest)
    ranged = _range(body, currency)
    if ranged is not None and ranged[2]:
        low, high, code = ranged
        return Money(low, code, "between", high)
    if not currency:
        return None
    value = _number(body)
    if value is None:
        return None
    return Money(value, currency, "between" if between else qualifier)


def parse_money(text: str) -> Amount | None:
    """'more than $17 million' -> Amount(17_000_000, 'more_than'); not USD or vague -> None.
    Cents are rounded to whole dollars (the graph stores integers)."""
    money = parse_amount(text)
    return money.usd() if money is not None else None
