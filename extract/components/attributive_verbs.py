"""A past-tense verb the parser hung on its own object as a modifier.

After a subject the parser does not take for one ("<Office>'s <Bureau> designated <Name>,
which ..."), the small English model may read the verb as an adjective of the name that
follows it (amod), the name as the sentence's root and the subject as a modifier of the
verb or of the name: the act has no verb to anchor a frame, and its actor and target are
lost. A past verb (VBD, or VBN when the parser hung the actor's name on it) that modifies
a proper noun under no article ("the designated entities", "a designated national" have
one, and no actor's name before the verb), right after the name of an actor the document's
entities know, is given back its clause: the actor its subject (what modified the actor's
name, "Treasury's", goes with it), the name its object, and the verb the name's place in
the sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.token_lookup import with_pos_and_dep

_ACTORS = frozenset({"Agency", "Country", "Organization", "Person"})
_MODIFIER = ("amod", "compound")
_PAST = frozenset({"VBD", "VBN"})


def _actor_head(doc: Doc, verb: Token) -> Token | None:
    """The head word of the actor's name that ends right before the verb."""
    if verb.i == 0:
        return None
    last = doc[verb.i - 1]
    if last.ent_type_ not in _ACTORS or last.ent_iob_ == "O":
        return None
    span = next((e for e in doc.ents if e.start <= last.i < e.end), None)
    if span is None or span.end != verb.i:
        return None
    return span.root


def _misread(doc: Doc, verb: Token) -> Token | None:
    """The actor's head word when the verb is a misread clause's, else None."""
    name = verb.head
    if verb.tag_ not in _PAST or name.pos_ != "PROPN" or name.i <= verb.i or \
            not name.ent_type_ or any(c.dep_ == "det" for c in name.children if c.i < verb.i):
        return None
    actor = _actor_head(doc, verb)
    if actor is None:
        return None
    # the actor's name must hang inside the misread phrase: a past participle only when the
    # parser hung the actor on the verb itself ("<Office> designated" read as "<Office>-
    # designated"), the past tense also on the name
    hangs_on = {actor.head.i, actor.head.head.i}
    if verb.i in hangs_on or (verb.tag_ == "VBD" and name.i in hangs_on):
        return actor
    return None


def _give_back(doc: Doc, verb: Token, actor: Token) -> None:
    name = verb.head
    outer, role = (name.head, name.dep_) if name.head.i != name.i else (verb, "ROOT")
    # what modified the phrase before the verb ("Treasury's") modifies the actor
    for child in [c for c in name.children if c.i < verb.i and c.i != actor.i]:
        if child.i < actor.i:
            child.head = actor
    verb.head = outer
    verb.dep_ = role
    name.head = verb
    name.dep_ = "dobj"
    actor.head = verb
    actor.dep_ = "nsubj"


def repair_attributive_verbs(doc: Doc) -> None:
    for verb in with_pos_and_dep(doc, ("VERB",), _MODIFIER):
        actor = _misread(doc, verb)
        if actor is not None:
            _give_back(doc, verb, actor)
