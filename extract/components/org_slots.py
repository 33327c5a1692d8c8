"""Organizations the model alone names, vouched for by the argument slot they fill; run at
the end of `tkg_span_cleanup_v1` over its spans.

A model ORG with no legal form, office word or list behind it joins no entity unless
something else vouches for it (extract/resolve/orgs.py), since the small model also tags
products, programs and offenses as ORG. The slot of a relation's argument is such a
voucher: only an actor is designated or sanctioned, pays, hires or employs:
  object      "OFAC designated <Name>", "<Name> was sanctioned", "the designation of
              <Name>" (and every name joined to it: "of Alis LLC and <Name>")
  payer       "<Name>, for example, paid one of the workers about $70,000"
  hirer       "<Name> hired / employed ..."
The parse gives the slot, through any conjunction; a payer or hirer must be the subject
of an active verb. Only the model's Organization spans are vouched: a person stays one.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

CONTEXT = "context:company"
_OBJECT_VERBS = {"designate", "sanction", "blacklist"}
_OBJECT_NOUNS = {"designation", "sanctioning", "blacklisting"}
_SUBJECT_VERBS = {"pay", "hire", "employ", "onboard"}


def _head_of_list(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def in_actor_slot(span: Span) -> bool:
    """Does the span fill the designated, payer or hirer slot of a verb or noun?"""
    root = _head_of_list(span.root)
    head = root.head
    if root.dep_ in {"dobj", "nsubjpass"} and head.pos_ == "VERB" and \
            head.lemma_ in _OBJECT_VERBS:
        return True
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ in _OBJECT_NOUNS:
        return True
    return root.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_ in _SUBJECT_VERBS \
        and not any(c.dep_ == "neg" for c in head.children)


def vouch_by_slot(spans: list[Span]) -> list[Span]:
    """The spans, with the model's unvouched organizations in an actor slot vouched for."""
    return [Span(s.doc, s.start, s.end, label=s.label_, span_id=CONTEXT)
            if s.label_ == "Organization" and not s.id_ and in_actor_slot(s) else s
            for s in spans]
