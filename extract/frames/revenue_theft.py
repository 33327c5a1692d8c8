"""GENERATED_REVENUE_FOR: what a thief took is the thief's take (docs/annotation.md: a theft
is one of the money kinds a scheme earns).

Constructions: "X stole (looted, siphoned, embezzled, extorted, swindled) $N (from V)",
"X stole cryptocurrency worth $N", "X is accused of stealing $N", "X and its co-conspirators
stole $N", "the $N stolen by X", "$N was stolen by X"; the noun: "X's theft of $N", "the
theft of $N by X", "X was responsible for the theft of $N".

The amount must be one the text gives as a theft (or other income) and the thief one the
sentence names; the victim ("stolen from V") is never the earner. What does not fire: an
attempt, a plan, a hypothetical or a denial ("tried to steal $N", "could steal", "did not
steal": extract/modality.py), a theft with no thief in its sentence ("$N was stolen from
V"), what was stolen that is no money ("stole identities"), a reward offered for
information on a theft (the reward is no amount of the theft).
"""

from __future__ import annotations

from extract.frames import Frame, Yields
from extract.frames._money import ACCUSED, REASON
from extract.frames._paths import OBJECT, SUBJECT
from extract.frames.revenue import earned
from graph.model import ExtractedEntity

_THIEVES = ("Person", "Organization")


def _took(thief: ExtractedEntity, amount: ExtractedEntity) -> bool:
    """A theft (or another income) taken by a party of the scheme; a worker collective may
    steal too (the workers who drained their employers' wallets)."""
    return earned(thief, amount) and amount.properties.get("kind") != "reward_offer"


_YIELDS = (Yields("GENERATED_REVENUE_FOR", ("thief",), ("amount",), when=_took),)
_TYPES = {"thief": _THIEVES, "amount": ("Payment",)}
# what was taken: the amount itself, or money "worth $N" ("cryptocurrency worth $N",
# "virtual currency then worth about $N", "assets valued at $N")
_WORTH = (">dobj >amod[worth] >npadvmod", ">dobj >amod[worth] >pobj",
          ">dobj >prep[worth] >pobj", ">dobj >amod[worth] >dobj",
          ">dobj >acl[valued] >prep[at] >pobj", ">nsubjpass >amod[worth] >pobj")
_STEAL = ("steal", "loot", "siphon", "embezzle", "extort", "swindle", "pilfer", "rob")

FRAMES = (
    Frame("revenue-theft", 1, _STEAL,
          {"thief": (*SUBJECT, *REASON, *ACCUSED), "amount": (*OBJECT, *_WORTH)},
          _YIELDS, role_types=_TYPES, unnamed_ok=True, base_confidence=0.6),
    Frame("revenue-theft-noun", 1, ("theft", "thefts", "heist", "heists", "embezzlement"),
          {"thief": (">poss", ">prep[by] >pobj",
                     # "X was responsible for the theft of $N"
                     "<pobj[for] <prep[responsible] <acomp >nsubj"),
           "amount": (">prep[of] >pobj",)},
          _YIELDS, pos=("NOUN",), role_types=_TYPES, unnamed_ok=True,
          base_confidence=0.55),
)
