"""A line of a ministry's or agency's list of news: what was done, then who did it in
brackets at the line's end (…に関する注意喚起を更新しました（警察庁）, 「…」を公表（外務省）).

The bracket names the issuer as a byline does; the statement is the object of the
issuing verb right before it (its title, closed by 」 or followed by を/の). Only a known
agency or state in the bracket issues; a bracket that glosses something else (（仮訳）,
（英語）, a date) names no one. A line that only says an issue is planned ends otherwise
(…を公表する予定です) and is not read here.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Span
from extract.lang.cues import JA
from extract.lang.roles import act_date

# the issuing verb at the line's end, then the bracketed issuer
_BYLINE = re.compile(r"(?:公表|発表|発出|更新|改訂|掲載|公開)(?:しました|した|いたしました)?\s*"
                     r"[（(]([^（）()]{2,30})[）)]\s*$")
_OBJECT = re.compile(r"^[」』]?\s*(?:を|の)?\s*$")


def apply_bracketed_issuers(builder: DocBuilder, spans: list[Span]) -> None:
    text = builder.text
    for span in spans:
        match = _BYLINE.search(span.text(text))
        if match is None:
            continue
        verb = span.start + match.start()
        bracket = Span(span.start + match.start(1), span.start + match.end(1))
        issuers = builder.in_span(bracket, ("Agency", "Country"))
        advisories = [a for a in builder.in_span(span, ("Advisory",))
                      if a.end <= verb and _OBJECT.match(text[a.end:verb])]
        dated = act_date(builder, span, JA, False)
        if not issuers or not advisories or dated is None:
            continue
        props, basis = dated
        for issuer in issuers:
            builder.relate("ISSUED", issuer.id, advisories[-1].id, span,
                           frame="issue-byline.ja.v1", confidence=0.7, properties=props,
                           date_basis=basis)
