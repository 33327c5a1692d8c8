"""MET: agencies, states or people met.

Constructions: "X met (with) Y", "X and Y met / held talks / convened", "X hosted Y",
"a meeting between X and Y", "X's meeting with Y".
"""

from __future__ import annotations

from extract.frames import Frame, Yields
from extract.frames._paths import OBJECT, SUBJECT, prep

PARTIES = ("Agency", "Country", "Person")
_TYPES = {"party": PARTIES}
_YIELDS = (Yields("MET", ("party",), ("party",), pairwise=True),)

FRAMES = (
    Frame("meeting", 1, ("meet", "convene", "host", "confer", "gather"),
          {"party": (*SUBJECT, *OBJECT, *prep("with"))}, _YIELDS, role_types=_TYPES,
          dated="event", base_confidence=0.7),
    Frame("meeting-noun", 1, ("meeting", "talks", "consultation", "consultations", "dialogue",
                              "summit", "forum", "session"),
          {"party": (*prep("between|among|with|of"), ">poss", "<dobj >nsubj")}, _YIELDS,
          pos=("NOUN",), role_types=_TYPES, dated="event", base_confidence=0.6),
)
