"""Companies introduced by the role words before them; read by `tkg_org_context_v1`.

Two constructions name a company with no legal form and no head word in the name itself:
  plural head, then the names, then the verb  "the Japanese firms Teknova and Ostrel hired
      ...", "two companies, Halvik and Dunmore, paid ...": a plural noun for companies
      right before a list of capitalized names that ends where a verb begins. (A list
      ending in punctuation or "which" is read by org_context's own list reading; a noun
      after the names makes them modifiers: "the firms Alpha and Beta sectors".)
  a place made an adjective  "China-based Alder Network and Russia-based Velt Systems":
      "<Place>-based" before a bare capitalized name describes a body; a person described
      so carries a role noun ("Seattle-based lawyer Jane Roe"), which is no capitalized
      name and does not read. The name ends at punctuation, "and"/"or" or a verb: a noun
      after the capitals makes them its modifier ("the Osaka-based IT firm").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from extract.doc_text import doc_text

_WORD = r"[A-Z][\w&'’.-]*[\w&]|[A-Z]"
_NAME = rf"(?:{_WORD})(?:[ \t]+(?:of[ \t]+|&[ \t]+)?(?:{_WORD})){{0,4}}"
_LIST = rf"(?P<list>{_NAME}(?:,[ \t]+{_NAME})*(?:,?[ \t]+(?:and|or)[ \t]+{_NAME})?)"
_PLURAL_HEAD = re.compile(r"\b(?:companies|firms|businesses|startups|exchanges|platforms|"
                          r"subsidiaries|affiliates)[ \t]+" + _LIST + r"(?=[ \t]+[a-z])")
_PLACED = re.compile(r"(?<![\w-])[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?-(?:based|headquartered|"
                     r"registered)[ \t]+(?P<name>" + _NAME + r")(?=[ \t]*(?:[,.;:)(\n]|$|"
                     r"and\b|or\b|(?P<word>[a-z])))")
_ITEM = re.compile(_NAME)
# capitalized words that open a sentence or a date, never a company's name
_NOT_NAMES = {"The", "A", "An", "In", "On", "January", "February", "March", "April", "May",
              "June", "July", "August", "September", "October", "November", "December",
              "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}


def _verb_at(doc: Doc, char: int) -> bool:
    """Is the first word at or after this offset a verb (or an auxiliary)?"""
    token = next((t for t in doc if t.idx >= char and not t.is_space), None)
    return token is not None and token.pos_ in {"VERB", "AUX"}


def role_spans(doc: Doc) -> Iterator[tuple[int, int]]:
    """Character spans of the company names these constructions introduce."""
    text = doc_text(doc)
    for match in _PLURAL_HEAD.finditer(text):
        if not _verb_at(doc, match.end()):
            continue
        offset = match.start("list")
        for item in _ITEM.finditer(match.group("list")):
            if item.group(0).split()[0] not in _NOT_NAMES:
                yield offset + item.start(), offset + item.end()
    for match in _PLACED.finditer(text):
        name = match.group("name")
        if match.group("word") and not _verb_at(doc, match.end()):
            continue  # "the Osaka-based IT firm": the capitals modify the noun after them
        if name.split()[0] not in _NOT_NAMES:
            yield match.start("name"), match.end("name")
