"""Whether a name in a document is the listed actor of the same name.

A gazetteer entry carries an identity (a nationality, a base). A namesake does not inherit
it: where the document says something of the named person or company right after the name
("<Name>, 34, a software engineer from <city>", "<Name>, a company based in <country>") and
that places them in another state than the listed one, the name is a different actor and
gets an entity of its own.

A collective is the exception: the DPRK's IT workers are North Korea's wherever they live,
so "<the workers>, most of them based in <country>" places the workers, not another
collective of the same name.
"""

from __future__ import annotations

import re

from extract.gazetteer import Gazetteer, GazetteerEntry
from extract.mentions import MentionSpan

# the apposition after a name, up to the end of its clause
_APPOSITION = re.compile(r"^\s*,\s*(?P<body>[^;.()]{1,120})")
_PLACE = re.compile(r"\b(?:from|of|in|based\s+in)\s+(?P<place>[A-Z][\w.'’-]*(?:[ \t]+[A-Z]"
                    r"[\w.'’-]*)*(?:,\s*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*)?)")
_DEMONYM = re.compile(r"\b(?:an?|the)\s+(?P<demonym>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+"
                      r"(?:national|citizen|resident|company|firm)\b")


def stated_countries(text: str, m: MentionSpan, gazetteer: Gazetteer) -> set[str]:
    """ISO codes of the states the apposition after a mention places it in."""
    match = _APPOSITION.match(text[m.end:m.end + 140])
    if match is None:
        return set()
    body = match.group("body")
    codes = set()
    for place in _PLACE.finditer(body):
        code = gazetteer.place_code(place.group("place"))
        if code:
            codes.add(code)
    for demonym in _DEMONYM.finditer(body):
        code = gazetteer.country_code(demonym.group("demonym"))
        if code:
            codes.add(code)
    return codes


def corroborated(entry: GazetteerEntry, text: str, m: MentionSpan,
                 gazetteer: Gazetteer) -> bool:
    """False when the document places this name in another state than the listed actor."""
    if entry.type not in {"Person", "Organization"} or \
            entry.properties.get("kind") == "worker_group":
        return True
    listed = str(entry.properties.get("nationality") or entry.properties.get("country") or "")
    stated = stated_countries(text, m, gazetteer)
    return not (listed and stated and listed not in stated)
