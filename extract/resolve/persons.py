"""Persons within one document: full names, romanization variants, bare surnames, nicknames."""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.gazetteer import Gazetteer
from extract.mentions import DocMentions, MentionSpan
from extract.names import (
    clean_person_name,
    fold,
    is_korean_name,
    korean_order,
    person_key,
    split_nickname,
    surname,
)
from extract.overlaps import Overlaps
from extract.resolve.base import DocEntities, Merge, contains_words, from_gazetteer, new_entity
from extract.resolve.identity import corroborated
from graph.model import ExtractedEntity


def persons_tagged_as_orgs(result: DocEntities,
                            pending: list[MentionSpan]) -> list[MentionSpan]:
    """The model sometimes tags a surname ("Chapman") as ORG; a named person claims it."""
    persons = [e for e in result.entities.values() if e.type == "Person"]
    rest = []
    owner_of: dict[str, list[ExtractedEntity]] = {}  # a long document repeats its words
    for m in pending:
        parts = [fold(p) for p in re.split(r",\s*|\s+and\s+", m.text.strip()) if p]
        owners = []
        for word in parts:
            if word not in owner_of:
                owner_of[word] = [p for p in persons if contains_words(fold(p.name), word)]
            fits = owner_of[word]
            if len(fits) > 1:
                fits = introduced_before(fits, m.start)
            owners.append(fits[0] if len(fits) == 1 else None)
        if owners and all(o is not None for o in owners):
            for owner in owners:  # "Prince and Ashtor": two people the model merged
                if owner is not None:
                    result.add_mention(owner, m)
        else:
            rest.append(m)
    return rest



def resolve_persons(result: DocEntities, pending: list[MentionSpan],
                     gazetteer: Gazetteer) -> None:
    """Full names become entities; a lone surname joins the one full name it fits."""
    persons = [e for e in result.entities.values() if e.type == "Person"]
    singles: list[MentionSpan] = []
    for m in pending:
        # the display name drops a quoted nickname; the mention's own text still holds it
        name, nicknames = clean_person_name(m.text), split_nickname(m.text)[1]
        if not name or not any(c.isalpha() for c in name):
            continue
        if len(name.split()) < 2 or _partial(name, persons):
            singles.append(m)
            continue
        name = _korean_display(name)
        key = person_key(name)
        match = next((p for p in persons if person_key(p.name) == key), None) or next(
            (p for p in persons if _middle_left_out(p.name, name)), None)
        if match is None:
            known = [e for e in gazetteer.lookup(name, "Person")
                     if m.hint != "namesake" and corroborated(e, result.text, m, gazetteer)]
            entity = from_gazetteer(known[0]) if known else new_entity("Person", name, {}, 0.8)
            result.entities[entity.id] = entity
            persons.append(entity)
            match = entity
        elif fold(match.name) != fold(name):
            result.merges.append(Merge(match.id, name, "romanization variant", 0.9))
        result.add_mention(match, m)
        for nick in nicknames:
            if nick not in match.aliases:
                match.aliases.append(nick)
    for m in singles:
        word = fold(clean_person_name(m.text))
        if not word:
            continue
        fits = [p for p in persons
                if contains_words(fold(p.name), word)
                or any(fold(a) == word for a in p.aliases)]
        nickname_of = _quoted_after_person(mentions_text(result), m, persons)
        if nickname_of is not None:
            fits = [nickname_of]
        if len(fits) > 1:
            fits = introduced_before(fits, m.start)
        if len(fits) == 1:
            result.add_mention(fits[0], m)
            result.merges.append(Merge(fits[0].id, m.text, "surname of a named person", 0.85))
        # a bare family name that no full name of the document fits refers to no one we
        # can name: it is not an entity of its own



def introduced_before(persons: list[ExtractedEntity], start: int) -> list[ExtractedEntity]:
    """Of namesakes, the ones a bare family name at `start` can point back to: those whose
    full name the text gave before it. A relative introduced later ("his wife, Dana Roe")
    does not make the earlier "Roe" ambiguous; once both are introduced, it is."""
    return [p for p in persons if any(m.start < start and len(m.text.split()) > 1
                                      for m in p.mentions)]


