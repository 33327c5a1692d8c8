"""PAID and FORFEITED: money that a payer sent, and money a court took back.

Constructions: "X paid/wired/transferred/sent/moved $N (to Y) (for Z)", "$N was paid by X",
"payments of $N from X", "Y received $N from X"; "X was ordered to forfeit $N", "X
agreed to forfeit", "X forfeited $N", "X will pay restitution of $N" (future: no), "X gave
up / handed over $N". An amount
paid for a state or unit ("for the DPRK") also funds it, and so does an amount converted
(exchanged, cashed) for one ("converted cryptocurrency into $N for Y").

The one paid earned the amount (GENERATED_REVENUE_FOR): "X paid the workers $N" (the
dative, or a second object beside a number), "he was paid $N for his services" (the
subject of the passive); "paid one of the workers $N" is one worker's pay, not the
collective's. Money that only moves to someone ("paid $N to Y") is not read as Y's
earnings: Y may be an account holder or a launderer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.frames import Frame, Yields
from extract.frames._money import BEHALF, REASON, subject_of_chain, the_one_ordered
from extract.frames._paths import OBJECT, SUBJECT, prep
from extract.frames._they import fill_from_pronoun
from graph.model import ExtractedEntity

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

ACTORS = ("Person", "Organization")
MONEY = ("Payment",)
BENEFICIARIES = ("Country", "Organization")
# a court's money orders read as an object of these verbs
_ORDERED = ("<xcomp >dobj", "<conj <xcomp >dobj", "<conj <conj <xcomp >dobj")


def moved(source: ExtractedEntity, amount: ExtractedEntity) -> bool:
    """Money that moved: not an offer, a fine or a court's order."""
    return str(amount.properties.get("kind", "")) not in {
        "reward_offer", "forfeiture", "seizure", "fine", "restitution", "loss"}


def is_beneficiary(amount: ExtractedEntity, target: ExtractedEntity) -> bool:
    """A state, a DPRK unit or group, or an organization of the DPRK ('for the benefit of'
    a North Korean company funds the DPRK's own)."""
    return target.type == "Country" or str(target.properties.get("kind", "")) in {
        "dprk_unit", "group", "worker_group"} or (
        target.type == "Organization" and str(target.properties.get("country", "")) == "KP")


def earned_pay(payee: ExtractedEntity, amount: ExtractedEntity) -> bool:
    """Pay for work or services: not a fine, a forfeiture, restitution or an offer."""
    return str(amount.properties.get("kind", "")) in {
        "wages", "fees", "payment", "revenue", "other", ""}


def worker_pay(payee: ExtractedEntity, amount: ExtractedEntity) -> bool:
    """Pay a person or the workers (or a front) earned: a firm paid by another firm may be
    selling it anything, which the sentence alone does not tell."""
    return earned_pay(payee, amount) and (payee.type == "Person" or str(
        payee.properties.get("kind", "")) in {"worker_group", "front_company"})


# "paid one of the workers", "paid each of them": one of them, not the collective
_ONE = frozenset({"one", "each", "some", "several", "two", "three"})


# "agreed to pay the workers $N" is a promise, not pay received
_PROMISED = frozenset({"agree", "consent", "refuse", "decline", "fail", "neglect"})


_PAYEE_DEPS = frozenset({"dative", "nsubjpass", "dobj"})


def _a_whole_payee(hit: Hit, context: DocContext) -> None:
    if hit.word.dep_ == "xcomp" and hit.word.head.lemma_ in _PROMISED:
        hit.roles["payee"] = []
        return
    fill_from_pronoun(hit, context, "payee", _PAYEE_DEPS, chain=False)
    for word in hit.word.children:
        # (a second object that is no number is the one paid: "paid one of the workers $N")
        money = context.index.at(word)
        if (word.dep_ in {"dative", "nsubjpass"} or (word.dep_ == "dobj" and not (
                money and context.entities[money].type == "Payment"))) and (
                word.lower_ in _ONE or any(c.lower_ in _ONE for c in word.children)):
            hit.roles["payee"] = []


