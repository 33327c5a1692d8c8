"""A DPRK party moving money moves its own: no one is helped by default.

The facilitation frames let the worker collective stand in for a helped party the sentence
leaves implicit ("X moved the proceeds", "X laundered the funds"): a facilitator handling
the workers' money. When the one who moves or launders the money is itself the DPRK side
(a DPRK unit such as a hacking group, the worker collective, a North Korean firm or
national), the money is its own ("the group used the mixer to move proceeds of its
thefts"): it helped nobody, least of all the workers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from extract.frames._money import MONEY_NOUNS
from graph.model import ExtractedEntity

_MONEY = frozenset(MONEY_NOUNS.split("|")) | {"assets", "cryptocurrency", "crypto", "coins"}
_MOVE = frozenset({"move", "launder", "handle", "receive", "transfer", "manage", "channel",
                   "process", "convert", "exchange", "wash", "cash", "forward"})


def moves_own_money(word: Token, helpers: Iterable[ExtractedEntity],
                    dprk_side: Callable[[ExtractedEntity], bool]) -> bool:
    """The predicate moves money (its object, or the subject of its passive) and every one
    who moves it is on the DPRK side."""
    if word.lemma_ not in _MOVE or not any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in _MONEY for c in word.children):
        return False
    movers = list(helpers)
    return bool(movers) and all(dprk_side(m) for m in movers)
