"""Resolution within one document: group its mentions into entities.

Gazetteer ids first; then persons (`persons.py`) and organizations (`orgs.py`) by name;
ambiguous forms ("MOFA") settled by the nearest country; amounts become Payments.
"""

from __future__ import annotations

import re

from extract.gazetteer import Gazetteer, GazetteerEntry
from extract.mentions import DocMentions, MentionSpan
from extract.names import fold
from extract.resolve.base import DocEntities, contains_words, from_gazetteer, new_entity
from extract.resolve.identity import corroborated
from extract.resolve.orgs import orgs_tagged_as_persons, resolve_orgs
from extract.resolve.payments import add_payment, join_unkinded
from extract.resolve.persons import persons_tagged_as_orgs, resolve_persons
from graph.ids import entity_id
from graph.model import DocumentMeta


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


# what may stand between two bodies of one list: "A, B and the C", "A, B, and C"
_LIST_GAP = re.compile(r"^(?:\s*,)?\s*(?:(?:and|or)\s+)?(?:the\s+)?$")


def _listed_country(gazetteer: Gazetteer, mentions: DocMentions, m: MentionSpan) -> str:
    """The one state of the other bodies listed with m ("the National Police Agency, the
    Finance Ministry and the Ministry of Economy, Trade and Industry"): the members of one
    list of ministries are one government's, whatever state the sentence names elsewhere;
    "" when the list has no other body of a known state, or bodies of several."""
    around = mentions.in_sentence(m.sent)
    at = next((i for i, other in enumerate(around) if other is m), -1)
    if at < 0:
        return ""
    codes: set[str] = set()
    for step in (-1, 1):
        i = at
        while 0 <= i + step < len(around):
            left, right = sorted((around[i], around[i + step]), key=lambda x: x.start)
            if around[i + step].label not in {"Agency", "AMBIGUOUS"} or \
                    not _LIST_GAP.match(mentions.text[left.end:right.start]):
                break
            i += step
            codes |= _body_countries(gazetteer, around[i])
    return next(iter(codes)) if len(codes) == 1 else ""


def _body_countries(gazetteer: Gazetteer, m: MentionSpan) -> set[str]:
    if m.label == "AMBIGUOUS":
        candidates = gazetteer.ambiguous.get(m.hint) or gazetteer.ambiguous.get(m.text) or []
        return {candidates[0].country} if len(candidates) == 1 else set()
    entry = gazetteer.by_id.get(m.hint)
    return {entry.country} if entry is not None and entry.type == "Agency" and \
        entry.country else set()


def settle_ambiguous(gazetteer: Gazetteer, mentions: DocMentions, m: MentionSpan,
                     meta: DocumentMeta, previous: dict[str, str]) -> GazetteerEntry | None:
    """Pick the agency an ambiguous form means, or None when nothing decides it."""
    candidates = gazetteer.ambiguous.get(m.hint) or gazetteer.ambiguous.get(m.text) or []
    if len(candidates) == 1:
        return candidates[0]
    by_country = {c.country: c for c in candidates}
    listed = _listed_country(gazetteer, mentions, m)
    if listed in by_country:
        return by_country[listed]
    for code in _nearest_country(mentions, m):
        if code in by_country:
            return by_country[code]
    if m.hint in previous:  # the same form earlier in this document
        return gazetteer.by_id.get(previous[m.hint])
    # "Japan's National Police Agency ... the National Police Agency": a body the document
    # named in full before is the one its short form means
    named = {o.hint for o in mentions.mentions if o.start < m.start}
    earlier = [c for c in candidates if c.id in named]
    if len(earlier) == 1:
        return earlier[0]
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
    spelled_out: list[tuple[GazetteerEntry, MentionSpan]] = []
    for m in mentions.mentions:
        entry: GazetteerEntry | None = None
        if m.label == "AMBIGUOUS":
            entry = settle_ambiguous(gazetteer, mentions, m, meta, ambiguous_seen)
            if entry is None:
                continue
            ambiguous_seen[m.hint] = entry.id
        elif m.hint in gazetteer.by_id and gazetteer.by_id[m.hint].type == m.label:
            entry = gazetteer.by_id[m.hint]
            if not corroborated(entry, mentions.text, m, gazetteer):
                entry, m.hint = None, "namesake"  # the same name, another actor
        if entry is not None and entry.properties.get("kind") == "worker_group" and \
                _SPELLED_OUT.fullmatch(m.text.strip()):
            spelled_out.append((entry, m))
            continue
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
            add_payment(result, mentions, m, meta.id)
        elif m.label == "Case":
            pending_cases.append(m)
        elif m.label == "Advisory":
            name = re.sub(r"\s+", " ", m.text).strip()
            entity = ents.get(entity_id(m.label, name)) or new_entity(m.label, name, {}, 0.8)
            ents[entity.id] = entity
            result.add_mention(entity, m)
    _join_spelled_out(result, spelled_out, mentions.text)
    join_unkinded(result, mentions)
    pending_persons = orgs_tagged_as_persons(pending_persons, pending_orgs)
    resolve_persons(result, pending_persons, gazetteer)
    pending_orgs = persons_tagged_as_orgs(result, pending_orgs)
    resolve_orgs(result, pending_orgs)
    _published_names(result, gazetteer)
    _agencies_inside_titles(result, gazetteer, mentions)
    for m in pending_cases:
        name = case_name(re.sub(r"\s+", " ", m.text).strip(), result)
        entity = ents.get(entity_id("Case", name)) or new_entity("Case", name, {"country": "US"},
                                                              0.8)
        ents[entity.id] = entity
        result.add_mention(entity, m)
    return result



