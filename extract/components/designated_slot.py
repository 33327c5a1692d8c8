"""Company names in a designation's slot that no other reader marks.

The model often misses a company named without a legal form when its words are unknown to
it ("OFAC designated Pyolmaru Trading in 2022", "Pyolmaru Trading, which was sanctioned in
2022, ..."), and then the designation has no target. A name in the slot of a designating
verb (its object, or the noun its passive relative clause describes) whose last word is a
word only organizations end in (ORG_TAIL: "Trading", "Technology", "Group", "Software" ...)
is an organization; a name ending otherwise is left to the name readers (a person's name
never ends so). Every name of a list in the slot is read ("designated A Trading and B
Technology").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.components.org_context import NAME
from extract.components.span_context import ORG_TAIL

_ITEM = re.compile(NAME)
_LIST = rf"(?P<list>{NAME}(?:(?:,[ \t]+|,?[ \t]+and[ \t]+){NAME})*)"
_ACTIVE = re.compile(r"\b(?:designated|sanctioned|blacklisted|designating|sanctioning)"
                     r"[ \t]+" + _LIST)
_PASSIVE = re.compile(rf"(?P<list>{NAME}),[ \t]+which[ \t]+(?:was|were|has[ \t]+been|"
                      r"had[ \t]+been)[ \t]+(?:designated|sanctioned|blacklisted)\b")


def designated_spans(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the organization names a designating verb's slot holds."""
    for match in (*_ACTIVE.finditer(text), *_PASSIVE.finditer(text)):
        offset = match.start("list")
        for item in _ITEM.finditer(match.group("list")):
            name = item.group(0).rstrip(" \t.,")
            if len(name.split()) >= 2 and ORG_TAIL.search(name):
                yield offset + item.start(), offset + item.start() + len(name)
