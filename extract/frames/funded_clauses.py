"""FUNDED: clause shapes the revenue and remittance families do not read.

- A copula that says what money is: "the wages (that) the workers drew were revenue for
Y", "their earnings are income for Y's programs", "$N was revenue for Y". The money's
  owner (a relative clause's subject, a possessive, "of/from X") or the amount funds Y.
- A source of money: "X is (serves as, X, ...) a key source of revenue (income, hard
  currency) for Y"; "X provides (supplies) a stream of revenue (funding, money) to Y".
  Only a holder of the noun or the subject of the verb is the source: "sanctions cut off
  a source of revenue for Y" names none.

- A relative clause of funding on what was earned: "they earn hundreds of millions of
  dollars a year that fund Y's programs" (the parser may hang the clause on any noun of
  the earned object); the earner (and an amount inside the object) funds Y.

Y must be a state, a DPRK unit or group or a North Korean organization (`funds` in
revenue.py); a worker collective earns for itself and is never the one funded. Money that
"was meant to be" or "would be" revenue is a plan or a hypothetical (extract/modality.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.frames import Frame, Yields
from extract.frames._money import MONEY_NOUNS, for_programs
from extract.frames._paths import HOLDER, SUBJECT, prep
from extract.frames.revenue import funds
from extract.governing import is_negated, is_planned
from graph.model import ExtractedEntity

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

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


def _copula_states(hit: Hit, context: DocContext) -> None:
    """A noun predicate states what its copula states: "are not a source of revenue",
    "could become revenue", "were meant to be revenue" state nothing (extract/modality.py
    reads the noun's own clause, which the copula heads)."""
    word = hit.word
    verb = None
    if word.dep_ in {"attr", "dobj"}:
        verb = word.head
    elif word.dep_ == "pobj" and word.head.lower_ == "as":
        verb = word.head.head
    if verb is not None and (is_negated(verb) or is_planned(verb)):
        hit.roles.clear()


_YIELDS = (Yields("FUNDED", ("amount", "earner"), ("beneficiary",), when=_not_the_workers),)

_FUNDS = ("revenue|revenues|income|funds|funding|money|cash|currency|earnings|profits|"
          "financing|capital")
_SOURCES = "source|sources|stream|streams|flow|flows|lifeline|lifelines"
# "for Y" on the source noun or on the money noun after it
_FOR_SOURCE = (*_FOR, *(f">prep[of] >pobj[{_FUNDS}] {path}" for path in _FOR))

# "they earn hundreds of millions of dollars a year that fund the regime's programs": the
# parser may hang the relative clause on any noun inside the earned object ("a year",
# "dollars"); the clause describes what was earned, and the earner funds what it funds
_EARN = frozenset({"earn", "generate", "make", "raise", "bring", "collect", "net", "reap",
                   "amass", "pocket", "draw"})
_SUMS = frozenset({*MONEY_NOUNS.split("|"), "millions", "billions", "dollars", "hundreds",
                   "thousands", "million", "billion"})
_CLIMB = frozenset({"npadvmod", "pobj", "prep", "appos", "nmod", "conj", "compound"})


def _earned_object(hit: Hit, context: DocContext) -> None:
    """The relative clause's noun lies inside the money object of an earning verb: its
    subject is the earner, an amount inside the object the amount."""
    from extract.arguments import entities_of

    noun = hit.word.head
    for _ in range(4):
        if noun.dep_ == "dobj" and noun.head.lemma_ in _EARN:
            break
        if noun.dep_ not in _CLIMB or noun.head.i == noun.i:
            hit.roles.clear()
            return
        noun = noun.head
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_ not in _EARN or is_negated(verb) or \
            is_planned(verb) or not (noun.lower_ in _SUMS or noun.ent_type_ == "MONEY"):
        hit.roles.clear()
        return
    hit.roles["earner"] = [e for c in verb.children if c.dep_ == "nsubj"
                           for e in entities_of(c, context.index)
                           if e in context.entities
                           and context.entities[e].type in _TYPES["earner"]]
    amounts = {context.index.at(w) for w in noun.subtree if context.index.at(w)}
    hit.roles["amount"] = sorted(e for e in amounts if context.entities[e].type == "Payment")
    hit.paths.setdefault("earner", 0)


FRAMES = (
    Frame("funded-copula", 1, ("revenue", "revenues", "income", "earnings", "money",
                               "funding"),
          {"earner": _OWNER_OF_SUBJECT, "amount": ("<attr >nsubj @CD",), "beneficiary": _FOR},
          _YIELDS, pos=("NOUN",), anchor={"DEP": "attr"}, role_types=_TYPES,
          complete=_copula_states, base_confidence=0.55),
    Frame("funded-source", 1, tuple(_SOURCES.split("|")),
          {"earner": HOLDER, "beneficiary": _FOR_SOURCE},
          _YIELDS, pos=("NOUN",), role_types=_TYPES,
          requires=(f">prep[of] >pobj[{_FUNDS}]",), complete=_copula_states,
          base_confidence=0.55),
    # "X provides a stream of revenue (funding) to Y": the provider funds Y
    Frame("funded-provide", 1, ("provide", "supply", "deliver", "generate", "bring"),
          {"earner": SUBJECT,
           "beneficiary": (*_FOR, *(f">dobj {path}" for path in _FOR),
                           *(f">dobj >prep[of] >pobj[{_FUNDS}] {path}" for path in _FOR))},
          _YIELDS, role_types=_TYPES,
          requires=(f">dobj[{_FUNDS}|{_SOURCES}]",), base_confidence=0.55),
    Frame("funded-earned-which", 1, ("fund", "finance", "bankroll", "sustain", "support"),
          {"beneficiary": (">dobj", ">dobj >poss", ">dobj >prep[of] >pobj", *_FOR)},
          _YIELDS, role_types=_TYPES, anchor={"DEP": "relcl"},
          requires=(">nsubj[that|which]",), complete=_earned_object, base_confidence=0.55),
)