# a payment asked for is none made: "demanded payments of $N from X" (an extortion)
_ASKED = frozenset({"demand", "request", "seek", "ask", "solicit", "want", "expect",
                    "threaten", "offer", "promise"})


_WAGES = frozenset({"wages", "salaries", "salary", "pay", "paychecks", "compensation"})


def _in_wages(hit: Hit, context: DocContext) -> None:
    """'paid $N in salaries to Y': only money the sentence calls wages is Y's pay."""
    amounts = [hit.word, *(c for c in hit.word.children if c.dep_ in {"dobj", "nsubjpass"})]
    if not any(p.dep_ == "prep" and p.lower_ == "in" and any(
            o.dep_ == "pobj" and o.lower_ in _WAGES for o in p.children)
               for a in amounts for p in a.children):
        hit.roles.clear()
        return
    _a_whole_payee(hit, context)
    # "to one of the workers": one worker's pay, not the collective's
    if any(t.dep_ == "pobj" and t.head.lower_ == "to" and t.lower_ in _ONE
           for t in hit.word.subtree):
        hit.roles["payee"] = []


def _made(hit: Hit, context: DocContext) -> None:
    if hit.word.dep_ in {"dobj", "pobj"} and (
            hit.word.head.lemma_ in _ASKED or hit.word.head.head.lemma_ in _ASKED):
        hit.roles.clear()


def _beside_a_number(hit: Hit, context: DocContext) -> None:
    """Two objects, one of them a number: "paid the workers more than $1 million"."""
    objects = [c for c in hit.word.children if c.dep_ == "dobj"]
    if len(objects) < 2 or not any(o.tag_ == "CD" for o in objects):
        hit.roles.clear()
        return
    _a_whole_payee(hit, context)


def _forfeiter(hit: Hit, context: DocContext) -> None:
    the_one_ordered(hit, context, "person", ACTORS)


def _misread_clause(hit: Hit, context: DocContext) -> None:
    """'A, the delegation's chief, transferred $N to Y': the parser may leave the sentence
    without a verb, the name its root and the verb a participle describing it; a
    participle with a direct object on the root is that name's own act."""
    if hit.word.head.dep_ != "ROOT" or hit.word.head.pos_ not in {"PROPN", "NOUN"}:
        hit.roles.clear()


def _for_someone(hit: Hit, context: DocContext) -> None:
    subject_of_chain(hit, context, "payer", ACTORS)
    if not hit.roles.get("beneficiary"):
        hit.roles.clear()


_PAID = (Yields("PAID", ("payer",), ("amount",), when=moved),
         Yields("FUNDED", ("amount",), ("beneficiary",), when=is_beneficiary))

