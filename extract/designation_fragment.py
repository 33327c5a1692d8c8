"""A designating passive the parser hung inside the long subject it predicates.

"A and B, two bankers who have managed funds for C, including funds linked to an actor that
targeted victims, are also designated.": the subject carries an appositive with relative
clauses of its own, and the parser, finding no main verb, makes the subject's first name
the sentence's root and "are also designated" a relative clause of the last noun ("an
actor that ... are designated"). The shape gives the misreading away: the passive's
auxiliary follows a comma (a relative clause's verb follows its relative word, not a
comma), it agrees with nothing but the root, and the root is a noun (a sentence with no
verb of its own). The names of the root (with their coordination) are then the passive's
targets.

Look-alikes left alone: a real relative clause ("firms that are also designated"), a
sentence with a verb root ("A, a bank that lends to firms that are designated, opened in
2019"), and a passive that already has its targets.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extract.relation_context import DocContext, Hit

_FINITE_AUX = frozenset({"VBP", "VBZ", "VBD"})
TARGETS = frozenset({"Person", "Organization"})
_SANCTIONS_LIST = re.compile(r"sanction|designat|blacklist|freez|\bSDN\b|asset", re.IGNORECASE)


def _after_comma(word: Token) -> bool:
    """The passive's auxiliary (or an adverb before it, "also") right after a comma."""
    before = [c for c in word.children if c.i < word.i and c.dep_ in {"auxpass", "advmod",
                                                                        "aux"}]
    if not any(c.dep_ == "auxpass" and c.tag_ in _FINITE_AUX for c in before):
        return False
    first = min(c.i for c in before)
    return first > 0 and word.doc[first - 1].text == ","


def _named_targets(head: Token, context: DocContext) -> list[str]:
    """The named persons and organizations under `head`: a designation's target is never an
    unnamed description here, since both repairs stand in for a parse that lost the link."""
    from extract.arguments import entities_of

    return [e for e in entities_of(head, context.index)
            if e in context.entities and context.entities[e].type in TARGETS
            and not context.entities[e].unnamed]


def repair_fragment_subject(hit: Hit, context: DocContext) -> None:
    """Frame hook helper: give a misparsed "..., are also designated" its subject."""
    word = hit.word
    if word.dep_ != "relcl" or hit.roles.get("target") or not _after_comma(word):
        return
    root = hit.sentence.root
    if root.pos_ not in {"NOUN", "PROPN"} or root.i > word.i:
        return
    targets = _named_targets(root, context)
    if targets:
        hit.roles["target"] = targets
        hit.paths["target"] = 98


def passive_of_adding(hit: Hit, context: DocContext) -> None:
    """Frame hook helper: "X was added to the sanctions list (by OFAC)". "add" is also a
    verb of saying ("..., he added"), whose subject is a speaker and no argument; but a
    passive subject with a "to" list that its own words make the sanctions list ("the
    sanctions list", "the list of asset-freeze targets", "the SDN List", "its blacklist")
    is what was added, never one who speaks."""
    word = hit.word
    if hit.frame.id != "designation-list.v1" or hit.roles.get("target"):
        return
    lists = [o for c in word.children if c.dep_ == "prep" and c.lower_ == "to"
             for o in c.children if o.dep_ == "pobj"]
    if not any(_SANCTIONS_LIST.search(" ".join(t.text for t in o.subtree)) for o in lists):
        return  # "was added to the guest list": only the sanctions list says so itself
    for subject in (c for c in word.children if c.dep_ == "nsubjpass"):
        targets = _named_targets(subject, context)
        if targets:
            hit.roles["target"] = targets
            hit.paths["target"] = 97
