"""Compile frame paths into spaCy DependencyMatcher patterns, and the component that matches
them (`tkg_frames_v1`).

Every path becomes one DependencyMatcher pattern (a predicate node and a chain of `>`/`<`
relations). spaCy's DependencyMatcher evaluates each node of each pattern on every token of
the document, which for a few hundred patterns cost more than the whole statistical
pipeline; `PatternWalker` evaluates the same compiled patterns from the predicate words
outward (only tokens whose lemma is a predicate start a walk), and
tests/extract/test_frames_matcher.py checks that both find exactly the same matches.

Matching runs inside the spaCy pipeline, so with `nlp.pipe(n_process=2)` it happens in the
worker processes; the matches travel with the Doc in `doc.user_data` as plain tuples
(frame id, role, path index, predicate token, argument token).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.strings import StringStore
from spacy.tokens import Doc

from extract.frames import Frame, all_frames

USER_DATA_KEY = "tkg_frames"
_STEP = re.compile(r"^(?P<op>[<>+@.])(?P<dep>[A-Za-z|]*)(?:\[(?P<words>[^\]]+)\])?$")

Match = tuple[str, str, int, int, int]  # frame id, role, path index, predicate, argument

# A node reached by walking up from a word attached by `dep` is constrained to the parts of
# speech such a head has: a node without any constraint would match every token of the
# document, and the DependencyMatcher's cost grows with the tokens each node matches.
_NOMINAL = ["NOUN", "PROPN", "PRON", "NUM"]
_PREDICATE = ["VERB", "AUX", "ADJ"]
_HEAD_POS: dict[str, list[str]] = {
    "relcl": _NOMINAL, "acl": _NOMINAL, "appos": _NOMINAL, "amod": _NOMINAL,
    "compound": _NOMINAL, "poss": _NOMINAL, "nummod": _NOMINAL, "pobj": ["ADP", "SCONJ"],
    "pcomp": ["ADP", "SCONJ"], "dobj": _PREDICATE, "attr": _PREDICATE,
    "acomp": _PREDICATE, "xcomp": _PREDICATE, "ccomp": _PREDICATE, "advcl": _PREDICATE,
    "nsubj": _PREDICATE, "nsubjpass": _PREDICATE, "prep": [*_NOMINAL, *_PREDICATE],
    "conj": [*_NOMINAL, *_PREDICATE],
}


@dataclass(frozen=True)
class CompiledPath:
    frame: str
    role: str
    index: int
    argument_node: int
    lemmas: frozenset[str]
    pos: frozenset[str]


def _words(raw: str | None) -> dict[str, Any]:
    return {"LOWER": {"IN": raw.split("|")}} if raw else {}


def compile_path(frame: Frame, path: str) -> tuple[list[dict[str, Any]], int]:
    """One path as a DependencyMatcher pattern, plus the position of the argument node."""
    anchor: dict[str, Any] = {"LEMMA": {"IN": list(frame.lemmas)}, "POS": {"IN": list(frame.pos)}}
    anchor.update(frame.anchor)
    nodes: list[dict[str, Any]] = [{"RIGHT_ID": "n0", "RIGHT_ATTRS": anchor}]
    current = 0
    argument = 0

    def add(op: str, attrs: dict[str, Any]) -> int:
        nodes.append({"LEFT_ID": f"n{current}", "REL_OP": op, "RIGHT_ID": f"n{len(nodes)}",
                      "RIGHT_ATTRS": attrs})
        return len(nodes) - 1

    for step in path.split():
        match = _STEP.match(step)
        if match is None:
            raise ValueError(f"frame {frame.id}: bad path step {step!r} in {path!r}")
        op, dep, words = match.group("op"), match.group("dep"), match.group("words")
        deps = {"DEP": {"IN": dep.split("|")}} if dep else {}
        if op == ">":
            current = argument = add(">", {**deps, **_words(words)})
        elif op == "<":
            nodes[current]["RIGHT_ATTRS"].update(deps)
            head: dict[str, Any] = _words(words)
            if not head and dep:
                head = {"POS": {"IN": sorted({p for d in dep.split("|")
                                              for p in _HEAD_POS.get(d, _PREDICATE + _NOMINAL)})}}
            current = argument = add("<", head)
        elif op == "+":
            add(">", {**deps, **_words(words)})
        elif op == "@":
            nodes[current]["RIGHT_ATTRS"]["TAG"] = {"IN": dep.split("|")}
        # "." leaves the argument on the predicate word
    for required in frame.requires:
        saved = current
        current = 0
        for step in required.split():
            match = _STEP.match(step)
            if match is None or match.group("op") != ">":
                raise ValueError(f"frame {frame.id}: a requirement walks down: {required!r}")
            dep = match.group("dep")
            current = add(">", {**({"DEP": {"IN": dep.split("|")}} if dep else {}),
                                **_words(match.group("words"))})
        current = saved
    return nodes, argument


# the token attributes our patterns test, in the column order of `Doc.to_array`
_COLUMNS = ("LEMMA", "POS", "TAG", "DEP", "LOWER")
_Test = tuple[tuple[int, frozenset[int]], ...]
_Step = tuple[_Test, str, int]  # a node's test, its operator and the node it hangs from


class _Table:
    """One document's token attributes as hashes in plain lists, read in one `to_array`: a
    frame walk visits the same tokens many times over (every pattern of every predicate),
    and reading them through Token objects cost more than the parse's tagger."""

    def __init__(self, doc: Doc) -> None:
        array = doc.to_array([*_COLUMNS, "HEAD"]) if len(doc) else None
        # HEAD is the offset to the head, stored unsigned: read it as signed in numpy
        # rather than converting every row in Python
        self.rows: list[list[int]] = array[:, :-1].tolist() if array is not None else []
        self.heads: list[int] = (array[:, -1].view(numpy.int64) + numpy.arange(len(doc))
                                 ).tolist() if array is not None else []
        self.children: list[list[int]] = [[] for _ in self.rows]
        for i, head in enumerate(self.heads):
            if head != i:
                self.children[head].append(i)

    def fits(self, i: int, test: _Test) -> bool:
        """The DependencyMatcher's token test for the attributes our patterns use."""
        row = self.rows[i]
        for column, allowed in test:  # noqa: SIM110 (all() over a generator is twice as slow)
            if row[column] not in allowed:
                return False
        return True


