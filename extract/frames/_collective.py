"""The worker collective written as a bare plural: "North Korean workers", "DPRK
operatives", "North Korean developers".

docs/annotation.md names the DPRK IT workers as one collective ("DPRK IT workers", kind
worker_group). The gazetteer knows its usual names and extract/coref.py takes up a
definite plural ("the workers") once the document has named it; a bare plural of a worker
noun under a North Korean modifier is the same collective, but no list names every such
noun. So where a frame's worker (or helped) role lands on such a plural that is no entity,
and the document names the collective elsewhere, the role takes the collective.

Not a counted plural ("two North Korean developers" is a set of its own, an unnamed
entity), not a plural without the North Korean modifier ("U.S. workers", "developers"),
and nothing when the document never names the collective (no entity is made here).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extract.relation_context import DocContext, Hit

Hook = Callable[["Hit", "DocContext"], None]

_CREW = frozenset({"worker", "operative", "developer", "programmer", "technician",
                   "specialist", "engineer", "coder", "freelancer", "contractor"})
_COUNTING = frozenset({"nummod", "quantmod"})


def _north_korean(word: Token) -> bool:
    return any(c.dep_ in {"amod", "compound", "nmod"} and (
        c.lower_ == "dprk" or (c.lower_ == "korean" and c.i > 0
                               and c.doc[c.i - 1].lower_ == "north")) for c in word.children)


def collective_plural(word: Token) -> bool:
    """A bare, uncounted plural of a worker noun under a North Korean modifier."""
    return word.tag_ == "NNS" and word.lemma_.lower() in _CREW and _north_korean(word) and \
        not any(c.dep_ in _COUNTING for c in word.children)


def fill_collective(hit: Hit, context: DocContext, role: str) -> None:
    """An empty `role` whose argument word is the collective's bare plural takes the
    document's collective."""
    from extract.frames._compile import matches

    if hit.roles.get(role):
        return
    collective = [e.id for e in context.kind("worker_group")]
    if not collective:
        return
    words = [context.doc[argument] for frame, name, _, word, argument in matches(context.doc)
             if frame == hit.frame.id and name == role and word == hit.word.i]
    if any(collective_plural(w) and not context.index.at(w) for w in words):
        hit.roles[role] = collective[:1]
        hit.paths.setdefault(role, 0)


def collective_in(role: str, then: Hook | None = None) -> Hook:
    """A frame hook: the collective for `role`, then the frame's own hook."""
    def run(hit: Hit, context: DocContext) -> None:
        fill_collective(hit, context, role)
        if then is not None:
            then(hit, context)
    return run
