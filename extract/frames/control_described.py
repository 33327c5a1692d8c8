"""CONTROLLED_BY read from a description of a body or from whom it answers to.

Constructions:
- a state's possessive on the class noun that describes a body: "the RGB, the DPRK's premier
  intelligence organization", "Lazarus, North Korea's best-known hacking group", "X is
  Pyongyang's arms-trading entity", "A and B, the DPRK's cyber groups" (a plural
  description covers every item of its list). Only the DPRK is read as the owner here
  (graph/model.yaml refuses any other state as a ruler of the schemes), and only a state:
  "Acme, Pak's holding group" is not read.
- "a North Korean-controlled (-owned, -run) company": the demonym written before the
  participle names the DPRK.
- "X reports (directly) to Y": the one a body or person answers to, when the verb has no
  object or clause of its own ("reported the theft to the FBI", "reported to the police
  that ..." are reports, not a chain of command) and Y is a DPRK party (a unit, a group, a
  front, a body of the DPRK state) rather than a client or an authority.

What does not fire: a description with no possessive ("X, an intelligence
organization"), a planned, negated or quoted statement (extract/modality.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.dprk_party import is_dprk_party
from extract.frames import Frame, Yields
from extract.frames._past import present_only
from extract.frames._paths import HOLDER, prep
from extract.frames.control import not_a_firm_of_a_person
from extract.frames.control_workers import dprk_organization
from graph.model import ExtractedEntity

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

_TYPES = {"ruled": ("Organization", "Person"), "ruler": ("Organization", "Agency", "Country",
                                                          "Person")}
_STATE_KINDS = frozenset({"dprk_unit", "group", "front_company"})


def _the_dprk(ruled: ExtractedEntity, ruler: ExtractedEntity) -> bool:
    return ruled.type == "Organization" and ruler.type == "Country" and \
        str(ruler.properties.get("code", "")).upper() == "KP" and \
        ruled.properties.get("kind") != "worker_group"


def _state_organ(hit: Hit, context: DocContext) -> None:
    from extract.frames._together import described_together

    described_together(hit, context, "ruled")


# the verb's own complements that make "report" a report of something
_REPORTED = frozenset({"dobj", "ccomp", "xcomp", "nsubjpass", "auxpass", "attr", "acomp"})


def _answers_to(hit: Hit, context: DocContext) -> None:
    """'X reports to Y' with no object or clause of its own; Y a DPRK party."""
    if any(c.dep_ in _REPORTED for c in hit.word.children):
        hit.roles.clear()
        return
    hit.roles["ruler"] = [e for e in hit.roles.get("ruler", [])
                          if is_dprk_party(context.entities[e], _STATE_KINDS)
                          or dprk_organization(e, context)]


def _north_korean_owner(hit: Hit, context: DocContext) -> None:
    """'a North Korean-controlled company': the demonym before the participle names the
    state (the model's demonym is no mention of it); only "North Korean" / "DPRK" here,
    since no other state runs the schemes (graph/model.yaml)."""
    words = [c.lower_ for c in hit.word.children if c.dep_ in {"npadvmod", "compound"}]
    words += [g.lower_ for c in hit.word.children if c.dep_ == "npadvmod"
              for g in c.children if g.dep_ == "compound"]
    state = "country:KP"
    if hit.roles.get("ruler") or not ({"north", "korean"} <= set(words)) or not (
            state in context.entities or context._from_gazetteer(state)):
        hit.roles.clear()
        return
    hit.roles["ruler"] = [state]
    hit.paths.setdefault("ruler", 0)


FRAMES: tuple[Frame, ...] = (
    Frame("control-state-organ", 1, ("organization", "organisation", "group", "service",
                                     "entity", "outfit", "organ", "arm"),
          {"ruled": (*HOLDER, ">appos"), "ruler": (">poss",)},
          (Yields("CONTROLLED_BY", ("ruled",), ("ruler",), when=_the_dprk),),
          pos=("NOUN",), role_types=_TYPES, complete=_state_organ, base_confidence=0.6),
    Frame("control-compound-demonym", 1, ("control", "own", "run", "operate", "direct"),
          {"ruled": ("<amod", "<amod <compound"), "ruler": (">npadvmod[korean]",)},
          (Yields("CONTROLLED_BY", ("ruled",), ("ruler",), when=_the_dprk),),
          role_types=_TYPES, requires=(">npadvmod[korean]",),
          complete=_north_korean_owner, base_confidence=0.6),
    Frame("control-reports", 1, ("report",),
          {"ruled": (">nsubj", "<conj >nsubj", "+nsubj[who|which|that] <relcl"),
           "ruler": prep("to")},
          (Yields("CONTROLLED_BY", ("ruled",), ("ruler",), when=not_a_firm_of_a_person),),
          role_types=_TYPES, complete=_answers_to, base_confidence=0.6),
)

# a past owner or front ('formerly owned by Y') is not read (extract/frames/_past.py)
FRAMES = present_only(FRAMES)
