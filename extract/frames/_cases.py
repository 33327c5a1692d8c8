"""Which court case a defendant belongs to.

A US case is named "United States v. <first defendant>" (docs/annotation.md). A case the
text names is used when its party is the defendant, or as the document's case; otherwise
the first defendant of a US document opens a case that later defendants join, and a
defendant "in a separate case" opens a case of his own. A document that names several cases
(a round-up of pleas or sentences) opens none of its own: a defendant it ties to no named
case may be in any of them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from extract.frames._jurisdiction import court_state
from graph.ids import entity_id
from graph.model import ExtractedEntity

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

_US_COURT = re.compile(r"\b(?:District\s+(?:Court|of)|Justice\s+Department|Department\s+of\s+"
                       r"Justice|U\.S\.\s+Attorney|federal\s+(?:court|prison|grand\s+jury|"
                       r"prosecutors?|judge|jury)|(?:U\.S\.|US|American)\s+(?:federal\s+)?"
                       r"(?:prosecutors?|court|judge|jury|District\s+Judge)|DOJ|FBI)\b")
NOT_DEFENDANTS = ("judge", "official", "prosecutor", "attorney", "agent")


def us_context(context: DocContext) -> bool:
    cached = context.notes.get("us_court")
    if cached is None:
        cached = bool(_US_COURT.search(context.mentions.text)) or any(
            str(i.get("country", "")).upper() == "US" for i in context.meta.issuers)
        context.notes["us_court"] = cached
    return bool(cached)


def _new_case(context: DocContext, name: str) -> ExtractedEntity:
    ident = entity_id("Case", name)
    case = context.entities.get(ident)
    if case is None:
        case = ExtractedEntity(id=ident, type="Case", name=name, properties={"country": "US"},
                               confidence=0.6)
        context.entities[ident] = case
    return case


# collectives no court charges: "these workers are accused of ..." speaks of the indicted
# persons through the scheme's worker group, which is no defendant (nor names a case)
_NO_DEFENDANT_KINDS = frozenset({"worker_group", "platform"})


def is_defendant_candidate(entity: ExtractedEntity) -> bool:
    role = str(entity.properties.get("role", "")).lower()
    return not any(word in role for word in NOT_DEFENDANTS) and not entity.unnamed and \
        str(entity.properties.get("kind", "")) not in _NO_DEFENDANT_KINDS


# the papers that open a case: "charged in a criminal complaint", "an indictment charging X"
_CHARGING_PAPERS = frozenset({"indictment", "complaint", "information"})


def _new_charging_paper(word: Token) -> bool:
    """The charge is made in an indefinite charging paper ("was previously charged in a
    criminal complaint", "unsealed an indictment charging X"): a case of its own, not the
    case the document told before."""
    papers = [word.head] if word.dep_ == "acl" else []
    papers += [p for c in word.children if c.dep_ == "prep" and c.lower_ == "in"
               for p in c.children if p.dep_ == "pobj"]
    return any(p.lower_ in _CHARGING_PAPERS and any(
        d.dep_ == "det" and d.lower_ in {"a", "an"} for d in p.children) for p in papers)


def _first_listed(hit: Hit, context: DocContext, first: str) -> bool:
    """The first defendant the frame found is the first of the list the predicate charges
    ("charging A, a citizen of X, and B": if A was not recognised, B is no first defendant
    and "United States v. B" would name a case that does not exist)."""
    for child in hit.word.children:
        if child.dep_ in {"dobj", "nsubjpass", "nsubj"} and any(
                c.dep_ == "conj" for c in child.children):
            return context.index.at(child) == first
    # a participle describing a later conjunct of a list ("an indictment against A and B,
    # and against three people charged with helping them: C, D"): the people it charges
    # come after others in the list, so the first of them is not the caption's defendant
    if hit.word.dep_ == "acl":
        node = hit.word.head
        while node.dep_ in {"pobj", "prep", "conj"} and node.head.i != node.i:
            if node.dep_ == "conj":
                return False
            node = node.head
    return True


def _named_by_roster(hit: Hit, context: DocContext, first: str) -> bool:
    """The first defendant stands in the sentence only in a counted description whose names
    a later roster gives ("eight nationals were charged alongside him ... Named with him
    are A, ..."): the roster's order says nothing of the caption, so it names no case."""
    spans = [m for m in context.mentions.in_sentence(hit.sent) if m.entity == first]
    return bool(spans) and all(m.props.get("roster") for m in spans)


def _clause_verb(token: Token) -> Token:
    """The first verb above a word: the predicate of the clause the word stands in."""
    # each .head is a new Token object: the root is found by index, never by identity
    while token.head.i != token.i and token.pos_ not in {"VERB", "AUX"}:
        token = token.head
    return token


def _case_of_clause(hit: Hit, context: DocContext, named_here: list[str],
                    own: ExtractedEntity | None) -> list[str]:
    """Of several cases a sentence names, the one of the hit's clause: "In <case A>, A was
    sentenced ..., and in <case B>, B was sentenced ..." puts each defendant in the case of
    his own clause, not in the first case of the sentence. The case named after a lone
    defendant comes first; then the one case whose words hang from the hit's predicate.
    None when the parse ties several or none to it: which case it is is not said plainly."""
    if len(named_here) < 2:
        return named_here
    if own is not None and own.id in named_here and len(hit.roles["defendant"]) == 1:
        return [own.id]
    span = context.sentence_span(hit.sent)
    # the root word of each mention of a named case (its head lies outside the name)
    tied = {case for t in span
            if (case := context.index.at(t)) in named_here
            and context.index.at(t.head) != case and _clause_verb(t.head).i == hit.word.i}
    return list(tied) if len(tied) == 1 else []


def case_of(hit: Hit, context: DocContext) -> None:
    """Fill the hit's "case" role from its defendants and the document's cases."""
    defendants = [d for d in hit.roles.get("defendant", [])
                  if is_defendant_candidate(context.entities[d])]
    hit.roles["defendant"] = defendants
    if not defendants:
        return
    named_here = [e for e in context.sentence_entities(hit.sent)
                  if context.entities[e].type == "Case"]
    first = context.entities[defendants[0]]
    named = [e for e in context.of_type("Case") if not e.id.startswith("case:_")]
    own = next((c for c in named if c.name.lower().endswith(" v. " + first.name.lower())),
               None)
    if len(named_here) > 1:
        named_here = _case_of_clause(hit, context, named_here, own)
        if not named_here:
            hit.roles["defendant"] = []  # several cases here, none plainly this one's
            return
    current: ExtractedEntity | None = context.notes.get("current_case")
    state = court_state(hit.word)
    if own is None and not named_here and _named_by_roster(hit, context, first.id):
        if current is None and len(named) != 1:
            hit.roles["defendant"] = []  # no case to join, and none this set can name
            return
        own = current if current is not None else named[0]  # the case the text is telling
    if hit.reading.separate_case and own is None:
        if not us_context(context):
            hit.roles["defendant"] = []
            return
        case = _new_case(context, f"United States v. {first.name}")
    elif named_here:
        case = context.entities[named_here[0]]
    elif own is not None:
        case = own
    elif _new_charging_paper(hit.word):
        if not us_context(context) or not _first_listed(hit, context, first.id):
            hit.roles["defendant"] = []
            return
        case = _new_case(context, f"United States v. {first.name}")
    elif current is not None or len(named) == 1:
        case = current if current is not None else named[0]
        if _other_court(state, context, case) or _newly_charged(hit, context, case):
            hit.roles["defendant"] = []
            return
    elif us_context(context):
        # a document that names several cases is a round-up: a plea or verdict it ties to
        # none of them may belong to any, or to a case of its own whose first defendant is
        # someone else, so no case is guessed for it
        if len(named) > 1 or not _first_listed(hit, context, first.id):
            hit.roles["defendant"] = []
            return
        case = _new_case(context, f"United States v. {first.name}")
    else:
        return
    if state:
        _court_states(context).setdefault(case.id, state)
    case_sentences(context).setdefault(case.id, set()).add(hit.sent)
    stages, parties = _case_record(context).setdefault(case.id, (set(), set()))
    stages.add(hit.reading.modality)
    parties.update(hit.roles["defendant"])
    if not hit.reading.separate_case:
        context.notes["current_case"] = case
    hit.roles["case"] = [case.id]


# stages a case reaches after its charge
_PAST_THE_CHARGE = frozenset({"pleaded_guilty", "convicted", "sentenced"})
# words that put a newly charged person in the case told before
_SAME_CASE = re.compile(r"\b(?:co-?defendants?|co-?conspirators?|same\s+(?:indictment|case|"
                        r"complaint)|alongside|together\s+with|along\s+with|charged\s+with\s+"
                        r"(?:him|her|them)|also\s+(?:charged|indicted|named)\s+in)\b", re.I)


def _case_record(context: DocContext) -> dict[str, tuple[set[str], set[str]]]:
    """Case id -> (the court stages told of it, its defendants) so far in the document."""
    record: dict[str, tuple[set[str], set[str]]] = context.notes.setdefault("case_record", {})
    return record


def _newly_charged(hit: Hit, context: DocContext, case: ExtractedEntity) -> bool:
    """A charge of people the case told so far never named, after that case reached a plea,
    a verdict or a sentence ("A was sentenced today ... B, C and D were indicted in Boston"):
    a document that reports one defendant's sentence and then others' indictment tells two
    cases unless it ties them ("co-defendant", "in the same indictment", "alongside"). Which
    case the new indictment is the text does not say, so none is guessed for it."""
    if hit.reading.modality != "charged":
        return False
    stages, parties = _case_record(context).get(case.id, (set(), set()))
    if not stages & _PAST_THE_CHARGE or parties & set(hit.roles.get("defendant", [])):
        return False
    return not _SAME_CASE.search(context.sentence_text(hit.sent))


def _court_states(context: DocContext) -> dict[str, str]:
    states: dict[str, str] = context.notes.setdefault("case_states", {})
    return states


def case_sentences(context: DocContext) -> dict[str, set[int]]:
    """Case id -> the sentences that tell its acts (read by extract/frames/location_rules)."""
    acts: dict[str, set[int]] = context.notes.setdefault("case_sentences", {})
    return acts


def _other_court(state: str, context: DocContext, case: ExtractedEntity) -> bool:
    """The act is placed in a court of another state than the case's own acts: "In Georgia,
    A pleaded guilty" after the Florida case's plea is another case, which this document
    does not name."""
    known = _court_states(context).get(case.id, "")
    return bool(state and known and state != known)
