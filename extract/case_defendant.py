"""'The defendant' of a court document about one person: the party its case caption names.

A plea summary, a judgment or an indictment of one person names the case once ("United
States v. Jane Roe") and then calls the person "the defendant", sections and paragraphs
away from any name ("2. The plea. In May the defendant pleaded guilty ..."). The nearest
named person (extract/coref.py) is the referent when one is near; otherwise "the
defendant" is the caption's party, when all of this holds:
- the document names exactly one case, and its caption names one party that reads as a
  person's name (two to five capitalised words, no "et al.", no list, no company form);
- no person of the document other than that party and the officials it introduces by a
  title (a judge, a prosecutor) is named: with a co-defendant, an accomplice or a victim
  named, "the defendant" could be another person, and nothing is resolved.
When the model did not mark the party's name in the text, the person is made from the
caption (its name is the caption's), with a mention wherever the text spells the full
name out; the caption itself stays the case's mention.
"""

from __future__ import annotations

import re

from extract.mentions import DocMentions
from extract.names import clean_person_name, person_key
from extract.resolve.base import DocEntities, new_entity
from graph.model import ExtractedEntity, Mention

_CAPTION = re.compile(r"^(?:United\s+States(?:\s+of\s+America)?|U\.\s?S\.|USA)\s+vs?\.\s+"
                      r"(?P<party>.+)$", re.IGNORECASE)
_PERSON_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}")
_NOT_A_PERSON = re.compile(r"\bet\s+al\b|,|\band\b|&|\b(?:LLC|Inc|Ltd|Co|Corp|Company|"
                           r"Limited|Corporation|Group|Bank|Property|Funds?|Assets?|"
                           r"Currency|Cryptocurrency|Accounts?|Domains?|Approximately)\b",
                           re.IGNORECASE)


def _party(case: ExtractedEntity) -> str:
    match = _CAPTION.match(case.name.strip())
    if match is None:
        return ""
    party = match.group("party").strip()
    if _NOT_A_PERSON.search(party) or not _PERSON_NAME.fullmatch(party):
        return ""
    return clean_person_name(party)


def _spelled_out(mentions: DocMentions, name: str) -> list[tuple[int, int]]:
    """Where the text writes the full name outside every mention of another entity."""
    taken = [(m.start, m.end) for m in mentions.mentions if m.entity]
    words = r"\s+".join(re.escape(w) for w in name.split())
    found = []
    for match in re.finditer(rf"\b{words}\b", mentions.text, re.IGNORECASE):
        if not any(s < match.end() and match.start() < e for s, e in taken):
            found.append((match.start(), match.end()))
    return found


def caption_defendant(mentions: DocMentions, result: DocEntities, officials: set[str]) -> str:
    """The id of the one defendant the document's caption names, or ""."""
    cases = [e for e in result.entities.values() if e.type == "Case"]
    if len(cases) != 1:
        return ""
    party = _party(cases[0])
    if not party:
        return ""
    key = person_key(party)
    persons = [e for e in result.entities.values() if e.type == "Person" and not e.unnamed
               and e.id not in officials]
    if any(person_key(p.name) != key for p in persons):
        return ""  # another person is named: "the defendant" could be that one
    if persons:
        return persons[0].id
    entity = new_entity("Person", party, {}, 0.8)
    if entity.id in result.entities:
        return ""
    result.entities[entity.id] = entity
    spans = []
    for start, end in _spelled_out(mentions, party):
        if mentions.sentence_at(start) < 0:
            continue
        spans.append(mentions.new_span("Person", start, end, entity=entity.id))
        entity.mentions.append(Mention(start, end, mentions.text[start:end]))
    mentions.add(spans)
    return entity.id
