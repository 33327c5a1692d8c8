"""A plural description in apposition to a list stands for every item of the list.

"A and B, cyber units of Y, ..." describes A and B together: the parser hangs the
appositive on one of the conjuncts (the first or the last), and the frames that read a
noun's holder through "<appos" would take only that one. A plural appositive noun
("units", "front companies") whose head is an item of a coordination of names adds every
item of it; a singular one ("B, a unit of Y") describes its own head alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit


def _items(word: Token) -> list[Token]:
    """Every item of the coordination `word` belongs to, first to last."""
    first = word
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    items = [first]
    for item in items:
        items.extend(c for c in item.children if c.dep_ == "conj")
    return sorted(items, key=lambda t: t.i)


def described_together(hit: Hit, context: DocContext, role: str,
                       types: tuple[str, ...] = ("Organization",)) -> None:
    """Add to `role` every named item of the list a plural appositive predicate describes."""
    word = hit.word
    if word.dep_ != "appos" or word.tag_ not in {"NNS", "NNPS"}:
        return
    found = list(hit.roles.get(role, []))
    for item in _items(word.head):
        entity = context.index.at(item)
        if entity and entity not in found and context.entities[entity].type in types \
                and not context.entities[entity].unnamed:
            found.append(entity)
    if found:
        hit.roles[role] = found
        hit.paths.setdefault(role, 0)
