"""`tkg_titles_v1`: named advisories, statements and court cases, found by their shape.

The statistical model has no label for "Guidance on the Democratic People's Republic of
Korea Information Technology Workers" or "United States v. Chapman"; both have a regular
form (a document word, a preposition, then Title Case words; a party, "v.", a party), so
patterns over the text find them in documents the gazetteer has never seen. They replace
any shorter entity inside them (the "Democratic People's Republic of Korea" in a title is
part of the title, not a mention of the state).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extract.doc_text import doc_text
from extract.title_suffix import suffix_titles

ADVISORY_LABEL = "Advisory"
CASE_LABEL = "Case"

_SMALL = r"(?:of|the|on|to|for|in|by|and|from|with|through|against|about|regarding|a|an|'s|’s)"
_CAP = r"(?:[A-Z0-9][\w’'.&/-]*|\([A-Z]{2,}\))"
_TITLE_TAIL = (rf"(?:[ \t]+(?:{_SMALL}[ \t]+)*{_CAP})*"  # a title never crosses a line
               r"(?:[ \t]+\(\d{4}(?:-\d{2}){0,2}\))?")  # "... Workers (2024-11-09)"
_DOC_WORD = (r"(?:(?:Joint|Updated|Additional|Supplemental|Revised|Interagency)\s+)*"
             r"(?:Guidance|Advisory|Statement|Public\s+Service\s+Announcement|Alert|Notice|"
             r"Bulletin|Fact\s+Sheet|Report|Warning|Cybersecurity\s+Advisory)")
_ADVISORY = re.compile(
    rf"\b{_DOC_WORD}[ \t]+(?:on|to|regarding|about|for|concerning|of)[ \t]+(?:the[ \t]+)?{_CAP}"
    + _TITLE_TAIL
)
# a quoted title announced by a document word: the advisory “North Korea ...”
_QUOTED = re.compile(
    r"(?:advisory|guidance|statement|announcement|PSA|report|alert|notice|titled|entitled|"
    r"called|named|issued|released|published|(?:issued|released|published)\s+the)\s*"
    # the author may come between: "the report of the Example Monitoring Team, “...”"
    r"(?:(?:of|by|from)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,7}[A-Z][\w'’.-]*)?"
    r"\s*,?\s*[\"“]([^\"”\n]{8,200})[\"”]",
    re.IGNORECASE,
)
# a quoted title the sentence then says someone put out, with no document word before it:
# '"Screening Overseas Contractors" (SOC), released by X on ..., warns ...'; its acronym
# in brackets may come between
_QUOTED_ISSUED = re.compile(
    r"[\"“]([^\"”\n]{8,200})[\"”]\s*(?:\([A-Z][A-Za-z-]{1,11}\)\s*)?,?\s*(?:jointly\s+)?"
    r"(?:issued|released|published|prepared|co-authored|authored)\s+(?:jointly\s+)?by\b")
# a title after "titled" that has lost its quotation marks or italics in plain text: the
# Title Case run that follows ("an advisory titled Remote Hiring Risks in the Sector")
# (a document word before it: "an operation titled Silent Trench" names no document)
_TITLED_PLAIN = re.compile(
    r"\b(?i:advisory|advisories|guidance|statement|announcement|PSA|report|alert|notice|"
    rf"bulletin),?[ \t]+(?:titled|entitled)[ \t]+(?=[A-Z0-9])({_CAP}{_TITLE_TAIL})")
# an acronym in brackets after a title is its short name, not part of it: "the Guidance on
# Remote Hiring (GRH)"
_ACRONYM_AFTER = re.compile(r"[ \t]+\([A-Z][A-Za-z]{1,10}\)$")
# a date after a title is when it came out, not part of it: "... Workers on May 16, 2022"
_DATE_AFTER = re.compile(
    r"[ \t]+(?:on|in|of|dated|from)[ \t]+(?:(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b|\d{1,4}\b).*$")
# "... Workers and the Report of ...": a second document word after "and" opens a second title
_SECOND_TITLE = re.compile(rf"[ \t]+(?:and|or)[ \t]+(?:(?:the|a|an|its)[ \t]+)?(?={_DOC_WORD}\b)")
_PSA_NUMBER = re.compile(r"\b(?:I-\d{6}-PSA|PSA\s?\d{6}(?:-\d+)?)\b")
_PARTY_WORD = r"(?!(?:Sentenced|Charged|Indicted|Pleads|Pleaded|Arrested|Convicted|In|The)\b)"
_CASE = re.compile(
    r"\b(?:United[ \t]+States|UNITED[ \t]+STATES(?:[ \t]+OF[ \t]+AMERICA)?|U\.[ \t]?S\.|USA)"
    r"[ \t]+v(?:s)?\.[ \t]+"
    rf"(?:{_PARTY_WORD}[A-Z][\w’'-]*|[A-Z]\.)(?:[ \t]+(?:{_PARTY_WORD}[A-Z][\w’'-]*|[A-Z]\.|"
    r"de|De|los|Los|la|La|del)){0,5}"
    r"(?:,?[ \t]+et[ \t]+al\.)?"
)
# not advisories: a notice that lists designations (a sanctions act), and an instruction
# that opens a sentence ("Report to the FBI Field Office any ...")
_NOT_ADVISORY = re.compile(r"^(?:Notice|Report|Alert)s?\s+(?:of|on|to)\s+(?:the\s+)?"
                           r"(?:Designations?|Sanctions?|Listing)\b|"
                           # an offer of a reward for information warns nobody
                           r"^(?:Notice|Statement|Announcement)s?\s+(?:of|on)\s+(?:an?\s+)?"
                           r"Rewards?\b")
_IMPERATIVE = re.compile(r"^(?:Report|Alert|Notice|Warning)\s+to\b")
# a court filing is no advisory: "the Statement of Facts", "a Notice of Forfeiture", "the
# Statement of Offense"; a document word with one word of subject after "of" is a form's
# heading, where an advisory's title names its topic ("Guidance on ... Workers")
_FILING = re.compile(r"^(?:Statement|Notice|Report)s?\s+of\s+(?:the\s+)?(?:Facts?|Offen[cs]es?|"
                     r"Forfeiture|Appeal|Intent|Charges?|Claims?|Violations?|Penalt(?:y|ies)|"
                     r"Decision|Judgment|Sentencing|Proceedings?|Allegations?|Case)\b|"
                     r"^\S+\s+of\s+\S+$")
# a full stop after a word (not an abbreviation such as "Co." or "U.S.") ends the sentence,
# and a title never runs on into the next one: "... issued the Guidance on X Workers. The
# FBI asks ..."
_SENTENCE_END = re.compile(r"(?<=[A-Za-z][a-z]{4})\.(?=[ \t]+[A-Z])")
_TRAILING_JUNK = re.compile(r"(?:[\s,.;:]|\s+(?:and|the|of|on|to|for|in|by))+$")


def _section_heading(text: str, start: int, end: int) -> bool:
    """A title alone on its line below the first line is a heading of the document's own
    sections ("Guidance for Freelance Platforms"), not a document it names; the first line
    is the document's own title."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    return line.strip().rstrip(":.") == text[start:end] and bool(text[:line_start].strip())


