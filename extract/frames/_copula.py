"""The subject of a copula the parser lost inside a name.

"Jong In Chol is the head of X": a Korean given name with a syllable that is also an
English word ("In", "An", "So") makes the parser read "In Chol" as a prepositional phrase,
and the copula is left with no subject. The name that ends right before the copula, with
nothing of the sentence before it, is the subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from extract.relation_context import DocContext

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def lost_subject(noun: Token, context: DocContext) -> list[str]:
    """The entity named right before the copula whose predicate noun `noun` is, when the
    copula has no subject and that name opens the sentence."""
    if noun.dep_ != "attr":
        return []
    copula = noun.head
    if copula.i == 0 or any(c.dep_ in _SUBJECTS for c in copula.children):
        return []
    entity = context.index.at(copula.doc[copula.i - 1])
    if not entity:
        return []
    start = copula.i - 1
    while start > copula.sent.start and context.index.at(copula.doc[start - 1]) == entity:
        start -= 1
    return [entity] if start == copula.sent.start else []
