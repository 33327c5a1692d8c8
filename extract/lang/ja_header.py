"""The header block of a Japanese release: who issued the document the release is.

Ministries publish an advisory or a statement under a header of short lines, with no
sentence that says who issued it:

    北朝鮮IT労働者に関する企業等に対する注意喚起      <- the title, a line of its own
    令和7年8月27日                                   <- the date
    警察庁                                           <- the issuers, one (or a few) a line
    外務省

The header ends at the first line a sentence mark closes. When exactly one header line is
an advisory or statement title and nothing else, the document is that advisory, and the
lines that hold only states or agencies are its issuers (ISSUED, dated by the header's
date line). A title line that says more than the title ("…共同声明の発出", "「…」の公表
について") is a release about that statement, whose issuers the header does not give, so
it yields nothing here.

The header's issuer lines also say who acts where the release's sentences name nobody
(本日、以下の者を資産凍結等の措置の対象として指定した。under 外務省 / 財務省): they are the
release's actors until a sentence names its own (`header_actors`).
"""

from __future__ import annotations

import re

from extract.lang.advisory_titles import add_advisory
from extract.lang.common import DocBuilder, Span
from extract.lang.dates import find_dates
from extract.lang.native import NativeGazetteer

# a header line is short and no sentence mark closes it
_CLOSED = re.compile(r"[。．]\s*$")
_MAX_HEADER_LINE = 60
# what may stand beside the issuers on an issuer line: separators and their words
_ISSUER_GLUE = re.compile(r"^[\s　、，,・及び並びにと]*$")
# brackets and quotes around a title line
_TITLE_MARKS = re.compile(r"^[\s　「『【〈<]*|[\s　」』】〉>]*$")
ACTORS = ("Country", "Agency")
# dev evidence: the header issuers of the dev advisory all hold (4 of 4); below the issuing
# verb's 0.85, as nothing but the layout says it
HEADER_CONFIDENCE = 0.8
# no dev document has a "publication of X" header: below the sure threshold
PUBLICATION_CONFIDENCE = 0.7
_PUBLICATION = re.compile(r"^[」』]?\s*の\s*(?:公表|発出|発表|公開)(?:について)?$")


def header_lines(text: str) -> list[Span]:
    """The lines before the first closed sentence (blank lines skipped)."""
    out: list[Span] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        stripped = line.strip()
        if stripped:
            if _CLOSED.search(stripped) or len(stripped) > _MAX_HEADER_LINE:
                break
            lead = len(line) - len(line.lstrip())
            out.append(Span(start + lead, start + lead + len(stripped)))
        start = end + 1
    return out


# a note on the title line about the version: （改訂）, （令和7年8月更新）, （仮訳）; the
# title is still an advisory, but a translation or a revision may be posted by others than
# its issuers, so such a header names none
_NOTE = re.compile(r"\s*[（(][^（()）]{1,14}[）)]\s*$")
# a header line that is a title by itself: a phrase ending in a statement noun, unquoted
_TITLE_LINE = re.compile(r"^[^「」『』。、，\s]{4,80}?(?:注意喚起|共同声明|ガイダンス|注意報|"
                         r"アドバイザリー)$")


def add_header_title(builder: DocBuilder, native: NativeGazetteer) -> None:
    """The unquoted title line of a header (…に関する注意喚起) is an advisory, found before
    the names inside it (北朝鮮IT労働者) so they stay part of it."""
    for line in header_lines(builder.text):
        inner = _NOTE.sub("", _TITLE_MARKS.sub("", line.text(builder.text)))
        if _TITLE_LINE.match(inner):
            start = builder.text.index(inner, line.start)
            add_advisory(builder, native, start, start + len(inner))
            return


def _only(builder: DocBuilder, line: Span, types: tuple[str, ...],
          dates: list[tuple[int, int]]) -> list[str]:
    """The ids of the `types` entities a line consists of (beside its dates), or [] when
    it holds more."""
    found = builder.in_span(line, types)
    if not found:
        return []
    pieces = sorted([(f.start, f.end) for f in found] + dates)
    rest, at = [], line.start
    for start, end in pieces:
        rest.append(builder.text[at:start])
        at = max(at, end)
    rest.append(builder.text[at:line.end])
    if not all(_ISSUER_GLUE.match(piece) for piece in rest):
        return []
    return [f.id for f in found]


