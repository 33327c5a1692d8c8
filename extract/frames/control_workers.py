"""CONTROLLED_BY: the DPRK body that has the IT workers, read from the words that name them.

Constructions:
- a team word for the workers as the object of a verb of control: "X runs IT worker teams
  in China", "Y directs the company's IT teams", "Z operates a North Korean IT delegation
  in Laos". A collective noun (team, delegation, group, cell, brigade, contingent, squad)
  that a compound or adjective names as IT work ("IT", "worker", "programmer", "developer")
  stands for the document's worker collective, when the document names one. ("teams of IT
  workers" is read by control.py through the partitive.)
- the owner of the workers: "X's IT workers", "its IT teams", "Y's delegations of IT
  workers", "X, whose IT teams in Laos earn money for it": a possessive before the workers
  (or a team word for them) names the body that has them. Only a DPRK party owns the
  collective this way: a DPRK unit or group, a front company, or an organization the
  document marks or describes as North Korean. A firm the workers were placed at ("the U.S.
  company's IT workers") employs them and does not run them; a state's possessive ("North
  Korea's IT workers") is left to the frames that say what the state does with them.

What does not fire: a team word with no IT modifier ("runs sales teams"), a possessor of no
DPRK side, a team noun where the document names no worker collective; and, through
extract/modality.py, a planned, negated, hypothetical or quoted act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extract.dprk_party import is_dprk_party
from extract.frames import Frame, Yields
from extract.frames._past import present_only
from extract.frames._paths import SELF, SUBJECT, prep
from extract.frames.control import not_a_firm_of_a_person

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

_TEAMS = frozenset({"team", "teams", "delegation", "delegations", "group", "groups", "cell",
                    "cells", "brigade", "brigades", "contingent", "contingents", "squad",
                    "squads"})
# what makes a team a team of the workers: "IT teams", "IT worker delegations",
# "programmer brigades"
_IT_WORDS = frozenset({"it", "worker", "workers", "programmer", "programmers", "developer",
                       "developers"})
_DPRK_KINDS = frozenset({"dprk_unit", "group", "front_company"})
_CONTROL = ("run", "manage", "direct", "oversee", "operate", "lead", "head", "supervise",
            "command", "control", "administer", "dispatch", "deploy", "field", "send",
            "station", "maintain", "keep")
_TYPES = {"ruled": ("Organization",), "ruler": ("Organization", "Agency", "Country",
                                                "Person")}


def names_it_work(noun: Token) -> bool:
    """A team noun whose modifiers name IT work: "IT teams", "IT worker delegations"."""
    if noun.lower_ not in _TEAMS:
        return False
    return any(w.lower_ in _IT_WORDS for c in noun.children
               if c.dep_ in {"compound", "amod", "nmod"} and c.i < noun.i for w in c.subtree)


def _workers_of(noun: Token, context: DocContext) -> list[str]:
    """The document's worker collective, where `noun` names a team of it."""
    return context.workers() if names_it_work(noun) else []


def dprk_organization(entity: str, context: DocContext) -> bool:
    """An organization on the DPRK side: a DPRK unit or group, a front company, or one the
    document marks (or, in an apposition or a modifier, describes) as North Korean."""
    from extract.frames.money_for import described_north_korean

    found = context.entities[entity]
    if found.type != "Organization" or found.properties.get("kind") == "worker_group":
        return False
    return is_dprk_party(found, _DPRK_KINDS) or described_north_korean(entity, context)


def _team_object(hit: Hit, context: DocContext) -> None:
    """The object of the verb of control is a team word for the workers; an object the
    partitive already read ("teams of IT workers") is control.py's."""
    objects = [c for c in hit.word.children if c.dep_ == "dobj"]
    if hit.roles.get("ruled") or not objects:
        hit.roles.clear()
        return
    hit.roles["ruled"] = _workers_of(objects[0], context)
    hit.paths.setdefault("ruled", 0)
    owners = [c for c in objects[0].children if c.dep_ == "poss"]
    # "directs Acme's IT teams" with Acme of no DPRK side: a client's staff, not the workers
    if any(context.index.at(o) and not dprk_organization(context.index.at(o), context)
           for o in owners):
        hit.roles.clear()


def _whose(word: Token, context: DocContext) -> list[str]:
    """'X, whose IT teams ...': the noun the relative clause describes."""
    clause = word.head
    while clause.dep_ not in {"relcl", "ROOT"} and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl":
        return []
    owner = context.index.at(clause.head)
    return [owner] if owner else []


def _owned_workers(hit: Hit, context: DocContext) -> None:
    """The possessed noun is the workers (or a team word for them); the possessor a DPRK
    party."""
    word = hit.word
    ruled = [e for e in hit.roles.get("ruled", [])
             if context.entities[e].properties.get("kind") == "worker_group"]
    if not ruled:
        ruled = _workers_of(word, context)
    owners = [c for c in word.children if c.dep_ == "poss"]
    rulers = list(hit.roles.get("ruler", []))
    if owners and owners[0].lower_ == "whose":
        rulers = _whose(word, context)
        hit.paths.setdefault("ruler", 1)
    hit.roles["ruled"] = ruled
    hit.roles["ruler"] = [e for e in rulers if e not in ruled and dprk_organization(e, context)]
    hit.paths.setdefault("ruled", 0)


_YIELDS = (Yields("CONTROLLED_BY", ("ruled",), ("ruler",), when=not_a_firm_of_a_person),)

FRAMES: tuple[Frame, ...] = (
    Frame("control-teams", 1, _CONTROL,
          {"ruler": SUBJECT, "ruled": (">dobj",)}, _YIELDS, role_types=_TYPES,
          requires=(">dobj",), complete=_team_object, base_confidence=0.6),
    # "X's IT workers", "its IT teams", "Y's delegations of IT workers", "whose IT teams"
    Frame("control-workers-owner", 1, ("workers", "worker", *sorted(_TEAMS)),
          {"ruled": (*SELF, *prep("of")), "ruler": (">poss",)}, _YIELDS, pos=("NOUN",),
          role_types=_TYPES, requires=(">poss",), complete=_owned_workers,
          base_confidence=0.6),
)

# a past owner or front ('formerly owned by Y') is not read (extract/frames/_past.py)
FRAMES = present_only(FRAMES)
