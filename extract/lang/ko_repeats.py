"""A Korean person's name written again where the name readers missed it.

Kiwi reads a name by its context, and the same name may come out as a name in one sentence
and as other words in the next (김세운과 명철민에 각각 …: 명철민에 split otherwise). A person
named in full (three or four syllables) once is that person wherever the same name stands
as a word: no syllable of a word before it, and a particle, a bracket, a separator or the
end after it. Two-syllable names and family names alone are left to the readers (a short
name is too often part of another word), but for one construction: Korean news refers to a
person it has named in full by the family name and 씨 (최민수 … 최씨는, 최 씨에게), which is
that person when exactly one person of that family name is named, and named before.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found

_AFTER = re.compile(r"(?:씨)?(?:은|는|이|가|을|를|의|에게(?:는|도)?|에|와|과|도|로|으로|"
                    r"만|까지|부터)?(?![가-힣])")


def add_repeated_names(builder: DocBuilder) -> None:
    text = builder.text
    persons: dict[str, Found] = {}
    for found in builder.found:
        if found.type == "Person" and not found.unnamed and \
                re.fullmatch(r"[가-힣]{3,4}", found.text):
            persons.setdefault(found.text, found)
    taken = [(f.start, f.end) for f in builder.found]
    for name, person in persons.items():
        for match in re.finditer(rf"(?<![가-힣]){re.escape(name)}", text):
            if not _AFTER.match(text, match.end()):
                continue
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            builder.add(Found(match.start(), match.end(), name, "Person", person.id,
                              person.name, confidence=person.confidence))
    add_family_references(builder)


# the family name and 씨 standing as a word (최씨는, 최 씨에게), a particle or nothing after
_FAMILY_SSI = re.compile(r"(?<![가-힣])(?P<family>[가-힣])\s?씨(?=" + _AFTER.pattern + ")")


def add_family_references(builder: DocBuilder) -> None:
    """최씨 after 최민수: a mention (no alias) of the one person of that family name."""
    persons = [f for f in builder.found if f.type == "Person" and not f.unnamed and
               re.fullmatch(r"[가-힣]{2,3}", f.text)]
    for match in _FAMILY_SSI.finditer(builder.text):
        family = match.group("family")
        bearers = {p.id for p in persons if p.text[0] == family}
        earlier = [p for p in persons if p.text[0] == family and p.end <= match.start()]
        if len(bearers) != 1 or not earlier:
            continue  # nobody, or two persons of one family name: 최씨 is either
        person = earlier[0]
        builder.add(Found(match.start(), match.end(), match.group(), "Person", person.id,
                          person.name, confidence=person.confidence, alias=False))
