"""FRONT_FOR: an organization is a front for another.

Constructions: "X is a front (company) for/of Y", "X, a Y front company", "X, a front for
Y", "Y's front company X", "X operates/serves/acts as a front for Y", "X fronts for Y",
"front companies of Y, including X and Z", "two of Y's front companies, X and Z".
"""

from __future__ import annotations

from extract.frames import Frame, Yields
from extract.frames._paths import HOLDER, SELF, SUBJECT, prep

ORGS = ("Organization", "Person")
OWNERS = ("Organization", "Agency")
_YIELDS = (Yields("FRONT_FOR", ("front",), ("owner",)),)
_TYPES = {"front": ORGS, "owner": OWNERS}
# the front: the name the noun describes; or the noun itself where it stands for names (a
# counted group the text lists: "two of its front companies, A and B")
_NOUN_FRONT = (*HOLDER, ">appos", *prep("including|like"), ">prep[such] >prep[as] >pobj",
               *SELF)
_OWNER = (*prep("for|of"), ">poss", ">compound")

FRAMES = (
    Frame("front", 1, ("front",), {"front": _NOUN_FRONT, "owner": _OWNER}, _YIELDS,
          pos=("NOUN", "ADJ", "PROPN"), role_types=_TYPES, base_confidence=0.75),
    # "front company": the noun "company" carries the phrase; "front" modifies it
    Frame("front-company", 1, ("company", "companies", "firm", "firms", "entity", "entities"),
          {"front": _NOUN_FRONT, "owner": _OWNER}, _YIELDS, pos=("NOUN",),
          role_types=_TYPES, requires=(">compound|amod|nmod[front]",),
          base_confidence=0.75),
    Frame("front-verb", 1, ("front",), {"front": SUBJECT, "owner": prep("for")}, _YIELDS,
          role_types=_TYPES, base_confidence=0.7),
)
