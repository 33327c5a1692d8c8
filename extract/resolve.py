"""Entity resolution: which mentions are one entity, within a document and across documents.

Within a document: gazetteer ids first; then romanization variants of a person's name
(`names.person_key`), bare surnames ("Chapman") and short company names ("Osong") linked to
the one full name they fit; ambiguous forms ("MOFA") settled by the nearest country. Across
documents: the same id, an alias or a romanization variant merges two entities unless their
attributes conflict (two different men called Kim Chol Min stay apart). Each merge carries a
confidence and a reason, so an analyst can see why two records became one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from extract.gazetteer import Gazetteer, GazetteerEntry
from extract.mentions import DocMentions, MentionSpan
from extract.names import (
    clean_person_name,
    fold,
    korean_order,
    person_key,
    split_nickname,
    surname,
)
from extract.normalize import parse_money
from extract.payments import payment_kind
from graph.ids import entity_id
from graph.model import DocumentMeta, ExtractedEntity, Mention, default_model

ENTITY_TYPES = frozenset({"Country", "Agency", "Person", "Organization", "Advisory", "Case"})
_CORP_SUFFIX = re.compile(
    r"[,\s]+(?:co\.?,?\s*ltd\.?|co\.?|corp\.?|corporation|company|llc|ltd\.?|limited|inc\.?|"
    r"general\s+corp(?:oration)?\.?)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def org_key(name: str) -> str:
    """'Korea Osong Shipping Co.' and 'Korea Osong Shipping Company' compare equal."""
    base = fold(name).strip()
    base = re.sub(r"^the\s+", "", base)
    previous = None
    while previous != base:
        previous = base
        base = _CORP_SUFFIX.sub("", base).strip()
    return re.sub(r"[^a-z0-9]+", " ", base).strip()


@dataclass
class Merge:
    """Why two names were taken as one entity."""

    kept: str
    merged: str
    reason: str
    confidence: float


@dataclass
class DocEntities:
    entities: dict[str, ExtractedEntity] = field(default_factory=dict)
    merges: list[Merge] = field(default_factory=list)
    text: str = ""

    def add_mention(self, entity: ExtractedEntity, m: MentionSpan) -> None:
        if not any(x.start == m.start and x.end == m.end for x in entity.mentions):
            entity.mentions.append(Mention(m.start, m.end, m.text))
        m.entity = entity.id
        alias = m.text.strip()
        if fold(alias) != fold(entity.name) and alias not in entity.aliases and len(alias) > 1:
            entity.aliases.append(alias)


def _entity(type_: str, name: str, props: dict[str, Any], confidence: float,
            ident: str | None = None) -> ExtractedEntity:
    return ExtractedEntity(id=ident or entity_id(type_, name), type=type_, name=name,
                           properties=dict(props), confidence=confidence)


def from_gazetteer(entry: GazetteerEntry) -> ExtractedEntity:
    """A document entity for a gazetteer entry, with only the properties the model declares."""
    props = dict(entry.properties)
    if entry.type == "Advisory":
        dates = props.get("dates") or []
        props["date"] = dates[0] if dates else None
    if entry.type == "Person" and props.get("role") == "official":
        props.pop("role")
    declared = default_model().node(entry.type).properties
    props = {k: v for k, v in props.items() if k in declared and v not in (None, "", [])}
    return _entity(entry.type, entry.name, props, 0.95, entry.id)


def _nearest_country(mentions: DocMentions, m: MentionSpan) -> list[str]:
    """Country codes named in m's sentence, nearest first (a possessive right before wins)."""
    found: list[tuple[int, str]] = []
    for other in mentions.in_sentence(m.sent):
        if other is m or not other.hint.startswith("country:"):
            continue
        distance = abs(other.tok_end - m.tok_start) if other.tok_end <= m.tok_start \
            else 10 + abs(other.tok_start - m.tok_end)
        found.append((distance, other.hint.split(":", 1)[1]))
    return [code for _, code in sorted(found)]