_SMALL_WORD = re.compile(rf"^{_SMALL}$", re.IGNORECASE)


def _title_cased(quoted: str) -> bool:
    """A quoted title capitalizes its words ("The DPRK's Violations and Evasions of UN
    Sanctions"); a quoted sentence does not ("said in a statement, “North Korea continues
    to send workers abroad”"): words said are a quotation, not a document. Most words other
    than the small ones of a title must begin with a capital or a digit."""
    words = [w.strip("\"“”‘’'(),.;:!?") for w in quoted.split()]
    words = [w for w in words if w and not _SMALL_WORD.match(w)]
    capitals = sum(w[:1].isupper() or w[:1].isdigit() for w in words)
    return capitals >= 2 and capitals >= 0.75 * len(words)


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start]
    return start == 0 or bool(re.search(r"(?:[.!?:]\s+|\n\s*)$", before))


def _advisory_matches(text: str) -> Iterator[tuple[int, str]]:
    """Title-shaped runs, each cut before a second document word it runs into ("the
    Statement on X and the Report of Y" is two titles); the scan goes on from the cut."""
    pos = 0
    while (match := _ADVISORY.search(text, pos)) is not None:
        title = _SECOND_TITLE.split(match.group(0), maxsplit=1)[0]
        pos = match.start() + max(1, len(title))
        yield match.start(), title


