"""FRONT_FOR: an organization is a front for another.

Constructions: "X is a front (company) for/of Y", "X, a Y front company", "X, a front for
Y", "Y's front company X", "X operates/serves/acts as a front for Y", "X fronts for Y",
"front companies of Y, including X and Z", "two of Y's front companies, X and Z", "a front
company used by Y", "a front company that acts for Y", "Y used front companies such as X",
"Y uses (set up) X as a front (company)", "X is one of Y's front companies", "X serves as
a cover for Y", "X is Y's cover"; a shell or cover company (organization, business) for Y
is a front too; "Y operates (earns money) through front companies such as X"; "X is a front
for Y's operations".

A front is a body, never a person: in "A, a national who paid X, and B, X's front company"
the front company is B, and a person the parse hangs the noun on is no front. A body is
not a front for itself, nor for another of the fronts the same words name: in "A and B,
two of its front companies", "its" is neither A nor B.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.frames import Frame, Yields
from extract.frames._past import present_only
from extract.frames._paths import HOLDER, OBJECT, SELF, SUBJECT, prep

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

ORGS = ("Organization",)
OWNERS = ("Organization", "Agency")
_YIELDS = (Yields("FRONT_FOR", ("front",), ("owner",)),)
_TYPES = {"front": ORGS, "owner": OWNERS}
# the front: the name the noun describes; or the noun itself where it stands for names (a
# counted group the text lists: "two of its front companies, A and B")
_NOUN_FRONT = (*HOLDER, ">appos", *prep("including|like"), ">prep[such] >prep[as] >pobj",
               *SELF,
               # "X is one of Y's front companies", "X, one of Y's front companies"
               "<pobj[of] <prep <attr >nsubj", "<pobj[of] <prep <appos")
# the owner: "a front for/of Y", "Y's front", "a(nother) Y front company", "a front company
# that acts for Y", "a front company used (or run, set up) by Y", and the user of "Y used
# front companies such as A and B"
_ACTS = "acts|acted|act|works|worked|operates|operated"
_COVERED = "operations|operation|activities|activity|business|schemes|scheme|work|programs"
_OWNER = (*prep("for|of"), ">poss", ">compound", ">nmod",
          # "a front company that acts for Y" / "... on behalf of Y"
          f">relcl[{_ACTS}] >prep[for] >pobj",
          f">relcl[{_ACTS}] >prep[on] >pobj[behalf] >prep[of] >pobj",
          ">acl[used|operated|run|established|created|controlled] >agent >pobj",
          "<dobj[used|uses|use|using|operated|operates|operate|established|establishes|"
          "created|creates|maintained|maintains] >nsubj",
          # "Y operates / earns money through front companies such as X": who acts
          # through a front is the one it stands for (an active subject only)
          "<pobj[through|via] <prep >nsubj",
          # "a front for Y's IT operations": the owner of what the front covers
          f">prep[for] >pobj[{_COVERED}] >poss")



def _owner_not_a_front(hit: Hit, context: DocContext) -> None:
    """The owner a reference or a parse gave is not one of the fronts themselves."""
    fronts = set(hit.roles.get("front", ()))
    if "owner" in hit.roles:
        hit.roles["owner"] = [e for e in hit.roles["owner"] if e not in fronts]


# "X serves (acts, operates) as a cover for Y", "X is a cover for Y", "X, a cover for Y",
# "companies that serve as its cover": the holder of "cover" through a copula, an apposition
# or a verb of serving only ("Y used X as cover" names the user, not the front; "provided
# cover for" names no front at all)
_SERVE = "serve|serves|served|serving|act|acts|acted|acting|operate|operates|operated|" \
    "operating|function|functions|functioned"
_COVER_HOLDER = ("<appos", "<attr >nsubj", "<conj <appos", "<conj <attr >nsubj",
                 f"<pobj[as] <prep[{_SERVE}] >nsubj",
                 f"<pobj[as] <prep[{_SERVE}] +nsubj[that|which] <relcl")


FRAMES: tuple[Frame, ...] = (
    Frame("front", 1, ("front",), {"front": _NOUN_FRONT, "owner": _OWNER}, _YIELDS,
          pos=("NOUN", "ADJ", "PROPN"), role_types=_TYPES, complete=_owner_not_a_front,
          base_confidence=0.75),
    # "front company": the noun "company" carries the phrase; "front" modifies it
    Frame("front-company", 1, ("company", "companies", "firm", "firms", "entity", "entities",
                               "organization", "organizations", "business", "businesses"),
          {"front": _NOUN_FRONT, "owner": _OWNER}, _YIELDS, pos=("NOUN",),
          role_types=_TYPES, requires=(">compound|amod|nmod[front|shell|cover]",),
          complete=_owner_not_a_front, base_confidence=0.75),
    Frame("front-cover", 1, ("cover",), {"front": _COVER_HOLDER, "owner": _OWNER}, _YIELDS,
          pos=("NOUN",), role_types=_TYPES, complete=_owner_not_a_front,
          base_confidence=0.7),
    Frame("front-verb", 1, ("front",), {"front": SUBJECT, "owner": prep("for")}, _YIELDS,
          role_types=_TYPES, complete=_owner_not_a_front, base_confidence=0.7),
    # "Y uses A as a front (company)", "A was used as a front by Y"
    Frame("front-use", 1, ("use", "operate", "employ", "set", "establish", "create"),
          {"front": OBJECT, "owner": SUBJECT}, _YIELDS, role_types=_TYPES,
          requires=(">prep[as] >pobj[front|fronts]",), complete=_owner_not_a_front,
          base_confidence=0.7),
    Frame("front-use-company", 1, ("use", "operate", "employ"),
          {"front": OBJECT, "owner": SUBJECT}, _YIELDS, role_types=_TYPES,
          requires=(">prep[as] >pobj >amod|compound|nmod[front|shell]",),
          complete=_owner_not_a_front, base_confidence=0.7),
)

# a past owner or front ('formerly owned by Y') is not read (extract/frames/_past.py)
FRAMES = present_only(FRAMES)
