"""Qualifiers ("more than", "about") and numbers written in digits or words."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

# --- qualifiers ------------------------------------------------------------------------------

# Longest phrases first: "more than" must win over "more".
_QUALIFIERS: tuple[tuple[str, str], ...] = (
    ("in excess of", "more_than"),
    ("no less than", "at_least"),
    ("not less than", "at_least"),
    ("no more than", "up_to"),
    ("not more than", "up_to"),
    ("a total of", "exact"),
    ("more than", "more_than"),
    ("greater than", "more_than"),
    ("upwards of", "more_than"),
    ("at least", "at_least"),
    ("a minimum of", "at_least"),
    ("a maximum of", "up_to"),
    ("as much as", "up_to"),
    ("as many as", "up_to"),
    ("fewer than", "less_than"),
    ("less than", "less_than"),
    ("just under", "about"),
    ("just over", "more_than"),
    ("close to", "about"),
    ("some", "about"),
    ("approximately", "about"),
    ("approx.", "about"),
    ("roughly", "about"),
    ("around", "about"),
    ("about", "about"),
    ("nearly", "about"),
    ("almost", "about"),
    ("estimated", "about"),
    ("an estimated", "about"),
    ("over", "more_than"),
    ("above", "more_than"),
    ("exceeding", "more_than"),
    ("under", "less_than"),
    ("below", "less_than"),
    ("up to", "up_to"),
    ("~", "about"),
)
_QUALIFIER_RE = re.compile(
    r"^\s*(?:" + "|".join(re.escape(p) for p, _ in sorted(_QUALIFIERS, key=lambda q: -len(q[0])))
    + r")\b\s*|^\s*~\s*",
    re.IGNORECASE,
)
_QUALIFIER_OF = {p: q for p, q in _QUALIFIERS}


def is_qualifier_phrase(text: str) -> bool:
    """True when `text` is one or more qualifier phrases ("approximately over")."""
    rest = text.strip()
    while rest:
        match = _QUALIFIER_RE.match(rest + " ")
        if not match or not match.group(0).strip():
            return False
        rest = rest[len(match.group(0).rstrip()):].strip()
    return True


def split_qualifier(text: str) -> tuple[str, str]:
    """('more than $5 million') -> ('more_than', '$5 million'); no phrase -> 'exact'."""
    match = _QUALIFIER_RE.match(text)
    if not match:
        return "exact", text.strip()
    phrase = match.group(0).strip().lower()
    return _QUALIFIER_OF.get(phrase, "about"), text[match.end():].strip()


# --- numbers ---------------------------------------------------------------------------------

# Count words of two or more: what a counted plural ("the three firms", "two years ago")
# can say. Readers of such counts take this table; parse_number reads more ("a", "one").
COUNT_WORDS: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}
COUNT_WORD_PATTERN = "|".join(COUNT_WORDS)

_UNITS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, **COUNT_WORDS,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "half": 0.5,
}
_SCALES = {
    "hundred": 100, "thousand": 1_000, "k": 1_000, "million": 1_000_000, "mn": 1_000_000,
    "m": 1_000_000, "mil": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000,
    "b": 1_000_000_000, "trillion": 1_000_000_000_000,
}
_NUMERIC = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def parse_number(text: str) -> Decimal | None:
    """Read '17.1 million', '1,500', 'eight and a half', 'a dozen', '1.2bn' as a Decimal."""
    cleaned = text.lower().replace("\u2009", " ").replace("\xa0", " ").strip()
    cleaned = re.sub(r"(\d)\s*([kmb]n?|mil)\b", r"\1 \2", cleaned)
    cleaned = re.sub(r"\ban?\s+half\b", "half", cleaned)  # "eight and a half"
    tokens = [t for t in re.split(r"[\s-]+", cleaned) if t and t not in {"and", "of"}]
    if not tokens:
        return None
    if "point" in tokens:
        return _spelled_decimal(tokens)
    total = Decimal(0)
    current: Decimal | None = None
    for token in tokens:
        if _NUMERIC.match(token):
            value = Decimal(token.replace(",", ""))
            current = value if current is None else current + value
        elif token in _UNITS:
            unit = Decimal(str(_UNITS[token]))
            if token == "half" and current is not None:
                current += unit
            elif token == "dozen" and current is not None:
                current *= unit
            else:
                current = unit if current is None else current + unit
        elif token in _SCALES:
            scale = Decimal(_SCALES[token])
            if token == "hundred":
                current = (current or Decimal(1)) * scale
            else:
                total += (current or Decimal(1)) * scale
                current = None
        else:
            return None
    return total + (current or Decimal(0))


def _spelled_decimal(tokens: list[str]) -> Decimal | None:
    """'one point nine billion' (written out for broadcast): the digits after "point" are
    the fraction, the scale word multiplies the whole; anything else, or a fraction whose
    whole part is missing, is no number."""
    at = tokens.index("point")
    if at == 0:
        return None  # the whole part was cut off: a fraction alone is no amount
    whole = parse_number(" ".join(tokens[:at]))
    digits = ""
    rest = tokens[at + 1:]
    while rest and (rest[0].isdigit() or _UNITS.get(rest[0], -1) in range(10)):
        digits += rest[0] if rest[0].isdigit() else str(_UNITS[rest[0]])
        rest = rest[1:]
    if whole is None or not digits or len(rest) > 1 or (rest and rest[0] not in _SCALES):
        return None
    value = whole + Decimal("0." + digits)
    return value * Decimal(_SCALES[rest[0]]) if rest else value


def _to_int(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


