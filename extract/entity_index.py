"""Which entity each word of a parsed document stands for, and the plain lists names form.

Built once per document from its resolved mentions (extract/relation_context.py): a word
inside a mention stands for that mention's entity; a plural reference ("the two men") stands
for every member. Beside the parse, the index reads lists of names from the text between
them, because the parse of a list of multi-word names often goes astray.
"""

from __future__ import annotations

import bisect
import re
from itertools import pairwise

from spacy.tokens import Token

_LIST_GAP = re.compile(r"^\s*(?:,|;|,?\s*(?:and|or|as\s+well\s+as|and\s+also))\s*(?:the\s+)?$",
                       re.IGNORECASE)


_JOINING = re.compile(r"\b(?:and|or|as\s+well\s+as)\b", re.IGNORECASE)
_POSSESSIVE_GAP = re.compile(r"^['’]s?\s*$")
_POSSESSOR = re.compile(r"['’]s?\s")
# "the UAE-based B", "a China-linked firm": a name hyphened to a word is a modifier of
# another noun, never an item of a list
_HYPHENED = re.compile(r"[-‐–]\w")


class EntityIndex:
    """Token position -> entity id, from the resolved mentions of one document."""

    def __init__(self, size: int, text: str = "") -> None:
        self.by_token: list[str] = [""] * size
        self.spans: list[tuple[int, int, int, int, str]] = []  # tok start/end, char start/end
        self.text = text
        self.possessed: dict[int, str] = {}  # token start of "A" in "A's B" -> B
        self._starts: list[int] = []  # token starts of the sorted spans (set by finish)
        self._longest = 0
        # a plural reference is one mention per member on the same words ("the two men",
        # extract/groups.py): the words stand for every member
        self._on_words: dict[tuple[int, int], list[str]] = {}
        self._grouped: dict[int, list[str]] = {}

    def set(self, start: int, end: int, entity: str, chars: tuple[int, int] = (-1, -1)) -> None:
        for i in range(max(0, start), min(end, len(self.by_token))):
            if not self.by_token[i]:
                self.by_token[i] = entity
        members = self._on_words.setdefault((start, end), [])
        if entity not in members:
            members.append(entity)
        if len(members) > 1:
            for i in range(max(0, start), min(end, len(self.by_token))):
                if self.by_token[i] in members:
                    self._grouped[i] = members
        if chars[0] >= 0:
            self.spans.append((start, end, chars[0], chars[1], entity))

    def listed_after_colon(self, token: Token) -> list[str]:
        """'against four nationals: A, B and C', 'the following persons: A, B': the names
        listed after the colon that ends the phrase of a counted noun."""
        end = token.right_edge.i + 1
        doc = token.doc
        counted = any(c.dep_ == "nummod" or c.lower_ == "following" for c in token.children)
        if not counted or end >= len(doc) or doc[end].text != ":":
            return []
        first = next((s for s in self._starting_from(end + 1, end + 2) if s[0] == end + 1 or (
            s[0] == end + 2 and doc[end + 1].lower_ == "the")), None)
        if first is None:
            return []
        found = [first[4], *self.listed_with(doc[first[0]])]
        # "...: A, a citizen of Chile, and B and C, both of Texas": a description between
        # items stops the plain-list reading; the parse still coordinates the names
        heads = [t for t in doc[first[0]:first[1]] if not first[0] <= t.head.i < first[1]]
        for conj in heads[0].conjuncts if heads else ():
            entity = self.at(conj)
            if conj.i > heads[0].i and entity and entity not in found:
                found.append(entity)
        return found

    def finish(self, possessors: frozenset[str] = frozenset()) -> None:
        """`possessors`: entities that, written "A's B" right before another of them, only
        address B ("the Treasury's Office of Foreign Assets Control" is the Office); their
        words are read as B's."""
        self.spans.sort()
        self._starts = [s[0] for s in self.spans]
        self._longest = max((s[1] - s[0] for s in self.spans), default=0)
        if not possessors:
            return
        for a, b in pairwise(self.spans):
            if a[4] in possessors and b[4] in possessors and a[4] != b[4] and \
                    _POSSESSIVE_GAP.match(self.text[a[3]:b[2]]):
                for i in range(a[0], a[1]):
                    self.by_token[i] = b[4]
                self.possessed[a[0]] = b[4]

    def listed_with(self, token: Token) -> list[str]:
        """Names in a plain list with the one at `token` ("A, B and C"), when the parse of a
        list of multi-word names went astray: neighbours joined only by commas, "and",
        "or", "as well as"."""
        at = self._span_at(token.i)
        if at < 0 or _HYPHENED.match(self.text, self.spans[at][3]):
            return []
        found: list[str] = []
        joined = False
        doc = token.doc
        for step in (-1, 1):
            k = at
            while 0 <= k + step < len(self.spans):
                a, b = (self.spans[k], self.spans[k + step]) if step > 0 else (
                    self.spans[k + step], self.spans[k])
                gap = self.text[a[3]:b[2]]
                neighbour = self.spans[k + step]
                if not _LIST_GAP.match(gap) or _POSSESSOR.match(self.text, neighbour[3]) or \
                        _HYPHENED.match(self.text, neighbour[3]):
                    # "A, B's chief representative": B owns what follows, no list item
                    break
                if _inside_an_item(doc[self.spans[k][0]:self.spans[k][1]].root,
                                   doc[neighbour[0]:neighbour[1]].root):
                    break
                if cited_source(doc[self.spans[k][0]:self.spans[k][1]].root) or \
                        cited_source(doc[neighbour[0]:neighbour[1]].root):
                    break
                if is_country(neighbour[4]) != is_country(self.spans[at][4]):
                    # a list holds places or actors: "B, the China-based representative"
                    # puts no country in a list with the person before it
                    break
                joined = joined or bool(_JOINING.search(gap))
                k += step
                # "X and the Treasury's Office ...": the item is the Office
                found.append(self.possessed.get(self.spans[k][0], self.spans[k][4]))
        kinds = {e.split(":")[0] for e in (self.spans[at][4], *found)}
        if not joined and len(kinds) > 1 and "country" in kinds:
            # "controlled by North Korea, Yanbian Silverstar in China and ...": commas
            # alone between a state and a company are an apposition, not a list
            return []
        return found

    def _starting_from(self, low: int, high: int) -> list[tuple[int, int, int, int, str]]:
        """The spans starting at tokens low..high, in list order."""
        if len(self._starts) != len(self.spans):  # not sorted by finish() yet
            return [s for s in self.spans if low <= s[0] <= high]
        return self.spans[bisect.bisect_left(self._starts, low):
                          bisect.bisect_right(self._starts, high)]

    def _span_at(self, i: int) -> int:
        """Index of the first span holding token i, or -1."""
        candidates = range(len(self.spans))
        if len(self._starts) == len(self.spans):
            # sorted spans: one holding i starts after i - longest and not after i; looking
            # only there keeps a long document's many lists from being quadratic
            candidates = range(bisect.bisect_right(self._starts, i - self._longest),
                               bisect.bisect_right(self._starts, i))
        return next((k for k in candidates if self.spans[k][0] <= i < self.spans[k][1]), -1)

    def at(self, token: Token) -> str:
        return self.by_token[token.i] if token.i < len(self.by_token) else ""

    def every(self, token: Token) -> list[str]:
        """Every entity the word stands for: the members of a set, else its one entity."""
        entity = self.at(token)
        if not entity:
            return []
        return list(self._grouped.get(token.i, [entity]))


