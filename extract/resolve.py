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
from typing import Any

from extract.gazetteer import Gazetteer, GazetteerEntry
from extract.mentions import DocMentions, MentionSpan
from extract.names import clean_person_name, fold, korean_order, person_key, split_nickname
from extract.normalize import parse_money
from extract.payments import payment_kind
from graph.ids import entity_id
from graph.model import DocumentMeta, ExtractedEntity, Mention

_CORP_SUFFIX = re.compile(
    r"[,\s]+(?:co\.?,?\s*ltd\.?|co\.?|corp\.?|corporation|company|llc|ltd\.?|limited|inc\.?|"
    r"general\s+corp(?:oration)?\.?)$",
    re.IGNORECASE,
)


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


def _from_gazetteer(entry: GazetteerEntry) -> ExtractedEntity:
    props = dict(entry.properties)
    if entry.type == "Person" and props.get("role") == "official":
        props.pop("role")
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
    result = DocEntities()
    ents = result.entities
    ambiguous_seen: dict[str, str] = {}
    pending_persons: list[MentionSpan] = []
    pending_orgs: list[MentionSpan] = []
    for m in mentions.mentions:
        entry: GazetteerEntry | None = None
        if m.label == "AMBIGUOUS":
            entry = settle_ambiguous(gazetteer, mentions, m, meta, ambiguous_seen)
            if entry is None:
                continue
            ambiguous_seen[m.hint] = entry.id
        elif m.hint and m.hint in gazetteer.by_id:
            entry = gazetteer.by_id[m.hint]
        if entry is not None:
            entity = ents.get(entry.id) or _from_gazetteer(entry)
            ents[entity.id] = entity
            result.add_mention(entity, m)
            continue
        if m.label == "Person":
            pending_persons.append(m)
        elif m.label in {"Organization", "Agency"}:
            pending_orgs.append(m)
        elif m.label == "MONEY":
            _payment(result, mentions, m)
        elif m.label in {"Advisory", "Case"}:
            name = re.sub(r"\s+", " ", m.text).strip()
            entity = ents.get(entity_id(m.label, name)) or _entity(m.label, name, {}, 0.8)
            ents[entity.id] = entity
            result.add_mention(entity, m)
    _resolve_persons(result, pending_persons, gazetteer)
    _resolve_orgs(result, pending_orgs)
    return result


def _payment(result: DocEntities, mentions: DocMentions, m: MentionSpan) -> None:
    amount = parse_money(m.text)
    if amount is None or amount.value <= 0:
        return
    sentence = mentions.sentences[m.sent].text
    kind = payment_kind(sentence, m.start - mentions.sentences[m.sent].start)
    name = f"USD {amount.value}"
    entity = result.entities.get(entity_id("Payment", name))
    if entity is None:
        entity = _entity("Payment", name, {"amount_usd": amount.value,
                                           "qualifier": amount.qualifier, "kind": kind}, 0.9)
        result.entities[entity.id] = entity
    m.props = {"amount_usd": amount.value, "qualifier": amount.qualifier}
    result.add_mention(entity, m)


def _resolve_persons(result: DocEntities, pending: list[MentionSpan],
                     gazetteer: Gazetteer) -> None:
    """Full names become entities; a lone surname joins the one full name it fits."""
    persons = [e for e in result.entities.values() if e.type == "Person"]
    singles: list[MentionSpan] = []
    for m in pending:
        name, nicknames = split_nickname(clean_person_name(m.text))
        if len(name.split()) < 2:
            singles.append(m)
            continue
        name = _korean_display(name)
        key = person_key(name)
        match = next((p for p in persons if person_key(p.name) == key), None)
        if match is None:
            known = [e for e in gazetteer.lookup(name, "Person")]
            entity = _from_gazetteer(known[0]) if known else _entity("Person", name, {}, 0.8)
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
                if word in fold(p.name).replace("-", " ").split()
                or any(fold(a) == word for a in p.aliases)]
        if len(fits) == 1:
            result.add_mention(fits[0], m)
            result.merges.append(Merge(fits[0].id, m.text, "surname of a named person", 0.85))
        elif not fits and m.text[:1].isupper():
            entity = _entity("Person", clean_person_name(m.text), {}, 0.4)
            if entity.id not in result.entities:
                result.entities[entity.id] = entity
                persons.append(entity)
            result.add_mention(result.entities[entity.id], m)


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
            match = next((e for e in same_type
                          if org_key(e.name).startswith(key + " ") and len(key) >= 4), None)
            if match is not None:
                result.merges.append(Merge(match.id, name, "short form of a longer name", 0.8))
        if match is None:
            props: dict[str, Any] = {"kind": "company"} if m.label == "Organization" else {}
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
