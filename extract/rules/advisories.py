"""ISSUED, WARNS_ABOUT and MET: who published an advisory, whom it warns about, who met.

An advisory or joint statement names itself ("this statement is issued by ..."), and the
states or agencies that open a joint statement are its authors. Advisories in this domain
warn about the IT workers as a collective, so every named advisory of a document that
speaks of the workers warns about them; other warnings need a cue word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from extract.relations import DocContext, Found, SentenceView, Slot
from extract.rules.common import (
    WORKERS,
    country_code,
    date_in,
    issuer_ids,
    narrowest_agencies,
    unique,
    workers,
)
from extract.scoring import name_key
from graph.model import ExtractedEntity

ISSUE = re.compile(r"\b(?:issu(?:ed|es|ing)|releas(?:ed|es|ing)|publish(?:ed|es|ing)|"
                   r"put\s+out|updat(?:ed|es|ing)|post(?:ed|s)|jointly\s+released|"
                   r"(?:statement|advisory|guidance)\s+by|recalled)\b", re.IGNORECASE)
SELF = re.compile(r"\b(?:this|the|our|today's)\s+(?:joint\s+)?(?:statement|advisory|guidance|"
                  r"PSA|public\s+service\s+announcement|announcement|alert)\b", re.IGNORECASE)
WARN = re.compile(r"\b(?:warn\w*|concern\w*|alert\w*|caution\w*|red\s+flags?|threat\s+posed|"
                  r"names?\s+it|identif\w+|conducted\s+by|responsible\s+for)\b", re.IGNORECASE)
MEET = re.compile(r"\b(?:met|meetings?|forums?|working\s+group|symposi(?:a|um)|talks|dialogue|"
                  r"consultations?|summit|convened|hosted)\b", re.IGNORECASE)
NOT_MEET = re.compile(r"\b(?:meet(?:ing)?s?\s+in\s+person|in-person\s+meetings?)\b", re.IGNORECASE)
_LOCATION_PREP = re.compile(r"\b(?:In|in|of|from|to|with|into|against)\s+(?:the\s+)?$")
_MEETING_PLACE = re.compile(r"\b(?:In|in|from|to|into|against)\s+(?:the\s+)?$")
_WARNED_KINDS = {"group", "dprk_unit"}


def self_advisory(context: DocContext) -> ExtractedEntity | None:
    """The advisory that is this document: its name is the title, else the first one named."""
    if context.meta.doc_type not in {"advisory", "joint_statement"}:
        return None
    advisories = context.of_type("Advisory")
    if not advisories:
        return None
    title = name_key(context.meta.title)
    for a in advisories:
        if title and (name_key(a.name) == title or name_key(a.name) in title):
            return a
    words = set(title.split("-"))

    def overlap(a: ExtractedEntity) -> float:
        name = set(name_key(a.name).split("-"))
        return len(name & words) / max(1, len(name))

    best = max(advisories, key=overlap)
    if overlap(best) >= 0.6 or len(advisories) == 1:
        return best
    return None


def _actors(view: SentenceView, meeting: bool = False) -> list[Slot]:
    """Agencies if the sentence names any, else states (never the DPRK, never a place;
    "officials of the United States" do stand for their state at a meeting)."""
    agencies = narrowest_agencies(view, [s for s in view.slots if s.type == "Agency"])
    if agencies:
        return unique(agencies)
    place = _MEETING_PLACE if meeting else _LOCATION_PREP
    return unique(s for s in view.slots if s.type == "Country" and country_code(s.entity) != "KP"
                  and not place.search(view.text[max(0, s.start - 9):s.start]))


def issued(view: SentenceView, context: DocContext) -> Iterator[Found]:
    if not ISSUE.search(view.text):
        return
    slots = [s for s in view.slots if s.type == "Advisory"]
    own = self_advisory(context)
    if not slots and own is not None and (SELF.search(view.text) or _IT.search(view.text)):
        for source in _actors(view):
            yield Found("ISSUED", source.id, own.id, view.index,
                        {"date": date_in(view) or context.meta.date}, 0.8)
        return
    for advisory, sources in _issuers_by_advisory(view, slots):
        date = date_in(view) or (context.meta.date if advisory.entity is own else "")
        for source in sources:
            yield Found("ISSUED", source.id, advisory.id, view.index, {"date": date}, 0.8)


_IT = re.compile(r"\b(?:released|issued|published|posted)\s+it\b", re.IGNORECASE)


def _issuers_by_advisory(view: SentenceView, slots: list[Slot]
                         ) -> list[tuple[Slot, list[Slot]]]:
    """With one advisory every actor issued it. With several, an actor named right before
    an advisory ("the ROK's joint advisory") or after "by" following it is its issuer."""
    actors_ = _actors(view)
    slots = unique(slots)  # a title and its translation in brackets are one advisory
    if len(slots) == 1:
        return [(slots[0], actors_)]
    pairs = []
    for i, advisory in enumerate(slots):
        end = slots[i + 1].start if i + 1 < len(slots) else len(view.text)
        own = [a for a in actors_ if 0 <= advisory.start - a.end <= 4 or (
            advisory.end <= a.start < end and re.search(
                r"\bby\b", view.text[advisory.end:a.start]))]
        pairs.append((advisory, own))
    return pairs


def named_issuers(context: DocContext) -> Iterable[Found]:
    """'FBI public service announcement of May 16, 2024': the name says who issued it."""
    found = []
    for advisory in context.of_type("Advisory"):
        for word in re.findall(r"\b[A-Z][A-Z0-9]{1,6}\b", advisory.name):
            ident = next((e.id for e in context.of_type("Agency")
                          if word in e.aliases or e.name == word), None)
            if ident:
                found.append(Found("ISSUED", ident, advisory.id, -1,
                                   {"date": advisory.properties.get("date", "")}, 0.7))
    return found


def authors(context: DocContext) -> Iterable[Found]:
    """The states or agencies that open a joint statement or advisory are its issuers."""
    own = self_advisory(context)
    if own is None:
        return []
    for view in context.views:
        if any(s.entity is own for s in view.slots) and len(view.slots) == 1:
            continue  # the title line itself
        if not view.slots:
            continue
        first = view.slots[0]
        if first.type not in {"Country", "Agency"} or first.start > 20:
            return []
        opening = _actors(view)
        verb = re.search(r"\b(?:express|remain|reaffirm|condemn|are|have|urge|announce|"
                         r"issue|release|publish|share|warn)\w*\b", view.text)
        limit = verb.start() if verb else len(view.text)
        sources = [s for s in opening if s.end <= limit]
        if not sources:
            return []
        return [Found("ISSUED", s.id, own.id, view.index, {"date": context.meta.date}, 0.7)
                for s in sources]
    return []


def issuers_from_meta(context: DocContext) -> Iterable[Found]:
    """An advisory document's own advisory was issued by its front-matter issuers."""
    own = self_advisory(context)
    if own is None:
        return []
    return [Found("ISSUED", ident, own.id, -1, {"date": context.meta.date}, 0.5)
            for ident in issuer_ids(context)]


