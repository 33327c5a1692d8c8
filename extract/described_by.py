"""A description the parser heads, with the names it describes in apposition right after it.

"sanctioned the Chinese firm X", "the firm, X,": the singular description stands for the one
name. "charges Chinese nationals A and B", "Also charged are PRC nationals A, B and C": the
plural description stands for every name coordinated in its apposition. The parser heads
the phrase on the description (an unnamed actor of its own, made from the same words), so
without this the frame's argument is the description and the names have no role.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.entity_index import EntityIndex
from extract.excluded import excluded
from extract.members import unnamed
from extract.normalize.numbers import COUNT_WORDS


def _right_after(description: Token, child: Token) -> bool:
    """The apposition opens right after the description, or after a comma."""
    start = child.left_edge.i
    return start == description.i + 1 or (
        start == description.i + 2 and description.doc[description.i + 1].text == ",")


def _count(description: Token) -> int:
    for child in description.children:
        if child.dep_ == "nummod":
            return COUNT_WORDS.get(child.lower_) or (int(child.text) if child.text.isdigit()
                                                     else 0)
    return 0


def named_after_description(token: Token, index: EntityIndex) -> list[str]:
    """The names a described token stands for, or nothing when it is no such description."""
    if token.tag_ not in {"NN", "NNS"} or not unnamed(index.at(token)):
        return []
    for child in token.children:
        if child.dep_ != "appos" or not _right_after(token, child) or not index.at(child) \
                or unnamed(index.at(child)):
            continue
        if token.tag_ == "NN":
            return index.every(child)
        # a plural: the names of the apposition's own list, each named; a count that does
        # not match them says the list is not (only) the described set
        items = [child, *(c for c in child.conjuncts if c.i > child.i and not excluded(c))]
        names = [e for item in items for e in index.every(item) if e and not unnamed(e)]
        count = _count(token)
        if len(names) >= 2 and (not count or count == len(names)):
            return list(dict.fromkeys(names))
    return []
