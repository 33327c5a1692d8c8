"""FUNDED and FACILITATED: money someone handled for the benefit of a DPRK party.

Constructions: "X moved (transferred, laundered, processed, handled, managed) $N for the
benefit of Y" / "on behalf of Y" / "for Y"; "X converted (exchanged) cryptocurrency into $N
in dollars for Y" (the conversion's result is the amount, and "for Y" may hang on it); "X
processed $N of stolen proceeds for Y" and "X laundered the proceeds for Y" (the parser
hangs "for Y" on the money). The amount funds Y (FUNDED) when Y is a state, a DPRK unit or
group, or a North Korean organization (marked so, or described: "Y, a North Korean firm");
the one who moved it helped Y (FACILITATED) when the mover is not a DPRK party itself. One
who "handled (managed) payments for Y" may be Y's own officer: the money funds Y, but no
outside help is stated. Stolen money laundered or processed "for Y" is Y's own: it funds Y
only "for the benefit (on behalf) of Y".

What does not fire: money handled for a party of no known DPRK side ("moved $N for a
client"), for the worker collective (moving the workers' pay is help to them, read by
facilitation.py, and funds no state), a verb with no money as its object ("sent laptops
for Y": facilitation.py reads those), and, through extract/modality.py, planned, offered,
negated or hypothetical handling.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.dprk_party import is_dprk_party
from extract.frames import Frame, Yields
from extract.frames._fielded import north_korean
from extract.frames._money import ACCUSED, BEHALF, MONEY_NOUNS, REASON
from extract.frames._paths import OBJECT, SUBJECT, prep
from extract.frames.facilitation import dprk_side
from graph.model import ExtractedEntity

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

_HANDLE = ("move", "transfer", "launder", "process", "handle", "manage", "convert",
           "exchange", "wire", "route", "channel", "funnel", "cash")
# what is handled: money by its name, virtual currency, or an amount
_COINS = frozenset({*MONEY_NOUNS.split("|"), "cryptocurrency", "cryptocurrencies", "crypto",
                    "assets", "tokens", "bitcoin", "stablecoins", "usdt", "million",
                    "billion", "dollars", "proceed"})
_BENEFIT = "benefit|behalf"
_REGIME = "regime|government|leadership|authorities"
# the party the money served: on the verb, on the money ("the proceeds for Y", "$N of
# stolen proceeds for Y") or on the conversion's result ("into $N in dollars for Y")
_FOR = (*prep("for", of=_BENEFIT), *BEHALF,
        ">dobj >prep[for] >pobj",
        f">dobj >prep[on|in] >pobj[{_BENEFIT}] >prep[of] >pobj",
        f">dobj >prep[for] >pobj[{_BENEFIT}] >prep[of] >pobj",
        f">dobj >prep[of] >pobj[{MONEY_NOUNS}] >prep[for] >pobj",
        ">prep[into|to] >pobj >prep[for] >pobj",
        f">prep[into|to] >pobj >prep[for] >pobj[{_BENEFIT}] >prep[of] >pobj",
        # "for the benefit of the regime in Pyongyang": a state's government stands for
        # the state ("the North Korean government": `_north_korean_government`)
        f">prep[for|on] >pobj[{_BENEFIT}] >prep[of] >pobj[{_REGIME}] >prep[in] >pobj")
# "OFAC designated X, a mixer, for processing $N for Y": the parser hangs the reason on the
# object noun rather than on the verb; the object is still the actor
_REASON_ON_NOUN = ("<pcomp[for] <prep <dobj >dobj", "<pcomp[for] <prep <nsubjpass >nsubjpass")
_OWNERS_OWN = frozenset({"launder", "process", "cash"})
_AMOUNT = (*OBJECT, ">prep[into] >pobj", ">dobj >prep[of] >pobj")


def funds_the_state(amount: ExtractedEntity, beneficiary: ExtractedEntity) -> bool:
    """Money handled for the DPRK or one of its bodies funds it; for the workers, or for a
    person, no (`_dprk_parties` keeps only DPRK parties as beneficiaries)."""
    return beneficiary.properties.get("kind") != "worker_group" and \
        beneficiary.type in {"Country", "Organization"}


def outside_help(handler: ExtractedEntity, beneficiary: ExtractedEntity) -> bool:
    """An outsider who moved a DPRK party's money helped it."""
    return beneficiary.type in {"Person", "Organization"} and \
        not dprk_side(beneficiary, handler)


# one who "handled (managed) payments for X" may be X's own officer doing his job: the
# money funds X, but no outside help is stated
_OWN_JOB = frozenset({"handle", "manage"})


def _mover(hit: Hit) -> None:
    if hit.word.lemma_ in _OWN_JOB:
        hit.roles.pop("handler", None)


def described_north_korean(entity: str, context: DocContext) -> bool:
    """Some mention of the entity is described as North Korean: "X, a North Korean firm",
    "the DPRK company X"."""
    for word in context.doc:
        if context.index.at(word) != entity:
            continue
        described = [word, *(c for c in word.children if c.dep_ == "appos")]
        if word.dep_ == "appos":
            described.append(word.head)
        if any(north_korean(w) for w in described):
            return True
    return False