FRAMES = (
    Frame("payment", 1, ("pay", "wire", "transfer", "send", "remit", "deposit", "funnel",
                         "route", "move", "channel",
                         # the lemmatizer's "routed"
                         "rout"),
          {"payer": (*SUBJECT, *REASON), "amount": (*OBJECT, ">dobj >prep[of] >pobj"),
           "beneficiary": (*prep("for", of="behalf|benefit"), *BEHALF, *prep("to"))},
          _PAID, role_types={"payer": ACTORS, "amount": MONEY,
                             "beneficiary": BENEFICIARIES},
          unnamed_ok=True, base_confidence=0.6),
    # the same verbs as a participle on a root name the parser made of the sentence
    # (never "pay": "A, paid $N by B" is A's pay)
    Frame("payment-misread", 1, ("wire", "transfer", "send", "remit", "deposit", "funnel",
                                 "route", "move", "channel", "rout"),
          {"payer": ("<acl",), "amount": (">dobj",),
           "beneficiary": (*prep("for", of="behalf|benefit"), *BEHALF, *prep("to"))},
          _PAID, role_types={"payer": ACTORS, "amount": MONEY,
                             "beneficiary": BENEFICIARIES},
          anchor={"DEP": "acl", "TAG": "VBN"}, requires=(">dobj",),
          complete=_misread_clause, base_confidence=0.55),
    # the one paid: "X paid the workers $N", "he was paid $N for his services"
    Frame("payment-received", 1, ("pay",),
          # the parser may read "paid them $N" as two objects
          {"payee": (">dative", ">nsubjpass", ">dobj[him|her|them]"), "amount": (">dobj",)},
          (Yields("GENERATED_REVENUE_FOR", ("payee",), ("amount",), when=earned_pay),),
          role_types={"payee": ACTORS, "amount": MONEY}, complete=_a_whole_payee,
          unnamed_ok=True, base_confidence=0.6),
    # "X paid the workers more than $1 million": the parser may read the one paid as a
    # second object beside the amount; only with a number there ("X paid the workers" and
    # "X paid the workers' rent" name no pay)
    Frame("payment-received-objects", 1, ("pay",),
          {"payee": (">dobj",), "amount": (">dobj",)},
          (Yields("GENERATED_REVENUE_FOR", ("payee",), ("amount",), when=worker_pay),),
          role_types={"payee": ACTORS, "amount": MONEY}, complete=_beside_a_number,
          unnamed_ok=True, base_confidence=0.55),
    # "X paid $N in salaries (wages) to the workers": money sent "to" someone is read as
    # their pay only when the sentence calls it wages (else Y may hold an account)
    Frame("payment-wages-to", 1, ("pay",),
          # "in salaries to Y": the parser may hang "to Y" on the wages
          {"payee": (*prep("to"), f">prep[in] >pobj[{'|'.join(sorted(_WAGES))}] >prep[to] >pobj"),
           "amount": (">dobj", ">nsubjpass")},
          (Yields("GENERATED_REVENUE_FOR", ("payee",), ("amount",), when=worker_pay),),
          role_types={"payee": ACTORS, "amount": MONEY}, complete=_in_wages,
          unnamed_ok=True, base_confidence=0.55),
    # "Y received (collected) $N from X": X paid it; only money earned (wages, fees, a
    # payment), never a reward, fine or forfeiture, and only from a person or a firm
    Frame("payment-received-from", 1, ("receive", "collect", "accept"),
          {"payer": (*prep("from"), ">dobj >prep[from] >pobj"), "amount": (">dobj",)},
          (Yields("PAID", ("payer",), ("amount",), when=earned_pay),),
          role_types={"payer": ACTORS, "amount": MONEY}, unnamed_ok=True,
          base_confidence=0.55),
    # "X converted cryptocurrency into $N (in dollars) for Y", "moved $N for the benefit of
    # Y": money turned into cash for someone else was moved for them; a conversion for no
    # one named is no payment
    Frame("payment-converted", 1, ("convert", "exchange", "cash"),
          {"payer": (*SUBJECT, *REASON), "amount": (">prep[into] >pobj", ">dobj"),
           "beneficiary": (*prep("for", of="behalf|benefit"), *BEHALF)},
          _PAID, role_types={"payer": ACTORS, "amount": MONEY,
                             "beneficiary": BENEFICIARIES},
          complete=_for_someone, base_confidence=0.55),
    Frame("payment-noun", 1, ("payment", "transfer", "payout"),
          # "received payments of $N from X": the parser hangs "from X" on the verb
          {"payer": (*prep("from|by"), ">poss",
                     "<dobj[received|receives|receive|receiving] >prep[from] >pobj"),
           "amount": (*prep("of"), ">nummod")},
          _PAID[:1], pos=("NOUN",), role_types={"payer": ACTORS, "amount": MONEY},
          unnamed_ok=True, complete=_made, base_confidence=0.5),
    Frame("forfeiture", 1, ("forfeit", "surrender", "give", "hand", "relinquish", "pay"),
          {"person": (*SUBJECT, *_ORDERED),
           # "pay a money judgment of $N and restitution of $M": the parser joins the
           # second order noun to the first amount
           "amount": (*OBJECT, ">dobj >prep[of] >pobj", ">prt >pobj",
                      ">dobj >prep[of] >pobj >conj >prep[of] >pobj")},
          (Yields("FORFEITED", ("person",), ("amount",),
                  when=lambda p, a: str(a.properties.get("kind", "")) in {
                      "forfeiture", "restitution", "fine", "seizure"}),),
          role_types={"person": ACTORS, "amount": MONEY}, modality="sentenced",
          complete=_forfeiter, unnamed_ok=True, base_confidence=0.7),
)
