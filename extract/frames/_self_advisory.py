"""The advisory a document is, and the words by which it refers to itself.

An advisory or joint statement is itself an advisory: the one its title names, the alert
numbered with its day, the only advisory it names (unless that one came out on another day
or is cited as an earlier document), else its own title. "this advisory", "the PSA",
"today's statement" and an open "it" in such a document refer to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from extract.evaluate.scoring import name_key
from graph.ids import entity_id
from graph.model import ExtractedEntity

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

ISSUERS = ("Agency", "Country")
ISSUED = ("Advisory", "Document")
# a readout names the meeting it reports, not a document issued
_MEETING = re.compile(r"\b(?:Meeting|Talks|Summit|Dialogue|Consultations?|Forum|Visit|Call)s?"
                      r"\b(?!.*\b(?:Statement|Advisory|Guidance)\b)")
SELF_WORDS = frozenset({"statement", "advisory", "guidance", "announcement", "alert",
                         "notice", "report", "psa"})


def self_advisory(context: DocContext) -> ExtractedEntity | None:
    """The advisory this document is: the one named like the title, else the only one."""
    if "self_advisory" in context.notes:
        found = context.notes["self_advisory"]
        return found if isinstance(found, ExtractedEntity) else None
    result: ExtractedEntity | None = None
    advisories = context.of_type("Advisory")
    if context.meta.doc_type in {"advisory", "joint_statement"} and advisories:
        title = name_key(context.meta.title)
        words = set(title.split("-"))

        def overlap(a: ExtractedEntity) -> float:
            name = set(name_key(a.name).split("-"))
            return len(name & words) / max(1, len(name))

        exact = [a for a in advisories if title and name_key(a.name) in title] or \
            [a for a in advisories if _numbered_for(a.name, context.meta.date)]
        best = exact[0] if exact else max(advisories, key=overlap)
        if exact or overlap(best) >= 0.6 or (len(advisories) == 1
                                             and not _dated_otherwise(best, context)
                                             and not _cited(best, context)):
            result = best
    if result is None and context.meta.doc_type in {"advisory", "joint_statement"} and \
            context.meta.title and not _MEETING.search(context.meta.title) and \
            not _REWARD.search(context.meta.title):
        # the document is an advisory the text does not name: it is its own title
        result = ExtractedEntity(id=entity_id("Advisory", context.meta.title), type="Advisory",
                                 name=context.meta.title, confidence=0.7,
                                 properties={"date": context.meta.date} if context.meta.date
                                 else {})
        context.entities.setdefault(result.id, result)
    context.notes["self_advisory"] = result
    return result


# an offer of a reward for information is no advisory ("Rewards for Justice: Up to $N
# Million for Information on ..."), nor is a notice that seeks named persons ("Wanted by
# the FBI: A and B", "Seeking Information: ..."): it names whom the police want, it warns
# nobody about them
_REWARD = re.compile(r"\bRewards?\b|\bWanted\b|\bSeeking\s+Information\b", re.IGNORECASE)
# what a document does to an earlier one: "this advisory updates / builds on / follows /
# supplements / replaces / cites the guidance of ..."
_CITING = frozenset({"update", "build", "follow", "supplement", "replace", "supersede", "cite",
                     "reference", "draw", "complement", "expand", "revise", "amend"})


def _cited(advisory: ExtractedEntity, context: DocContext) -> bool:
    """The text names the advisory as an earlier document it cites, not as itself: a
    sentence naming it gives only dates before the document's ("the guidance that the
    State Department released in 2022"), or it is what the document updates, builds on or
    follows. The lone advisory an advisory names is then another document, and the
    document is its own title."""
    from extract.dating import sentence_dates

    for m in context.mentions.mentions:
        if m.entity != advisory.id:
            continue
        dates = [d for _, d in sentence_dates(context, m.sent)] if m.sent >= 0 else []
        if dates and context.meta.date and all(d < context.meta.date[:len(d)] for d in dates):
            return True
        span = context.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root.head
        if head.dep_ == "prep":
            head = head.head
        if span.root.dep_ in {"dobj", "pobj", "nsubjpass"} and head.lemma_ in _CITING:
            return True
    return False


# an FBI alert number carries its day: I-MMDDYY-PSA, PSAYYMMDD
_ALERT_DAY = re.compile(r"^(?:I-(?P<m>\d\d)(?P<d>\d\d)(?P<y>\d\d)-PSA|"
                        r"PSA(?P<y2>\d\d)(?P<m2>\d\d)(?P<d2>\d\d)(?:-\d+)?)$")


def _numbered_for(name: str, date: str) -> bool:
    """An alert whose number is the document's own day is the document ("Alert Number:
    I-090325-PSA" heading a PSA of September 3, 2025)."""
    found = _ALERT_DAY.match(name.strip())
    if found is None or not date:
        return False
    y, m, d = (found.group("y") or found.group("y2"), found.group("m") or found.group("m2"),
               found.group("d") or found.group("d2"))
    return date == f"20{y}-{m}-{d}"


def _dated_otherwise(advisory: ExtractedEntity, context: DocContext) -> bool:
    """An advisory known to have come out on another day than this document is one the
    document cites ("this PSA updates the PSA of January 2025"), not the document itself."""
    if _ALERT_DAY.match(advisory.name.strip()):
        return not _numbered_for(advisory.name, context.meta.date)
    dates = {str(advisory.properties.get("date") or "")} - {""}
    entry = context.gazetteer.by_id.get(advisory.id) if context.gazetteer is not None else None
    if entry is not None:  # an updated advisory came out on each of its dates
        dates |= {str(d) for d in entry.properties.get("dates", [])}
    return bool(dates and context.meta.date and context.meta.date not in dates)


def refers_to_itself(token: Token) -> bool:
    """'this advisory', 'the PSA', 'this joint statement', 'today's statement'."""
    return token.lower_ in SELF_WORDS and any(
        c.lower_ in {"this", "the", "our", "today", "today's"} for c in token.children)


def this_document(role: str) -> Callable[[Hit, DocContext], None]:
    """A hook that fills `role` with the document's own advisory when the word in that role
    is a reference to the document itself."""
    def fill(hit: Hit, context: DocContext) -> None:
        if hit.roles.get(role):
            return
        for token in hit.sentence:
            if refers_to_itself(token) and hit.word.i in (token.head.i, token.i):
                own = self_advisory(context)
                if own is not None:
                    hit.roles[role] = [own.id]
                return
        if role == "issued" and _it_is_this_document(hit, context):
            own = self_advisory(context)
            if own is not None:
                hit.roles[role] = [own.id]
    return fill


def _it_is_this_document(hit: Hit, context: DocContext) -> bool:
    """'it was released by X', 'X released it' in an advisory or joint statement: an "it"
    that coreference left open is the document itself, when neither this sentence nor the
    one before names another advisory it could stand for."""
    if context.meta.doc_type not in {"advisory", "joint_statement"}:
        return False
    it = [c for c in hit.word.children if c.dep_ in {"nsubjpass", "dobj"}
          and c.lower_ == "it" and not context.index.at(c)]
    if not it:
        return False
    near = [*context.sentence_entities(hit.sent), *context.sentence_entities(hit.sent - 1)]
    own = self_advisory(context)
    return not any(context.entities[e].type == "Advisory" and (own is None or e != own.id)
                   for e in near)


DOCUMENT_NOUNS = SELF_WORDS | {"advisories", "statements", "announcements", "alerts",
                                 "notices", "reports", "psas"}