_SERVED_KINDS = frozenset({"dprk_unit", "group"})


def _dprk_parties(hit: Hit, context: DocContext) -> None:
    """Only a DPRK party is one the money served: the DPRK, a DPRK unit or group, or an
    organization or person the document marks (or, an organization, describes) as North
    Korean. Money handled for anyone else may be a trade."""
    kept = []
    for entity in hit.roles.get("beneficiary", []):
        found = context.entities[entity]
        if is_dprk_party(found, _SERVED_KINDS) or (found.type == "Organization" and
                      described_north_korean(entity, context)):
            kept.append(entity)
    hit.roles["beneficiary"] = kept


def _north_korean_government(hit: Hit, context: DocContext) -> list[str]:
    """'for the benefit of the North Korean government (regime)', 'on behalf of the DPRK
    government': the demonym's state, which the parse leaves unnamed."""
    for prep_ in hit.word.children:
        if prep_.dep_ != "prep" or prep_.lower_ not in {"for", "on"}:
            continue
        for benefit in prep_.children:
            if benefit.dep_ != "pobj" or benefit.lower_ not in _BENEFIT.split("|"):
                continue
            governments = [o for of in benefit.children if of.lower_ == "of"
                           for o in of.children if o.dep_ == "pobj"
                           and o.lower_ in _REGIME.split("|") and north_korean(o)]
            if governments and ("country:KP" in context.entities
                                or context._from_gazetteer("country:KP")):
                return ["country:KP"]
    return []


_THE = frozenset({"the", "that", "this", "those", "these"})


def _the_amount_named_before(hit: Hit, context: DocContext) -> list[str]:
    """'the scheme generated $N, and the proceeds were moved ... for the benefit of Y':
    a definite money noun the verb moves is the one amount its sentence named before it
    (with two amounts before it, which one the text does not say)."""
    moved = [c for c in hit.word.children if c.dep_ in {"dobj", "nsubjpass"}
             and c.lower_ in MONEY_NOUNS.split("|")
             and any(d.dep_ == "det" and d.lower_ in _THE for d in c.children)]
    if not moved:
        return []
    sentence = hit.sentence
    amounts = {context.index.at(w) for w in sentence if w.i < moved[0].i}
    amounts = {e for e in amounts if e and context.entities[e].type == "Payment"
               and context.entities[e].properties.get("kind") in _EARNED}
    return sorted(amounts) if len(amounts) == 1 else []


def _restated(hit: Hit, context: DocContext) -> list[str]:
    """'Most of that money was moved to Y for the benefit of Z': a demonstrative money noun
    restates the one earned amount of the sentence before (extract/frames/_restated.py)."""
    from extract.frames._restated import money_word, restated_amount

    for child in hit.word.children:
        noun = money_word(child) if child.dep_ in {"dobj", "nsubjpass"} else None
        if noun is not None:
            return restated_amount(noun, context)
    return []


# money earned, not a reward, fine or forfeiture
_EARNED = frozenset({"revenue", "wages", "payment", "fees", "other", None})


def _money_handled(hit: Hit, context: DocContext) -> None:
    """Only money handled counts: the verb's object (or passive subject) is a money word
    or an amount the text names."""
    from extract.frames._restated import money_word

    objects = [c for c in hit.word.children if c.dep_ in {"dobj", "nsubjpass"}]
    # "most of that money": a part of money is money
    objects += [w for o in objects if (w := money_word(o)) is not None]
    if not any(o.lower_ in _COINS or o.lemma_ in _COINS or (
            context.index.at(o) and context.entities[context.index.at(o)].type == "Payment")
            for o in objects):
        hit.roles.clear()
        return
    _dprk_parties(hit, context)
    _mover(hit)
    if not hit.roles.get("beneficiary"):
        hit.roles["beneficiary"] = _north_korean_government(hit, context)
    if not hit.roles.get("amount"):
        hit.roles["amount"] = _the_amount_named_before(hit, context) or \
            _restated(hit, context)
    # stolen money laundered "for" its owner is the owner's own: it funds the owner only
    # where the text says "for the benefit (on behalf) of"
    path = hit.paths.get("beneficiary")
    if hit.word.lemma_ in _OWNERS_OWN and (path is None or not any(
            word in _FOR[path] for word in ("benefit", "behalf"))):
        hit.roles.pop("amount", None)


FRAMES = (
    Frame("money-for", 1, _HANDLE,
          {"handler": (*SUBJECT, *REASON, *ACCUSED, *_REASON_ON_NOUN), "amount": _AMOUNT,
           "beneficiary": _FOR},
          (Yields("FUNDED", ("amount",), ("beneficiary",), when=funds_the_state),
           Yields("FACILITATED", ("handler",), ("beneficiary",), when=outside_help)),
          role_types={"handler": ("Person", "Organization"), "amount": ("Payment",),
                      "beneficiary": ("Country", "Organization", "Person")},
          complete=_money_handled, base_confidence=0.55),
)
