"""The items of a list of names, read by its punctuation where the parse does not hold
the list together (designation targets, extract/frames/designation_tail.py; the members of
a counted set, extract/designation_counted.py and extract/frames/designation_members.py).

From a start token the rest of the sentence is cut at commas, semicolons, colons, dashes
and "and"; a part that begins with a person's or an organization's name is an item; a part
that begins otherwise (a common noun, an article, a preposition) is a description and is
passed over ("representative of X Bank": X is in no item position). The list ends at a
part that is a clause (a finite verb, a relative or subordinating word: "who helped X",
"which owns Y") or at an item that goes on past its name ("A for helping B"); only ", and"
after such a clause, or after a description carrying one ("a front that employs Y"), opens
one more item, the last ("A, who heads X, and B"): without the comma, or after a comma
alone, the names are the clause's own ("A, who worked with B, C and D").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from extract.relation_context import DocContext

_CUTS = frozenset({",", ";", ":", "—", "–", "--"})
_JOINS = frozenset({"and", "plus"})
# a part opening with these is a clause or a reason, not a list item or a description
_CLAUSE_OPENERS = frozenset({"who", "which", "that", "whose", "whom", "where", "while",
                             "because", "after", "before", "since", "although", "when",
                             "for", "as", "if", "but", "or", "nor", "though"})
_ARTICLES = frozenset({"a", "an", "the"})
_RELATIVES = frozenset({"who", "which", "that", "whose", "whom"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# words that may stand before a name in its item: "Russian national A", "Chinese front
# company B", "the UAE's C", "its director D"
_BEFORE_NAME = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PUNCT"})


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