def is_country(entity: str) -> bool:
    return entity.startswith("country:")


# links that put a name inside another's description: "affiliated with B", "a unit of B",
# "which B runs"
_INSIDE = frozenset({"prep", "pobj", "agent", "acl", "relcl", "advcl", "nsubj", "dobj", "poss"})


def _inside_an_item(token: Token, neighbour: Token) -> bool:
    """Whether the neighbouring name hangs, through a preposition or a clause, under an item
    the parse coordinates with the name at `token`: in "A, a firm affiliated with B, and C"
    the parse joins C to A, and B, though right before C, is part of A's description, not
    an item."""
    items = {c.i for c in token.conjuncts}
    if not items:
        return False
    word, inside = neighbour, False
    while word.head.i != word.i:
        inside = inside or word.dep_ in _INSIDE
        word = word.head
        if word.i in items:
            return inside
    return False


# a verb that cites what someone told or published: "..., Dark Reading reported"
_CITING = frozenset({"say", "state", "report", "tell", "write", "add", "note"})


def cited_source(word: Token) -> bool:
    """A name the sentence cites as its source, never an item of a list with the names
    beside it: "According to P, Q pleaded guilty" (P told it; the comma puts no list
    between P and Q), "Q pleaded guilty to helping the workers, P reported"."""
    if word.dep_ == "pobj" and word.head.lower_ == "to" and \
            word.head.head.lower_ == "according":
        return True
    if word.dep_ != "nsubj" or word.head.lemma_ not in _CITING or word.conjuncts or \
            word.head.i < word.i or any(c.dep_ == "dobj" for c in word.head.children):
        return False
    # only a source set after what it reported ("..., P reported"): the speakers opening a
    # sentence may be a list themselves ("Seoul, Washington and Tokyo said ...")
    left = word.left_edge.i
    return left > word.sent.start and word.doc[left - 1].text == ","

