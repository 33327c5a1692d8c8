"""A name its own clause refers back to with "his" or "her" is a person's name.

"<Name> ran the scheme from his home", "<Name> hosted the laptops at her residence in
<State>": the run is the clause's subject, and a possessive or reflexive pronoun of a man or a
woman later in the clause can only stand for that subject when nothing else it could stand for
comes between: no other name or body, no noun said of a single person ("the defendant", "a
woman"), no other personal pronoun. Plural nouns ("the workers", "laptops") and places, dates
and amounts cannot be a "his" or "her", so they do not break the link. A company is "its",
never "his" or "her", so a body named like a person is not taken by this rule; and a person
named in the sentence or the two before may be the one "his" stands for, so then nothing is
taken.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.components.gazetteer_ruler import DEMONYM_LABEL, PLACE_LABEL
from extract.components.person_descriptions import PERSON_ROLES

_OWN = {"his", "her", "himself", "herself"}
_SUBJECT = {"nsubj", "nsubjpass"}
# entity labels of things a "his" or "her" can never stand for
_NOT_A_REFERENT = {"Country", PLACE_LABEL, "GPE", "LOC", "DATE", "TIME", "MONEY", "Payment",
                   "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", DEMONYM_LABEL, "NORP"}


def _own_pronoun(token: Token) -> bool:
    return token.lower_ in _OWN and (token.dep_ == "poss" or token.lower_.endswith("self"))


def _could_be_referent(token: Token, plural: set[int]) -> bool:
    """A word between the name and the pronoun that the pronoun might stand for instead;
    `plural` holds the tokens of entities whose head noun is plural ("North Korean IT
    workers")."""
    if token.ent_type_ and token.ent_type_ not in _NOT_A_REFERENT:
        return token.i not in plural
    if token.pos_ == "PRON" and token.lower_ not in {"it", "its", "that", "which", "what"}:
        return True  # another person's pronoun, or a relative "who"
    if token.tag_ == "NNP" and token.is_title and not token.ent_type_:
        return True  # a name the model did not mark
    return token.tag_ == "NN" and token.lemma_.lower() in PERSON_ROLES


def _person_just_before(doc: Doc, run: Span, persons: list[Span]) -> bool:
    """A person named in the run's sentence before it or in the two sentences before: "his"
    may go back to them ("<Person> ran the network. <Firm> paid the workers from his
    accounts.")."""
    start = run.sent.start
    for _ in range(2):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return any(start <= p.start < run.start and p.end <= run.start for p in persons)


def referred_to_by_own_pronoun(doc: Doc, run: Span, persons: list[Span]) -> bool:
    """The run is its clause's subject and a "his"/"her"/"himself"/"herself" in that clause
    can stand for no one else (see the module's docstring), nor for a person the text named
    just before."""
    last = doc[run.end - 1]
    if last.dep_ not in _SUBJECT or _person_just_before(doc, run, persons):
        return False
    verb = last.head
    end = verb.sent.end
    plural = {i for e in doc.ents if run.end <= e.start < end and e.root.tag_ in {"NNS", "NNPS"}
              for i in range(e.start, e.end)}
    for token in doc[run.end:end]:
        if _own_pronoun(token):
            return verb in token.ancestors
        if _could_be_referent(token, plural):
            return False
    return False
