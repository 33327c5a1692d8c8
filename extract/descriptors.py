"""Unnamed descriptors ("an Arizona woman", "a Ukrainian man") linked to a named person.

Press releases open with a descriptor and name the person later. A descriptor becomes a
mention of a named person only when its attributes agree with what the same document says
about that person (place of residence, nationality, gender) and exactly one person fits;
otherwise it stays unlinked, because a wrong link would merge two people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.gazetteer import Gazetteer
from extract.mentions import DocMentions, MentionSpan
from extract.resolve import DocEntities, Merge
from graph.model import ExtractedEntity

_DESCRIPTOR = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:(?P<age>\d{1,2})-year-old\s+)?(?P<where>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
    r"\s+(?P<noun>man|woman|national|resident|citizen|facilitator|businessman|businesswoman)\b"
)
_APPOSITIVE = re.compile(
    r"^,\s+(?:(?P<age>\d{1,2}),\s+)?(?:of\s+(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*"
    r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?)|a\s+citizen\s+of\s+(?P<citizen>[A-Z][\w\s]+?)"
    r"(?=[,.])|an?\s+(?P<demonym>[A-Z][a-z]+)\s+national)"
)
_FEMALE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)
_MALE = re.compile(r"\b(?:he|him|his|himself)\b", re.I)


@dataclass
class PersonFacts:
    places: list[str] = field(default_factory=list)
    nationality: str = ""
    gender: str = ""
    age: int | None = None


def person_facts(mentions: DocMentions, person: ExtractedEntity,
                 gazetteer: Gazetteer) -> PersonFacts:
    """What the document says about a person right after naming them, and its pronouns."""
    facts = PersonFacts(nationality=str(person.properties.get("nationality", "")))
    text = mentions.text
    for m in person.mentions:
        match = _APPOSITIVE.match(text[m.end:m.end + 120])
        if match:
            if match.group("place"):
                facts.places.append(match.group("place"))
            if match.group("age"):
                facts.age = int(match.group("age"))
            nation = match.group("citizen") or match.group("demonym")
            if nation:
                facts.nationality = gazetteer.country_code(nation.strip()) or facts.nationality
        # the next sentence's pronouns tell the gender
        following = text[m.end:m.end + 300]
        female, male = len(_FEMALE.findall(following)), len(_MALE.findall(following))
        if female > male:
            facts.gender = facts.gender or "female"
        elif male > female:
            facts.gender = facts.gender or "male"
    return facts


def _agrees(where: str, noun: str, facts: PersonFacts, gazetteer: Gazetteer) -> bool:
    """True when every attribute the descriptor states fits, and at least one is known."""
    positive = False
    code = gazetteer.country_code(where)
    if code:
        if facts.nationality and facts.nationality != code:
            return False
        positive = positive or facts.nationality == code
    elif facts.places:
        if not any(where.lower() in p.lower() for p in facts.places):
            return False
        positive = True
    else:
        return False
    gender = {"man": "male", "woman": "female", "businessman": "male",
              "businesswoman": "female"}.get(noun, "")
    if gender and facts.gender and gender != facts.gender:
        return False
    return positive


def link_descriptors(mentions: DocMentions, resolved: DocEntities,
                     gazetteer: Gazetteer) -> None:
    """Add each descriptor that fits exactly one named person as a mention of that person."""
    persons = [e for e in resolved.entities.values() if e.type == "Person"]
    if not persons:
        return
    facts = {p.id: person_facts(mentions, p, gazetteer) for p in persons}
    added: list[MentionSpan] = []
    for index, sentence in enumerate(mentions.sentences):
        for match in _DESCRIPTOR.finditer(sentence.text):
            where, noun = match.group("where"), match.group("noun")
            fits = [p for p in persons if _agrees(where, noun, facts[p.id], gazetteer)]
            if len(fits) != 1:
                continue
            person = fits[0]
            start = sentence.start + match.start()
            span = MentionSpan("Person", match.group(0), start, start + len(match.group(0)),
                               -1, -1, index)
            resolved.add_mention(person, span)
            resolved.merges.append(Merge(person.id, match.group(0),
                                         f"descriptor agrees ({where}, {noun})", 0.75))
            added.append(span)
    if added:
        mentions.mentions = sorted([*mentions.mentions, *added], key=lambda m: m.start)
    for p in persons:
        f = facts[p.id]
        if f.places and "location" not in p.properties:
            p.properties["location"] = f.places[0]
        if f.age is not None and "age" not in p.properties:
            p.properties["age"] = f.age
        if f.nationality and "nationality" not in p.properties:
            p.properties["nationality"] = f.nationality
