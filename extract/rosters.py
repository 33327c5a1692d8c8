"""A counted description whose names a later roster sentence gives.

A release often counts its actors in the act's sentence and names them in the next ones:
"OFAC designated two software companies and the national who runs them ... The targets
are A, a company in China; B, ...; and C, its chief executive." or "eight foreign nationals
were charged alongside him ... Named with him are six nationals of the PRC - A, ... - and
two nationals of Taiwan, G and H." The counted description ("two software companies",
"eight foreign nationals") is then the set of names the roster lists, so the act of its
sentence is each member's act (extract/groups.py makes one mention per member on the
description's words).

A roster is a sentence that only presents names: it opens with a definite plural summary
and a copula ("The targets are", "The 14 members are:", "These individuals were"), or with
a participle of association and a copula ("Named with him are", "Charged alongside them
were"). A roster sentence that ends in a colon with no names gives the bullet lines under
it. The description is the roster's names only when all of this holds:
- the roster is the first one within the next three sentences, with no heading between;
- it names exactly as many actors of the description's type as the description counts
  (named actors, not references or officials introduced by a title);
- no other counted description of the same type stands between them.
"Also charged are A and B" adds to a set rather than naming it, and "include" gives a part
of a set: neither is a roster. A set is never guessed: one name more or fewer, and the
description stays what it was.
"""

from __future__ import annotations

import re

from extract.descriptors import Descriptor
from extract.groups import Listed
from extract.mentions import DocMentions
from extract.resolve.base import DocEntities

_WINDOW = 3  # sentences after the description's own
_SUMMARY = (r"targets|members|individuals|entities|persons|people|companies|firms|"
            r"defendants|nationals|men|women|organizations|businesses|designees|"
            r"co-conspirators|conspirators|facilitators")
# "The targets are", "The 14 members are:", "These individuals were", "Those designated
# are", "The two men added to the list are": a definite plural subject of a copula that
# opens the sentence
_SUMMARY_OPENER = re.compile(
    rf"^[\"“]?(?:The|These|Those)\s+(?:[\w.-]+\s+){{0,3}}?(?:{_SUMMARY}|designated|"
    rf"sanctioned|charged|indicted)\s+(?:(?:designated|sanctioned|charged|indicted|named|"
    rf"added|listed|targeted)\b[^,.;:\"“]{{0,50}}?\s+)?(?:are|were)\b(?!\s+(?:also|not)\b)")
# "Named with him are", "Charged alongside them were", "Indicted with her are"
_WITH_OPENER = re.compile(
    r"^[\"“]?(?:Named|Charged|Indicted|Designated|Sanctioned|Listed)\s+"
    r"(?:with|alongside|along\s+with|together\s+with)\s+(?:him|her|them|[A-Z][\w.-]+)"
    r"\s+(?:are|were)\b")
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.)])\s+")


def _is_roster(text: str) -> bool:
    return bool(_SUMMARY_OPENER.match(text) or _WITH_OPENER.match(text))


def _heading_between(text: str, start: int, end: int) -> bool:
    """A line of its own that ends no sentence, between the two offsets: a new topic."""
    lines = text[start:end].split("\n")
    return any(line.strip() and not _BULLET.match(line) and len(line.strip()) <= 80
               and not re.search(r"[.!?:;,\"”’')\]]\s*$", line) for line in lines[1:-1])


def _names(mentions: DocMentions, result: DocEntities, sents: list[int], type_: str,
           titled: set[str]) -> list[str]:
    found: list[str] = []
    for sent in sents:
        for m in mentions.in_sentence(sent):
            e = result.entities.get(m.entity) if m.entity else None
            if e is None or e.type != type_ or e.unnamed or "reference" in m.props or \
                    "group" in m.props or e.id in titled:
                continue
            if e.id not in found:
                found.append(e.id)
    return found


