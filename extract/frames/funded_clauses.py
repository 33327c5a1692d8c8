"""FUNDED: a clause shape the revenue and remittance families do not read.

A copula that says what money is: "the wages (that) the workers drew were revenue for
Y", "their earnings are income for Y's programs", "$N was revenue for Y". The money's
owner (a relative clause's subject, a possessive, "of/from X") or the amount funds Y.

Y must be a state, a DPRK unit or group or a North Korean organization (`funds` in
revenue.py); a worker collective earns for itself and is never the one funded. Money that
"was meant to be" or "would be" revenue is a plan or a hypothetical (extract/modality.py).
"""

from __future__ import annotations

from extract.frames import Frame, Yields
from extract.frames._money import MONEY_NOUNS, for_programs
from extract.frames._paths import prep
from extract.frames.revenue import funds
from graph.model import ExtractedEntity

_TYPES = {"earner": ("Person", "Organization"), "amount": ("Payment",),
          "beneficiary": ("Country", "Organization")}
_REGIME = "regime|government|leadership|authorities"
_FOR = (*prep("for|to", of="behalf|benefit"), *for_programs("for|to"),
        f">prep[for|to] >pobj[{_REGIME}] >prep[in] >pobj",
        f">prep[for|to] >pobj[{_REGIME}] >amod|compound|poss")
_M = f"[{MONEY_NOUNS}]"
# the owner of the money a copula describes: "the wages the workers drew", "their wages",
# "the wages of the workers"
_OWNER_OF_SUBJECT = (f"<attr >nsubj{_M} >relcl >nsubj", f"<attr >nsubj{_M} >poss",
                     f"<attr >nsubj{_M} >prep[of|from] >pobj")


def _not_the_workers(source: ExtractedEntity, target: ExtractedEntity) -> bool:
    return target.properties.get("kind") != "worker_group" and funds(source, target)


_YIELDS = (Yields("FUNDED", ("amount", "earner"), ("beneficiary",), when=_not_the_workers),)

FRAMES = (
    Frame("funded-copula", 1, ("revenue", "revenues", "income", "earnings", "money",
                               "funding"),
          {"earner": _OWNER_OF_SUBJECT, "amount": ("<attr >nsubj @CD",), "beneficiary": _FOR},
          _YIELDS, pos=("NOUN",), anchor={"DEP": "attr"}, role_types=_TYPES,
          base_confidence=0.55),
)
