"""A counted description whose members the next sentences name one by one, in order:
"OFAC also designated two other firms. The first, A, is based in Laos. The second, B, ...".

The description stands for the named actors the ordinals introduce when all of this holds
(else it stays an unnamed group; a set is never guessed):
- it is counted exactly ("two other firms", not "at least two firms") and not definite;
- the sentences right after it open with "The first", "The second", ... in order, up to
  its count and no further ("The third" after "two firms" is another list);
- each ordinal introduces one named actor of the description's type at once, by
  apposition or a copula ("The first, A, ...", "The second firm, B, ...", "The first is
  A"); an ordinal that names no one ("The first is how long ...") ends the reading.
"""

from __future__ import annotations

import re

from extract.descriptors import Descriptor
from extract.mentions import DocMentions
from extract.resolve.base import DocEntities

_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth")
# "The first, ", "The second firm, ", "The first is ", "The third one was "
_OPENING = re.compile(r"^\s*[\"“]?(?:The|the)\s+(?P<ordinal>[a-z]+)(?:\s+(?:one|[a-z]+))?"
                      r"(?:\s*,\s*|\s+(?:is|was)\s+)")


def ordinal_members(d: Descriptor, mentions: DocMentions, result: DocEntities
                    ) -> tuple[str, ...]:
    """The named actors the ordinals after a counted description introduce, or ()."""
    if d.definite or not d.plural or d.count is None or d.count < 2 or \
            d.count > len(_ORDINALS) or d.count_qualifier not in {"", "exact"}:
        return ()
    sent = mentions.sentence_at(d.start)
    if sent < 0:
        return ()
    members: list[str] = []
    for k in range(d.count + 1):
        index = sent + 1 + k
        if index >= len(mentions.sentences):
            break
        sentence = mentions.sentences[index]
        opening = _OPENING.match(sentence.text)
        if opening is None or opening.group("ordinal") not in _ORDINALS:
            break
        if k >= d.count or opening.group("ordinal") != _ORDINALS[k]:
            return ()  # "The third" after "two firms", or out of order
        at = sentence.start + opening.end()
        named = next((m for m in mentions.in_sentence(index) if m.entity and m.start == at),
                     None)
        e = result.entities.get(named.entity) if named is not None else None
        if e is None or e.unnamed or e.type != d.type or e.id in members:
            return ()
        members.append(e.id)
    return tuple(members) if len(members) == d.count else ()
