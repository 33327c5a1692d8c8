"""CONTROLLED_BY between a firm and its parent, and from whose direction a body acts
(beside the frames of extract/frames/control.py).

Constructions:
- the part noun written before the part's name, the owner as its possessive: "A and its
  subsidiary B", "A's subsidiary B" (B is A's); the parser makes the noun a compound of
  B's name and hangs the possessive on the name;
- the owner's name written before the part noun: "B, an A subsidiary", "B is an A
  affiliate" (the owner's name a compound of the noun);
- the parent named as such: "A is the parent company of B", "B's parent company, A", "A,
  the parent firm of B" (the roles the other way round: the one described is the owner);
- "B works (operates, acts) at the direction (behest, orders) of A", "on the orders
  (instructions) of A": a body that acts as another directs answers to it; a person does
  so only for a state or a DPRK unit (for a firm it is a job, as in control.py).
A past tie ("its former subsidiary", "formerly the parent of") is not read
(extract/frames/_past.py), nor a planned, negated or quoted one (extract/modality.py).
"""

from __future__ import annotations

from extract.frames import Frame, Yields
from extract.frames._past import present_only
from extract.frames._paths import HOLDER, prep
from extract.frames.control import between_organizations, for_a_state, not_a_firm_of_a_person
from graph.model import ExtractedEntity

_TYPES = {"ruled": ("Organization", "Person"), "ruler": ("Organization", "Agency", "Country",
                                                          "Person")}
# the nouns that name a body as a part of another one
_PARTS = ("subsidiary", "affiliate", "subunit", "unit", "branch", "division", "arm")
_CLASS = ("company", "firm", "corporation", "entity", "organization", "enterprise")


def _directed(ruled: ExtractedEntity, ruler: ExtractedEntity) -> bool:
    """A body at another's direction answers to it; a person, to a state or a DPRK unit."""
    if ruled.type == "Person":
        return for_a_state(ruled, ruler) and not_a_firm_of_a_person(ruled, ruler)
    return not_a_firm_of_a_person(ruled, ruler)


_YIELDS = (Yields("CONTROLLED_BY", ("ruled",), ("ruler",), when=between_organizations),)

FRAMES: tuple[Frame, ...] = (
    # "A and its subsidiary B": the part noun a compound of B's name, A its possessive
    Frame("control-part-before-name", 1, _PARTS,
          {"ruled": ("<compound",), "ruler": ("<compound >poss",)}, _YIELDS,
          pos=("NOUN",), role_types=_TYPES, base_confidence=0.6),
    # "B, an A subsidiary": the owner's name a compound of the part noun
    Frame("control-owner-before-part", 1, _PARTS,
          {"ruled": (*HOLDER, ">appos"), "ruler": (">compound",)}, _YIELDS,
          pos=("NOUN",), role_types=_TYPES, requires=(">det[a|an|the]",),
          base_confidence=0.6),
    # "A is the parent company of B", "B's parent company, A"
    Frame("control-parent", 1, _CLASS,
          {"ruler": (*HOLDER, ">appos"), "ruled": (*prep("of"), ">poss")}, _YIELDS,
          pos=("NOUN",), role_types=_TYPES, requires=(">amod|compound[parent]",),
          base_confidence=0.6),
    # "B works at the direction of A", "acted on the orders of A"
    Frame("control-at-direction", 1, ("direction", "behest", "order", "orders",
                                      "instruction", "instructions"),
          {"ruler": (*prep("of"), ">poss"),
           "ruled": ("<pobj[at|on|upon] <prep >nsubj", "<pobj[at|on|upon] <prep >nsubjpass",
                     "<pobj[at|on|upon] <prep <conj >nsubj",
                     "<pobj[at|on|upon] <prep +nsubj[who|which|that] <relcl")},
          (Yields("CONTROLLED_BY", ("ruled",), ("ruler",), when=_directed),),
          pos=("NOUN",), role_types=_TYPES, base_confidence=0.6),
)

FRAMES = present_only(FRAMES)
