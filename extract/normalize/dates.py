"""Dates: "May 16, 2024" -> "2024-05-16", "October 2020" -> "2020-10", periods."""

from __future__ import annotations

import re
from datetime import date, timedelta

from extract.normalize.numbers import COUNT_WORD_PATTERN, COUNT_WORDS

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


# --- dates without a year ---------------------------------------------------------------

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_KEYS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAY = re.compile(r"^(?:on\s+|last\s+)?(" + "|".join(_WEEKDAYS) + r")$", re.IGNORECASE)
_MONTH_DAY = re.compile(r"^(?:in\s+|on\s+|last\s+)?(" + "|".join(_MONTH_KEYS) +
                        r")[a-z]*\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?$", re.IGNORECASE)


# a year counted back from the document's: "last year", "two years ago" (not "the
# previous year", which counts from a year the narrative gave)
_YEARS_BACK = re.compile(r"^(?:(?:last|a|one)\s+year|"
                         rf"(?P<n>\d+|{COUNT_WORD_PATTERN})\s+years)"
                         r"(?:\s+(?:ago|earlier|before))?$", re.IGNORECASE)


def _years_back(words: str, anchor: date) -> str | None:
    found = _YEARS_BACK.match(words)
    if found is None:
        return None
    n = found.group("n")
    if n is None and not re.search(r"last|ago|earlier|before", words, re.IGNORECASE):
        return None  # "a year" alone is a length, not a time
    back = 1 if n is None else int(n) if n.isdigit() else COUNT_WORDS[n.lower()]
    if n is not None and not re.search(r"ago|earlier|before", words, re.IGNORECASE):
        return None  # "two years" is a length
    return f"{anchor.year - back:04d}"


def without_year(text: str) -> bool:
    """A day or month named without its year ("on Thursday", "in February", "March 3"),
    or a year counted back from the document's ("last year", "two years ago")."""
    words = " ".join(text.split())
    return bool(_WEEKDAY.match(words) or _MONTH_DAY.match(words)) or \
        _years_back(words, date(2000, 1, 1)) is not None


def anchored_date(text: str, document_date: str, ahead: bool = False) -> str | None:
    """A date stated without its year, read against the document's date: a weekday is the
    last such day on or before it, a month the last such month, a day the last such day (with
    `ahead`, when the words before it look forward, the nearer of that and the same day
    within the next weeks),
    "last year" or "two years ago" the year that many before the document's."""
    try:
        anchor = date.fromisoformat(document_date[:10])
    except ValueError:
        return None
    words = " ".join(text.split())
    years_back = _years_back(words, anchor)
    if years_back:
        return years_back
    weekday = _WEEKDAY.match(words)
    if weekday:
        back = (anchor.weekday() - _WEEKDAYS.index(weekday.group(1).lower())) % 7
        return (anchor - timedelta(days=back)).isoformat()
    month_day = _MONTH_DAY.match(words)
    if month_day:
        month = _MONTH_KEYS.index(month_day.group(1).lower()[:3]) + 1
        day = int(month_day.group(2)) if month_day.group(2) else None
        if day is None:
            year = anchor.year if month <= anchor.month else anchor.year - 1
            return f"{year:04d}-{month:02d}"
        return _nearest_day(month, day, anchor, ahead)
    return None


# how far after the document a forward-looking yearless day may lie: releases date what
# takes effect within weeks ("effective December 27" in a release of December 26,
# "effective January 2" in one of late December); a narrated day is a past one ("the
# announcements of December 1" in a review written in November are last year's)
_AHEAD = timedelta(days=45)


def _nearest_day(month: int, day: int, anchor: date, ahead: bool) -> str | None:
    """The year of a yearless day: the last such day on or before the document, unless
    `ahead` and the same day within the next weeks (across a new year too) is nearer."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue  # February 29 of a year without one
    past = [c for c in candidates if c <= anchor]
    coming = [c for c in candidates if ahead and anchor < c <= anchor + _AHEAD]
    if coming and (not past or coming[0] - anchor < anchor - past[-1]):
        return coming[0].isoformat()
    return past[-1].isoformat() if past else None
