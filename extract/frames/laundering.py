"""Laundering by the earners themselves: "the workers laundered their ill-gotten gains
through P for the benefit of the North Korean regime".

- FUNDED: the DPRK side (the workers, a DPRK unit or national) laundering its own money for
  the benefit (on behalf) of a state or a DPRK party sends it there (remittance.py reads
  the verbs of movement: send, funnel, ...);
- FACILITATED: the one the money is laundered through helped them, when they are the DPRK
  side (the workers, a DPRK unit or national): "laundered the proceeds through Sim" makes Sim
  the workers' launderer. A launderer who launders for someone else is facilitation.py's
  ("X laundered money for the workers").

Only money as what is laundered, and only the earner's own money ("their gains", "the
proceeds"): "laundered stolen funds through X" by a hacker is left to the theft frames. An
attempt, a plan or a negation states nothing (extract/modality.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.frames import Frame, Yields
from extract.frames._money import BEHALF, MONEY_NOUNS, subject_of_chain
from extract.frames._paths import SUBJECT
from extract.frames.facilitation import dprk_side
from extract.frames.remittance import BENEFICIARIES, EARNERS, to_a_dprk_party

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

# what an earner launders of its own: the money nouns, and "gains" ("ill-gotten gains")
_OWN_MONEY = f"{MONEY_NOUNS}|gains"
_BENEFIT = (">prep[for] >pobj[benefit] >prep[of] >pobj", *BEHALF)


def _dprk_earner_to_a_dprk_party(hit: Hit, context: DocContext, source: str,
                                 target: str) -> bool:
    """The launderer is the DPRK side itself (the workers, a DPRK unit or national: their
    own earnings), and the money is for a state or DPRK party; a third party laundering for
    the regime is its helper, not the earner whose money funds it."""
    earner = context.entities[source]
    return dprk_side(earner, earner) and to_a_dprk_party(hit, context, source, target)


def _own_money(hit: Hit, context: DocContext, role: str) -> None:
    """The money laundered is the launderer's own ("their gains", "its proceeds"), or
    nobody's in particular ("the proceeds"); "the workers' wages laundered by X" is X
    helping them, read by facilitation.py."""
    for money in (c for c in hit.word.children if c.dep_ == "dobj"):
        for owner in (c for c in money.children if c.dep_ == "poss"):
            if owner.pos_ != "PRON":
                hit.roles.clear()
                return
    subject_of_chain(hit, context, role, EARNERS)


def _earners_own(hit: Hit, context: DocContext) -> None:
    _own_money(hit, context, "earner")


def _helped_own(hit: Hit, context: DocContext) -> None:
    _own_money(hit, context, "helped")


FRAMES = (
    Frame("laundering-own-funded", 1, ("launder",),
          {"earner": SUBJECT, "beneficiary": _BENEFIT},
          (Yields("FUNDED", ("earner",), ("beneficiary",), holds=_dprk_earner_to_a_dprk_party),),
          role_types={"earner": EARNERS, "beneficiary": BENEFICIARIES},
          requires=(f">dobj[{_OWN_MONEY}]",), complete=_earners_own, base_confidence=0.55),
    Frame("laundering-through", 1, ("launder",),
          {"helper": (">prep[through|via] >pobj",), "helped": SUBJECT},
          (Yields("FACILITATED", ("helper",), ("helped",), when=dprk_side),),
          role_types={"helper": ("Person", "Organization"),
                      "helped": ("Person", "Organization")},
          requires=(f">dobj[{_OWN_MONEY}]",), complete=_helped_own, base_confidence=0.55),
)
