"""GENERATED_REVENUE_FOR: a person's (or the workers') own part of the money, stated with a
copula: "P's share was more than $N", "the workers' pay came to $N" is not read (only
"be"), "P's cut of the proceeds was $N". The noun must name what someone takes home
(share, cut, take, pay, salary, wages, earnings, commission, fee); "P's fine was $N",
"P's loss was $N" or "P's reward is $N" name no income and are not read.
"""

from __future__ import annotations

from extract.frames import Frame, Yields
from extract.frames.revenue import earned
from graph.model import ExtractedEntity

_EARNERS = ("Person", "Organization")


def _own_income(earner: ExtractedEntity, amount: ExtractedEntity) -> bool:
    """A person's or the worker collective's; a firm's "revenue" or "pay" may be what it
    paid out or took in as a victim, which the sentence alone does not tell."""
    return earned(earner, amount) and (
        earner.type == "Person" or earner.properties.get("kind") == "worker_group")


FRAMES = (
    Frame("revenue-own-share", 1, ("share", "cut", "take", "pay", "salary", "wage", "wages",
                                   "earnings", "earning", "commission", "fee", "fees"),
          {"earner": (">poss", ">prep[of] >pobj"),
           # "P's share was $N": the copula's predicate
           "amount": ("<nsubj[was|is|were|are|totaled|totalled|came] >attr",)},
          (Yields("GENERATED_REVENUE_FOR", ("earner",), ("amount",), when=_own_income),),
          pos=("NOUN",), role_types={"earner": _EARNERS, "amount": ("Payment",)},
          base_confidence=0.6),
)