def _middle_left_out(a: str, b: str) -> bool:
    """'Pavel Volkov' and 'Pavel Andreyevich Volkov': one name with the middle name or
    patronymic left out (a list prints the full name, the prose the short one). Not for
    Korean names, whose words are all parts of the given or family name ('Kim Chol' and
    'Kim Chol Min' are two people)."""
    if is_korean_name(a) or is_korean_name(b):
        return False
    x, y = fold(a).split(), fold(b).split()
    short, long = sorted((x, y), key=len)
    return len(short) == 2 and 3 <= len(long) <= 4 and short[0] == long[0] \
        and short[-1] == long[-1]


def _partial(name: str, persons: list[ExtractedEntity]) -> bool:
    return any(contains_words(fold(p.name), fold(name)) and fold(p.name) != fold(name)
               for p in persons)


def mentions_text(result: DocEntities) -> str:
    return result.text


def _quoted_after_person(text: str, m: MentionSpan,
                         persons: list[ExtractedEntity]) -> ExtractedEntity | None:
    """'Kim Chol Min ("Jack")' or 'Zhenxing Wang, also known as "Danny"': a nickname."""
    before = text[max(0, m.start - 40):m.start]
    if not re.search(r"[\"“(]\s*$", before):
        return None
    for p in persons:
        for mention in p.mentions:
            if 0 < m.start - mention.end < 40 and re.fullmatch(
                    r"[\s,]*(?:also known as|aka|a\.k\.a\.)?[\s,]*[(\"“]*\s*",
                    text[mention.end:m.start]):
                return p
    return None


def _korean_display(name: str) -> str:
    """Family name first only for unmistakably Korean three-part names ('Sang Man Kim').
    A middle initial ('Sue J. Bai') marks a Western name: a romanized Korean given name is
    written in syllables, never shortened to a letter."""
    words = name.split()
    if len(words) == 3 and all(len(w) <= 5 for w in words[:2]) and \
            not any(re.fullmatch(r"[A-Z]\.?", w) for w in words):
        return korean_order(name)
    return name



class _WordStarts:
    """Where each word of a text starts, so a family name is looked for only where that
    word stands instead of by one pass over a long text per person."""

    _WORD = re.compile(r"\w+")

    def __init__(self, text: str) -> None:
        self.text = text
        self.at: dict[str, list[int]] = {}
        for match in self._WORD.finditer(text):
            self.at.setdefault(match.group(), []).append(match.start())

    def matches(self, pattern: re.Pattern[str], name: str) -> Iterator[re.Match[str]]:
        """pattern.finditer(text) for a pattern that begins with `\\b` and then `name`."""
        first = self._WORD.match(name)
        if first is None:  # a name opening with punctuation: no word to look up
            yield from pattern.finditer(self.text)
            return
        # a match opens a word, and that word is the name's first word (maximal either
        # way: the name's own word boundary, or its next character not a word character)
        end = 0
        for start in self.at.get(first.group(), ()):
            if start < end:
                continue  # finditer never returns overlapping matches
            match = pattern.match(self.text, start)
            if match is not None:
                end = match.end()
                yield match


def propagate_surnames(mentions: DocMentions, result: DocEntities) -> None:
    """A bare family name ("Son is being designated") the model did not tag is a mention of
    the one person of the document with that family name introduced before it; a name two
    persons introduced before it share ("Kim") stays bare."""
    persons = [e for e in result.entities.values() if e.type == "Person" and " " in e.name]
    families: dict[str, list[ExtractedEntity]] = {}
    for p in persons:
        families.setdefault(surname(p.name), []).append(p)
    covered = Overlaps((m.start, m.end, None) for m in mentions.mentions)
    added: list[MentionSpan] = []
    words = _WordStarts(mentions.text)
    for family, owners in families.items():
        if len(family) < 2 or not family[:1].isupper():
            continue
        pattern = re.compile(rf"\b{re.escape(family)}\b(?!['’]?\s*[A-Z])")
        for match in words.matches(pattern, family):
            start, end = match.start(), match.end()
            if any(s <= start < e or s < end <= e for s, e, _ in covered.overlapping(start, end)):
                continue
            owner = owners if len(owners) == 1 else introduced_before(owners, start)
            if len(owner) != 1:
                continue
            span = mentions.new_span("Person", start, end)
            if span.sent < 0:
                continue
            result.add_mention(owner[0], span)
            added.append(span)
    mentions.add(added)
