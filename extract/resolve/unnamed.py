"""Unnamed actors: each description that plays a role becomes an entity of its document.

"an Arizona woman" gets `unnamed=True`, the description as its name, an id scoped to the
document (`person:{doc id}#an-arizona-woman`) and, if plural, a count; "the Arizona woman"
later is the same entity. A description is never an alias. It joins a named entity only
where the text itself says they are one, by apposition ("an Arizona woman, Jane Roe, ..." or
"Jane Roe, an Arizona woman, ...") or a copula ("X is a Dalian-based company"), or where
a release's opening description is the one person its next sentences name (lede.py);
otherwise agreement of attributes gives a scored `PossibleSame` link (`links.py`).
Whether a description plays a role is for the relation frames to say: the extractor drops
unnamed entities no relation uses.
"""

from __future__ import annotations

import bisect
import itertools
import re

from extract.coref import officials
from extract.descriptors import SUMMARY_NOUNS, Descriptor, find_descriptors
from extract.gazetteer import Gazetteer
from extract.groups import group_spans, listed_after, named_lists
from extract.mentions import DocMentions, MentionSpan
from extract.overlaps import Overlaps
from extract.resolve.base import DocEntities
from extract.resolve.lede import lede_group, lede_person
from extract.resolve.links import person_facts, possibly_same
from extract.rosters import named_as, named_before, roster_members
from graph.ids import slugify
from graph.model import DocumentMeta, ExtractedEntity, Mention, PossibleSame

# mentions that may sit inside a description ("Arizona" in "an Arizona woman")
_INSIDE = {"PLACE", "DEMONYM", "Country", "CARDINAL", "CAPITAL", "DATE"}


_COMMA_GAP = re.compile(r",\s*")
_SPACE = re.compile(r"\s")


class _Places:
    """The mentions of a document by where they start and end, so the apposition test of
    each description looks only at the mentions right beside it."""

    def __init__(self, mentions: list[MentionSpan]) -> None:
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.in_order = all(a <= b for a, b in itertools.pairwise(self.starts))
        self.ending_at: dict[int, list[int]] = {}
        for i, m in enumerate(mentions):
            self.ending_at.setdefault(m.end, []).append(i)
        self.overlaps = Overlaps((m.start, m.end, m) for m in mentions)

    def beside(self, d: Descriptor, text: str) -> list[MentionSpan]:
        """Mentions that may be separated from the description by a comma alone, in list
        order: starting after "<description>, " or ending where ", <description>" opens;
        and the subject of a copula before it ("X is a Dalian-based company")."""
        if not self.in_order:  # mentions built by hand (tests): look at every one
            return list(self.mentions)
        found: set[int] = set()
        gap = _COMMA_GAP.match(text, d.end)
        if gap is not None:
            first = bisect.bisect_left(self.starts, d.end + 1)
            last = bisect.bisect_right(self.starts, gap.end())
            found.update(range(first, last))
        comma = d.start
        while comma > 0 and _SPACE.match(text, comma - 1):
            comma -= 1
        if comma > 0 and text[comma - 1] == ",":
            found.update(self.ending_at.get(comma - 1, ()))
            aged = _AGE_BEFORE.search(text, max(0, comma - 8), comma)
            if aged is not None:  # "P, 44, a resident of ...": the age stands between
                found.update(self.ending_at.get(aged.start(), ()))
        copula = re.search(r"\s+(?:is|was)\s+(?:also\s+)?$", text[max(0, d.start - 16):d.start])
        if copula is not None:
            found.update(self.ending_at.get(d.start - len(copula.group(0)), ()))
        return [self.mentions[i] for i in sorted(found)]

# a person's age between the name and its description, as court releases write it
# ("P, 44, a resident of ..."): one shape for both directions of the apposition
_AGE = r"\d{2},"
_AGE_BEFORE = re.compile(rf",\s*{_AGE}$")
_NAME_TO_DESCRIPTION = re.compile(rf",\s*(?:{_AGE}\s*)?")


def _apposed(d: Descriptor, mentions: DocMentions, places: _Places) -> MentionSpan | None:
    """The named mention the description stands in apposition to, if any."""
    text = mentions.text
    for m in places.beside(d, text):
        if m.label != d.type or not m.entity:
            continue
        after_description = m.start > d.end and re.fullmatch(r",\s*", text[d.end:m.start])
        before_description = m.end < d.start and _NAME_TO_DESCRIPTION.fullmatch(
            text, m.end, d.start)
        if after_description and re.match(r"\s*[,.;)]", text[m.end:m.end + 2]):
            return m
        if before_description and _CLOSES.match(text, d.end):
            return m
        if _copula_subject(m, d, text):
            return m
    return None