def settle_ambiguous(gazetteer: Gazetteer, mentions: DocMentions, m: MentionSpan,
                     meta: DocumentMeta, previous: dict[str, str]) -> GazetteerEntry | None:
    """Pick the agency an ambiguous form means, or None when nothing decides it."""
    candidates = gazetteer.ambiguous.get(m.hint) or gazetteer.ambiguous.get(m.text) or []
    if len(candidates) == 1:
        return candidates[0]
    by_country = {c.country: c for c in candidates}
    for code in _nearest_country(mentions, m):
        if code in by_country:
            return by_country[code]
    if m.hint in previous:  # the same form earlier in this document
        return gazetteer.by_id.get(previous[m.hint])
    issuer_codes = {str(i.get("country", "")).upper() for i in meta.issuers}
    fits = [c for c in candidates if c.country in issuer_codes]
    return fits[0] if len(fits) == 1 else None


def resolve_document(mentions: DocMentions, meta: DocumentMeta,
                     gazetteer: Gazetteer) -> DocEntities:
    """Group the mentions of one document into entities (ids via graph.ids.entity_id)."""
    result = DocEntities(text=mentions.text)
    ents = result.entities
    ambiguous_seen: dict[str, str] = {}
    pending_persons: list[MentionSpan] = []
    pending_orgs: list[MentionSpan] = []
    pending_cases: list[MentionSpan] = []
    for m in mentions.mentions:
        entry: GazetteerEntry | None = None
        if m.label == "AMBIGUOUS":
            entry = settle_ambiguous(gazetteer, mentions, m, meta, ambiguous_seen)
            if entry is None:
                continue
            ambiguous_seen[m.hint] = entry.id
        elif m.hint in gazetteer.by_id and gazetteer.by_id[m.hint].type == m.label:
            entry = gazetteer.by_id[m.hint]
        if entry is not None:
            entity = ents.get(entry.id) or from_gazetteer(entry)
            ents[entity.id] = entity
            result.add_mention(entity, m)
            continue
        if m.label == "Person":
            pending_persons.append(m)
        elif m.label in {"Organization", "Agency"}:
            pending_orgs.append(m)
        elif m.label == "MONEY":
            _payment(result, mentions, m)
        elif m.label == "Case":
            pending_cases.append(m)
        elif m.label == "Advisory":
            name = re.sub(r"\s+", " ", m.text).strip()
            entity = ents.get(entity_id(m.label, name)) or _entity(m.label, name, {}, 0.8)
            ents[entity.id] = entity
            result.add_mention(entity, m)
    _resolve_persons(result, pending_persons, gazetteer)
    pending_orgs = _persons_tagged_as_orgs(result, pending_orgs)
    _resolve_orgs(result, pending_orgs)
    _published_names(result, gazetteer)
    _agencies_inside_titles(result, gazetteer)
    for m in pending_cases:
        name = case_name(re.sub(r"\s+", " ", m.text).strip(), result)
        entity = ents.get(entity_id("Case", name)) or _entity("Case", name, {"country": "US"},
                                                              0.8)
        ents[entity.id] = entity
        result.add_mention(entity, m)
    return result


def _persons_tagged_as_orgs(result: DocEntities,
                            pending: list[MentionSpan]) -> list[MentionSpan]:
    """The model sometimes tags a surname ("Chapman") as ORG; a named person claims it."""
    persons = [e for e in result.entities.values() if e.type == "Person"]
    rest = []
    for m in pending:
        parts = [fold(p) for p in re.split(r",\s*|\s+and\s+", m.text.strip()) if p]
        owners = []
        for word in parts:
            fits = [p for p in persons if _contains_words(fold(p.name), word)]
            owners.append(fits[0] if len(fits) == 1 else None)
        if owners and all(o is not None for o in owners):
            for owner in owners:  # "Prince and Ashtor": two people the model merged
                if owner is not None:
                    result.add_mention(owner, m)
        else:
            rest.append(m)
    return rest


