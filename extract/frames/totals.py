"""GENERATED_REVENUE_FOR and FUNDED from a sum that someone's money came to.

Constructions: "X's earnings (revenue, income, proceeds, wages) totaled / reached /
exceeded / amounted to / came to $N" (X earned $N); "Y's (cryptocurrency) thefts totaled
$N", "the revenue of Y reached $N" with Y a state, a DPRK unit or organization (the money
went to Y: FUNDED). Only money nouns count as what totals: a victim's losses, fines or
damages that total $N are no one's revenue. Payments are the payer's money going out:
"payments from X (X's payments) totaled $N" is what X paid, and "payments to Y totaled $N"
what Y earned.
"""

from __future__ import annotations

from extract.frames import Frame, Yields
from extract.frames._money import MONEY_NOUNS
from extract.frames.payment import is_beneficiary, moved, worker_pay
from extract.frames.revenue import earned
from graph.model import ExtractedEntity

EARNERS = ("Person", "Organization")
MONEY = ("Payment",)
BENEFICIARIES = ("Country", "Organization")

_SUMS = ("total", "reach", "exceed", "top", "amount", "come")
# "amounted to $N", "came to $N"; "totaled $N"
_AMOUNT = (">dobj", ">prep[to] >pobj")
# money going out is the payer's, not an owner's gain
_OUTGOING = "payments|payment|transfers|transfer|payouts|payout|wires"
_GAINS = "|".join(w for w in f"{MONEY_NOUNS}|theft|thefts|heist|heists|haul".split("|")
                  if w not in _OUTGOING.split("|"))
_OWNER = (f">nsubj[{_GAINS}] >poss", f">nsubj[{_GAINS}] >prep[of|by] >pobj")


def _gained(owner: ExtractedEntity, amount: ExtractedEntity) -> bool:
    return owner.type != "Country" and earned(owner, amount)


def _went_to(amount: ExtractedEntity, owner: ExtractedEntity) -> bool:
    return is_beneficiary(amount, owner) and str(owner.properties.get("kind", "")) != (
        "worker_group")


FRAMES = (
    Frame("revenue-total", 1, _SUMS,
          {"owner": _OWNER, "amount": _AMOUNT},
          (Yields("GENERATED_REVENUE_FOR", ("owner",), ("amount",), when=_gained),
           Yields("FUNDED", ("amount",), ("owner",), when=_went_to)),
          role_types={"owner": (*EARNERS, "Country"), "amount": MONEY},
          base_confidence=0.55),
    # "payments from X to Y totaled $N": X paid it, Y earned it
    Frame("payment-total", 1, _SUMS,
          {"payer": (f">nsubj[{_OUTGOING}] >poss", f">nsubj[{_OUTGOING}] >prep[from|by] >pobj"),
           "payee": (f">nsubj[{_OUTGOING}] >prep[to] >pobj",), "amount": _AMOUNT},
          (Yields("PAID", ("payer",), ("amount",), when=moved),
           Yields("GENERATED_REVENUE_FOR", ("payee",), ("amount",), when=worker_pay)),
          role_types={"payer": EARNERS, "payee": EARNERS, "amount": MONEY},
          unnamed_ok=True, base_confidence=0.55),
)
