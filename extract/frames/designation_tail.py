"""DESIGNATED for every item of a list of targets the parse does not hold together.

News and releases name a designation's targets as a flat list where each name may carry a
description set off by commas: "The four individuals sanctioned are A, representative of
X Bank, B, representative of Y Bank, and C, an official in Z", "Those sanctioned include
Russian national A, B and the UAE's C", "OFAC sanctioned A, a state trading firm; two of
its front companies, B and C; and D, a China-based firm". The parser hangs such names on
the descriptions (B as an appositive of "X Bank"), so a frame reaches the first name only.

This module reads the list by its punctuation instead: from the designating word (a copula
or "include" whose subject is the designated set) or from the first target a designating
verb found after itself, the rest of the sentence is cut at commas, semicolons, colons,
dashes and "and"; a part that begins with a person's or an organization's name is an item;
a part that begins otherwise (a common noun, an article, a preposition) is a description
and is passed over ("representative of X Bank": X is in no item position). The list ends
at a part that is a clause (a finite verb, a relative or subordinating word: "who helped
X", "which owns Y") or at an item that goes on past its name ("A for helping B"); only
", and" after such a clause, or after a description carrying one ("a front that employs
Y"), opens one more item, the last ("A, who heads X, and B"): without the comma, or after
a comma alone, the names are the clause's own ("A, who worked with B, C and D").

Only hits the frames read as stated go through here (extract/relations.py drops planned,
denied and quoted ones before `complete`), and a verb only in its main clause (a relative
clause "X, which OFAC designated in 2019" recalls an act). The relations carry their own
frame id (`designation-list-tail.v1`) so the calibration judges them apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from extract.designation_counted import counted_members
from extract.designation_fragment import passive_of_adding, repair_fragment_subject
from extract.designation_it import designator_body, speaking_agency
from extract.relation_context import Found

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from extract.relation_context import DocContext, Found, Hit

FRAME_ID = "designation-list-tail.v1"
_NOTE = "designation_tail"
_FIRST = "designation_first"
_CUTS = frozenset({",", ";", ":", "—", "–", "--"})
_JOINS = frozenset({"and", "plus"})
# a part opening with these is a clause or a reason, not a list item or a description
_CLAUSE_OPENERS = frozenset({"who", "which", "that", "whose", "whom", "where", "while",
                             "because", "after", "before", "since", "although", "when",
                             "for", "as", "if", "but", "or", "nor", "though"})
_ARTICLES = frozenset({"a", "an", "the"})
_RELATIVES = frozenset({"who", "which", "that", "whose", "whom"})
_REASON_DEPS = frozenset({"prep", "advmod", "amod", "oprd"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# words that may stand before a name in its item: "Russian national A", "Chinese front
# company B", "the UAE's C", "its director D"
_BEFORE_NAME = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PUNCT"})
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
    designator_body(hit, context)
    _drop_reason_parties(hit, context)
    counted_members(hit, context)
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


def read_items(context: DocContext, sent: int, start: int, counted: bool = False
               ) -> list[str]:
    """The entities the list from token `start` to the end of the sentence names as its
    items, in order (see the module docstring). `counted`: the list's length is checked
    against a count the sentence gives, so a clause or an item that goes on ("A, who
    heads X, and B") describes its item instead of ending the list."""
    from extract.frames.designation import TARGETS

    span = context.sentence_span(sent)
    by_token: dict[int, tuple[int, str]] = {}  # a name's first token -> (its end, entity)
    inside: set[int] = set()
    for m in context.mentions.in_sentence(sent):
        if m.tok_start < start or m.entity not in context.entities:
            continue
        inside.update(range(m.tok_start, m.tok_end))
        if m.props.get("reference"):
            continue  # "..., its intelligence agency": a description, never an item
        if context.entities[m.entity].type in TARGETS and \
                not context.entities[m.entity].unnamed:
            by_token.setdefault(m.tok_start, (m.tok_end, m.entity))
    found: list[str] = []
    described = False  # the item before was described by a clause
    for last, part in _parts(span, start, inside):
        kind, entity = _read_part(part, by_token)
        if described and not counted:
            # "A, who heads X, and B" or "A, a firm that employs Y, and B": after the
            # clause only ", and" opens the last item; "A, who worked with B, C and D"
            # lists the clause's own objects
            if not last or kind == "clause":
                break
            if entity is not None and entity not in found:
                found.append(entity)
            break
        if kind in {"clause", "described"}:
            if not found and not counted:
                break
            described = True
            continue
        if entity is not None and entity not in found:
            found.append(entity)
        if kind == "item-ends" and not counted:
            break
    return found


def _parts(span: Span, start: int, inside: set[int]) -> Iterable[tuple[bool, list[Token]]]:
    """The words from `start` on, cut at list punctuation and "and" outside any name, each
    with whether it follows ", and" (the list's last item after a described one); words in
    parentheses (an alias, an acronym) are left out."""
    part: list[Token] = []
    cuts: list[str] = []
    depth = 0
    for token in span:
        if token.i < start:
            continue
        if token.text == "(":
            depth += 1
            continue
        if token.text == ")":
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        if token.i not in inside and (token.text in _CUTS or token.lower_ in _JOINS):
            if part:
                yield _last_joined(cuts), part
                cuts = []
            part = []
            cuts.append(token.lower_)
            continue
        if token.is_space or (token.is_punct and token.text in {".", "!", "?"}):
            continue
        part.append(token)
    if part:
        yield _last_joined(cuts), part


def _last_joined(cuts: list[str]) -> bool:
    return cuts == [",", "and"]


def _read_part(part: list[Token], by_token: dict[int, tuple[int, str]]
               ) -> tuple[str, str | None]:
    """("clause", None), ("described", None) (a description carrying a relative clause),
    ("description", None), ("item", entity) or ("item-ends", entity) for one part of the
    list."""
    first = part[0]
    names = _name_tokens(part, by_token)
    finite = next((k for k, t in enumerate(part) if t.tag_ in _FINITE and t.i not in names),
                  None)
    if first.lower_ in _CLAUSE_OPENERS or first.tag_ in {"WDT", "WP", "WP$", "WRB"}:
        return "clause", None
    if finite is not None:
        # "a front that dispatches programmers": a description whose noun carries a
        # relative clause, not a clause of its own
        if first.lower_ in _ARTICLES and any(t.lower_ in _RELATIVES for t in part[1:finite]):
            return "described", None
        return "clause", None
    for k, token in enumerate(part):
        if token.i in by_token:
            end, entity = by_token[token.i]
            rest = [t for t in part[k:] if t.i >= end and not t.is_punct]
            return ("item-ends" if rest and not _from_a_place(rest) else "item"), entity
        if not _before_name(token):
            return "description", None
    return "description", None


def _from_a_place(rest: list[Token]) -> bool:
    """"A, based in Russia, B from Slovakia, and C": where the item comes from describes
    it and does not end the list (a reason, "A for helping B", still does); so does the
    body a unit belongs to ("Bureau 9 of the Ministry of X, a trading body; B ...")."""
    return rest[0].lower_ in {"from", "in", "of"} and len(rest) > 1 and all(
        t.pos_ in {"PROPN", "DET"} or t.lower_ == "of" for t in rest[1:])


def _name_tokens(part: list[Token], by_token: dict[int, tuple[int, str]]) -> set[int]:
    names: set[int] = set()
    for t in part:
        if t.i in by_token:
            names.update(range(t.i, by_token[t.i][0]))
    return names


def _before_name(token: Token) -> bool:
    """A word that may stand before the name of an item: an article, a nationality, a
    title ("national", "consular official"), a possessor ("the UAE's", "its"), a
    participle modifier ("China-based")."""
    if token.pos_ in _BEFORE_NAME:
        return True
    if token.pos_ == "PRON" and token.dep_ == "poss":
        return True
    return token.pos_ == "VERB" and token.dep_ == "amod" and token.tag_ == "VBN"


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
