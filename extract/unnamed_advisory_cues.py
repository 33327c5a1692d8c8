"""Cues for untitled advisories (extract/unnamed_advisories.py): which plural of a
document noun is one named set, and when a first "the advisory" introduces a document.

A plural the issuers put out is one entity named as written ("public advisories"); a
counted one ("three advisories", "multiple advisories") or a definite one is not. A
report that first names a document with "the" introduces it when the words after the noun
say which (its issuer in a participle or a passive's agent, or what it is on), no advisory
was named before it, and the report is of another kind than an advisory or a statement
(whose "the advisory" is itself). A capital ("the Statement") is a short title of a
document named elsewhere.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.mentions import DocMentions, MentionSpan
from graph.model import DocumentMeta

__all__ = ["PLURALS", "counted", "first_named"]

# plurals of the kinds ("reports" is left out: "media reports" are no one's documents)
PLURALS = {"statements": "statement", "advisories": "advisory", "alerts": "alert",
            "notices": "notice", "bulletins": "bulletin", "announcements": "announcement",
            "psas": "psa"}
# words that count a plural: several documents, not one named set
_COUNTING = frozenset({"multiple", "several", "many", "numerous", "various", "some", "few",
                       "two", "three", "four", "five", "both", "all", "other", "earlier",
                       "previous", "prior", "past"})
# what an advisory is on, after its noun: "the advisory on the workers' methods"
_ABOUT = frozenset({"on", "about", "regarding", "concerning", "to", "for", "against"})
# a report of another kind than the document's own advisory or statement
_OWN_KINDS = frozenset({"advisory", "joint_statement"})


def counted(noun: Token) -> bool:
    """'three advisories', 'multiple statements', 'the advisories': several documents, or
    ones the text named before."""
    return any(c.dep_ in {"nummod", "det", "predet", "poss"} or
               (c.dep_ == "amod" and c.lower_ in _COUNTING) or c.lower_ in _COUNTING
               for c in noun.children)


def first_named(noun: Token, meta: DocumentMeta, mentions: DocMentions,
                 added: list[MentionSpan]) -> bool:
    """'The statement, released by A, ...', 'A issued the advisory on B': the first
    document a report names, where "the" points at nothing earlier and the words after the
    noun (its issuer, its subject) tell which. A capital ("the Statement") is a short
    title of a document named elsewhere."""
    if meta.doc_type in _OWN_KINDS or not noun.text.islower() or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    if not any((c.dep_ == "acl" and c.tag_ == "VBN") or
               (c.dep_ == "prep" and c.lower_ in _ABOUT) for c in noun.children) and \
            not (noun.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in noun.head.children)) \
            and not _topic_on_verb(noun):
        return False
    return not any(m.label == "Advisory" and m.start < noun.idx
                   for m in (*mentions.mentions, *added))


_WHEN_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                         "sunday", "january", "february", "march", "april", "may", "june",
                         "july", "august", "september", "october", "november", "december",
                         "today", "yesterday", "time", "day", "week", "month", "year"})


def _topic_on_verb(noun: Token) -> bool:
    """'A issued the advisory on the workers' methods': the parser hangs the topic right
    after the object on the verb; a date there ("on Monday") is when, not what."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if noun.dep_ != "dobj" or after is None or after.dep_ != "prep" or \
            after.lower_ not in _ABOUT or after.head.i != noun.head.i:
        return False
    return any(p.dep_ == "pobj" and not p.like_num and p.lower_ not in _WHEN_WORDS
               for p in after.children)
