"""What a reference word takes up: the antecedent search behind extract/coref.py.

`referent` answers for one reference ("he", "it", "the company", "the defendant", "the
money", "the workers"...) with the entity it stands for, or nothing. The nearest compatible
mention before it wins (this sentence nearest first, then the last two sentences from their
start), and only when the text singles it out (extract/antecedents.py): no rival of the same
kind, no heading between, not a quote's speaker, no gender or number disagreement.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import partial

from spacy.tokens import Doc

from extract.antecedents import (
    gender_disagrees,
    has_rival,
    heading_between,
    is_speaker,
    plural_description,
)
from extract.case_defendant import caption_defendant
from extract.discourse_refs import topic_state
from extract.mentions import DocMentions, MentionSpan
from extract.resolve.base import DocEntities
from graph.model import DocumentMeta

_KIND_HEADS = {"bank": {"bank"}, "group": {"group"}}
_EARNED_KINDS = frozenset({"revenue", "wages", "fees", "payment", "laundering", "theft", ""})
_AGENCY_HEADS = {"ministry": "ministry", "department": "department", "agency": "agency",
                 "bureau": "bureau", "office": "office"}


def _before(mentions: DocMentions, m: MentionSpan, window: int = 2) -> Iterable[MentionSpan]:
    """Resolved mentions before `m`: this sentence nearest first, then earlier sentences,
    each from its start (the subject of a sentence is its likeliest antecedent)."""
    # a member of a set ("the two men") is never "he" or "it" alone
    same = [x for x in mentions.in_sentence(m.sent) if x.end <= m.start and x.entity
            and "group" not in x.props]
    yield from reversed(same)
    for sent in range(m.sent - 1, max(-1, m.sent - 1 - window), -1):
        yield from (x for x in mentions.in_sentence(sent) if x.entity and "group" not in x.props)


# what joins the items of a list of names: "A, B and C", "A or the B"
_LIST_GAP = re.compile(r"^\s*(?:,|,?\s*(?:and|or)\b)\s*(?:the\s+)?$", re.IGNORECASE)


def _listed(mentions: DocMentions, x: MentionSpan) -> bool:
    """Whether the mention is an item of a list of names joined by "and" or "or": a
    singular "it" or "its" takes up none of them ("A and B, two of its fronts": "its" is
    neither; "members outside Asia except A and B, published its report": the report is
    the subject's)."""
    same = sorted((y for y in mentions.in_sentence(x.sent) if y.entity), key=lambda y: y.start)
    at = next((k for k, y in enumerate(same) if y is x), -1)
    if at < 0:
        return False
    joined = False
    for step in (-1, 1):
        k = at
        while 0 <= k + step < len(same):
            a, b = (same[k], same[k + step]) if step > 0 else (same[k + step], same[k])
            gap = mentions.text[a.end:b.start]
            if not _LIST_GAP.match(gap):
                break
            joined = joined or bool(re.search(r"\b(?:and|or)\b", gap, re.IGNORECASE))
            k += step
    return joined


def _nearest(mentions: DocMentions, m: MentionSpan, result: DocEntities,
             fits: set[str] | None, types: set[str], skip: set[str], window: int = 2,
             singular: bool = False, word: str = "", doc: Doc | None = None) -> str:
    def compatible(x: MentionSpan) -> bool:
        e = result.entities.get(x.entity)
        if e is None or e.type not in types or e.id in skip or (
                fits is not None and e.id not in fits):  # none fits: nothing, not anything
            return False
        if singular and _listed(mentions, x):
            return False
        if e.type == "Organization" and e.properties.get("kind") == "worker_group":
            return False
        # a plural description is never "it", "he" or "the defendant"; nor is a person
        # the text calls a woman "he"
        return not plural_description(e) and not gender_disagrees(word, e, mentions.text)

    for x in _before(mentions, m, window):
        if not compatible(x):
            continue
        # the text must single the candidate out (extract/antecedents.py)
        if heading_between(mentions.text, x.end, m.start) or (
                x.sent < m.sent and is_speaker(doc, x)) or (
                x.sent < m.sent and has_rival(mentions, m, x, compatible, doc)):
            return ""
        return _phrase_head(mentions, x, compatible, doc) or x.entity
    return ""


def _phrase_head(mentions: DocMentions, x: MentionSpan,
                 compatible: Callable[[MentionSpan], bool], doc: Doc | None) -> str:
    """"Bureau 9 of the Ministry of X, a trading body; two of its fronts": a name inside
    another's "of" phrase is part of how the other is named, and a pronoun takes up the
    phrase's head, the body the phrase is about, not the one it belongs to."""
    if doc is None or x.tok_end <= x.tok_start:
        return ""
    root = doc[x.tok_start:x.tok_end].root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return ""
    head = root.head.head.i
    return next((y.entity for y in mentions.in_sentence(x.sent) if y.entity
                 and y.entity != x.entity and y.tok_start <= head < y.tok_end
                 and compatible(y)), "")


def _collective_before(result: DocEntities, start: int) -> list[str]:
    """The document's worker collective, when one of its mentions comes before `start`."""
    for e in result.entities.values():
        if e.type == "Organization" and e.properties.get("kind") == "worker_group" and any(
                x.start < start for x in e.mentions):
            return [e.id]
    return []


def _one_amount_before(mentions: DocMentions, m: MentionSpan, result: DocEntities
                       ) -> list[str]:
    """The amount a money noun takes up: the only amount of this sentence before it, else
    the only one of the last sentence, and only an amount earned or moved (two amounts, or
    a fine or a forfeiture, leave it unresolved)."""
    for sent in (m.sent, m.sent - 1):
        amounts = {x.entity for x in mentions.in_sentence(sent) if x.entity
                   and (sent < m.sent or x.end <= m.start)
                   and x.entity in result.entities
                   and result.entities[x.entity].type == "Payment"}
        if len(amounts) > 1:
            return []
        if amounts:
            amount = result.entities[amounts.pop()]
            kind = str(amount.properties.get("kind", ""))
            return [amount.id] if kind in _EARNED_KINDS else []
    return []


_SPEAKER_WINDOW = 6  # sentences back: a report names its source once, then "the ministry"


def _earlier_speaker(mentions: DocMentions, m: MentionSpan, fits: set[str],
                     doc: Doc | None) -> str:
    """A description that speaks ("..., the ministry said") takes up the body that spoke
    before it ("the foreign ministry said"), not a body the report was speaking about
    ("teams under the Ministry of State Security, the ministry said")."""
    if not is_speaker(doc, m):
        return ""
    for x in _before(mentions, m, _SPEAKER_WINDOW):
        if x.entity in fits and is_speaker(doc, x):
            return x.entity
    return ""


# an advisory or a joint statement speaks of itself as "the advisory", "the statement"
_SELF_ADVISING = frozenset({"advisory", "joint_statement"})


def _one_advisory_before(mentions: DocMentions, result: DocEntities, m: MentionSpan,
                         head: str) -> str:
    """"the notice" takes up the advisory the text named before it, when it named one
    only and that one's title has the same head noun ("... released the Joint Notice on
    X. The notice warns ..."); with two named, which one is meant is a guess."""
    named = {x.entity for x in mentions.mentions if x.entity and x.start < m.start
             and x.entity in result.entities and result.entities[x.entity].type == "Advisory"}
    if len(named) != 1:
        return ""
    advisory = result.entities[next(iter(named))]
    # an untitled one ("a joint statement") is taken up only nearby (unnamed_advisories)
    return advisory.id if head in advisory.name.lower() and not advisory.unnamed else ""


def referent(mentions: DocMentions, result: DocEntities, m: MentionSpan, word: str,
              officials: set[str], meta: DocumentMeta, doc: Doc | None = None) -> list[str]:
    entities = result.entities.values()
    near = partial(_nearest, word=word, doc=doc)
    if word in {"he", "him", "his", "she", "her"}:
        return [near(mentions, m, result, None, {"Person"}, officials)]
    if word == "its-firm":  # "its director": a firm's, not a country's
        return [near(mentions, m, result, None, {"Organization"}, set())]
    if word in {"it", "its"}:
        # a subject "it" may take up a named advisory ("It was addressed to banks")
        kinds = {"Organization", "Agency", "Country"} | ({"Advisory"} if word == "it" else set())
        return [near(mentions, m, result, None, kinds, set(), singular=True)]
    if word == "regime":  # the state the document speaks about, not one of its authors
        issuers = {f"country:{str(i.get('country', '')).upper()}" for i in meta.issuers}
        return [topic_state(mentions, result, m.start, issuers)]
    if word == "defendant":  # the nearest person, else the one party of the caption
        return [near(mentions, m, result, None, {"Person"}, officials)
                or caption_defendant(mentions, result, officials)]
    if word == "workers":
        return _collective_before(result, m.start)
    if word.startswith("advisory:") and meta.doc_type not in _SELF_ADVISING:
        return [_one_advisory_before(mentions, result, m, word.split(":", 1)[1])]
    if word == "money":
        return _one_amount_before(mentions, m, result)
    if word in _AGENCY_HEADS or word == "unit":
        # "the bureau", "the department": an agency, or a DPRK unit ("General Bureau 44 ...
        # The bureau"), whose name has that head word; "the unit": a DPRK unit
        fits = {e.id for e in entities if (e.type == "Agency" or e.properties.get("kind") ==
                                           "dprk_unit")
                and ((word == "unit" and e.type == "Organization")
                     or _AGENCY_HEADS.get(word, "-") in e.name.lower())}
        return [_earlier_speaker(mentions, m, fits, doc)
                or near(mentions, m, result, fits, {"Agency", "Organization"}, set())]
    if word in _KIND_HEADS:
        fits = {e.id for e in entities if e.type == "Organization"
                and e.properties.get("kind") in _KIND_HEADS[word]}
        return [near(mentions, m, result, fits, {"Organization"}, set())]
    fits = {e.id for e in entities if e.type == "Organization"
            and e.properties.get("kind") in {"company", "front_company", None}}
    return [near(mentions, m, result, fits, {"Organization"}, set())]
