"""Whose money a scheme's money is, for the revenue frames (extract/frames/revenue.py).

"X was charged with a conspiracy that brought in $N": the ones charged with the scheme are
its earners. "X was involved in (linked to) an operation", "his part (role) in a scheme":
a tie or a share, not the scheme's money. "a scheme to place workers at U.S. companies that
generated $N in revenue": the relative clause after the scheme's phrase is the scheme's,
however near the parser hangs it (on the last noun of the phrase, here the companies): the
workers earned it, not the employers the scheme used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.members import unnamed

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extract.relation_context import DocContext

SCHEMES = "scheme|schemes|conspiracy|conspiracies|operation|operations|fraud|plot|enterprise"
SCHEME_WORDS = frozenset(SCHEMES.split("|"))
_TIES = frozenset({"involve", "associate", "link", "connect", "tie", "affiliate"})
_SHARES = frozenset({"part", "role", "participation", "involvement", "share"})
# the steps inside a scheme's phrase: "a scheme [to place] [workers] [at] [companies]"
_INSIDE = frozenset({"pobj", "prep", "dobj", "acl", "xcomp", "pcomp", "aux", "conj"})


def charged_with(scheme: Token, context: DocContext, earners: tuple[str, ...]) -> list[str]:
    """'X was charged with a scheme that brought in $N': the ones the scheme is told of
    are its earners, not the document's collective."""
    from extract.arguments import entities_of

    if scheme.dep_ != "pobj" or scheme.head.lower_ not in {"with", "in"}:
        return []
    verb = scheme.head.head
    # up through the noun it hangs on ("charged in an indictment with a conspiracy"); "his
    # part (role) in a scheme" tells a share, not the scheme's money, as "took part in" does
    for _ in range(2):
        if verb.dep_ == "pobj" and verb.head.dep_ == "prep":
            if verb.lemma_.lower() in _SHARES:
                return []
            verb = verb.head.head
    # "X was involved in (linked to) an operation that made $N" states a tie to it, not
    # that X earned its money: only being charged with the scheme makes its money X's
    if verb.lemma_ in _TIES:
        return []
    # the charged as a whole, not each one a list under them names ("X, Y among them")
    return [e for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}
            for e in entities_of(c, context.index, alone=True)
            if e in context.entities and context.entities[e].type in earners]


def scheme_of_phrase(noun: Token, context: DocContext) -> Token | None:
    """The scheme noun whose phrase ends on `noun`, an unnamed noun (no name of its own
    earns there), within a few steps and no clause with a subject of its own between."""
    if noun.lower_ in SCHEME_WORDS:
        return noun
    entity = context.index.at(noun)
    if entity and not unnamed(entity):
        return None
    word = noun
    for _ in range(6):
        if word.dep_ not in _INSIDE or any(c.dep_ in {"nsubj", "nsubjpass"}
                                           for c in word.head.children):
            return None
        word = word.head
        if word.lower_ in SCHEME_WORDS and word.pos_ == "NOUN":
            return word
    return None
