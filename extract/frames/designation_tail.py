"""DESIGNATED for every item of a list of targets the parse does not hold together.

News and releases name a designation's targets as a flat list where each name may carry a
description set off by commas: "The four individuals sanctioned are A, representative of
X Bank, B, representative of Y Bank, and C, an official in Z", "Those sanctioned include
Russian national A, B and the UAE's C", "OFAC sanctioned A, a state trading firm; two of
its front companies, B and C; and D, a China-based firm". The parser hangs such names on
the descriptions (B as an appositive of "X Bank"), so a frame reaches the first name only.

This module reads the list by its punctuation instead (extract/punctuated_lists.py), from the
designating word (a copula or "include" whose subject is the designated set) or from the
first target a designating verb found after itself.

Only hits the frames read as stated go through here (extract/relations.py drops planned,
denied and quoted ones before `complete`), and a verb only in its main clause (a relative
clause "X, which OFAC designated in 2019" recalls an act). The relations carry their own
frame id (`designation-list-tail.v1`) so the calibration judges them apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.designation_counted import counted_members, including_members
from extract.designation_fragment import passive_of_adding, repair_fragment_subject
from extract.designation_it import designator_body, reporting_agency, speaking_agency
from extract.punctuated_lists import read_items
from extract.relation_context import Found

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Found, Hit

FRAME_ID = "designation-list-tail.v1"
_NOTE = "designation_tail"
_FIRST = "designation_first"
_REASON_DEPS = frozenset({"prep", "advmod", "amod", "oprd"})
# frames whose word is a copula or "include" with the designated set as subject: the
# list starts right after the word
_SET_FRAMES = frozenset({"designation-set.v1", "designation-targets.v1",
                         "designation-include.v1", "designation-include-adjective.v1",
                         "designation-acts-include.v1", "designation-among.v1",
                         "designation-among-adjective.v1", "designation-named-include.v1",
                         "designation-named-are.v1", "designation-list-includes.v1",
                         "designation-the-list-includes.v1"})
# frames whose word is a designating verb: the list starts at the first target it found
# after itself
_VERB_FRAMES = frozenset({"designation.v1", "designation-impose.v1", "designation-list.v1",
                          "designation-act-targets.v1", "designation-target-noun.v1"})
# frames whose word modifies the designated set ("the sanctioned individuals, including
# A, B and C"): the list starts at the first member found
_MEMBER_FRAMES = frozenset({"designation-including.v1"})


def extend_list(hit: Hit, context: DocContext) -> None:
    """Frame hook (`complete`): note the targets the list after the hit names, with the
    designator the hit reads (its own agent, else the designator in force here)."""
    from extract.relations import _ends

    repair_fragment_subject(hit, context)
    passive_of_adding(hit, context)
    speaking_agency(hit, context)
    reporting_agency(hit, context)
    designator_body(hit, context)
    _drop_reason_parties(hit, context)
    counted_members(hit, context)
    including_members(hit, context)
    if _FIRST not in context.notes and hit.roles.get("agent") and \
            hit.word.dep_ not in {"relcl", "acl"}:
        context.notes[_FIRST] = list(hit.roles["agent"])
    if hit.frame.id not in _SET_FRAMES | _VERB_FRAMES | _MEMBER_FRAMES:
        return
    start = _list_start(hit, context)
    if start is None:
        return
    targets = [t for t in read_items(context, hit.sent, start) if
               t not in hit.roles.get("target", [])]
    if not targets:
        return
    role, agents = _ends(hit, ("agent",), context)
    if not agents:
        return
    spec = hit.frame.yields[0]
    props = hit.frame.properties(hit, context, spec) if hit.frame.properties else {}
    if props is None:
        return
    stand_in = role.split("=")[1] if "=" in role else ""
    notes = context.notes.setdefault(_NOTE, [])
    for agent in agents:
        for target in targets:
            notes.append(Found("DESIGNATED", agent, target, hit.sent,
                               {**props, "_word": hit.word.i}, FRAME_ID, "list-tail",
                               hit.reading.modality, stand_in=stand_in))


def _drop_reason_parties(hit: Hit, context: DocContext) -> None:
    """"Treasury designated A and B for acting on behalf of C", "... pursuant to E.O. N for
    supporting D": the reason names the party the targets served, never a target. A
    target named only after the verb's own reason phrase (a "for" or "pursuant" the verb
    governs, not one inside a description of a target: "A, a firm that found contracts
    for B, and its director C") is dropped where a target stands before it (the parse may
    join C to the object list)."""
    word = hit.word
    reason = next((t.i for t in word.children if t.i > word.i and t.dep_ in _REASON_DEPS
                   and t.lower_ in {"for", "pursuant"}), None)
    targets = hit.roles.get("target")
    if reason is None or not targets:
        return
    first: dict[str, int] = {}
    for m in context.mentions.in_sentence(hit.sent):
        if m.entity in targets and m.tok_start > word.i:
            first[m.entity] = min(first.get(m.entity, m.tok_start), m.tok_start)
    before = [t for t in targets if first.get(t, -1) < reason]
    if before and len(before) < len(targets):
        hit.roles["target"] = before


def _list_start(hit: Hit, context: DocContext) -> int | None:
    """The token the list starts at, or None where the hit opens no list after itself."""
    word = hit.word
    if hit.frame.id in _SET_FRAMES:
        return word.i + 1
    if hit.frame.id in _VERB_FRAMES and (word.dep_ not in {"ROOT", "conj"} or
                                         any(c.dep_ == "neg" for c in word.children)):
        return None
    found = set(hit.roles.get("target", []))
    sentence = context.mentions.sentences[hit.sent]
    after = [m for m in context.mentions.in_sentence(hit.sent)
             if m.entity in found and m.tok_start > word.i and m.tok_end <= sentence.tok_end]
    if not after:
        return None
    return min(m.tok_start for m in after)


def first_designator(context: DocContext) -> list[str]:
    """The agent of the first stated designation the frames read in this document (its
    lede's act, which an annex of targets lists), or []."""
    first = context.notes.get(_FIRST)
    return list(first) if isinstance(first, list) else []


def tail_designations(context: DocContext) -> list[Found]:
    """The relations `extend_list` noted while the frames were read."""
    noted = context.notes.get(_NOTE)
    return list(noted) if isinstance(noted, list) else []


FRAMES = ()
DOCUMENT_RULES = (tail_designations,)
