"""Advisory titles that end in their document word: "the Ledger Screening Advisory".

extract/titles.py reads a title that opens with its document word ("Guidance on X"). Many
titles put their subject first and the document word last, one run of capitalized words
after an article or a possessive ("the Remote Hiring Guidance", "the FBI's Freelancer Risk
Alert", "a 2025 Wallet Screening Bulletin"). Such a run is a title only when

- it ends on the document word: a capitalized word after it makes the run a body's name
  ("the Cybersecurity Advisory Committee", "the Intelligence Advisory Board");
- an article or a possessive opens it: a capital that opens a sentence ("Advisory notices
  were sent") is no title;
- no word of it is the head of a body's name ("the Internet Crime Complaint Center Alert"
  is the body and a kind of document, which the issuing frames read as its author's);
- no person is named in it: "the Pak Chol Su Statement" is what a person said;
- at least two of its words name a subject: words of a kind ("Joint", "Updated", "Public
  Service"), dates, abbreviations and the agencies and states the gazetteer knows say only
  whose document it is and of what kind ("the FBI Cybersecurity Advisory", "the Joint
  Statement", "the Treasury Alert"); advisory_refs.py and unnamed_advisories.py read those.

An agency the gazetteer knows at the head of the run is its author, not part of the title:
it stays its own mention ("the FBI Ledger Screening Advisory"). A state there stays in the
title: it is mostly the subject ("the North Korea Remote Hiring Guidance"), and as its own
mention the issuing frames would make it the author.

Not read: "Report" (a bank's Suspicious Activity Report is a filing, an outlet may be called
a Report) and "Notice" (a site's Privacy Notice), whose capitalized runs are mostly no
advisory.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from extract.components.korean_names import reads_as_korean_name

# an article or a possessive opens the run; a possessive word is no part of a title
_LEAD = r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur|[Tt]his)|\w[’']s)[ \t]+"
# a full stop ends a sentence, and a title never runs on into the next one: only an
# abbreviation ("U.S.") keeps its stops
_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w&/-]*|(?:19|20)\d\d)"
_DOC_END = (r"(?:Advisory|Guidance|Announcement|Alert|Bulletin|Statement|Fact[ \t]+Sheet|"
            r"Warning)")
# the run ends on the document word: no capitalized word and no word joined by a hyphen or
# an apostrophe after it ("Advisory Board", "Alert-Level")
_SUFFIX_TITLE = re.compile(
    rf"{_LEAD}(?P<title>(?:{_WORD}[ \t]+){{1,7}}(?P<kind>{_DOC_END}))"
    r"(?![\w’'-]|[ \t]+(?:[A-Z]|\d))")
# words that say of what kind or when a document is, not what it is about
_KIND_WORDS = frozenset({
    "joint", "updated", "additional", "supplemental", "supplementary", "revised",
    "interagency", "cybersecurity", "public", "service", "new", "latest", "recent", "final",
    "trilateral", "bilateral", "multilateral", "first", "second", "third", "annual", "daily",
    "weekly", "monthly", "special", "official", "urgent", "emergency", "interim", "draft",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"})
# the head of a body's name or an office: the run names who wrote the document ("the White
# House Fact Sheet", "the Press Secretary Statement")
_BODY_HEAD = re.compile(
    r"^(?:Ministry|Department|Agency|Bureau|Office|Police|Commission|Administration|"
    r"Directorate|Council|Secretariat|Authority|Division|Command|Team|Center|Centre|Committee|"
    r"Board|Network|Force|Unit|Group|Bank|Company|Corporation|Institute|University|"
    r"Association|Court|Panel|Government|Embassy|Mission|House|Parliament|Congress|Senate|"
    r"Assembly|Cabinet|Secretary|Minister|President|Chairman|Chair|Spokesperson)$")
_ISSUER_LABELS = frozenset({"Agency", "Country"})


def _agency_ends(doc: Doc) -> dict[int, int]:
    """Start -> end of the characters of each agency the gazetteer marked."""
    return {e.start_char: e.end_char for e in doc.ents if e.label_ == "Agency"}


def _in_issuer(doc: Doc, start: int, end: int) -> bool:
    return any(e.label_ in _ISSUER_LABELS and e.start_char <= start and end <= e.end_char
               for e in doc.ents)


def _names_person(doc: Doc, start: int, end: int, words: list[str]) -> bool:
    """A person the gazetteer knows, or two or three words that read as a Korean name."""
    if any(e.label_ == "Person" and e.start_char < end and start < e.end_char
           for e in doc.ents):
        return True
    return any(reads_as_korean_name(words[i:i + n]) for i in range(len(words))
               for n in (2, 3) if i + n <= len(words))


def _subject_words(doc: Doc, start: int, words: list[re.Match[str]]) -> int:
    """How many words of the run name its subject (see the module)."""
    count = 0
    for word in words:
        text = word.group(0)
        if text.lower() in _KIND_WORDS or not re.search(r"[a-z]", text) or \
                _in_issuer(doc, start + word.start(), start + word.end()):
            continue
        count += 1
    return count


def suffix_titles(doc: Doc, text: str) -> Iterator[tuple[int, int, int]]:
    """(start, start of the document word, end) of each title that ends in its document
    word (see the module)."""
    agencies = _agency_ends(doc)
    known = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "Advisory"]
    for match in _SUFFIX_TITLE.finditer(text):
        start, kind = match.start("title"), match.start("kind")
        if any(s < match.end("title") and start < e for s, e in known):
            continue  # the gazetteer knows the advisory, by its own name
        # a known agency at the head is the author: "the FBI Ledger Screening ..."
        while start in agencies and agencies[start] < kind:
            start = agencies[start]
            start += len(text[start:kind]) - len(text[start:kind].lstrip(" \t"))
        words = list(re.finditer(r"\S+", text[start:kind]))
        if any(_BODY_HEAD.match(w.group(0)) for w in words) or \
                _names_person(doc, start, kind, [w.group(0) for w in words]):
            continue
        if _subject_words(doc, start, words) >= 2:
            yield start, kind, match.end("title")