# an appositive description ends at punctuation or where a clause about it begins ("X, a
# DPRK company that employs ...", "X, a firm based in ...", "X, a Texas man who pleaded
# guilty ...", "X, a DPRK national living in Laos") or where a second description of the
# same name is joined to it ("X, a DPRK national and a representative of ...")
_CLOSES = re.compile(r"\s*[,.;)]|\s+(?:that|which|who|whom|whose|based|located|registered|"
                     r"headquartered|operating|living|residing|working|stationed|employed|"
                     r"dispatched|deployed|acting|serving)\b|\s+and\s+(?:a|an)\s")


# "X is a Dalian-based company": a singular description after a copula is its subject; the
# subject is the name that opens its clause, not the object of a preposition ("the lawyer
# of X is a U.S. national") and not one item of a list
_COPULA = re.compile(r"\s+(?:is|was)\s+(?:also\s+)?")
_NOT_SUBJECT = re.compile(r"\b(?:of|for|by|with|to|from|and|or|than|on|at|in)\s*$|'s?\s*$",
                          re.IGNORECASE)


def _copula_subject(m: MentionSpan, d: Descriptor, text: str) -> bool:
    if d.plural or d.definite or m.end >= d.start:
        return False
    return bool(_COPULA.fullmatch(text, m.end, d.start)) and \
        not _NOT_SUBJECT.search(text[max(0, m.start - 12):m.start])


_OWNER = re.compile(r"^.*?\bof\s+(?:its|his|her|their)\s+", re.IGNORECASE)


def _after_owner(d: Descriptor) -> int:
    """Where a group's words start: after the owner in "two of its front companies", whose
    possessive stands for the owner, not for the members."""
    owner = _OWNER.match(d.text)
    return d.start + owner.end() if owner is not None else d.start


def _described_once(descriptions: dict[str, set[str]], d: Descriptor) -> str:
    """The one named entity the document describes, in apposition or as a predicate, in
    the words of this description ("a Russian national ... Jane Roe, a Russian national"):
    the repeated description is the text's own link. Two named entities so described, or a
    plural, leave it unlinked."""
    named = descriptions.get(d.key, set())
    return next(iter(named)) if len(named) == 1 and not d.plural else ""


# a sentence that announces designations: its counted targets are the ones the release names
_DESIGNATES = re.compile(r"\b(?:designat|sanction)\w*\b", re.IGNORECASE)


def _counts_targets(d: Descriptor, mentions: DocMentions) -> bool:
    """"OFAC today designated eight individuals and two entities that ...", "designated X,
    together with a Russian national and four companies ...": an exact count with no
    describing word, in the sentence that announces designations, counts the targets the
    release goes on to name; it is no actor of its own. A described count ("over 300 U.S.
    companies", "two Chinese firms") is kept."""
    if not d.plural or d.count is None or d.count_qualifier not in {"", "exact"} or d.where:
        return False
    words = d.text.split()
    if len(words) != 2:  # "<number> <noun>", nothing else said of them
        return False
    sentence = mentions.sentence_at(d.start)
    if sentence < 0:
        return False
    start = mentions.sentences[sentence].start
    before = mentions.text[start:d.start]
    # the count is the designating verb's object, first or joined to the others named
    # there ("designated X and four companies"), not a place the targets act in ("the
    # designated network placed workers at two companies")
    verbs = list(_DESIGNATES.finditer(before))
    if not verbs:
        return False
    gap = before[verbs[-1].end():]
    return not gap.strip() or (len(gap) <= 160 and bool(re.search(
        r"(?:\band|\bwith|,)\s*$", gap)))


def _properties(d: Descriptor, gazetteer: Gazetteer) -> dict[str, object]:
    code = gazetteer.country_code(d.where) if d.where else None
    place = gazetteer.place_code(d.where) if d.where and not code else None
    if d.type == "Person":
        props: dict[str, object] = {}
        if code:
            props["nationality"] = code
        elif place:
            props["location"], props["country"] = d.where, place
        if d.age is not None:
            props["age"] = d.age
        return props
    kind = "front_company" if re.search(r"\b(?:front|shell)\b", d.text, re.I) else "company"
    return {"kind": kind, **({"country": code or place} if code or place else {})}