def _title_spans(text: str) -> Iterator[tuple[int, int, str]]:
    for start, found in _advisory_matches(text):
        title = _SENTENCE_END.split(found, maxsplit=1)[0]
        title = _ACRONYM_AFTER.sub("", _TRAILING_JUNK.sub("", _DATE_AFTER.sub("", title)))
        # "the Public Service Announcement of May 2024" names no title: only its kind and
        # date, which extract/advisory_refs.py reads as a reference
        if len(title.split()) < 3 or re.fullmatch(_DOC_WORD, title) or \
                _NOT_ADVISORY.match(title) or _FILING.match(title) or \
                (_IMPERATIVE.match(title) and _sentence_start(text, start)):
            continue
        end = start + len(title)
        if not _section_heading(text, start, end):
            yield start, end, ADVISORY_LABEL
    for match in (*_QUOTED.finditer(text), *_QUOTED_ISSUED.finditer(text)):
        inner = match.group(1).strip().rstrip(",.;:")  # "... Extortion," keeps its comma out
        if len(inner.split()) >= 3 and _title_cased(inner):
            start = match.start(1) + (len(match.group(1)) - len(match.group(1).lstrip()))
            yield start, start + len(inner), ADVISORY_LABEL
    for match in _TITLED_PLAIN.finditer(text):
        inner = _ACRONYM_AFTER.sub("", _TRAILING_JUNK.sub("", _DATE_AFTER.sub(
            "", _SENTENCE_END.split(match.group(1), maxsplit=1)[0])))
        if len(inner.split()) >= 2 and _title_cased(inner):
            yield match.start(1), match.start(1) + len(inner), ADVISORY_LABEL
    for match in _PSA_NUMBER.finditer(text):
        yield match.start(), match.end(), ADVISORY_LABEL
    for match in _CASE.finditer(text):
        case = _TRAILING_JUNK.sub("", re.sub(r",?\s+et\s+al\.?$", "", match.group(0)))
        yield match.start(), match.start() + len(case), CASE_LABEL


_BY = {"by", "from"}


def _without_author(span: Span) -> Span:
    """"the Guidance on the Example Workers by the Department of State": a body the
    gazetteer knows, after "by" or "from" at the end of a title, is who issued it, not part
    of its title ("... Hiring by North Korean Developers" names no body and stays). A state
    after "from" is where the title's subject comes from ("Guidance on Remote Developers
    from North Korea"), not its issuer: only "by" gives a state that role."""
    doc = span.doc
    for ent in doc.ents:
        if ent.end != span.end or ent.start <= span.start or \
                ent.label_ not in {"Agency", "Country"}:
            continue
        cut = ent.start - (1 if doc[ent.start - 1].lower_ == "the" else 0)
        word = doc[cut - 1].lower_
        if word == "from" and ent.label_ == "Country":
            continue
        if cut - 1 > span.start + 2 and word in _BY:
            return Span(doc, span.start, cut - 1, label=span.label_, span_id=span.id_)
    return span


def _quoted(text: str, start: int, end: int) -> bool:
    """The title stands between quotation marks, which close it where its author wrote it
    ("released a “Notice on Hiring Fraud by North Korea,” urging ..."): a body after "by"
    inside them is part of the title, not its issuer."""
    after = text[end:end + 3].lstrip(",.;:!? ")
    return start > 0 and text[start - 1] in "\"“" and after[:1] in {'"', "”"}


def mark_titles(doc: Doc) -> Doc:
    spans: list[Span] = []
    text = doc_text(doc)
    found = list(_title_spans(text))
    for start, kind, end in suffix_titles(doc, text):
        # "the Remote Hiring Guidance on Example Workers": the words before the document
        # word open the title that the words after it go on
        after = [e for s, e, label in found if label == ADVISORY_LABEL and start <= s <= kind]
        found.append((start, max([end, *after]), ADVISORY_LABEL))
    for start, end, label in found:
        # an explicit id: otherwise the tokens keep the id of the entity the title replaces
        span = doc.char_span(start, end, label=label, alignment_mode="contract",
                             span_id=f"title:{label.lower()}")
        if span is not None and len(span) >= 1:
            whole = label != ADVISORY_LABEL or _quoted(text, start, end)
            spans.append(span if whole else _without_author(span))
    if spans:
        doc.ents = filter_spans([*filter_spans(spans), *doc.ents])
    return doc


@Language.factory(
    "tkg_titles_v1",
    assigns=["doc.ents"],
    default_config={},
)
def make_titles(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return mark_titles
