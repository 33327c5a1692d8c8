"""FUNDED from what a state earns: "North Korea earns $N a year from its IT workers",
"the DPRK generated more than $N through the scheme".

A state is no earner in the graph (GENERATED_REVENUE_FOR joins a person or an organization
to an amount), so what the text says a state earned is money that went to it: the amount
funds the state. Another state than the DPRK receives no scheme's money, which the model
refuses (`foreign_state`); an estimate keeps modality "estimate" (extract/modality.py), and
an offer, a fine or a forfeiture is never earned.
"""

from __future__ import annotations

from extract.frames import Frame, Yields
from extract.frames.revenue import AMOUNT, EARN, MONEY, earned
from graph.model import ExtractedEntity


def _a_state_earned(amount: ExtractedEntity, state: ExtractedEntity) -> bool:
    return state.type == "Country" and amount.type == "Payment" and earned(state, amount)


FRAMES = (
    # only the subject of the active verb: a state named elsewhere in the clause ("earned
    # $N for North Korea") is the beneficiary the revenue frame reads
    Frame("revenue-state", 1, EARN,
          {"state": (">nsubj",), "amount": AMOUNT},
          (Yields("FUNDED", ("amount",), ("state",), when=_a_state_earned),),
          role_types={"state": ("Country",), "amount": MONEY}, base_confidence=0.55),
)