class _Trie:
    """The patterns of one predicate lemma, their common leading nodes stored once: a lemma
    such as "transfer" starts a few hundred paths, most of which begin with the same test of
    the predicate and the same first step, which the walker used to test once per path."""

    __slots__ = ("keys", "steps")

    def __init__(self) -> None:
        self.steps: dict[_Step, _Trie] = {}
        self.keys: list[str] = []  # the patterns that end here

    def add(self, key: str, pattern: list[_Step]) -> None:
        node = self
        for step in pattern:
            node = node.steps.setdefault(step, _Trie())
        node.keys.append(key)


class PatternWalker:
    """Evaluates DependencyMatcher patterns from their predicate node outward, on hashes."""

    def __init__(self, strings: StringStore) -> None:
        self.strings = strings
        self.patterns: dict[str, list[_Step]] = {}
        self.by_lemma: dict[int, _Trie] = {}
        self._tests: dict[_Test, _Test] = {}  # equal tests as one object

    def _test(self, attrs: dict[str, Any]) -> _Test:
        test = []
        for name, spec in attrs.items():
            values = spec["IN"] if isinstance(spec, dict) else [spec]
            test.append((_COLUMNS.index(name), frozenset(self.strings.add(v) for v in values)))
        return self._tests.setdefault(tuple(test), tuple(test))

    def add(self, key: str, pattern: list[dict[str, Any]]) -> None:
        self.patterns[key] = [
            (self._test(node["RIGHT_ATTRS"]), node.get("REL_OP", ""),
             int(node["LEFT_ID"][1:]) if "LEFT_ID" in node else -1) for node in pattern]
        for lemma in pattern[0]["RIGHT_ATTRS"]["LEMMA"]["IN"]:
            self.by_lemma.setdefault(self.strings.add(lemma), _Trie()).add(
                key, self.patterns[key])

    def _extend(self, node: _Trie, assigned: list[int], table: _Table,
                found: list[tuple[str, list[int]]]) -> None:
        """Every assignment of the nodes below `node`, given the tokens assigned so far: the
        same matches as walking each of its patterns alone."""
        for key in node.keys:
            found.append((key, assigned))
        for (test, operator, left_node), below in node.steps.items():
            left = assigned[left_node]
            if operator == ">":
                candidates = table.children[left]
            else:
                head = table.heads[left]
                candidates = [head] if head != left else []
            for i in candidates:
                if table.fits(i, test):
                    self._extend(below, [*assigned, i], table, found)

    def __call__(self, doc: Doc) -> list[tuple[str, list[int]]]:
        found: list[tuple[str, list[int]]] = []
        table = _Table(doc)
        for i, row in enumerate(table.rows):
            trie = self.by_lemma.get(row[0])
            if trie is None:
                continue
            for (test, _, _), below in trie.steps.items():  # the predicate node's tests
                if table.fits(i, test):
                    self._extend(below, [i], table, found)
        return found


