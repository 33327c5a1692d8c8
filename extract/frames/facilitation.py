"""FACILITATED: a person or organization helped DPRK workers or units get work, pay or cover.

Constructions: "X helped/assisted/enabled/facilitated/supported Y" (and passives, relative
clauses, "X is accused of helping Y", "X pleaded guilty to helping"); "with help from X";
"X ran a laptop farm / hosted laptops for Y"; "X supplied/provided/sold/rented accounts,
identities or equipment to Y"; "X laundered money / handled payments for Y"; "X placed
workers with firms". Where the helped party is left implicit ("ran a laptop farm",
"supplied equipment"), it is the document's worker collective.
"""

from __future__ import annotations

from extract.frames import Frame, Yields
from extract.frames._paths import OBJECT, SUBJECT, prep

ACTORS = ("Person", "Organization")
_YIELDS = (Yields("FACILITATED", ("helper",), ("helped",)),)
_TYPES = {"helper": ACTORS, "helped": ACTORS}
# what facilitators hand over: computers, accounts, identities, money channels
_MEANS = ("laptop|laptops|computer|computers|farm|farms|equipment|accounts|account|"
          "identities|identity|documents|names|infrastructure|services|support|payments|"
          "payment|funds|money|proceeds")

FRAMES = (
    Frame("facilitation", 1, ("help", "assist", "facilitate", "enable", "aid", "abet"),
          {"helper": SUBJECT, "helped": (*OBJECT, ">dative", *prep("for"))}, _YIELDS,
          role_types=_TYPES, defaults={"helped": "workers"}, unnamed_ok=True, base_confidence=0.7),
    Frame("facilitation-support", 1, ("support",),
          {"helper": SUBJECT, "helped": OBJECT}, _YIELDS, role_types=_TYPES,
          unnamed_ok=True, base_confidence=0.55),
    Frame("facilitation-help-noun", 1, ("help", "assistance", "support"),
          {"helper": prep("from|of|by"),
           "helped": ("<pobj[with] <prep >nsubj", "<pobj[with] <prep >nsubjpass")},
          _YIELDS, pos=("NOUN",), role_types=_TYPES, unnamed_ok=True, base_confidence=0.6),
    Frame("facilitation-means", 1, ("host", "run", "operate", "maintain", "supply", "provide",
                                    "sell", "rent", "lend", "lease", "buy", "procure", "set",
                                    "open", "handle", "manage", "launder", "move", "receive"),
          {"helper": SUBJECT, "helped": (*prep("for|to", of="behalf"), ">dative")},
          _YIELDS, role_types=_TYPES, requires=(f">dobj|nsubjpass[{_MEANS}]",),
          defaults={"helped": "workers"}, unnamed_ok=True, base_confidence=0.6),
    Frame("facilitation-placement", 1, ("place",),
          {"helper": SUBJECT, "helped": OBJECT}, _YIELDS, role_types=_TYPES,
          unnamed_ok=True, base_confidence=0.6),
)