# the workers' common noun spelled out with no state in it: "information technology (IT)
# workers" names a trade, and only context makes it the DPRK's collective
_SPELLED_OUT = re.compile(r"information\s+technology\s*\(IT\)\s+(?:workers|workforce)",
                          re.IGNORECASE)
# the state that sends or runs them, right after the noun: "... workers from (working for,
# acting for, dispatched by) the DPRK"
_OF_THE_DPRK = re.compile(
    r"\s*,?\s+(?:(?:who\s+(?:are|were)\s+)?(?:working|acting|dispatched|sent|deployed|"
    r"controlled|employed|directed)\s+)?(?:from|for|by|of)\s+(?:the\s+)?(?:DPRK|North\s+Korea|"
    r"Democratic\s+People.s\s+Republic\s+of\s+Korea|Pyongyang)\b")


# the state written right before the noun: "North Korean (DPRK) information technology (IT)
# workers", "the DPRK's information technology (IT) workforce"
_DPRK_BEFORE = re.compile(
    r"(?:North\s+Korean|DPRK|North\s+Korea[’']s|DPRK[’']s|Democratic\s+People[’']s\s+"
    r"Republic\s+of\s+Korea(?:\s+\(DPRK\))?)(?:\s+\((?:DPRK|North\s+Korean)\))?\s+$")


def _join_spelled_out(result: DocEntities, found: list[tuple[GazetteerEntry, MentionSpan]],
                      text: str) -> None:
    """The spelled-out trade noun is the collective where the document names the collective
    in another form, or where the DPRK follows it (or is written right before it) as the
    workers' state; elsewhere it is a class of people ("companies that hire information
    technology (IT) workers"), not the North Korean collective."""
    for entry, m in found:
        if entry.id in result.entities or _OF_THE_DPRK.match(text, m.end) or \
                _DPRK_BEFORE.search(text, max(0, m.start - 60), m.start):
            entity = result.entities.get(entry.id) or from_gazetteer(entry)
            result.entities[entity.id] = entity
            result.add_mention(entity, m)


# the kind of document a title names; an abbreviation before it is the title's author
_TITLE_KIND = re.compile(r"\b(?:advisory|guidance|PSA|public\s+service\s+announcement|alert|"
                         r"statement|report|notice|bulletin|fact\s+sheet|warning)\b",
                         re.IGNORECASE)


def _agencies_inside_titles(result: DocEntities, gazetteer: Gazetteer,
                            mentions: DocMentions) -> None:
    """'the FBI public service announcement of May 16, 2024' also names the FBI: an
    abbreviation before the document word is the author. After it, the abbreviation is the
    title's subject ("... Evasions of UN Sanctions"), no mention of a body."""
    for advisory in [e for e in result.entities.values() if e.type == "Advisory"]:
        for mention in list(advisory.mentions):
            kind = _TITLE_KIND.search(mention.text)
            author = mention.text[:kind.start()] if kind else ""
            for word in re.finditer(r"\b[A-Z][A-Z0-9]{1,6}\b", author):
                found = gazetteer.lookup(word.group(0), "Agency")
                if len(found) != 1:
                    continue
                agency = result.entities.get(found[0].id) or from_gazetteer(found[0])
                result.entities[agency.id] = agency
                start = mention.start + word.start()
                span = mentions.new_span("Agency", start, start + len(word.group(0)))
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
    match = re.match(r"^(?:United States|UNITED STATES(?: OF AMERICA)?|U\.\s?S\.|USA)\s+vs?\.\s+"
                     r"(.+)$", text)
    if not match:
        return text
    party = fold(match.group(1))
    persons = [e for e in result.entities.values() if e.type == "Person"]
    fits = [p for p in persons if contains_words(fold(p.name), party)]
    if len(fits) == 1:
        return f"United States v. {fits[0].name}"
    # a caption in capitals ("UNITED STATES OF AMERICA v. JANE ROE") names the party so too
    named = match.group(1)
    return f"United States v. {named.title() if named.isupper() else named}"


