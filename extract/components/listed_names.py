"""`tkg_listed_names_v1`: people as sanctions lists print them, family name first.

A designation list entry opens with the family name in capitals, a comma and the given
names ("NAM, Il Ho (a.k.a. NAM, Il-ho); DOB 03 Apr 1979; nationality Korea, North"). The
small English model reads the capitals as an organization or keeps only the given names,
so the person loses the family name every later "Nam" resolves to. An entry is read as a
person only on a line that also gives a person's identifiers (date or place of birth,
nationality, gender, passport): a company entry gives an address instead. Names inside its
"a.k.a." parentheses are the same person's other spellings. An annex may instead give
its people a section of their own ("Individuals (4)", then "1) <Name>: <role>"): each
entry of that section opens with a person's name, in whatever order its words come.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.doc_text import doc_text

# "KIM", "AL-NASSER", "O", "VAN DER BERG": capitals, the family name of a list entry
_FAMILY = r"[A-Z][A-Z'’-]*(?:[ \t][A-Z][A-Z'’-]+){0,2}"
# given names: capitalized words with lower case ("Il Ho", "Il-ho", "HuiHui", "Dmitri")
_GIVEN = r"[A-Z][a-z][A-Za-z'’-]*(?:[ \t][A-Z][a-z][A-Za-z'’-]*){0,3}"
LISTED = re.compile(rf"(?<![\w,])({_FAMILY}),[ \t]+({_GIVEN})(?=[ \t]*[(;])")
# what only a person's entry carries
PERSON_IDENTIFIERS = re.compile(r"\b(?:DOB|POB|[Nn]ationality|Gender|Passport|born)\b")
_OPENING = re.compile(r"^[ \t]*(?:[-*•][ \t]+|\d+[.)][ \t]+)?")
_AKA = re.compile(r"\(a\.k\.a\.[^)]*\)")


def listed_people(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of family-first list names: the one opening each entry line that
    gives a person's identifiers, and the ones inside that entry's "a.k.a." parentheses."""
    offset = 0
    for line in text.splitlines(keepends=True):
        if PERSON_IDENTIFIERS.search(line):
            opening = _OPENING.match(line)
            start = opening.end() if opening else 0
            first = LISTED.match(line, start)
            if first is not None:
                yield offset + first.start(), offset + first.end()
                for aka in _AKA.finditer(line, first.end()):
                    for other in LISTED.finditer(aka.group(0) + ";"):
                        end = min(other.end(), len(aka.group(0)))
                        yield offset + aka.start() + other.start(), offset + aka.start() + end
        offset += len(line)


# an annex that lists people under a heading of their own: "Individuals (4)", "Persons:",
# then one numbered or bulleted entry a line, the name before a colon ("1) Kim Su Ok: ...");
# another heading ("Entities (7)") ends the section
_PEOPLE_HEADING = re.compile(r"^[ \t]*(?:Individuals|Persons|People)(?:[ \t]+designated)?"
                             r"[ \t]*(?:\(\d+\))?[ \t]*:?[ \t]*$")
_ENTRY = re.compile(r"^[ \t]*(?:\d+[.)]|[-*•])[ \t]+"
                    r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|de|del|da|dos|van|von|bin))"
                    r"{0,4})[ \t]*[:(]")
_NOT_ENTRY = re.compile(r"^[ \t]*(?:(?:\d+[.)]|[-*•])[ \t]+\S|$)")


def annex_people(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the names that open the entries of a people's section."""
    offset, inside = 0, False
    for line in text.splitlines(keepends=True):
        if _PEOPLE_HEADING.match(line):
            inside = True
        elif inside and not _NOT_ENTRY.match(line):
            inside = False  # a heading or a paragraph ends the section
        elif inside:
            entry = _ENTRY.match(line)
            if entry is not None:
                yield offset + entry.start("name"), offset + entry.end("name")
        offset += len(line)


def mark_listed_names(doc: Doc) -> Doc:
    spans: list[Span] = []
    for start, end in [*listed_people(doc_text(doc)), *annex_people(doc_text(doc))]:
        span = doc.char_span(start, end, label="Person", span_id="shape:listed_name",
                             alignment_mode="contract")
        if span is not None and len(span):
            spans.append(span)
    if spans:
        # the list entry's own shape decides: a partial name the earlier components took
        # ("Il Ho" alone, the capitals as an organization) gives way to the whole name
        kept = [e for e in doc.ents if not any(s.start < e.end and e.start < s.end
                                               for s in spans)]
        doc.ents = sorted([*kept, *spans], key=lambda s: s.start)
    return doc


@Language.factory("tkg_listed_names_v1", assigns=["doc.ents"], default_config={})
def make_listed_names(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return mark_listed_names
