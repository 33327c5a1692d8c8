"""From an argument word of the parse to the entities it stands for.

A frame's path ends on one word. That word stands for an entity when it lies inside a
resolved mention (a name, an unnamed actor, a pronoun that coreference resolved). Around it,
English adds entities the path does not walk:

- coordination: "A, B and C" (every conjunct; "as well as" too);
- apposition: "the company, X" / "X, the company" (the appositive's entity when the word
  itself is not one);
- partitives: "two of the workers", "one of its front companies" (the "of" object);
- lists introduced by "including", "such as", "among them" under a general noun
  ("three companies, including X and Y").

Words under "except (for)", "excluding", "other than" never stand for an argument.
"""

from __future__ import annotations

from spacy.tokens import Token

_PARTITIVE_HEADS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight",
                              "nine", "ten", "some", "many", "most", "all", "each", "several",
                              "both", "none", "any", "few", "dozens", "hundreds", "thousands",
                              "members", "member", "part", "half"})
_LIST_PREPS = frozenset({"including", "like", "among"})
_EXCEPT = frozenset({"except", "excluding", "but", "besides"})


class EntityIndex:
    """Token position -> entity id, from the resolved mentions of one document."""

    def __init__(self, size: int) -> None:
        self.by_token: list[str] = [""] * size

    def set(self, start: int, end: int, entity: str) -> None:
        for i in range(max(0, start), min(end, len(self.by_token))):
            if not self.by_token[i]:
                self.by_token[i] = entity

    def at(self, token: Token) -> str:
        return self.by_token[token.i] if token.i < len(self.by_token) else ""


def _previous(token: Token) -> str:
    return token.doc[token.i - 1].lower_ if token.i > 0 else ""


def _excluded(token: Token) -> bool:
    """Under 'except (for)' / 'other than' within two steps."""
    for ancestor in list(token.ancestors)[:3]:
        if ancestor.dep_ == "prep" and ancestor.lower_ in _EXCEPT:
            return True
        if ancestor.lower_ == "than" and _previous(ancestor) == "other":
            return True
    return False


def _own(token: Token, index: EntityIndex) -> list[str]:
    """The entity the word itself names, else the one an appositive, partitive or an
    'including' list under it names."""
    entity = index.at(token)
    if entity:
        return [entity]
    found: list[str] = []
    for child in token.children:
        if child.dep_ == "appos":
            found.extend(_with_conjuncts(child, index, depth=1))
        elif child.dep_ == "prep" and (
                (child.lower_ == "of" and (token.lower_ in _PARTITIVE_HEADS
                                           or token.tag_ == "CD"))
                or child.lower_ in _LIST_PREPS
                or (child.lower_ == "as" and _previous(child) == "such")):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found.extend(_with_conjuncts(pobj, index, depth=1))
    return found


def _with_conjuncts(token: Token, index: EntityIndex, depth: int = 0) -> list[str]:
    found = list(_own(token, index)) if depth < 3 else [index.at(token)]
    for conjunct in token.conjuncts:
        if conjunct.i == token.i or _excluded(conjunct):
            continue
        entity = index.at(conjunct)
        if entity:
            found.append(entity)
        elif depth < 2:
            found.extend(_own(conjunct, index))
    return [e for e in found if e]


def entities_of(token: Token, index: EntityIndex) -> list[str]:
    """Every entity an argument word stands for, in text order, without repeats."""
    if _excluded(token):
        return []
    seen: list[str] = []
    for entity in _with_conjuncts(token, index):
        if entity not in seen:
            seen.append(entity)
    return seen
