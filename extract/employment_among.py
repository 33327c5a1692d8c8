"""EMPLOYED_AT for the firms a sentence picks out of a group of employers named just
before it: "<workers> were hired by dozens of firms abroad. Among them were a
Dutch logistics company, a Canadian bank and ...".

The picked firms are described, not named (extract/descriptors.py reads them; an item no
description reads, "a luxury retailer", stays out), and no verb of their own sentence
relates them to the workers: "among them" says each one is one of the group the sentence
before made an employer, so each employs whoever that sentence says the group employed.
Only the pronoun form is read: "them" can only be the group just named, while "among the
employers ..." may open a group the text has not related to anyone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from extract.relation_context import Found

if TYPE_CHECKING:
    from extract.relation_context import DocContext

_AMONG_THEM = re.compile(r"\s*Among\s+(?:them|these|those)\s*,?\s+(?:were|was|are|is)\s")
# a single firm introduced as such ("a ...", "an ..."): a counted or plural description is a
# group of its own, not one of the group before it
_ONE = re.compile(r"an?\s", re.IGNORECASE)


def _picked(context: DocContext, sent: int) -> list[str]:
    """The single unnamed firms of the sentence."""
    picked = []
    for ident in context.sentence_entities(sent):
        entity = context.entities[ident]
        if entity.type != "Organization" or not entity.unnamed or entity.count is not None:
            continue
        here = [m.start for m in context.mentions.in_sentence(sent) if m.entity == ident]
        if here and _ONE.match(context.mentions.text, min(here)):
            picked.append(ident)
    return picked


def _group(context: DocContext, ident: str) -> bool:
    """Whether the employer is a group "them" can stand for: an unnamed plural description
    ("309 U.S. businesses", "U.S. companies"). After a single firm ("a U.S. firm hired
    fourteen workers. Among them were ..."), "them" is the workers, not employers."""
    entity = context.entities[ident]
    last = entity.name.split()[-1].lower() if entity.name.split() else ""
    return entity.unnamed and (entity.count is not None or
                               (last.endswith("s") and not last.endswith("ss")))


def among_members(context: DocContext, stated: Iterable[Found]) -> list[Found]:
    """Each firm picked "among them" employs whoever the sentence before says the group
    employed; a sentence before that relates no employer, or more than one, gives none."""
    stated = list(stated)
    found: list[Found] = []
    for sent, span in enumerate(context.mentions.sentences):
        if sent == 0 or not _AMONG_THEM.match(context.mentions.text, span.start):
            continue
        before = [f for f in stated if f.type == "EMPLOYED_AT" and f.sent == sent - 1
                  and f.modality == "asserted"]
        employers = {f.target for f in before}
        if len(employers) != 1 or not _group(context, next(iter(employers))):
            continue
        workers = sorted({f.source for f in before})
        for firm in _picked(context, sent):
            found.extend(Found("EMPLOYED_AT", worker, firm, sent, {},
                               "employment-among.v1", "among-them") for worker in workers)
    return found
