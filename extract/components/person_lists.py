"""How many people a list around a name holds; read by `open_names.repair_person_names`.

A list joins words of one kind: in "<Person>, 41, <Person>, 38, and <Name> were charged"
or "<Name>, <Person> and <Person> pleaded guilty" the name the model left untagged, took
for a body or for a place is a third person. The list is read on the tokens, not on the
parse (the parser often cuts a list at a name it does not know): items separated by a
comma, "and" or ", and", each item a person span, an age in apposition (", 38,") skipped.
The caller asks for two people besides the name, so one person beside a company ("hired
Jane Roe and Tallow Point") proves nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

_AGE = re.compile(r"\d{1,2}")


def _after_age(doc: Doc, i: int) -> int:
    """Past ", 38" when it follows a name at i."""
    if i + 1 < len(doc) and doc[i].text == "," and _AGE.fullmatch(doc[i + 1].text):
        return i + 2
    return i


def _before_age(doc: Doc, i: int) -> int:
    """Before ", 38" when it ends at i."""
    if i >= 2 and _AGE.fullmatch(doc[i - 1].text) and doc[i - 2].text == ",":
        return i - 2
    return i


def _separator_after(doc: Doc, i: int) -> int:
    """The token after a list separator that starts at i (',', 'and', ', and'), else i."""
    j = i
    if j < len(doc) and doc[j].text == ",":
        j += 1
    if j < len(doc) and doc[j].lower_ == "and":
        j += 1
    return j


def _separator_before(doc: Doc, i: int) -> int:
    """The token where a list separator that ends at i begins, else i."""
    j = i
    if j > 0 and doc[j - 1].lower_ == "and":
        j -= 1
    if j > 0 and doc[j - 1].text == ",":
        j -= 1
    return j


def persons_listed_with(doc: Doc, run: Span, persons: list[Span]) -> int:
    """The person spans in the list the run stands in (the run not counted)."""
    starts = {p.start: p for p in persons}
    ends = {p.end: p for p in persons}
    count = 0
    i = _after_age(doc, run.end)
    while True:
        j = _separator_after(doc, i)
        if j == i or j not in starts:
            break
        count += 1
        i = _after_age(doc, starts[j].end)
    i = run.start
    while True:
        j = _separator_before(doc, i)
        if j == i:
            break
        j = _before_age(doc, j)
        if j not in ends:
            break
        count += 1
        i = ends[j].start
    return count
