"""Turn the surface forms of amounts, counts, dates, durations and names into graph values.

Government texts write the same fact many ways ("more than $17 million", "$17.1M",
"nearly eight years", "Oct. 2020"); the graph stores one form (integer USD, ISO dates,
months) plus a qualifier, so queries compare like with like. Every function here is pure and
returns None when it cannot read its input, so a caller can try several readings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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


def split_qualifier(text: str) -> tuple[str, str]:
    """('more than $5 million') -> ('more_than', '$5 million'); no phrase -> 'exact'."""
    match = _QUALIFIER_RE.match(text)
    if not match:
        return "exact", text.strip()
    phrase = match.group(0).strip().lower()
    return _QUALIFIER_OF.get(phrase, "about"), text[match.end():].strip()


# --- numbers ---------------------------------------------------------------------------------

_UNITS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
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


def _to_int(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


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


# --- dates -----------------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_WORD = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
               r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE_FORMS = (
    re.compile(r"(?P<year>\d{4})-(?P<mnum>\d{1,2})(?:-(?P<day>\d{1,2}))?"),
    re.compile(r"(?P<year>\d{4})/(?P<mnum>\d{1,2})/(?P<day>\d{1,2})"),
    re.compile(r"(?P<year>\d{4})年\s*(?P<mnum>\d{1,2})月(?:\s*(?P<day>\d{1,2})日)?"),
    re.compile(_MONTH_WORD + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})", re.I),
    re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_WORD
               + r",?\s+(?P<year>\d{4})", re.I),
    re.compile(_MONTH_WORD + r",?\s+(?:of\s+)?(?P<year>\d{4})", re.I),
    re.compile(r"(?P<mnum>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})"),
    re.compile(r"(?:^|\b)(?:in\s+|early\s+|late\s+|mid-?)?(?P<year>(?:19|20)\d{2})(?:\b|$)"),
)


def parse_date(text: str) -> str | None:
    """'May 16, 2024' -> '2024-05-16'; 'October 2020' -> '2020-10'; '2023' -> '2023'."""
    for form in _DATE_FORMS:
        match = form.search(text)
        if not match:
            continue
        parts = match.groupdict()
        year = int(parts["year"])
        month: int | None = None
        if parts.get("mnum"):
            month = int(parts["mnum"])
        elif parts.get("month"):
            key = parts["month"].lower().rstrip(".")
            month = _MONTHS.get(key[:4] if key.startswith("sept") else key[:3])
        if month is not None and not 1 <= month <= 12:
            continue
        day = int(parts["day"]) if parts.get("day") else None
        if day is not None and not 1 <= day <= 31:
            continue
        if month is None:
            return f"{year:04d}"
        if day is None:
            return f"{year:04d}-{month:02d}"
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def parse_period(text: str) -> tuple[str | None, str | None]:
    """'from October 2020 to October 2023' -> ('2020-10', '2023-10'); one date -> (d, None)."""
    pieces = re.split(r"\s+(?:to|through|until|and)\s+|\s*[–—-]\s*(?=[A-Z]|\d{4})", text,
                      maxsplit=1)
    if len(pieces) == 2:
        start, end = parse_date(pieces[0]), parse_date(pieces[1])
        if not re.search(r"\d{4}", pieces[0]) and end:
            start = parse_date(f"{pieces[0]} {end[:4]}")  # "July to August 2023"
        return start, end
    return parse_date(text), None
