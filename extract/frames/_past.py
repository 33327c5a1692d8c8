"""A tie the text places in the past: "formerly owned by Y", "was previously controlled by
Y", "was once a subsidiary of Y", "a former front for Y", "until 2020 X was run by Y".

CONTROLLED_BY and FRONT_FOR state who runs a body now; a past owner is a different fact
(the body may since have been sold or seized), so the control and front frames read no
relation where the predicate, the copula that carries it, or the noun itself is marked as
past. Other adverbs ("previously designated", on another verb) do not count.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from extract.frames import Frame
    from extract.relation_context import DocContext, Hit

_PAST = frozenset({"formerly", "previously", "once", "originally", "earlier"})
_FORMER = frozenset({"former", "onetime", "erstwhile", "ex"})


def a_past_tie(word: Token) -> bool:
    carriers = [word]
    # "X was once a subsidiary of Y": the copula carries the adverb of the noun predicate
    if word.dep_ in {"attr", "acomp"} or (word.dep_ == "pobj" and word.head.lower_ == "as"):
        carriers.append(word.head if word.dep_ != "pobj" else word.head.head)
    for carrier in carriers:
        for child in carrier.children:
            if child.dep_ == "advmod" and child.lower_ in _PAST:
                return True
            if child.dep_ in {"prep", "mark"} and child.lower_ == "until":
                return True
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in _FORMER for c in word.children)


Complete = Callable[["Hit", "DocContext"], None]


def _guarded(complete: Complete | None) -> Complete:
    def run(hit: Hit, context: DocContext) -> None:
        if a_past_tie(hit.word):
            hit.roles.clear()
            return
        if complete is not None:
            complete(hit, context)
    return run


def present_only(frames: tuple[Frame, ...]) -> tuple[Frame, ...]:
    """The frames, each reading nothing where its predicate is marked as past."""
    return tuple(replace(f, complete=_guarded(f.complete)) for f in frames)
