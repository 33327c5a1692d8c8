"""FUNDED: money that workers or companies earned going to the regime or one of its units.

Constructions:
- the earner moves its money: "X sends/channels/returns its earnings (back) to Y", "X
  funnels the proceeds into Y's coffers", "X was designated for channeling money back to
  Y" (the object of the designation is the actor of its reason clause); with "home" for
  the destination, the earner's own state ("the workers send their pay home");
- the money moves: "their earnings are sent / flow / go (back) to Y", "the revenue they
  generate continues to flow to Y's weapons programs", "the income is used by Y" or "is
  used to support Y's programs";
- an amount moves: "$N was sent to Y" (FUNDED from the amount);
- a money noun that restates an amount moves: "X earned $N, and the revenue was funnelled
  to Y", "$N, money that ended up in Y's programs", "X earned $N. Most of that money was
  sent to Y" (extract/frames/_restated.py; the one who earned the amount is the earner).

A verb of movement counts only with money as what moves ("sends workers to Russia" is a
dispatch, not funding). The destination is a state or a DPRK unit (`funds`), or a DPRK
organization. "their" or "they" left unresolved in "their earnings" / "the revenue they
earn" is the document's worker collective only where the document has one and nothing
else in the sentence owns the money.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.frames import Frame, Yields
from extract.frames._money import (
    FOR_WHAT,
    MONEY_NOUNS,
    MONEY_ON,
    OWNER,
    OWNER_ON,
    REASON,
    USED_FOR,
    destination,
    for_programs,
    handed_on,
    host_denied,
    subject_of_chain,
)
from extract.frames._paths import SUBJECT, prep
from extract.frames._they import fill_from_pronoun
from extract.frames.revenue import EARNED_WHICH, funds

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

EARNERS = ("Person", "Organization")
MONEY = ("Payment",)
BENEFICIARIES = ("Country", "Organization")
_MOVE = ("send", "return", "remit", "channel", "funnel", "move", "transfer", "repatriate",
         "route", "rout", "divert", "wire", "carry", "direct", "siphon", "contribute", "forward")
_FLOW = (*_MOVE, "flow", "go", "use", "pass", "end")
def to_a_dprk_party(hit: Hit, context: DocContext, source: str, target: str) -> bool:
    """The earner's money went to a state, a DPRK unit or group, or an organization the
    document marks or describes as North Korean ("sent their earnings to X, a DPRK
    company"); money sent to any other firm may be a trade."""
    from extract.frames.money_for import described_north_korean

    found = context.entities[target]
    return funds(context.entities[source], found) or (
        found.type == "Organization" and described_north_korean(target, context))


_YIELDS = (Yields("FUNDED", ("amount",), ("beneficiary",), when=funds),
           Yields("FUNDED", ("earner",), ("beneficiary",), holds=to_a_dprk_party))
_TYPES = {"earner": EARNERS, "amount": MONEY, "beneficiary": BENEFICIARIES}
# "(the money) ended up in Y's weapons programs (in Y's coffers, in Pyongyang)"
_ENDS_UP_IN = (f"+prt[up] >prep[in] >pobj[{FOR_WHAT}] >poss", "+prt[up] >prep[in] >pobj")
_PRONOUNS = frozenset({"they", "their", "them"})
# "X continued to operate, moving its workers' earnings back to Y": a participle clause set
# off after the main clause shares its subject
_SHARED = ("@VBG <advcl >nsubj",)
# "X is run by North Koreans, with revenue going to Y": the money of an absolute with-phrase
# is that of the subject of the clause the phrase is set on (also of a verb coordinated
# with the one that has the subject: "X is run and staffed by ..., with ...")
_WITH_MONEY_GOING = tuple(
    f"@VBG <acl[{MONEY_NOUNS}] <pobj[with] <prep {chain}>{subject}"
    for chain in ("", "<conj ") for subject in ("nsubj", "nsubjpass"))


def _home_state(hit: Hit, context: DocContext) -> None:
    """'send their earnings home': home is the earner's state, when the earner is the
    workers' collective or an organization of a known state."""
    # the parser may read "their earnings home" as a compound noun with "home" as its head
    if hit.roles.get("beneficiary") or not any(
            c.lower_ == "home" and c.dep_ in {"advmod", "dobj"} for c in hit.word.children):
        return
    for earner in hit.roles.get("earner", []):
        code = str(context.entities[earner].properties.get("country", "")).upper()
        state = f"country:{code}"
        # the state may go unnamed in the document ("North Korean workers"): the gazetteer
        # holds every state
        if code and (state in context.entities or context._from_gazetteer(state)):
            hit.roles["beneficiary"] = [state]
            return


def _unresolved_owner(hit: Hit, context: DocContext) -> None:
    """'their earnings are sent back', 'the revenue they generate flows': an owner pronoun
    that coreference left open stands for the document's worker collective."""
    if hit.roles.get("earner") or hit.roles.get("amount"):
        return
    subjects = [c for c in hit.word.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and hit.word.dep_ == "xcomp":
        subjects = [c for c in hit.word.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for subject in subjects:
        if subject.lower_ not in MONEY_NOUNS.split("|"):
            continue
        owners = [c for c in subject.children if c.dep_ == "poss"] + [
            g for c in subject.children if c.dep_ == "relcl" for g in c.children
            if g.dep_ == "nsubj"]
        if any(o.lower_ in _PRONOUNS and not context.index.at(o) for o in owners):
            hit.roles["earner"] = context.workers()
            return


def _restated(hit: Hit, context: DocContext, deps: frozenset[str]) -> None:
    """'X earned $N, and the revenue was funnelled to Y', '$N, money that ended up in Y's
    programs', 'that money was moved to Y': the money noun that moves restates an amount
    (extract/frames/_restated.py); the one who earned that amount is the earner."""
    from extract.frames._restated import earner_of, money_word, restated_amount

    if hit.roles.get("amount"):
        return
    for child in hit.word.children:
        noun = money_word(child) if child.dep_ in deps else None
        amounts = restated_amount(noun, context) if noun is not None else []
        if amounts:
            hit.roles["amount"] = amounts
            hit.paths.setdefault("amount", 0)
            if not hit.roles.get("earner"):
                hit.roles["earner"] = earner_of(amounts[0], context, EARNERS)
            return


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_GOVERNING = frozenset({"government", "regime", "leadership", "authorities"})


def _government_placed_on_the_verb(hit: Hit, context: DocContext) -> None:
    """'the income is sent back to the government in Pyongyang': the parser hangs "in X" on
    the verb, not on "government"; a government sent money to, with a state the clause
    places it in, is that state (as `destination` reads "the regime in X")."""
    if hit.roles.get("beneficiary"):
        return
    verb = hit.word
    heads = [verb, *(c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "back")]
    governs = any(p.dep_ == "prep" and p.lower_ == "to" and any(
        o.dep_ == "pobj" and o.lower_ in _GOVERNING for o in p.children)
        for h in heads for p in h.children)
    if not governs:
        return
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ != "in":
            continue
        for o in p.children:
            state = context.index.at(o) if o.dep_ == "pobj" else ""
            if state.startswith("country:") and state in context.entities:
                hit.roles["beneficiary"] = [state]
                hit.paths.setdefault("beneficiary", 0)
                return


def _no_money_going(hit: Hit) -> bool:
    """'with no revenue going to Y', 'with none of the money going to Y': the with-phrase
    denies the flow."""
    noun = hit.word.head if hit.word.dep_ == "acl" else None
    return noun is not None and noun.head.lower_ == "with" and any(
        c.lower_ in {"no", "none", "little"} for c in noun.children)


def _complete_flow(hit: Hit, context: DocContext) -> None:
    if host_denied(hit) or _no_money_going(hit):
        hit.roles.clear()
        return
    _unresolved_owner(hit, context)
    _restated(hit, context, _SUBJECTS)
    _home_state(hit, context)
    _government_placed_on_the_verb(hit, context)


def _complete_move(hit: Hit, context: DocContext) -> None:
    handed_on(hit, context, "earner", EARNERS)
    subject_of_chain(hit, context, "earner", EARNERS)
    fill_from_pronoun(hit, context, "earner")
    _restated(hit, context, frozenset({"dobj"}))
    _home_state(hit, context)
    _government_placed_on_the_verb(hit, context)


FRAMES = (
    Frame("remittance", 1, _MOVE,
          {"earner": (*SUBJECT, *REASON, *_SHARED), "amount": (">dobj",),
           "beneficiary": destination()},
          _YIELDS, role_types=_TYPES, requires=(f">dobj[{MONEY_NOUNS}]",),
          complete=_complete_move, base_confidence=0.6),
    # a share of the money, or money by its unit: "sent millions of dollars of their
    # wages to Y", "remit a large portion of their income back to Y", "most of their pay"
    *(Frame(f"remittance-share{n}", 1, _MOVE,
            {"earner": (*SUBJECT, *REASON, *_SHARED), "beneficiary": destination()},
            _YIELDS[1:], role_types=_TYPES, requires=(share,), complete=_complete_move,
            base_confidence=0.55)
      for n, share in (("", f">dobj >prep[of] >pobj[{MONEY_NOUNS}]"),
                       ("-dollars", ">dobj >prep[of] >pobj[dollars]"))),
    Frame("remittance-home", 1, _MOVE,
          {"earner": (*SUBJECT, *REASON)}, _YIELDS[1:], role_types=_TYPES,
          requires=(f">dobj[home] >compound[{MONEY_NOUNS}]",), complete=_complete_move,
          base_confidence=0.6),
    Frame("remittance-amount", 1, _MOVE,
          {"earner": (*SUBJECT, *REASON), "amount": (">dobj",),
           "beneficiary": destination()},
          _YIELDS[:1], role_types=_TYPES, base_confidence=0.6),
    # "the three governments attribute (to the DPRK) the theft of $N (to the DPRK)": stolen
    # money the text attributes to a state went to it
    Frame("remittance-attributed-theft", 1, ("attribute",),
          {"amount": (">dobj[theft|thefts|heist|heists] >prep[of] >pobj",
                      ">dobj[theft|thefts|heist|heists] >prep[of] >conj >pobj",
                      ">nsubjpass[theft|thefts|heist|heists] >prep[of] >pobj"),
           "beneficiary": prep("to")},
          _YIELDS[:1], role_types=_TYPES, base_confidence=0.6),
    # "X generates revenue that flows to (contributes to) Y's programs": EARNED_WHICH
    # the amounts listed after the first: "the theft of $N from A, of $M from B, and of
    # $K from C" (the parser may hang the later "of"s on the verb or on "from"), also where
    # it reads "attribute" as a noun
    Frame("remittance-attributed-theft-list", 1, ("attribute",),
          {"amount": (">prep[of] >pobj", ">dobj >prep[from] >conj[of] >pobj",
                      ">dobj >prep[of] >pobj"),
           "beneficiary": prep("to")},
          _YIELDS[:1], pos=("VERB", "NOUN"), role_types=_TYPES,
          requires=(">dobj[theft|thefts|heist|heists]",), base_confidence=0.55),
    # "the wages they collect end up (help) paying for Y's programs": money that pays for
    # a state's programs funds the state (with money, or the money's owner, as the payer)
    Frame("remittance-pays-for", 1, ("pay",),
          {"earner": OWNER_ON, "amount": MONEY_ON, "beneficiary": for_programs("for")},
          _YIELDS, role_types=_TYPES, anchor={"DEP": "xcomp"}, complete=_complete_flow,
          base_confidence=0.55),
    Frame("remittance-flow", 1, _FLOW,
          {"earner": (*OWNER, *EARNED_WHICH, *_WITH_MONEY_GOING),
           "amount": (">nsubj", ">nsubjpass"),
           "beneficiary": (*destination(), *USED_FOR, *_ENDS_UP_IN)},
          _YIELDS, role_types=_TYPES, complete=_complete_flow, base_confidence=0.55),
)
