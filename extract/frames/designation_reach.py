"""DESIGNATED where the act is the subject and a verb of reach names whom it hits: "The new
sanctions cover five individuals, including A and B", "The sanctions also apply to its
head, A", "Today's designations extend to B".

The subject must be the document's own act, bare but for an article, "today's", a word of
news ("new", "latest") or its designator's possessive ("Seoul's sanctions", which then
designates): "UN sanctions apply to A" (another body's act), "the 2017 sanctions" (an
earlier one) and "sanctions on coal cover A" (a restricted act) are not it. The targets are
the object (or the object of "to"), its named members after "including", and the list a
colon opens (extract/frames/designation_tail.py); a description alone ("cover transactions
with A") names no target. The verb itself must be the sentence's own statement: a planned or
denied reach is read as such by extract/modality.py. "Seoul's designation covered X" with
its owner named is also extract/frames/designation_press.py's: both give the one relation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.frames import Frame, Yields
from extract.frames._act_of import is_the_act
from extract.frames.designation import DESIGNATORS, TARGETS, designation_properties
from extract.frames.designation_tail import extend_list

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

_ACTS = "sanctions|designations|measures|action"
_YIELDS = (Yields("DESIGNATED", ("agent",), ("target",)),)
_REACHED = (">dobj", ">dobj >prep[including] >pobj", ">prep[to] >pobj",
            ">prep[to] >pobj >prep[including] >pobj")


def _own_act(hit: Hit, context: DocContext, spec: Yields) -> dict[str, object] | None:
    """The subject is the document's own act; a possessive that is no designator ("the
    UN's sanctions") is someone else's act, never the issuer's."""
    subject = next((c for c in hit.word.children if c.dep_ == "nsubj"), None)
    if subject is None or not is_the_act(subject, possessive=True):
        return None
    if any(c.dep_ == "poss" and c.lower_ != "today" for c in subject.children) and \
            not hit.roles.get("agent"):
        return None
    return designation_properties(hit, context, spec)


FRAMES = (
    Frame("designation-act-reaches", 1, ("cover", "apply", "extend"),
          {"agent": (f">nsubj[{_ACTS}] >poss",), "target": _REACHED}, _YIELDS,
          role_types={"agent": DESIGNATORS, "target": TARGETS},
          requires=(f">nsubj[{_ACTS}]",), defaults={"agent": "designator"}, dated="act",
          properties=_own_act, complete=extend_list, base_confidence=0.7),
)
