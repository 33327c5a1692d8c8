"""FUNDED from the means a state lives by: "Y earns / makes money through (via, by way of)
X", "Y funds / finances its programs through X", "... through the salaries (earnings, work)
of X", "... through X's wages". X funds Y; Y must be a state, a DPRK unit or a DPRK
organization (not X itself). What a state earns through someone is money (not "earns
praise"), named or not; what it funds through X is anything ("funds its weapons programs
through its IT workers"), the means being a named actor or that actor's money.
"""

from __future__ import annotations

from extract.frames import Frame, Yields
from extract.frames._money import MONEY_NOUNS
from extract.frames._paths import SUBJECT
from extract.frames.payment import is_beneficiary
from extract.frames.revenue import EARN
from graph.model import ExtractedEntity

EARNERS = ("Person", "Organization")
BENEFICIARIES = ("Country", "Organization")

_BY = "through|via"
_THROUGH = (f">prep[{_BY}] >pobj", ">prep[by] >pobj[way] >prep[of] >pobj",
            # "through the salaries of its IT workers", "through its workers' wages"
            f">prep[{_BY}] >pobj[{MONEY_NOUNS}|work|labor|labour] >prep[of] >pobj",
            f">prep[{_BY}] >pobj[{MONEY_NOUNS}|work|labor|labour] >poss")
_MONEY = f">dobj[{MONEY_NOUNS}]"


def _a_state(source: ExtractedEntity, target: ExtractedEntity) -> bool:
    return is_beneficiary(source, target) and source.id != target.id


_FUNDS = (Yields("FUNDED", ("earner",), ("beneficiary",), when=_a_state),)
_ROLES = {"earner": EARNERS, "beneficiary": BENEFICIARIES}

FRAMES = (
    Frame("revenue-through", 1, EARN,
          {"earner": _THROUGH, "beneficiary": SUBJECT}, _FUNDS, role_types=_ROLES,
          requires=(_MONEY,), base_confidence=0.6),
    Frame("funding-through", 1, ("fund", "finance", "bankroll", "sustain"),
          {"earner": _THROUGH, "beneficiary": SUBJECT}, _FUNDS, role_types=_ROLES,
          base_confidence=0.55),
)
