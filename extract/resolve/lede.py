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
  age do not disagree, and no other named person fits), or, when the document says
  nothing of that person's place, gender or age agrees and nothing disagrees.
"Two Maryland men" opens a release the same way for the two persons named next, when they
are exactly as many as it counts and each fits it (`lede_group`), and any counted
description is the actors "The first, A, ... The second, B" name next (`ordinals.py`).
"""

from __future__ import annotations

from extract.descriptors import Descriptor
from extract.gazetteer import Gazetteer
from extract.mentions import DocMentions
from extract.resolve.base import DocEntities
from extract.resolve.links import PersonFacts, agreement
from extract.resolve.ordinals import ordinal_members
from graph.model import ExtractedEntity, PossibleSame

_LEDE_SENTENCES = 2  # a dateline the parser splits off is a sentence of its own
_NAMED_WITHIN = 3  # the description's sentence and the two after it


def _named_next(d: Descriptor, sent: int, mentions: DocMentions, result: DocEntities,
                titled: set[str]) -> set[str] | None:
    """The persons, officials aside, first named in the description's sentence or the two
    after it; None when the description is not the opening of the text."""
    if d.definite or d.type != "Person" or not d.where or sent >= _LEDE_SENTENCES:
        return None
    first_named: dict[str, int] = {}
    for m in mentions.mentions:
        e = result.entities.get(m.entity) if m.entity else None
        if e is None or e.type != "Person" or e.unnamed or "reference" in m.props:
            continue
        if m.start < d.start:
            return None  # the text named someone first: the description may be another
        first_named.setdefault(e.id, m.sent)
    return {ident for ident, s in first_named.items()
            if s < sent + _NAMED_WITHIN and ident not in titled}


def lede_person(d: Descriptor, sent: int, mentions: DocMentions, result: DocEntities,
                link: PossibleSame | None, titled: set[str],
                facts: dict[str, PersonFacts] | None = None,
                gazetteer: Gazetteer | None = None) -> ExtractedEntity | None:
    """The named person the opening description stands for, or None. Without a link (the
    document says nothing of the person's place: "A Nashville man was arrested ... Jane
    Roe, 38, is charged"), the one person named next still is, when nothing the document
    says of them disagrees with the description and something agrees (gender, age)."""
    if d.plural:
        return None
    named = _named_next(d, sent, mentions, result, titled)
    if link is not None:
        return result.entities[link.other] if named == {link.other} else None
    if facts is None or gazetteer is None or named is None or len(named) != 1:
        return None
    ident = next(iter(named))
    person = facts.get(ident)
    national = bool(d.where and gazetteer.country_code(d.where))
    if person is None or person.places or (national and person.nationality):
        return None  # what the document says of the place decides, and it did not agree
    fits = (d.gender and person.gender == d.gender) or (
        d.age is not None and person.age == d.age)
    unlike = (d.gender and person.gender and person.gender != d.gender) or (
        d.age is not None and person.age is not None and person.age != d.age)
    return result.entities[ident] if fits and not unlike else None


def lede_group(d: Descriptor, sent: int, mentions: DocMentions, result: DocEntities,
               facts: dict[str, PersonFacts], gazetteer: Gazetteer,
               titled: set[str]) -> tuple[str, ...]:
    """"Two Maryland men were charged ... A, 35, of Laurel, Maryland, and B, 41, of Bowie,
    Maryland": the counted opening description is the persons named next when they are
    exactly as many and every one of them fits it."""
    if not d.plural or d.count is None or d.count < 2 or d.count_qualifier not in {"", "exact"}:
        return ()
    ordered = ordinal_members(d, mentions, result)  # "... two firms. The first, A, ..."
    if ordered:
        return ordered
    named = _named_next(d, sent, mentions, result, titled)
    if not named or len(named) != d.count:
        return ()
    if not all(ident in facts and agreement(d, facts[ident], gazetteer) for ident in named):
        return ()
    return tuple(sorted(named, key=lambda i: min(m.start for m in result.entities[i].mentions)))
