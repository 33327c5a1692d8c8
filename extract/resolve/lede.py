"""The lede of a news or court release: the description that opens it is the person the
next sentences name.

"An Arizona woman was sentenced today ... Judge Ann Reed also ordered Jane Roe, 50, of
Mesa, Arizona, to ..." names the woman in the second sentence. The description is that
person only when all of this holds, else it stays an unnamed actor with at most a
`PossibleSame` suggestion (links.py):
- it is singular, indefinite and states a place or nationality ("an Arizona woman");
- it opens the text: no person is named before it, in the first two sentences;
- exactly one person who is not an official introduced by a title is first named in its
  sentence or the two after it, and that person is the one the document's facts about
  every named person single out (`possibly_same`: place or nationality agree, gender and
  age do not disagree, and no other named person fits).
"""

from __future__ import annotations

from extract.descriptors import Descriptor
from extract.mentions import DocMentions
from extract.resolve.base import DocEntities
from graph.model import ExtractedEntity, PossibleSame

_LEDE_SENTENCES = 2  # a dateline the parser splits off is a sentence of its own
_NAMED_WITHIN = 3  # the description's sentence and the two after it


def lede_person(d: Descriptor, sent: int, mentions: DocMentions, result: DocEntities,
                link: PossibleSame | None, titled: set[str]) -> ExtractedEntity | None:
    """The named person the opening description stands for, or None."""
    if link is None or d.plural or d.definite or d.type != "Person" or not d.where:
        return None
    if sent >= _LEDE_SENTENCES:
        return None
    first_named: dict[str, int] = {}
    for m in mentions.mentions:
        e = result.entities.get(m.entity) if m.entity else None
        if e is None or e.type != "Person" or e.unnamed:
            continue
        if m.start < d.start:
            return None  # the text named someone first: the description may be another
        first_named.setdefault(e.id, m.sent)
    candidates = {ident for ident, s in first_named.items()
                  if s < sent + _NAMED_WITHIN and ident not in titled}
    if candidates != {link.other}:
        return None
    return result.entities[link.other]