def _title(builder: DocBuilder, line: Span) -> tuple[str, float]:
    """The advisory a line is the title of, and how sure its issuers are: the title alone
    (the document is the advisory), or the title and "its publication" (「X」の公表について:
    the header's ministries published X; never a joint statement, which states issue, not
    the ministry that posts it). ('', 0) otherwise."""
    found = builder.in_span(line, ("Advisory",))
    if len(found) != 1 or found[0].unnamed:
        return "", 0.0
    inner = _TITLE_MARKS.sub("", line.text(builder.text))
    if inner == found[0].text:
        return found[0].id, HEADER_CONFIDENCE
    rest = _TITLE_MARKS.sub("", builder.text[found[0].end:line.end])
    if _PUBLICATION.match(rest) and "声明" not in found[0].text:
        return found[0].id, PUBLICATION_CONFIDENCE
    return "", 0.0


def apply_header_issuers(builder: DocBuilder) -> None:
    lines = header_lines(builder.text)
    titles = [(line, t) for line in lines for t in [_title(builder, line)] if t[0]]
    if len(titles) != 1:
        return  # no title, or two: the header does not say which document this is
    title_line, (advisory, confidence) = titles[0]
    joint = "声明" in builder.text[title_line.start:title_line.end]
    issuers: list[str] = []
    date = ""
    for line in lines:
        if line == title_line:
            continue
        dates = find_dates(line.text(builder.text), builder.meta.date)
        if dates and not date:
            date = dates[0].iso
        # a date beside the issuers (令和6年3月26日　警察庁　外務省) is glue too
        # a joint statement is issued by the states that join it: a ministry in its
        # header is the page that posts or translates it (外務省 over a 仮訳)
        kinds = ("Country",) if joint else ACTORS
        issuers += _only(builder, line, kinds, [(line.start + d.start, line.start + d.end)
                                                for d in dates])
    if not issuers:
        return
    last = max((line for line in lines), key=lambda s: s.end)
    evidence = Span(min(s.start for s in lines), last.end)
    props = {"date": date} if date else ({"date": builder.meta.date} if builder.meta.date
                                          else {})
    basis = "sentence" if date else ("document" if builder.meta.date else "")
    for issuer in dict.fromkeys(issuers):
        builder.relate("ISSUED", issuer, advisory, evidence, frame="issue-header.ja.v1",
                       confidence=confidence, properties=props, date_basis=basis)


# the number of a notice after the body that issues it: 外務省告示第三百十二号
_NOTICE_NUMBER = re.compile(r"告示\s*第\s*[0-9０-９一二三四五六七八九十百千]+\s*号")


def header_actors(builder: DocBuilder) -> list[str]:
    """The states and agencies of the header lines that hold nothing else (with a date, or
    the number of the notice they issue: 外務省告示第N号)."""
    actors: list[str] = []
    for line in header_lines(builder.text):
        text = line.text(builder.text)
        glue = [(line.start + d.start, line.start + d.end)
                for d in find_dates(text, builder.meta.date)]
        glue += [(line.start + m.start(), line.start + m.end())
                 for m in _NOTICE_NUMBER.finditer(text)]
        actors += _only(builder, line, ACTORS, glue)
    return list(dict.fromkeys(actors))


# a headline that opens with its actor: 米財務省、北朝鮮IT要員に制裁 / 韓国政府が…
_HEADLINE_LEAD = re.compile(r"\s*(?:政府)?\s*(?:[、，,]|は|が)")


def headline_actor(builder: DocBuilder, at: int) -> str | None:
    """The agency or state a header line opens with as its actor (a news headline), when
    the text's first line is such a headline: who acts in a body sentence after it (at
    `at`) that names no actor (…が新たに制裁対象に指定された). Not a list of states
    (米国、日本及び韓国の企業が…: the comma joins the next state)."""
    lines = header_lines(builder.text)
    if not lines or lines[0].start != len(builder.text) - len(builder.text.lstrip()) or \
            at < lines[0].end:
        return None
    found = builder.in_span(lines[0], ACTORS)
    first = found[0] if found else None
    lead = _HEADLINE_LEAD.match(builder.text, first.end, lines[0].end) if first else None
    if first is None or lead is None or first.start != lines[0].start or \
            any(f.start - lead.end() <= 1 for f in found[1:]):
        return None
    return first.id
