"""A body's name used as a modifier of a common noun names a kind of thing, not the body.

"all UN member states", "in violation of UN and U.S. sanctions", "a United Nations panel
of experts": the name classifies the noun it modifies (a compound or nominal modifier of a
lower-case common noun, or a conjunct of one), and no sentence states a fact about the body
itself. Such a mention is no mention of the Agency.

Three heads keep the body because the body acts through them: a document word ("an FBI
alert", "the Treasury advisory": the body wrote it), a person's role ("FBI special agent Jay
Roe", "Treasury officials said": the body's own people) and the body's own head word ("the
Treasury department", "the State and Treasury departments").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

_MODIFIER_DEPS = {"compound", "nmod", "amod"}
_RELATIVE = {"which", "that", "whom", "whose"}
# the body wrote it
_DOCUMENT_NOUNS = {"advisory", "alert", "guidance", "announcement", "statement", "report",
                   "notice", "release", "bulletin", "warning", "psa", "sheet", "update",
                   "memo", "letter", "designation", "action", "press"}
# the body's people act for it
_ROLE_NOUNS = {"agent", "official", "officer", "spokesperson", "spokesman", "spokeswoman",
               "director", "secretary", "investigator", "prosecutor", "attorney", "employee",
               "staff", "personnel", "analyst", "representative", "chief", "head", "minister",
               "ambassador", "envoy", "commissioner", "deputy", "counsel", "administrator",
               "leader", "leadership", "team", "agency", "expert", "member"}
# the body itself, its name the modifier of its own head word: "the Treasury department",
# "the State and Treasury departments" (one head shared by two bodies)
_BODY_NOUNS = {"department", "ministry", "bureau", "agency"}


def _modified_noun(span: Span) -> Token | None:
    """The common noun outside the span that the span's name modifies, if any."""
    root = span.root
    # "UN and U.S. sanctions": a conjunct modifies what the first conjunct modifies
    while root.dep_ == "conj" and root.head.i < span.start:
        root = root.head
    if root.dep_ not in _MODIFIER_DEPS or span.start <= root.head.i < span.end:
        return None
    head = root.head
    if head.pos_ != "NOUN" or not head.is_lower or head.i < span.start:
        return None
    after_and = [span.doc[c.i + 1] for c in root.children
                 if c.dep_ == "cc" and c.i + 1 < len(span.doc)]
    if any(t.is_lower for t in after_and):
        return None  # "The FBI and law enforcement partners": two actors, not one modifier
    before = [t for t in span.doc[max(0, span.start - 2):span.start] if t.lower_ != "the"]
    if before and before[-1].lower_ in _RELATIVE:
        return None  # "which the Example Service administers": a subject, mis-tagged
    return head


def modifies_common_noun(span: Span) -> bool:
    """Is this body's name only a modifier of a thing it neither wrote nor staffs?"""
    head = _modified_noun(span)
    if head is None:
        return False
    lemma = head.lemma_.lower()
    return lemma not in _DOCUMENT_NOUNS and lemma not in _ROLE_NOUNS and \
        lemma not in _BODY_NOUNS
