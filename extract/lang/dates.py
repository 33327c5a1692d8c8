"""Dates as Japanese and Korean documents write them, to ISO strings.

2024年3月26日, 令和6年3月26日, 2024년 12월 26일, 2024.12.26., 12.26.(목), a month of a year
Korean and Japanese news count from the document's (지난해 5월, 昨年5月 "May last year", 올해
3월, 今年1月; 先月 alone "last month"), months too
(지난달 24일, 先月24日 "the 24th of last month"), and a bare day ("26일", "26日") takes its month
and year from the document's date, except that "지난 30일" ("the 30th just past") written on the
27th is last month's. A month and day with no year ("12월 26일", "12.26.(목)") is the one of
that month and day nearest the document's date: news dated in January telling of "December
26" means the December just past, and a November report of a hearing on "February 19" means
the February to come.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# first year of each era, for 令和6年 -> 2024
_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}
_NUM = r"(\d{1,4}|元)"
# years counted from the document's: how many years before it
_RELATIVE_YEARS = {"재작년": 2, "지난해": 1, "작년": 1, "올해": 0, "금년": 0,
                   "一昨年": 2, "昨年": 1, "去年": 1, "今年": 0, "本年": 0}
# months counted from the document's
_RELATIVE_MONTHS = {"지난달": 1, "지난 달": 1, "전달": 1, "先月": 1, "前月": 1,
                    "이달": 0, "이번 달": 0, "今月": 0}
DATE_PATTERNS = (
    re.compile(r"(?<![가-힣])(?P<rel>재작년|지난해|작년|올해|금년)\s*(?P<m>\d{1,2})\s*월"
               r"(?:\s*(?P<d>\d{1,2})\s*일)?"),
    # (昨年5月, 今年1月10日: Japanese news counts years from the document's too)
    re.compile(r"(?P<rel>一昨年|昨年|去年|今年|本年)\s*(?P<m>\d{1,2})\s*月"
               r"(?:\s*(?P<d>\d{1,2})\s*日)?"),
    re.compile(r"(?<![가-힣])(?P<relm>지난\s?달|전달|이달|이번 달|先月|前月|今月)\s*"
               r"(?P<d>[12]\d|3[01]|0?[1-9])\s*[日일]"),
    # 先月 alone ("last month", no day): the month before the document's
    re.compile(r"(?P<relm>先月|今月)(?!\s*[0-9０-９])"),
    # "지난 30일": a day just past, so one above the document's day is last month's
    re.compile(r"(?<![가-힣])(?P<past>지난)\s+(?P<d>[12]\d|3[01]|0?[1-9])\s*일"),
    re.compile(r"(?P<era>令和|平成|昭和)\s*(?P<y>\d{1,2}|元)\s*年\s*(?P<m>\d{1,2})\s*月"
               r"(?:\s*(?P<d>\d{1,2})\s*日)?"),
    re.compile(r"(?P<y>(?:19|20)\d{2})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]"
               r"(?:\s*(?P<d>\d{1,2})\s*[日일])?"),
    re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})\.\s?(?P<m>\d{1,2})\.\s?(?P<d>\d{1,2})\.?"),
    re.compile(r"(?<![\d.])(?P<m>1[0-2]|0?[1-9])\.\s?(?P<d>[12]\d|3[01]|0?[1-9])\.?"
               r"\s*\((?:월|화|수|목|금|토|일|月|火|水|木|金|土|日)\)"),
    re.compile(r"(?<![\d年년월月.])(?P<m>1[0-2]|0?[1-9])\s*[月월]\s*(?P<d>[12]\d|3[01]|0?[1-9])"
               r"\s*[日일]"),
    re.compile(r"(?<![\d年년월月.])(?P<d>[12]\d|3[01]|0?[1-9])\s*[日일](?![本])"),
)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    iso: str  # YYYY-MM-DD, or YYYY-MM when the day is not given


def _year(match: re.Match[str], doc_date: str) -> int | None:
    groups = match.groupdict()
    if groups.get("era"):
        y = groups["y"]
        return _ERAS[groups["era"]] + (1 if y == "元" else int(y))
    if groups.get("y"):
        return int(groups["y"])
    if groups.get("rel"):
        if len(doc_date) < 4:
            return None  # "last year" of an undated document is no year
        return int(doc_date[:4]) - _RELATIVE_YEARS[groups["rel"]]
    if groups.get("m") and groups.get("d") and len(doc_date) >= 10:
        return _nearest_year(int(groups["m"]), int(groups["d"]), doc_date)
    return int(doc_date[:4]) if len(doc_date) >= 4 else None


def _nearest_year(month: int, day: int, doc_date: str) -> int:
    """The year that puts a month and day closest to the document's date (in days)."""
    year, doc_day = int(doc_date[:4]), _day_number(int(doc_date[5:7]), int(doc_date[8:10]))
    offset = _day_number(month, day) - doc_day  # within one year, in days
    if offset > 183:
        return year - 1
    if offset < -183:
        return year + 1
    return year


def _day_number(month: int, day: int) -> int:
    """Days from the start of a year, near enough to compare dates half a year apart."""
    return (month - 1) * 31 + day


def _months_back(groups: dict[str, str | None], day: str | None, doc_date: str) -> int | None:
    """How many months before the document's a relative date lies; None when it needs the
    document's day or month and the document has none."""
    if groups.get("relm"):
        return _RELATIVE_MONTHS[re.sub(r"\s+", " ", groups["relm"] or "")] \
            if len(doc_date) >= 7 else None
    if groups.get("past"):
        if len(doc_date) < 10 or day is None:
            return None
        return 1 if int(day) > int(doc_date[8:10]) else 0
    return 0


def find_dates(text: str, doc_date: str = "") -> list[DateMention]:
    """Every date in `text`, the most specific pattern first, never overlapping."""
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            groups = match.groupdict()
            year = _year(match, doc_date)
            month = int(groups["m"]) if groups.get("m") else (
                int(doc_date[5:7]) if len(doc_date) >= 7 else None)
            day = groups.get("d")
            if year is None or month is None or not 1 <= month <= 12:
                continue
            back = _months_back(groups, day, doc_date)
            if back is None:
                continue
            year, month = (year, month - back) if month > back else (year - 1, month + 12 - back)
            iso = f"{year:04d}-{month:02d}" + (f"-{int(day):02d}" if day else "")
            taken.append((match.start(), match.end()))
            out.append(DateMention(match.start(), match.end(), match.group(0), iso))
    return sorted(out, key=lambda d: d.start)
