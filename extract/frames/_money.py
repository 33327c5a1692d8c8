"""Dependency paths shared by the money frames (payment, revenue, remittance, facilitation).

- `REASON`: the actor of a reason clause is the object of the verb it explains: in
  "OFAC designated X for channeling money to Y" or "X was sanctioned for earning revenue
  for Y", X channels and earns (the gerund has no subject of its own; English reads it
  from the object, not from the designating agency); also "for their roles in helping Y".
- `MONEY_NOUNS`: the nouns that name what workers earn; `OWNER` reaches the one whose money
  the subject of an intransitive or passive verb is ("their earnings are sent",
  "the revenue they generate flows", "the income of the workers goes", "the wages earned by
  (paid to) the workers are sent"), also through
  "continues to" / "is meant to" (an xcomp).
- `DESTINATION`: where money goes: "to X", "back to X", "into X's coffers", "to X's
  weapons programs", "to the regime in X" (a state's government stands for the state).
"""

from __future__ import annotations

_ROLE = "role|roles|part|parts|involvement"
REASON = ("<pcomp[for] <prep >dobj", "<pcomp[for] <prep >nsubjpass",
          "<conj <pcomp[for] <prep >dobj", "<conj <pcomp[for] <prep >nsubjpass",
          # "imposed sanctions on X for generating revenue"
          "<pcomp[for] <prep >dobj >prep[on|against] >pobj",
          # "designated X for its role in helping Y": the role is the reason, its gerund
          # the act, and the object of the verb it explains is the actor
          *(f"<pcomp[in] <prep[{_ROLE}] <pobj[for] <prep >{dep}"
            for dep in ("dobj", "nsubjpass")))

# whose activity earns: "their activities / the workers' schemes generate revenue"
_DOINGS = "activities|activity|work|operations|operation|schemes|scheme"
ACTIVITY_OWNER = (f">nsubj[{_DOINGS}] >poss",)

MONEY_NOUNS = ("revenue|revenues|earnings|income|proceeds|money|funds|wages|pay|salary|"
               "salaries|profits|paychecks|payments|cash|currency")

_M = f"[{MONEY_NOUNS}]"
_OWNED = (f">nsubj{_M} >poss", f">nsubjpass{_M} >poss", f">nsubj{_M} >relcl >nsubj",
          f">nsubjpass{_M} >relcl >nsubj", f">nsubj{_M} >prep[of|from] >pobj",
          f">nsubjpass{_M} >prep[of|from] >pobj",
          # "the wages earned by X", "the salaries paid to X"
          *(f">{dep}{_M} >acl[{verb}] {tail}" for dep in ("nsubj", "nsubjpass")
            for verb, tail in (("earned|generated|made|received", ">agent >pobj"),
                               ("paid", ">prep|dative[to] >pobj"))))
OWNER = (*_OWNED, *(f"<xcomp {path}" for path in _OWNED))

# the words a destination's owner stands behind: "X's weapons programs", "X's coffers"
FOR_WHAT = "programs|program|coffers|treasury|budget|development|weapons"
# a state's government, regime or leadership "in X" is the state X
_GOVERNMENT = "government|regime|leadership|authorities|state"


def for_programs(words: str = "for|to") -> tuple[str, ...]:
    """'for X's weapons programs': the owner of what the money is for."""
    return (f">prep[{words}] >pobj[{FOR_WHAT}] >poss",
            f">dobj >prep[{words}] >pobj[{FOR_WHAT}] >poss")


def destination(words: str = "to|into|toward|towards") -> tuple[str, ...]:
    """Where money goes, from a verb of movement or use."""
    found: list[str] = []
    # on the verb, on "back", or on the money moved ("directs the proceeds toward X")
    for head in ("", ">advmod[back|home|onward|ultimately] ", f">dobj[{MONEY_NOUNS}] "):
        found += [f"{head}>prep[{words}] >pobj",
                  f"{head}>prep[{words}] >pobj[{_GOVERNMENT}]",
                  f"{head}>prep[{words}] >pobj[{FOR_WHAT}] >poss",
                  f"{head}>prep[{words}] >pobj[{_GOVERNMENT}] >prep[in] >pobj"]
    return tuple(found)


# "(money) is used to support / fund X's programs", "used by X to sustain its programs"
USED_FOR = (">xcomp >dobj >poss", ">xcomp >dobj[regime|government|state]",
            ">agent >pobj")
