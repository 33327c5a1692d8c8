"""A Korean person's name written again where the name readers missed it.

Kiwi reads a name by its context, and the same name may come out as a name in one sentence
and as other words in the next (김세운과 명철민에 각각 …: 명철민에 split otherwise). A person
named in full (three or four syllables) once is that person wherever the same name stands
as a word: no syllable of a word before it, and a particle, a bracket, a separator or the
end after it. Two-syllable names and family names alone are left to the readers (a short
name is too often part of another word).
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
