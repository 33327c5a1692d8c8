"""Which item of a list a modifier, an appositive or "respectively" reaches.

Three constructions where a frame found its predicate inside one item of a list of names
and the parse or the list expansion would hand the fact to every item:

- a modifier before the noun of a later item belongs to that item alone: in "A, and the
  Laos-based B", A is not said to be in Laos; before the first item it may cover the list
  ("UAE-based A and B"), unless a later item has its own ("China-based A, B and
  Russia-based C");
- an appositive set after a later item describes that item, wherever the parser hung it: in
  "A, the head of X, and B, the China-based representative of Y" and in "the designations
  of A, of B, of C, Y's front company" the appositive is the nearest name's (B, C), not the
  first item's;
- "respectively" pairs two lists item by item, so where one list has items that are not
  names, the names cannot be paired by their order and no pair is stated.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

_LIST_PUNCT = frozenset({",", ";"})
_NAME_PARTS = frozenset({"compound", "flat", "nummod", "punct", "amod", "det", "poss", "case"})


def modifies_later_item(word: Token, argument: Token) -> bool:
    """The predicate word is a modifier before the noun of an item that is not the first
    of its list ("A and the North Korea-based B": the place is B's alone), or before the
    first item where a later item has a modifier of its own of the same kind ("China-based
    A, its CEO B, and Russia-based C": each place is its own item's, and B has none)."""
    if not (word.i < argument.i and argument.left_edge.i <= word.i and
            _within(word, argument)):
        return False
    if argument.dep_ == "conj":
        return True
    # another modifier of the same kind on the list, before a later item or after it ("the
    # Russia-based A and B, based in China"): each is its own item's
    later = [c for c in argument.conjuncts if c.i != argument.i]
    if not later:
        return False
    if any(t.dep_ == "acl" and t.lemma_ == word.lemma_ and t.i != word.i
           for t in argument.children):
        return True
    return any(t.lemma_ == word.lemma_ and t.i != word.i and t.i < c.i and _within(t, c)
               for c in later for t in c.subtree)


def _within(word: Token, noun: Token) -> bool:
    current = word
    for _ in range(8):
        if current.i == noun.i:
            return True
        head = current.head  # a new Token each time, never `current` itself: compare by index
        if head.i == current.i:
            return False
        current = head
    return False


def _appositive_between(word: Token, argument: Token) -> Token | None:
    """The appositive of `argument` on the way up from the predicate word, if any."""
    # each `.head` builds a new Token: read it once a step (this runs for every argument)
    current, target = word, argument.i
    for _ in range(8):
        head = current.head
        if head.i == current.i:
            return None
        if head.i == target:
            return current if current.dep_ == "appos" else None
        current = head
    return None


def _noun_before(appositive: Token) -> Token | None:
    """The head noun of the phrase just before the comma that opens the appositive."""
    start = appositive.left_edge.i
    if start < 2 or appositive.doc[start - 1].text not in _LIST_PUNCT:
        return None
    noun = appositive.doc[start - 2]
    for _ in range(6):
        if noun.dep_ in _NAME_PARTS and noun.head.i > noun.i and noun.head.i < start:
            noun = noun.head
        else:
            break
    return noun


def appositive_owner(word: Token, argument: Token,
                     named: Callable[[Token], bool]) -> Token | None:
    """The list item an appositive describes when the parser hung it on an earlier item:
    the name just before the appositive, where that name is a later conjunct of the
    argument, or the object of a preposition the list repeats after a comma (", of B").
    `named`: whether a word carries an entity. None when the argument stands."""
    # the path reached the appositive noun itself ("the China-based representative"), or
    # the name it hangs on
    appositive = argument if argument.dep_ == "appos" and argument.pos_ == "NOUN" else \
        _appositive_between(word, argument)
    if appositive is None:
        return None
    head = appositive.head
    noun = _noun_before(appositive)
    if noun is None or noun.i <= head.i or not named(noun):
        return None
    if _later_item(noun, head):
        return noun
    preposition = noun.head
    if noun.dep_ == "pobj" and preposition.dep_ in {"prep", "conj"} and preposition.i > 0 \
            and noun.doc[preposition.i - 1].text in _LIST_PUNCT and (
                preposition.head.i == head.i
                or any(c.i == preposition.head.i for c in head.conjuncts)):
        return noun
    return None


def _later_item(noun: Token, head: Token) -> bool:
    """The noun is coordinated with the head, directly or through the head's own
    appositive ("A, the head of X, and B": the parser may join B to "head")."""
    current, coordinated = noun, False
    for _ in range(4):
        if current.dep_ not in {"conj", "appos"} or current.head.i == current.i:
            return False
        coordinated = coordinated or current.dep_ == "conj"
        current = current.head
        if current.i == head.i:
            return coordinated
    return False


def list_items(argument: Token) -> int:
    """How many items the list the argument word stands in has in the parse: the word and
    its conjuncts, or for a plural noun the names set in apposition to it ("companies A and
    B")."""
    items = 1 + sum(1 for c in argument.conjuncts if c.i != argument.i)
    if argument.pos_ == "NOUN" and argument.tag_ in {"NNS", "NNPS"}:
        for child in argument.children:
            if child.dep_ == "appos":
                items = max(items, 1 + sum(1 for c in child.conjuncts if c.i != child.i))
    return items


def respective_pairs(sources: list[str], targets: list[str], source_items: int,
                     target_items: int) -> list[tuple[str, str]] | None:
    """The pairs "respectively" states, or None where it does not pair these two lists.
    Lists of as many names pair in order; where the parse shows both lists equally long
    but some items are not names, no pairing by order is sure, and none is stated."""
    if len(sources) == len(targets) > 1:
        return list(zip(sources, targets, strict=True))
    sides = (max(len(sources), source_items), max(len(targets), target_items))
    if sides[0] == sides[1] > 1:
        return []
    return None