def _agencies_inside_titles(result: DocEntities, gazetteer: Gazetteer) -> None:
    """'the FBI public service announcement of May 16, 2024' also names the FBI."""
    for advisory in [e for e in result.entities.values() if e.type == "Advisory"]:
        for mention in list(advisory.mentions):
            for word in re.finditer(r"\b[A-Z][A-Z0-9]{1,6}\b", mention.text):
                found = gazetteer.lookup(word.group(0), "Agency")
                if len(found) != 1:
                    continue
                agency = result.entities.get(found[0].id) or from_gazetteer(found[0])
                result.entities[agency.id] = agency
                start = mention.start + word.start()
                span = MentionSpan("Agency", word.group(0), start, start + len(word.group(0)),
                                   -1, -1, -1)
                result.add_mention(agency, span)


def _published_names(result: DocEntities, gazetteer: Gazetteer) -> None:
    """Organizations keep the name as this document publishes it (the longest known form);
    the id stays the gazetteer's so documents still meet on one node."""
    for entity in result.entities.values():
        if entity.type != "Organization" or entity.id not in gazetteer.by_id or \
                entity.properties.get("kind") == "worker_group":
            continue  # the collective keeps the guidelines' name, "DPRK IT workers"
        entry = gazetteer.by_id[entity.id]
        known = {fold(s) for s in entry.surfaces}
        forms = [m.text.strip() for m in entity.mentions if fold(m.text.strip()) in known]
        if not forms:
            continue
        longest = max(forms, key=len)
        if fold(longest) != fold(entity.name):
            if entity.name not in entity.aliases:
                entity.aliases.append(entity.name)
            entity.name = longest
            if longest in entity.aliases:
                entity.aliases.remove(longest)


def case_name(text: str, result: DocEntities) -> str:
    """'United States v. Chapman' names the case of the person called Chapman here."""
    match = re.match(r"^(?:United States|U\.\s?S\.|USA)\s+vs?\.\s+(.+)$", text)
    if not match:
        return text
    party = fold(match.group(1))
    persons = [e for e in result.entities.values() if e.type == "Person"]
    fits = [p for p in persons if _contains_words(fold(p.name), party)]
    return f"United States v. {fits[0].name if len(fits) == 1 else match.group(1)}"


def _payment(result: DocEntities, mentions: DocMentions, m: MentionSpan) -> None:
    amount = parse_money(m.text)
    if amount is None or amount.value <= 0:
        return
    sentence = mentions.sentences[m.sent].text
    kind = payment_kind(sentence, m.start - mentions.sentences[m.sent].start)
    name = f"USD {amount.value}"
    ident = entity_id("Payment", name)
    entity = result.entities.get(ident)
    n = 2
    # the same amount twice in one sentence, or written differently, is two facts ("$308
    # million from A, USD 50 million from B ... $50 million from C"); the same words in
    # another sentence restate one fact
    while entity is not None and any(_sentence_of(mentions, x) == m.sent or x.text != m.text
                                     for x in entity.mentions):
        ident = f"{entity_id('Payment', name)}-{n}"
        entity = result.entities.get(ident)
        n += 1
    if entity is None:
        entity = _entity("Payment", name, {"amount_usd": amount.value,
                                           "qualifier": amount.qualifier, "kind": kind}, 0.9,
                         ident)
        result.entities[entity.id] = entity
    m.props = {"amount_usd": amount.value, "qualifier": amount.qualifier}
    result.add_mention(entity, m)


def _sentence_of(mentions: DocMentions, mention: Mention) -> int:
    for i, sentence in enumerate(mentions.sentences):
        if sentence.start <= mention.start < sentence.end + 1:
            return i
    return -1


