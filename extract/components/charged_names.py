"""A name in the slot of a charging verb, followed by the defendant's home: a person.

A release opens with the charging document and the defendant ("A four-count indictment
charges <First Last> of <State> with ...", "<First Last> of <Town>, <State>, was indicted"),
and the small model misses an unfamiliar name there or reads it as a company. Three cues
together say a person: the run is the object (or the passive subject) of charge or indict,
its words are proper nouns joined as compounds under its last word, and "of" with a listed
place (a US state or city) follows it, the way releases give a defendant's home. A company
charged gets its home by apposition ("X, an Ohio company") and keeps its legal form; the
run's shape (open_names._name_shaped: title-case words, no company, office or place word)
is checked by the caller.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.components.gazetteer_ruler import PLACE_LABEL

_CHARGING = frozenset({"charge", "indict"})
# the slot: "charges X", "indicted X" (object), "X ... was charged" (passive subject)
_SLOTS = frozenset({"dobj", "nsubjpass"})


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


def charged_from_home(doc: Doc, run: Span) -> bool:
    """Is the run a name charged or indicted, with its home after it?"""
    head = run[-1]
    if len(run) < 2 or head.dep_ not in _SLOTS or not _compound_under(run, head):
        return False
    verb = head.head
    return verb.lemma_.lower() in _CHARGING and verb.pos_ in {"VERB", "NOUN"} and \
        _home_after(doc, run.end)