def add_unnamed(mentions: DocMentions, result: DocEntities, meta: DocumentMeta,
                gazetteer: Gazetteer) -> list[PossibleSame]:
    """Make descriptions entities; return the possibly-same links found for them."""
    persons = [e for e in result.entities.values() if e.type == "Person" and not e.unnamed]
    facts = {p.id: person_facts(mentions, p, gazetteer) for p in persons}
    by_key: dict[str, ExtractedEntity] = {}
    links: list[PossibleSame] = []
    added: list[MentionSpan] = []
    named_count = {t: sum(1 for e in result.entities.values() if e.type == t and not e.unnamed)
                   for t in ("Person", "Organization")}
    places = _Places(mentions.mentions)  # mentions gains the descriptions only at the end
    lists = named_lists(mentions, result.entities)
    titled = officials(mentions, result)
    descriptors = find_descriptors(mentions.text)
    descriptions: dict[str, set[str]] = {}
    for d in descriptors:
        apposed = _apposed(d, mentions, places)
        if apposed is not None and apposed.entity:
            descriptions.setdefault(d.key, set()).add(apposed.entity)
    sets: dict[tuple[str, int], tuple[str, ...]] = {}
    for d in descriptors:
        if d.plural and d.count and d.count_qualifier in {"", "exact"}:
            # "two U.S. nationals, A and B", "four nationals: A, B, C and D": the
            # description stands for the names it announces
            listed = listed_after(mentions, lists, d.end, d.count, d.type)
            sent = mentions.sentence_at(d.start)
            members = listed.members if listed is not None else named_as(
                d, mentions, result, lists) or lede_group(
                d, sent, mentions, result, facts, gazetteer, titled)
            roster = () if members else roster_members(d, sent, mentions, result, titled,
                                                       descriptors)  # "... The targets are"
            members = members or named_before(d, sent, mentions, result, lists, sets)
            if members or roster:
                sets[(d.key, d.count)] = members or roster  # "the two <same words>" later
                spans = group_spans(mentions, result.entities, _after_owner(d), d.end,
                                    members or roster, d.noun.lower())
                for span in spans if roster else []:
                    span.props["roster"] = True  # named later: their order names no case
                added.extend(spans)
                continue
        if d.opening:
            continue  # "Two Maryland men" that names no one next is left as it was written
        if d.noun.lower() in SUMMARY_NOUNS and d.count is not None and \
                named_count.get(d.type, 0) >= d.count:
            continue  # "four entities and two individuals": a count of the named targets
        if _counts_targets(d, mentions):
            continue
        if any(m.label not in _INSIDE for _, _, m in places.overlaps.overlapping(d.start, d.end)):
            continue  # a name covers it ("the Arizona Department of ...")
        span = mentions.new_span(d.type, d.start, d.end, props={"unnamed": True})
        if span.sent < 0:
            continue
        named = _apposed(d, mentions, places)
        same = "" if named is not None else _described_once(descriptions, d)
        if same and same in result.entities:
            entity = result.entities[same]
            entity.mentions.append(Mention(d.start, d.end, d.text))
            span.entity = entity.id
            added.append(span)
            continue
        opening = None if named is not None or d.key in by_key else lede_person(
            d, span.sent, mentions, result,
            possibly_same(d, "", persons, facts, gazetteer), titled, facts, gazetteer)
        if opening is not None:  # "An Arizona woman was sentenced ... Jane Roe, 50, of ..."
            by_key[d.key] = opening
            opening.mentions.append(Mention(d.start, d.end, d.text))
            span.entity = opening.id
            added.append(span)
            continue
        if named is not None:  # the text says who it is: a mention of the named entity
            entity = result.entities[named.entity]
            entity.mentions.append(Mention(d.start, d.end, d.text))
            span.entity = entity.id
            added.append(span)
            continue
        known = by_key.get(d.key) if d.definite or not d.plural else None
        if known is None and d.definite and not d.plural:
            known = by_key.get(d.state_key(gazetteer.country_code))
        if known is not None:
            entity = known
        else:
            ident = f"{d.type.lower()}:{meta.id}#{slugify(d.text)}"
            entity = result.entities.get(ident) or ExtractedEntity(
                id=ident, type=d.type, name=d.name, properties=_properties(d, gazetteer),
                confidence=0.7, unnamed=True, count=d.count,
                count_qualifier=d.count_qualifier)
            result.entities[ident] = entity
            by_key.setdefault(d.key, entity)
            by_key.setdefault(d.state_key(gazetteer.country_code), entity)
            link = possibly_same(d, ident, persons, facts, gazetteer)
            if link is not None and link not in links:
                links.append(link)
        entity.mentions.append(Mention(d.start, d.end, d.text))
        span.entity = entity.id
        added.append(span)
    mentions.add(added)
    return links


def drop_unused(entities: list[ExtractedEntity], used: set[str],
                links: list[PossibleSame]) -> tuple[list[ExtractedEntity], list[PossibleSame]]:
    """Descriptions that play no role in any relation are not entities."""
    kept = [e for e in entities if not e.unnamed or e.id in used]
    ids = {e.id for e in kept}
    return kept, [x for x in links if x.entity in ids and x.other in ids]
