"""A foreign person's family name standing alone (채프먼은, 홀먼과) as a later mention of the
one person of the document who bears it (ko_western.py and ko_bracketed.py find the full
names)."""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found
from extract.lang.ko_evidence import bracketed_english
from extract.lang.ko_person_cues import AFTER_SURNAME


def add_family_names(builder: DocBuilder, people: list[tuple[str, str, str]],
                     confidence: float, alias: bool = True) -> None:
    """The family name alone (채프먼은) as a mention of the one person of `people` (family
    name in Hangul, id, English name) who bears it, wherever a particle follows it;
    `alias`: whether the family name becomes one of the person's aliases."""
    text = builder.text
    families = [family for family, _, _ in people]
    for family, entity_id, english in people:
        if families.count(family) > 1:
            continue  # two persons of one family name: the name alone is either
        for match in re.finditer(rf"(?<![가-힣]){re.escape(family)}", text):
            if _someone_else(text, match.start(), match.end(), english):
                continue
            if AFTER_SURNAME.match(text, match.end()):
                builder.add(Found(match.start(), match.end(), family, "Person", entity_id,
                                  english, confidence=confidence, alias=alias))


def _someone_else(text: str, start: int, end: int, english: str) -> bool:
    """Is this family name the last word of another person's full name? It is when a quoted
    nickname stands right before it (X ‘Y’ 왕: a given name and nickname this reading did not
    take), or when the romanized name in brackets after it is not this person's."""
    if re.search(r"[’'\"”]\s*$", text[max(0, start - 3):start]):
        return True
    latin = bracketed_english(text, end)
    return bool(latin) and latin.lower() != english.lower()