class FrameMatcher:
    """Every path of every frame, compiled once; `walker` matches, `dependency_matcher`
    holds the same patterns for spaCy's own matcher."""

    def __init__(self, nlp: Language, frames: tuple[Frame, ...] | None = None) -> None:
        self.matcher = DependencyMatcher(nlp.vocab)
        self.walker = PatternWalker(nlp.vocab.strings)
        self.strings = nlp.vocab.strings
        # frames that share a path share one pattern whose predicate is any of their
        # lemmas; a match is then handed to the frames whose lemma and part of speech fit
        self.paths: dict[int, list[CompiledPath]] = {}
        shared: dict[str, tuple[Frame, str, set[str], set[str]]] = {}
        for frame in frames if frames is not None else all_frames():
            for role, paths in frame.roles.items():
                for index, path in enumerate(paths):
                    key = repr((path, frame.requires, sorted(frame.anchor.items())))
                    entry = shared.setdefault(key, (frame, path, set(), set()))
                    entry[2].update(frame.lemmas)
                    entry[3].update(frame.pos)
                    _, argument = compile_path(frame, path)
                    self.paths.setdefault(nlp.vocab.strings.add(key), []).append(
                        CompiledPath(frame.id, role, index, argument, frozenset(frame.lemmas),
                                     frozenset(frame.pos)))
        for key, (frame, path, lemmas, pos) in shared.items():
            pattern, _ = compile_path(frame, path)
            pattern[0]["RIGHT_ATTRS"]["LEMMA"] = {"IN": sorted(lemmas)}
            pattern[0]["RIGHT_ATTRS"]["POS"] = {"IN": sorted(pos)}
            self.matcher.add(key, [pattern])
            self.walker.add(key, pattern)

    def find(self, doc: Doc, spacy_matcher: bool = False) -> list[Match]:
        raw = [(int(k), t) for k, t in self.matcher(doc)] if spacy_matcher else [
            (self.strings[k], t) for k, t in self.walker(doc)]
        found: set[Match] = set()
        for match_id, tokens in raw:
            word = doc[tokens[0]]
            for compiled in self.paths[match_id]:
                if word.lemma_ in compiled.lemmas and word.pos_ in compiled.pos:
                    found.add((compiled.frame, compiled.role, compiled.index, tokens[0],
                               tokens[compiled.argument_node]))
        return sorted(found, key=lambda m: (m[3], m[0], m[1], m[2], m[4]))

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[USER_DATA_KEY] = self.find(doc)
        return doc


# the last document's matches as tuples: the frames' own hooks ask for them once per hit,
# and converting every match of the document each time cost more than the walk itself
_converted: tuple[object, list[Match]] = (None, [])


def matches(doc: Doc) -> list[Match]:
    """The document's matches (after `nlp.pipe(n_process=2)` they arrive as lists)."""
    global _converted
    raw = doc.user_data.get(USER_DATA_KEY, [])
    if _converted[0] is not raw:  # the cache holds `raw` itself, so its id is never reused
        _converted = (raw, [(str(f), str(r), int(i), int(a), int(b)) for f, r, i, a, b in raw])
    return list(_converted[1])


@Language.factory("tkg_frames_v1", requires=["token.dep", "token.lemma"],
                  assigns=["doc.user_data"], default_config={})
def make_frames(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return FrameMatcher(nlp)