def _resolve_persons(result: DocEntities, pending: list[MentionSpan],
                     gazetteer: Gazetteer) -> None:
    """Full names become entities; a lone surname joins the one full name it fits."""
    persons = [e for e in result.entities.values() if e.type == "Person"]
    singles: list[MentionSpan] = []
    for m in pending:
        name, nicknames = split_nickname(clean_person_name(m.text))
        if not name or not any(c.isalpha() for c in name):
            continue
        if len(name.split()) < 2 or _partial(name, persons):
            singles.append(m)
            continue
        name = _korean_display(name)
        key = person_key(name)
        match = next((p for p in persons if person_key(p.name) == key), None)
        if match is None:
            known = [e for e in gazetteer.lookup(name, "Person")]
            entity = from_gazetteer(known[0]) if known else _entity("Person", name, {}, 0.8)
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
                if _contains_words(fold(p.name), word)
                or any(fold(a) == word for a in p.aliases)]
        nickname_of = _quoted_after_person(mentions_text(result), m, persons)
        if nickname_of is not None:
            fits = [nickname_of]
        if len(fits) == 1:
            result.add_mention(fits[0], m)
            result.merges.append(Merge(fits[0].id, m.text, "surname of a named person", 0.85))
        elif not fits and m.text[:1].isupper():
            entity = _entity("Person", clean_person_name(m.text), {}, 0.4)
            if entity.id not in result.entities:
                result.entities[entity.id] = entity
                persons.append(entity)
            result.add_mention(result.entities[entity.id], m)


def _contains_words(name: str, words: str) -> bool:
    """'alonso de los reyes' is the tail of 'pedro ernesto alonso de los reyes'."""
    have, want = name.replace("-", " ").split(), words.replace("-", " ").split()
    return any(have[i:i + len(want)] == want for i in range(len(have) - len(want) + 1))


