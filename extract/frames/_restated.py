"""A money noun that restates an amount the text just gave, and who earned it.

The money frames read where money went ("the revenue was funnelled to Y", "money that ended
up in Y's programs", "most of that money was moved to Y") with a money noun as what moves.
That noun names no amount itself; English makes it the amount it restates:

- "$N, money that ...": the bare money noun right after a comma that follows an amount;
- "X earned $N, and the revenue (the money, the proceeds) was sent to Y": a definite money
  noun stands for the one earned amount its sentence named before it;
- "X earned $N. (Most of) that money was moved to Y": a demonstrative ("that", "this",
  "these", "those") reaches back to the sentence before, when that sentence names exactly
  one earned amount.

Two amounts where one is meant, an amount of another kind (a reward, a fine, a loss, a
forfeiture) or none leave the noun alone. The one who earned the amount is the subject of
the earning verb whose object it is ("the workers earned $N, and the revenue ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extract.clause_scope import antecedent
from extract.frames._money import MONEY_NOUNS

if TYPE_CHECKING:
    from extract.relation_context import DocContext

_MONEY = frozenset(MONEY_NOUNS.split("|"))
# money earned, not a reward, fine, loss or forfeiture
_EARNED_KINDS = frozenset({"revenue", "wages", "payment", "fees", "other", "theft",
                           "laundering", ""})
_DEFINITE = frozenset({"the", "that", "this", "these", "those"})
_DEMONSTRATIVE = frozenset({"that", "this", "these", "those"})
_PARTS = frozenset({"most", "much", "part", "some", "all", "portion", "share", "bulk", "half",
                    "majority", "rest"})
_EARN = frozenset({"earn", "generate", "make", "raise", "bring", "receive", "collect", "net",
                   "reap", "take", "steal", "obtain", "amass", "pocket", "draw"})


def money_word(word: Token) -> Token | None:
    """The money noun `word` is or stands for: itself, a relative pronoun's antecedent, or
    the "of" object of a part ("most of that money")."""
    word = antecedent(word)
    if word.lower_ in _PARTS:
        word = next((o for p in word.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), word)
    return word if word.lower_ in _MONEY else None


def _earned_amounts(words: list[Token], context: DocContext) -> list[str]:
    found: list[str] = []
    for w in words:
        entity = context.index.at(w)
        e = context.entities.get(entity) if entity else None
        if e is not None and e.type == "Payment" and \
                str(e.properties.get("kind", "") or "") in _EARNED_KINDS and entity not in found:
            found.append(entity)
    return found


def restated_amount(noun: Token, context: DocContext) -> list[str]:
    """The one amount the money noun restates, or none."""
    if context.index.at(noun):
        return []
    dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
    doc = noun.doc
    if not dets and noun.i >= 2 and doc[noun.i - 1].lower_ == ",":
        # "$N, money that ...": the amount right before the comma
        return _earned_amounts([doc[noun.i - 2]], context)
    if not dets & _DEFINITE:
        return []
    sentence = noun.sent
    before = _earned_amounts([w for w in sentence if w.i < noun.i], context)
    if before:
        return before if len(before) == 1 else []
    if not dets & _DEMONSTRATIVE or sentence.start == 0:
        return []
    previous = doc[sentence.start - 1].sent
    earlier = _earned_amounts(list(previous), context)
    return earlier if len(earlier) == 1 else []


def earner_of(amount: str, context: DocContext, types: tuple[str, ...]) -> list[str]:
    """Who earned the amount: the subject of the earning verb whose object it is."""
    from extract.arguments import entities_of

    for word in context.doc:
        if context.index.at(word) != amount or word.dep_ != "dobj" or \
                word.head.lemma_ not in _EARN:
            continue
        return [e for c in word.head.children if c.dep_ == "nsubj"
                for e in entities_of(c, context.index)
                if e in context.entities and context.entities[e].type in types]
    return []
