"""'Possibly the same': scored suggestions that an unnamed actor is a named one.

A description ("an Arizona woman") and a name ("Jane Roe, of Mesa, Arizona") are suggested
as one only when what the document says of the named person agrees with every attribute the
description states (place or nationality, gender, age) and at least one of them is known,
and exactly one named person fits. The suggestion is a `PossibleSame` with its reason; it is
never a merge, because a wrong merge joins two people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.descriptors import Descriptor
from extract.gazetteer import Gazetteer
from extract.mentions import DocMentions
from graph.model import ExtractedEntity, PossibleSame

_APPOSITIVE = re.compile(
    r"^,\s+(?:(?P<age>\d{1,2}),\s+)?(?:of\s+(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*"
    r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?)|a\s+citizen\s+of\s+(?P<citizen>[A-Z][\w\s]+?)"
    r"(?=[,.])|an?\s+(?P<demonym>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:national|citizen))")
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
        following = text[m.end:m.end + 300]  # the pronouns that follow tell the gender
        female, male = len(_FEMALE.findall(following)), len(_MALE.findall(following))
        if female > male:
            facts.gender = facts.gender or "female"
        elif male > female:
            facts.gender = facts.gender or "male"
    return facts


def agreement(d: Descriptor, facts: PersonFacts, gazetteer: Gazetteer) -> str:
    """The reason the description fits these facts, or "" when it does not."""
    reasons = []
    code = gazetteer.country_code(d.where) if d.where else None
    if code:
        if facts.nationality != code:
            return ""
        reasons.append(f"nationality {code}")
    elif d.where:
        if not any(d.where.lower() in p.lower() for p in facts.places):
            return ""
        reasons.append(f"place {d.where}")
    if d.gender and facts.gender:
        if d.gender != facts.gender:
            return ""
        reasons.append(f"gender {d.gender}")
    if d.age is not None and facts.age is not None:
        if d.age != facts.age:
            return ""
        reasons.append(f"age {d.age}")
    return ", ".join(reasons)


def possibly_same(d: Descriptor, unnamed_id: str, persons: list[ExtractedEntity],
                  facts: dict[str, PersonFacts], gazetteer: Gazetteer) -> PossibleSame | None:
    if d.plural or d.type != "Person":
        return None
    fits = [(p, why) for p in persons if (why := agreement(d, facts[p.id], gazetteer))]
    if len(fits) != 1:
        return None
    person, why = fits[0]
    score = min(0.9, 0.5 + 0.15 * len(why.split(", ")))
    return PossibleSame(unnamed_id, person.id, round(score, 2),
                        f"description agrees with what the document says of {person.name}: "
                        f"{why}")
