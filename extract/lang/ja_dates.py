"""Dates a Japanese sentence gives by reference to the one before: 同日 ("the same day") and
同月N日 ("the Nth of the same month").

News dates its first act (米財務省は24日、…指定した) and refers back for the next (韓国政府も
同日、…対象とした; 同月30日には…); the date is that of the last sentence before it that gives
one, its first date (the act's; a date later in a sentence is often one it recalls). 同日 needs
a full date there; 同月N日 only its year and month.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Span, sentences
from extract.lang.dates import find_dates

_SAME = re.compile(r"同日|同月\s*(?P<d>[12]\d|3[01]|0?[1-9])\s*日")


def same_date(builder: DocBuilder, span: Span) -> str:
    """The ISO date the sentence gives by 同日 or 同月N日, or ''."""
    match = _SAME.search(builder.text, span.start, span.end)
    if match is None:
        return ""
    # a clause's own sentence first (…を指定し、韓国政府も同日、…), then the sentences before
    whole = [s for s in sentences(builder.text, "ja") if s.start <= span.start]
    regions = [Span(s.start, min(s.end, span.start)) for s in whole]
    for previous in reversed(regions):
        dates = find_dates(previous.text(builder.text), builder.meta.date)
        if not dates:
            continue
        first = dates[0].iso
        if match.group("d"):
            return f"{first[:7]}-{int(match.group('d')):02d}" if len(first) >= 7 else ""
        return first if len(first) == 10 else ""
    return ""
