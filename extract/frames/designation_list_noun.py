"""DESIGNATED where news names the sanctions list itself as what includes the targets.

Construction: "The list (published Friday by the ministry) included the companies A, B and
the group C", "The sanctions list includes A", "The list of those sanctioned includes A": the
subject is a list without an owner ("Seoul's list includes", extract/frames/designation.py,
names its owner), and it is the sanctions list because
- its own words say so ("the sanctions list", "the list of sanctioned entities"), or
- it is a bare definite "the list" right after a sentence that put targets on, or spoke of,
  a sanctions list ("adds four organizations to the list of those already sanctioned. The
  list ... included A").
The designator is the one in force (extract/designator.py): the one who publishes the list
is not thereby its designator. The items after the first come from
extract/frames/designation_tail.py. Look-alikes that are no designation: "the list of
victims included A" (a list of something else), "the client list included A", "the UN
Security Council list includes A" (a list whose owner is named, as background).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.frames import Frame, Yields
from extract.frames.designation import DESIGNATORS, TARGETS, designation_properties
from extract.frames.designation_tail import extend_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extract.relation_context import DocContext, Hit

_TYPES = {"agent": DESIGNATORS, "target": TARGETS}
_YIELDS = (Yields("DESIGNATED", ("agent",), ("target",),
                   when=lambda a, b: a.properties.get("code") != "KP"),)
_LISTS = frozenset({"list", "lists", "blacklist"})
_SANCTIONS_WORDS = re.compile(r"^(?:sanction(?:s|ed)?|designat(?:ed|ion|ions)|blacklist\w*|"
                              r"sdn)$", re.IGNORECASE)
_SANCTIONS_LIST_TALK = re.compile(
    r"\b(?:sanction(?:s|ed)?|designat(?:ed|ion|ions)|blacklist\w*)\b[^.]*\blist\b|"
    r"\blist\b[^.]*\b(?:sanction(?:s|ed)?|designat(?:ed|ion|ions))\b", re.IGNORECASE)
_OWN_WORDS = frozenset({"prep", "compound", "amod", "acl", "relcl"})


def _list_subject(hit: Hit) -> Token | None:
    for child in hit.word.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.lower_ in _LISTS:
            return child
    return None


def _names_sanctions(noun: Token) -> bool:
    """"the sanctions list", "the list of sanctioned entities", "the list of those
    designated": a sanctions word among the list's own modifiers."""
    for child in noun.children:
        if child.dep_ in _OWN_WORDS and any(_SANCTIONS_WORDS.match(t.text)
                                            for t in child.subtree):
            return True
    return False


def _after_a_sanctions_list(hit: Hit, context: DocContext) -> bool:
    """A bare definite "the list" right after a sentence about a sanctions list."""
    return hit.sent > 0 and bool(_SANCTIONS_LIST_TALK.search(
        context.sentence_text(hit.sent - 1)))


def _the_sanctions_list(hit: Hit, context: DocContext, spec: Yields
                        ) -> dict[str, object] | None:
    noun = _list_subject(hit)
    if noun is None or any(c.dep_ == "poss" for c in noun.children):
        return None
    if any(c.dep_ in {"compound", "nmod", "amod"} and (
            context.index.at(c) or c.pos_ == "PROPN") for c in noun.children):
        return None  # "the UN Security Council list": another body's list, its owner named
    if _names_sanctions(noun):
        return designation_properties(hit, context, spec)
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"}
                   for c in noun.children)
    of_something = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    if definite and not of_something and _after_a_sanctions_list(hit, context):
        return designation_properties(hit, context, spec)
    return None


FRAMES = (
    Frame("designation-the-list-includes", 1, ("include",),
          {"agent": (), "target": (">dobj",)}, _YIELDS, role_types=_TYPES,
          requires=(">nsubj|nsubjpass[list|lists|blacklist]",),
          defaults={"agent": "designator"}, dated="act", properties=_the_sanctions_list,
          complete=extend_list, base_confidence=0.6),
)
