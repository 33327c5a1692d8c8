"""DEFENDANT_IN and CHARGED_WITH: who is charged, indicted, accused, arrested or pleads.

Constructions: "X was charged (with ...)", "a grand jury indicted X", "X is accused of",
"charges against X", "X's indictment", "X pleaded guilty to ...", "X was convicted of",
"X was arrested", "X, a defendant in", "the defendants, A and B". The prosecutor or agency
that charges is the agent and never a defendant; the case comes from extract/frames/_cases.
The modality is the court stage: charged, alleged (accused, arrested), pleaded_guilty,
convicted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from extract.arguments import entities_of
from extract.designation_counted import counted_members
from extract.frames import Frame, Yields
from extract.frames._cases import case_of
from extract.frames._paths import HOLDER, OBJECT, SUBJECT, prep

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extract.relation_context import DocContext, Hit

DEFENDANTS = ("Person", "Organization")
_CHARGING_DOCUMENTS = "complaint|indictment|information|complaints|indictments"
# the offences of US federal charging language, as the law names them
_OFFENCE = re.compile(
    r"\b(?:conspiracy\s+to\s+(?:commit\s+)?[a-z]+(?:\s+(?:fraud|laundering|theft|"
    r"monetary\s+instruments|identity\s+theft|the\s+unlawful\s+employment\s+of\s+aliens|"
    r"the\s+International\s+Emergency\s+Economic\s+Powers\s+Act|aliens))?|"
    r"conspiring\s+to\s+launder[a-z\s']*?(?=[,.;]|\s+and\s)|aggravated\s+identity\s+theft|"
    r"wire\s+fraud(?:\s+conspiracy)?|bank\s+fraud(?:\s+conspiracy)?|mail\s+fraud|"
    r"money\s+laundering(?:\s+conspiracy)?|identity\s+theft|sanctions\s+violations?|"
    r"(?:making\s+)?false\s+statements|"
    r"IEEPA\s+violations?|violating\s+the\s+International\s+Emergency\s+Economic\s+Powers\s+Act)",
    re.I,
)


def charges_in(text: str) -> list[str]:
    found: list[str] = []
    for match in _OFFENCE.finditer(text):
        charge = re.sub(r"\s+", " ", match.group(0)).strip().lower()
        if charge not in found:
            found.append(charge)
    return found


def _properties(hit: Hit, context: DocContext, spec: Yields) -> dict[str, object] | None:
    if spec.type == "CHARGED_WITH":
        charges = charges_in(context.sentence_text(hit.sent))
        return {"charges": charges} if charges else None
    props: dict[str, object] = {"role": "defendant"}
    if hit.reading.modality == "pleaded_guilty":
        props["plea"] = "guilty"
    return props


# a sanctioning act: an accusation that gives its grounds ("imposed sanctions on two men it
# accused of ...", "designated X, accusing it of ...") is the agency's reason, not a charge
_SANCTIONING = frozenset({"designate", "sanction", "impose", "blacklist", "redesignate"})


def _grounds_of_a_sanction(hit: Hit) -> bool:
    word = hit.word
    while word.head.i != word.i:
        word = word.head
        if word.lemma_.lower() in _SANCTIONING:
            return True
    return False


def _accused(hit: Hit, context: DocContext) -> None:
    """An accusation is a step of a case unless it gives the grounds of a sanction: then it
    has no defendant, and no case is opened for it."""
    if _grounds_of_a_sanction(hit):
        hit.roles["defendant"] = []
        return
    case_of(hit, context)


# what undoes a charge: "the charges against X were dismissed", "prosecutors dropped the
# indictment against X", "the judge threw out the charges", "the dismissal of the charges"
_UNDONE = frozenset({"dismiss", "drop", "withdraw", "vacate", "quash", "throw", "toss",
                     "abandon", "dismissal", "withdrawal"})


def _undone(noun: Token) -> bool:
    governor = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" \
        else noun.head
    return noun.dep_ in {"dobj", "nsubjpass", "pobj"} and \
        governor.lemma_.lower() in _UNDONE


def _against_a_person(hit: Hit, context: DocContext) -> None:
    """A civil forfeiture complaint or action is brought against property, not a person:
    whoever it names ("a forfeiture complaint against funds held by X", "a civil forfeiture
    complaint against X") is no defendant of a criminal case. Charges dismissed or dropped
    make no defendant of the one they named."""
    if any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in {"forfeiture", "civil"}
           for c in hit.word.children) or _undone(hit.word):
        hit.roles["defendant"] = []
        return
    case_of(hit, context)


def _plea(hit: Hit, context: DocContext) -> None:
    """A plea of not guilty ("pleaded not guilty", "pleaded innocent") is no admission: the
    one who makes it is a defendant whose case stands at the charge."""
    denied = any(c.dep_ == "neg" for w in hit.word.children if w.dep_ in {"acomp", "advmod"}
                 for c in w.children) or any(
        w.dep_ in {"acomp", "advmod", "neg"} and w.lower_ in {"innocent", "not"}
        for w in hit.word.children)
    if denied:
        hit.reading = replace(hit.reading, modality="charged")
    case_of(hit, context)


def _verdict(hit: Hit, context: DocContext) -> None:
    """"Found not guilty" acquits: the one found is a defendant whose case stands at the
    charge, never a convict."""
    if any(c.dep_ == "neg" or c.lower_ in {"not", "innocent"}
           for w in hit.word.children if w.lower_ == "guilty" for c in w.children):
        hit.reading = replace(hit.reading, modality="charged")
    case_of(hit, context)


def _named_after(hit: Hit, context: DocContext) -> None:
    """"A complaint unsealed today charges X with ...": after the document's own clause the
    parser may make "charges" a noun with X its object, or give the verb X for a second
    subject; only what follows the word is the one charged, never the charging document."""
    after = {e for c in hit.word.children if c.dep_ in {"nsubj", "dobj"} and c.i > hit.word.i
             for e in entities_of(c, context.index)}
    hit.roles["defendant"] = [e for e in hit.roles.get("defendant", []) if e in after]
    case_of(hit, context)


# a conviction sought, avoided or undone is no verdict of this case, nor is one the
# defendant had before it ("a prior conviction for fraud")
_NOT_HAD = frozenset({"seek", "pursue", "want", "request", "ask", "push", "avoid", "escape",
                      "overturn", "vacate", "reverse", "expunge", "aim"})
_EARLIER = frozenset({"prior", "previous", "earlier", "past", "former", "old"})


def _conviction_noun(hit: Hit, context: DocContext) -> None:
    """"X's conviction for wire fraud", "a guilty verdict against X": the verdict reached
    (convicted); "a not guilty verdict" acquits (charged, as "found not guilty")."""
    noun = hit.word
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    earlier = any(c.dep_ == "amod" and c.lower_ in _EARLIER for c in noun.children)
    if earlier or (noun.dep_ in {"dobj", "pobj", "nsubjpass"}
                   and governor.lemma_.lower() in _NOT_HAD):
        hit.roles["defendant"] = []
        return
    guilty = [c for c in noun.children if c.lower_ == "guilty"]
    if noun.lemma_.lower() == "verdict" and any(
            g.lower_ in {"not", "innocent"} or any(n.lower_ == "not" for n in g.children)
            for g in [*guilty, *noun.children]):
        hit.reading = replace(hit.reading, modality="charged")
    case_of(hit, context)


_YIELDS = (Yields("DEFENDANT_IN", ("defendant",), ("case",)),
           Yields("CHARGED_WITH", ("defendant",), ("case",)))
_TYPES = {"defendant": DEFENDANTS}


def _court(name: str, lemmas: tuple[str, ...], roles: dict[str, tuple[str, ...]],
           modality: str, pos: tuple[str, ...] = ("VERB",), confidence: float = 0.8,
           complete: Callable[[Hit, DocContext], None] = case_of,
           requires: tuple[str, ...] = ()) -> Frame:
    def counted_then_complete(hit: Hit, context: DocContext) -> None:
        counted_members(hit, context, "defendant")
        complete(hit, context)

    return Frame(name, 1, lemmas, roles, _YIELDS, pos=pos, modality=modality,
                 role_types=_TYPES, dated="act", complete=counted_then_complete,
                 properties=_properties, base_confidence=confidence, requires=requires)


def _own_appositive(hit: Hit, context: DocContext) -> None:
    """"The defendants worked for A and B, both companies in X": the parser may hang a
    description after the verb on the subject as its appositive, though it describes the
    verb's object. An appositive stands next to its noun, so one past the noun's own verb
    names no defendant."""
    noun = hit.word
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.i < noun.head.i:
        far = {e for c in noun.children if c.dep_ == "appos" and c.i > noun.head.i
               for e in entities_of(c, context.index)}
        if far:
            hit.roles["defendant"] = [e for e in hit.roles.get("defendant", [])
                                      if e not in far]
    case_of(hit, context)


# "Those charged are A, B and C": the participle describes the subject of a copula, whose
# complement names the defendants; "A was among nine people charged": the participle
# describes the group A is counted in. ("Those charged include A, ..." is left to the
# roster reading, extract/rosters.py, whose tests keep a part of a list from its set.)
_NAMED_AFTER_GROUP = ("@VBN <acl <nsubj >attr", "@VBN <acl <pobj[among] <prep >nsubj")

# "charged with <doing>" is a duty, not a crime, when the doing is an office's work: "who is
# charged with overseeing the task force", "the agent charged with leading the inquiry"
_DUTIES = frozenset({"oversee", "lead", "manage", "coordinate", "investigate", "enforce",
                     "implement", "supervise", "administer", "monitor", "review", "protect",
                     "ensure", "direct", "head", "prosecute", "handle", "track", "evaluate",
                     "assess"})


def _a_duty(hit: Hit) -> bool:
    return hit.word.lemma_ == "charge" and any(
        p.dep_ == "prep" and p.lower_ == "with" and any(
            g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_ in _DUTIES
            for g in p.children)
        for p in hit.word.children)


def _charged(hit: Hit, context: DocContext) -> None:
    if _a_duty(hit):
        hit.roles["defendant"] = []
        return
    case_of(hit, context)


FRAMES = (
    _court("charge", ("charge", "indict", "prosecute"),
           {"defendant": (*OBJECT, *_NAMED_AFTER_GROUP)}, "charged", complete=_charged),
    _court("accuse", ("accuse", "arrest", "extradite"), {"defendant": OBJECT}, "alleged",
           confidence=0.75, complete=_accused),
    # a charging document as the subject of a misread "charges" (see _named_after)
    _court("charge-document", ("charge",), {"defendant": (">nsubj", ">dobj")}, "charged",
           pos=("NOUN", "VERB"), complete=_named_after,
           requires=(f">nsubj[{_CHARGING_DOCUMENTS}]",)),
    _court("charge-noun", ("charge", "indictment", "complaint", "prosecution"),
           {"defendant": (*prep("against"), ">poss")}, "charged", pos=("NOUN",),
           confidence=0.7, complete=_against_a_person),
    _court("plea", ("plead", "admit"), {"defendant": SUBJECT}, "pleaded_guilty",
           complete=_plea),
    _court("conviction", ("convict",), {"defendant": OBJECT}, "convicted"),
    # a verdict told with "find": "X was found guilty (by a jury) of ...", "the jury found X
    # guilty" (the parser makes X the subject of "guilty", or the verb's object with
    # "guilty" as its predicate); "found not guilty" is an acquittal: X stays a defendant
    # of the case, at the charge, as after a plea of not guilty
    _court("verdict", ("find",),
           {"defendant": (">nsubjpass", ">ccomp[guilty] >nsubj", ">dobj")}, "convicted",
           requires=(">oprd|acomp|ccomp[guilty]",), complete=_verdict),
    _court("conviction-noun", ("conviction",), {"defendant": (">poss", *prep("of"))},
           "convicted", pos=("NOUN",), confidence=0.7, complete=_conviction_noun),
    _court("verdict-noun", ("verdict",), {"defendant": prep("against")}, "convicted",
           pos=("NOUN",), confidence=0.7, complete=_conviction_noun,
           requires=(">amod[guilty]",)),
    _court("defendant", ("defendant", "co-defendant", "codefendant"),
           {"defendant": (*HOLDER, ">appos")}, "charged", pos=("NOUN",), confidence=0.7,
           complete=_own_appositive),
)
