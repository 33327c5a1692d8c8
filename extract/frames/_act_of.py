"""Whether a prepositional phrase names the document's own sanctions act: "(the targets)
of the sanctions", "of today's designations", "of the new measures".

News reports name the set an act hits through the act ("The targets of the sanctions are A
and B"). The act must be bare but for an article, "today's" or a word of news ("new",
"latest"): "of the UN sanctions" (another body's), "of the 2017 sanctions" (an earlier act)
and "of the fraud" (no act at all) are not it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_ACTS = frozenset({"action", "actions", "designation", "designations", "sanctions",
                   "measures"})
_ARTICLES = frozenset({"the", "these", "this"})
_NEWS_WORDS = frozenset({"new", "latest", "fresh", "additional", "unilateral", "independent"})


def of_the_act(prep: Token) -> bool:
    """"of the sanctions": an "of" phrase whose one object is the act, bare."""
    acts = [g for g in prep.children if g.dep_ == "pobj"]
    return prep.lower_ == "of" and len(acts) == 1 and is_the_act(acts[0])


def is_the_act(noun: Token, possessive: bool = False) -> bool:
    """"the sanctions", "today's designations", "the new measures": the act, bare; with
    `possessive`, also an owner's ("Seoul's sanctions"; the caller checks who owns it)."""
    return noun.lower_ in _ACTS and all(
        (c.dep_ == "det" and c.lower_ in _ARTICLES)
        or (c.dep_ == "amod" and c.lower_ in _NEWS_WORDS)
        or (c.dep_ == "poss" and (c.lower_ == "today" or possessive))
        or (c.dep_ == "case" and possessive)
        for c in noun.children)
