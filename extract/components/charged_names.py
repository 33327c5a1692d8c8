"""A name in the slot of a charging verb, followed by the defendant's home: a person.

A release opens with the charging document and the defendant ("A four-count indictment
charges <First Last> of <State> with ...", "<First Last> of <Town>, <State>, was indicted"),
and the small model misses an unfamiliar name there or reads it as a company. Three cues
together say a person: the run is the object (or the passive subject) of charge or indict,
its words are proper nouns joined as compounds under its last word, and "of" with a listed
place (a US state or city) follows it, the way releases give a defendant's home. A company
charged gets its home by apposition ("X, an Ohio company") and keeps its legal form; the
run's shape (open_names._name_shaped: title-case words, no company, office or place word)
is checked by the caller. A firm named without a legal form reads the same way ("<Name>
Staffing of Ohio"); its trade word ending the name, a company noun right before it or a
description of a business after its home ("..., a staffing firm,") says it is no person.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.components.gazetteer_ruler import PLACE_LABEL

_CHARGING = frozenset({"charge", "indict"})
# the slot: "charges X", "indicted X" (object), "X ... was charged" (passive subject)
_SLOTS = frozenset({"dobj", "nsubjpass"})
# nouns a description uses only of a business
_FIRM_NOUNS = frozenset({"company", "firm", "business", "corporation", "enterprise",
                         "contractor", "provider", "agency", "subsidiary", "startup",
                         "vendor", "employer", "partnership"})
# the trade a firm's name ends in, which no family name is (the legal forms and the words
# of open_names._name_shaped are refused before this reads)
_TRADE_NOUNS = frozenset({"Staffing", "Outsourcing", "Recruiting", "Recruitment",
                          "Logistics", "Hosting", "Marketing", "Payroll", "Contractors",
                          "Consultants", "Associates", "Analytics", "Electronics",
                          "Computing", "Robotics", "Security", "Resources"})


def _home_after(doc: Doc, i: int) -> bool:
    """"of <Place>" or "of <Town>, <Place>" at token i, the place a listed one."""
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return False
    if doc[i + 1].ent_type_ == PLACE_LABEL:
        return True
    return i + 3 < len(doc) and doc[i + 1].is_title and doc[i + 2].text == "," and \
        doc[i + 3].ent_type_ == PLACE_LABEL


def _compound_under(run: Span, head: Token) -> bool:
    return all(t.dep_ == "compound" and run.start <= t.head.i < run.end for t in run[:-1]) \
        and head.tag_ == "NNP"


def _home_end(doc: Doc, i: int) -> int:
    """The token after "of <Place>" or "of <Town>, <Place>" at token i."""
    return i + 2 if doc[i + 1].ent_type_ == PLACE_LABEL else i + 4


def _said_of_a_firm(doc: Doc, run: Span) -> bool:
    """A firm charged without a legal form: its name ends in the trade it plies ("<Name>
    Staffing of Ohio"), a company noun stands right before it ("the company <Name> of
    Ohio") or describes it after its home (", a staffing firm,")."""
    if run[-1].text in _TRADE_NOUNS:
        return True
    if run.start > 0 and doc[run.start - 1].lower_ in _FIRM_NOUNS:
        return True
    i = _home_end(doc, run.end)
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in {"a", "an", "the"}:
        return False
    for token in doc[i + 2:min(len(doc), i + 6)]:
        if token.lower_ in _FIRM_NOUNS:
            return True
        if token.pos_ not in {"ADJ", "NOUN", "PROPN"} or token.tag_ == "NNS":
            return False
    return False


def charged_from_home(doc: Doc, run: Span) -> bool:
    """Is the run a name charged or indicted, with its home after it, and no firm's?"""
    head = run[-1]
    if len(run) < 2 or head.dep_ not in _SLOTS or not _compound_under(run, head):
        return False
    verb = head.head
    return verb.lemma_.lower() in _CHARGING and verb.pos_ in {"VERB", "NOUN"} and \
        _home_after(doc, run.end) and not _said_of_a_firm(doc, run)
