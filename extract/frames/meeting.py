"""MET: agencies, states or people met.

Constructions: "X met (with) Y", "X and Y met / held talks / convened", "X hosted Y",
"X hosted talks with Y", "a meeting between X and Y", "X's meeting with Y".
"""

from __future__ import annotations

from extract.frames import Frame, Yields
from extract.frames._paths import OBJECT, SUBJECT, prep

PARTIES = ("Agency", "Country", "Person")
_TYPES = {"party": PARTIES}
_YIELDS = (Yields("MET", ("party",), ("party",), pairwise=True),)

_MEETINGS = "meeting|meetings|talks|summit|dialogue|session|forum|consultations|conference"

FRAMES = (
    Frame("meeting", 1, ("meet", "convene", "confer", "gather"),
          {"party": (*SUBJECT, *OBJECT, *prep("with"))}, _YIELDS, role_types=_TYPES,
          dated="event", base_confidence=0.7),
    # "host" is transitive: a meeting when it hosts a meeting ("X hosted talks with Y") or a
    # guest ("X hosted Y"); "X and Y hosted laptops" is no meeting of X and Y
    Frame("meeting-host", 1, ("host",),
          {"party": (*SUBJECT, *prep("with"), ">dobj >prep[with|between|of] >pobj")},
          _YIELDS, role_types=_TYPES, requires=(f">dobj[{_MEETINGS}]",), dated="event",
          base_confidence=0.7),
    Frame("meeting-guest", 1, ("host",), {"host": SUBJECT, "guest": OBJECT},
          (Yields("MET", ("host",), ("guest",)),),
          role_types={"host": PARTIES, "guest": PARTIES}, dated="event",
          base_confidence=0.65),
    Frame("meeting-noun", 1, ("meeting", "talks", "consultation", "consultations", "dialogue",
                              "summit", "forum", "session"),
          {"party": (*prep("between|among|with|of"), ">poss", "<dobj >nsubj")}, _YIELDS,
          pos=("NOUN",), role_types=_TYPES, dated="event", base_confidence=0.6),
)