def _partial(name: str, persons: list[ExtractedEntity]) -> bool:
    return any(_contains_words(fold(p.name), fold(name)) and fold(p.name) != fold(name)
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
    """Family name first only for unmistakably Korean three-part names ('Sang Man Kim')."""
    words = name.split()
    if len(words) == 3 and all(len(w) <= 5 for w in words[:2]):
        return korean_order(name)
    return name


def _resolve_orgs(result: DocEntities, pending: list[MentionSpan]) -> None:
    """Longer names first; a shorter name that is the start of a longer one joins it."""
    for m in sorted(pending, key=lambda x: -len(x.text)):
        name = re.sub(r"\s+", " ", m.text).strip()
        key = org_key(name)
        if not key:
            continue
        same_type = [e for e in result.entities.values() if e.type == m.label]
        match = next((e for e in same_type if org_key(e.name) == key
                      or key in {org_key(a) for a in e.aliases}), None)
        if match is None:
            match = next((e for e in same_type if len(key) >= 4 and key != org_key(e.name)
                          and _contains_words(org_key(e.name), key)), None)
            if match is not None:
                result.merges.append(Merge(match.id, name, "short form of a longer name", 0.8))
        if match is None:
            kind = m.hint.split(":", 1)[1] if m.hint.startswith("shape:") else "company"
            props: dict[str, Any] = {"kind": kind} if m.label == "Organization" else {}
            match = _entity(m.label, name, props, 0.7)
            result.entities[match.id] = match
        result.add_mention(match, m)


# --- across documents ------------------------------------------------------------------------

_CONFLICTING = ("nationality", "age", "role")


@dataclass
class CorpusEntity:
    """One entity of the whole corpus and the document entities it was built from."""

    entity: ExtractedEntity
    members: list[tuple[str, str]]  # (document id, entity id in that document)


def _conflict(a: ExtractedEntity, b: ExtractedEntity) -> str:
    for prop in _CONFLICTING:
        x, y = a.properties.get(prop), b.properties.get(prop)
        if x not in (None, "") and y not in (None, "") and str(x).lower() != str(y).lower():
            return f"{prop} differs ({x} vs {y})"
    return ""


def _keys(e: ExtractedEntity) -> set[str]:
    names = [e.name, *e.aliases] if e.type != "Person" else [e.name]
    if e.type == "Person":
        keys = {person_key(n) for n in [e.name, *[a for a in e.aliases if len(a.split()) > 1]]}
    elif e.type in {"Organization", "Agency"}:
        keys = {org_key(n) for n in names}
    else:
        keys = {fold(n) for n in names}
    return {f"{e.type}|{k}" for k in keys if k}


def resolve_corpus(docs: Iterable[tuple[str, list[ExtractedEntity]]]
                   ) -> tuple[list[CorpusEntity], list[Merge]]:
    """Merge entities of several documents; same names with conflicting facts stay apart."""
    merged: list[CorpusEntity] = []
    index: dict[str, list[int]] = {}
    merges: list[Merge] = []
    for doc_id, entities in docs:
        for e in entities:
            target: int | None = None
            why = ""
            for key in _keys(e):
                for i in index.get(key, []):
                    conflict = _conflict(merged[i].entity, e)
                    if conflict:
                        why = conflict
                        continue
                    target = i
                    break
                if target is not None:
                    break
            if target is None:
                ident = e.id
                taken = {c.entity.id for c in merged}
                n = 2
                while ident in taken:  # a namesake: same name, different person
                    ident = f"{e.id}-{n}"
                    n += 1
                if why:
                    merges.append(Merge(ident, e.name, f"not merged: {why}", 0.0))
                copy = ExtractedEntity(id=ident, type=e.type, name=e.name,
                                       aliases=list(e.aliases), properties=dict(e.properties),
                                       confidence=e.confidence)
                merged.append(CorpusEntity(copy, [(doc_id, e.id)]))
                target = len(merged) - 1
            else:
                kept = merged[target].entity
                same_id = kept.id == e.id or kept.id.startswith(e.id + "-")
                reason = "same id" if same_id else "alias or romanization variant"
                merges.append(Merge(kept.id, e.name, f"{reason} ({doc_id})",
                                    1.0 if same_id else 0.85))
                merged[target].members.append((doc_id, e.id))
                for alias in [e.name, *e.aliases]:
                    if fold(alias) != fold(kept.name) and alias not in kept.aliases:
                        kept.aliases.append(alias)
                for prop, value in e.properties.items():
                    kept.properties.setdefault(prop, value)
            for key in _keys(merged[target].entity):
                bucket = index.setdefault(key, [])
                if target not in bucket:
                    bucket.append(target)
    return merged, merges


def propagate_surnames(mentions: DocMentions, result: DocEntities) -> None:
    """A bare family name ("Son is being designated") the model did not tag is a mention of
    the one person of the document with that family name; shared names ("Kim") stay bare."""
    persons = [e for e in result.entities.values() if e.type == "Person" and " " in e.name]
    families: dict[str, list[ExtractedEntity]] = {}
    for p in persons:
        families.setdefault(surname(p.name), []).append(p)
    covered = [(m.start, m.end) for m in mentions.mentions]
    added: list[MentionSpan] = []
    for family, owners in families.items():
        if len(owners) != 1 or len(family) < 2 or not family[:1].isupper():
            continue
        for match in re.finditer(rf"\b{re.escape(family)}\b(?!['’]?\s*[A-Z])", mentions.text):
            start, end = match.start(), match.end()
            if any(s <= start < e or s < end <= e for s, e in covered):
                continue
            sent = next((i for i, s in enumerate(mentions.sentences)
                         if s.start <= start < s.end), -1)
            if sent < 0:
                continue
            span = MentionSpan("Person", family, start, end, -1, -1, sent)
            result.add_mention(owners[0], span)
            added.append(span)
    if added:
        mentions.mentions = sorted([*mentions.mentions, *added], key=lambda m: m.start)