def warnings(view: SentenceView, context: DocContext) -> Iterator[Found]:
    cue = WARN.search(view.text)
    if cue is None:
        return
    own = self_advisory(context)
    speakers = [s for s in view.slots if s.type in {"Agency", "Country", "Advisory"}
                and country_code(s.entity) != "KP" and s.start < cue.start()]
    targets = [s for s in view.slots if s.type in {"Organization", "Person"}
               and (s.kind in _WARNED_KINDS or s.kind == WORKERS)]
    for target in unique(targets):
        for speaker in speakers[-1:]:
            yield Found("WARNS_ABOUT", speaker.id, target.id, view.index, {}, 0.6)
        if own is not None and not speakers and target.kind != WORKERS:
            yield Found("WARNS_ABOUT", own.id, target.id, view.index, {}, 0.6)


def advisories_warn_about_workers(context: DocContext) -> Iterable[Found]:
    """Every advisory of a document about the IT workers warns about them."""
    group = workers(context)
    if group is None:
        return []
    found = []
    for advisory in context.of_type("Advisory"):
        sent = next((v.index for v in context.views
                     if any(s.entity is advisory for s in v.slots)), -1)
        found.append(Found("WARNS_ABOUT", advisory.id, group.id, sent, {}, 0.6))
    return found


def meetings(view: SentenceView, context: DocContext) -> Iterator[Found]:
    if not MEET.search(view.text) or NOT_MEET.search(view.text):
        return
    people = unique(s for s in view.slots if s.type == "Person")
    parties = people if len(people) >= 2 else _actors(view, meeting=True)
    if len(parties) < 2:
        return
    props = {"date": date_in(view), "place": view.places[0][1] if view.places else ""}
    for i, a in enumerate(parties):
        for b in parties[i + 1:]:
            yield Found("MET", a.id, b.id, view.index, dict(props), 0.7)


_AUDIENCE = re.compile(r"\b(?:warns?|urges?|urged|call(?:s|ed)?\s+on|asks?|asked|encourag\w+|"
                       r"help\w*|advis\w+|addressed\s+to|recommend\w*)\b", re.IGNORECASE)
_NAMES = re.compile(r"\b(?:names?|named|identif\w+|welcomed\s+the\s+designation\s+of|cites?|"
                    r"describes?|points\s+to)\b", re.IGNORECASE)


def _advisory_of(view: SentenceView, context: DocContext) -> ExtractedEntity | None:
    """The advisory a sentence speaks for: one it names, else the document's own when the
    sentence refers to it ("The guidance names ...") or sits in an advisory document."""
    named = next((s.entity for s in view.slots if s.type == "Advisory"), None)
    return named or self_advisory(context)


def audiences(view: SentenceView, context: DocContext) -> Iterator[Found]:
    """ADVISES: the platforms or firms an advisory addresses ("calls on platforms such as
    Gigloom to ...")."""
    if not _AUDIENCE.search(view.text):
        return
    platforms = [s for s in view.slots if s.type == "Organization" and s.kind == "platform"]
    advisory = _advisory_of(view, context) if platforms else None
    if advisory is None:
        return
    for platform in unique(platforms):
        yield Found("ADVISES", advisory.id, platform.id, view.index, {}, 0.6)


def named_threats(view: SentenceView, context: DocContext) -> Iterator[Found]:
    """WARNS_ABOUT: 'The guidance names Dubai Sando FZE, a front company, as a channel'."""
    cue = _NAMES.search(view.text)
    if cue is None or (not SELF.match(view.text.strip()) and not any(
            s.type == "Advisory" and s.start < cue.start() for s in view.slots)):
        return
    advisory = _advisory_of(view, context)
    if advisory is None:
        return
    for slot in view.slots:
        if slot.start > cue.start() and slot.type in {"Organization", "Person"} and \
                slot.kind not in {"platform", WORKERS}:
            yield Found("WARNS_ABOUT", advisory.id, slot.id, view.index, {}, 0.6)