def _bullets(mentions: DocMentions, sent: int) -> list[int]:
    """The sentences of the bullet lines right under a roster sentence ending in a colon."""
    text = mentions.text
    found: list[int] = []
    for k in range(sent + 1, len(mentions.sentences)):
        s = mentions.sentences[k]
        line_start = text.rfind("\n", 0, s.start) + 1
        prefix = text[line_start:s.start]
        if prefix.strip() and not _BULLET.fullmatch(prefix):
            if not found:
                break
            found.append(k)  # the rest of a bullet line the splitter cut in two
            continue
        if not _BULLET.match(text[line_start:s.end]):
            break
        found.append(k)
    return found


def roster_members(d: Descriptor, sent: int, mentions: DocMentions, result: DocEntities,
                   titled: set[str], others: list[Descriptor]) -> tuple[str, ...]:
    """The named actors a roster after the counted description `d` lists, or ()."""
    if not d.plural or d.count is None or d.count < 2 or d.definite or \
            d.count_qualifier not in {"", "exact"} or sent < 0:
        return ()
    for k in range(sent + 1, min(len(mentions.sentences), sent + 1 + _WINDOW)):
        s = mentions.sentences[k]
        if _heading_between(mentions.text, d.end, s.start):
            return ()
        if any(o is not d and o.type == d.type and o.plural and o.count is not None
               and d.end <= o.start < s.start for o in others):
            return ()  # another count of the same kind is nearer the roster
        body = s.text.lstrip()
        if not _is_roster(body):
            continue
        sents = [k]
        while not re.search(r"[.!?:][\"”’)]?\s*$", mentions.sentences[sents[-1]].text) and \
                sents[-1] + 1 < len(mentions.sentences):
            sents.append(sents[-1] + 1)  # a dash the splitter took for a sentence's end
        if mentions.sentences[sents[-1]].text.rstrip().endswith(":"):
            sents += _bullets(mentions, sents[-1])
        named = _names(mentions, result, sents, d.type, titled)
        if len(named) != d.count:
            return ()
        return tuple(named)
    return ()


# "three foreign nationals who used the names A, B and C", "two men, using the names A and
# B,": persons known only by the names they went by are those names
_BY_NAMES = re.compile(
    r",?\s*(?:(?:who|that)\s+(?:used|use|uses|went\s+by|go\s+by|goes\s+by|operated\s+under)"
    r"|using|under)\s+the\s+(?:names|aliases|pseudonyms)\s+", re.IGNORECASE)


def named_as(d: Descriptor, mentions: DocMentions, result: DocEntities,
             lists: list[Listed]) -> tuple[str, ...]:
    """The names a counted description of persons says they used, exactly as many as it
    counts, or ()."""
    if d.type != "Person" or not d.plural or d.count is None or d.count < 2 or \
            d.count_qualifier not in {"", "exact"}:
        return ()
    tail = _BY_NAMES.match(mentions.text, d.end)
    if tail is None:
        return ()
    listed = next((x for x in lists if x.start == tail.end()), None)
    if listed is None or listed.type != "Person" or not listed.complete or \
            len(listed.members) != d.count:
        return ()
    return listed.members


_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+$")


def named_before(d: Descriptor, sent: int, mentions: DocMentions, result: DocEntities,
                 lists: list[Listed], sets: dict[tuple[str, int], tuple[str, ...]]
                 ) -> tuple[str, ...]:
    """"the two North Korean nationals", "these three Chinese brokers": a definite counted
    description is the set an earlier description of the same words and count stood for
    ("two North Korean nationals, A and B"), else the one list of exactly that many named
    actors of its type in its sentence or the three before it, as "the two men" is
    (extract/plurals.py), when it states no place or origin the list would have to share; a
    rival list of that size, or none, leaves it a description."""
    definite = d.definite or bool(_ARTICLE_BEFORE.search(mentions.text, 0, d.start))
    if not definite or not d.plural or d.count is None or d.count < 2 or sent < 0 or \
            d.count_qualifier not in {"", "exact"}:
        return ()
    if (d.key, d.count) in sets:
        return sets[(d.key, d.count)]
    if d.where:
        return ()  # "the three North Korean nationals": a stated origin no list vouches for
    from extract.groups import coordinations
    from extract.plurals import _the_set

    members = _the_set(lists, coordinations(mentions, result.entities), sent, d.start,
                       d.count, {d.type})
    return members or ()
