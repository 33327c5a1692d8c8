"""The model's attribute_ruler applied by table lookup: the same annotations, a fraction of
the cost.

The pretrained English pipeline maps fine tags to part of speech, morphology and some lemmas
with an AttributeRuler of about 180 patterns, run by spaCy's token Matcher over every token.
Almost all of them test one token's tag, lower-case form, dependency or whitespace, so the
answer for a token depends only on those four values: it is worked out once per distinct
combination and kept. The few patterns that span tokens (or test anything else) still go
through a Matcher of their own. Matches are applied as the ruler applies them: in pattern
order, a later pattern overriding an earlier one on the same attribute. The equivalence is a
test (tests/extract/test_attribute_table.py), on every document of the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

_Key = tuple[int, int, int, int]  # a token's TAG, LOWER, DEP hashes and IS_SPACE
_Attrs = dict[int, Any]  # normalized attributes, as the ruler stores them
_Test = Callable[[str, str, str, bool], bool]
_VALUE_OF = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_KNOWN_MAX = 500_000  # combinations kept; a corpus of a million words meets about 60,000


def _predicate(name: str, spec: Any) -> Callable[[Any], bool] | None:
    """One attribute test of a token pattern, or None when it is not a plain one."""
    if not isinstance(spec, dict):
        return lambda value: bool(value == spec)
    if set(spec) == {"IN"}:
        allowed = frozenset(spec["IN"])
        return lambda value: value in allowed
    if set(spec) == {"NOT_IN"}:
        refused = frozenset(spec["NOT_IN"])
        return lambda value: value not in refused
    if set(spec) == {"REGEX"} and name != "IS_SPACE":
        pattern = re.compile(spec["REGEX"])
        return lambda value: bool(pattern.search(value))
    return None


def _token_test(pattern: list[dict[str, Any]]) -> _Test | None:
    """A one-token pattern over the four table values as one test; None if it is not one."""
    if len(pattern) != 1 or not set(pattern[0]) <= set(_VALUE_OF):
        return None
    checks = []
    for name, spec in pattern[0].items():
        check = _predicate(name, spec)
        if check is None:
            return None
        checks.append((_VALUE_OF[name], check))

    def test(tag: str, lower: str, dep: str, space: bool) -> bool:
        values = (tag, lower, dep, space)
        return all(check(values[at]) for at, check in checks)
    return test


def _gate(pattern: list[dict[str, Any]]) -> tuple[int, frozenset[str]] | None:
    """The values one table column must have for a one-token pattern to match, if the
    pattern says (its tag, else its lower-case form): only those rules are tried on a token,
    so a new combination costs a few tests instead of every rule."""
    for name in ("TAG", "LOWER"):
        spec = pattern[0].get(name)
        if isinstance(spec, str):
            return _VALUE_OF[name], frozenset((spec,))
        if isinstance(spec, dict) and set(spec) == {"IN"}:
            return _VALUE_OF[name], frozenset(spec["IN"])
    return None


class AttributeTable:
    """Built from the loaded ruler; called on each Doc in its place in the pipeline."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.strings = ruler.vocab.strings
        # (pattern order, test) of one-token rules, by the value their gate asks for
        self.gated: tuple[dict[str, list[tuple[int, _Test]]], ...] = ({}, {}, {}, {})
        self.ungated: list[tuple[int, _Test]] = []
        self.rest = Matcher(ruler.vocab)  # every other pattern, keyed by its order
        self.starts: list[_Test | None] = []  # the first token of each pattern in `rest`
        self.always_match = False
        self.attrs: list[_Attrs] = list(ruler.attrs)
        self.indices: list[int] = list(ruler.indices)
        for order in range(len(self.attrs)):
            entry = ruler.matcher.get(str(order))
            patterns = entry[1] if entry is not None else []
            if self.indices[order] in (0, -1):
                tests = [_token_test(p) for p in patterns]
                if tests and all(t is not None for t in tests):
                    for pattern, test in zip(patterns, tests, strict=True):
                        assert test is not None
                        self._add_test(order, pattern, test)
                    continue
            self.rest.add(str(order), patterns)
            # the spanning rules are rare in text, so the Matcher runs only on a document
            # where one of them can start; a first token it cannot test forces the run
            starts = [_token_test(p[:1]) for p in patterns]
            self.starts.extend(starts)
            self.always_match = self.always_match or None in starts
        # combination -> matching rule orders, and whether a spanning rule can start there
        self.known: dict[_Key, tuple[list[int], bool]] = {}
        # the attributes any rule sets, in the column order of the array written back
        self.columns: list[int | str] = sorted({attr for attrs in self.attrs for attr in attrs})
        self.column_of = {attr: at for at, attr in enumerate(self.columns)}
        self.settings: dict[_Key, list[tuple[int, Any]]] = {}  # combination -> (column, value)

    def _add_test(self, order: int, pattern: list[dict[str, Any]], test: _Test) -> None:
        gate = _gate(pattern)
        if gate is None:
            self.ungated.append((order, test))
            return
        column, allowed = gate
        for value in allowed:
            self.gated[column].setdefault(value, []).append((order, test))

    def _known(self, key: _Key) -> tuple[list[int], bool]:
        known = self.known.get(key)
        if known is None:
            tag, lower, dep = (str(self.strings[h]) for h in key[:3])
            space = bool(key[3])
            tried = [*self.gated[0].get(tag, ()), *self.gated[1].get(lower, ()),
                     *self.ungated]
            orders = sorted({order for order, test in tried if test(tag, lower, dep, space)})
            starts = any(test is not None and test(tag, lower, dep, space)
                         for test in self.starts)
            if len(self.known) >= _KNOWN_MAX:  # a server reading for months: start afresh
                self.known.clear()
                self.settings.clear()
            known = self.known[key] = (orders, starts)
        return known

    def _merged(self, orders: list[int]) -> list[tuple[int, Any]]:
        merged: _Attrs = {}
        for order in orders:  # a later rule wins, as in the ruler's own ordering
            merged.update(self.attrs[order])
        return [(self.column_of[attr], value) for attr, value in merged.items()]

    def _setting(self, key: _Key) -> list[tuple[int, Any]]:
        setting = self.settings.get(key)
        if setting is None:
            setting = self._merged(self._known(key)[0])
            self.settings[key] = setting
        return setting

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        values: Any = doc.to_array(self.columns)
        keys = [(row[0], row[1], row[2], row[3]) for row in rows]
        spanning: dict[int, list[int]] = {}  # token -> orders of the rules that span tokens
        if self.always_match or any(self._known(key)[1] for key in keys):
            for match_id, start, end in self.rest(doc, allow_missing=True):
                order = int(self.strings[match_id])
                target = doc[start:end][self.indices[order]].i
                spanning.setdefault(target, []).append(order)
        for i, key in enumerate(keys):
            if i in spanning:
                setting = self._merged(sorted({*self._known(key)[0], *spanning[i]}))
            else:
                setting = self._setting(key)
            for column, value in setting:
                values[i, column] = value
        doc.from_array(self.columns, values)
        return doc


@Language.factory("tkg_attribute_table_v1", requires=["token.tag", "token.dep"],
                  assigns=["token.pos", "token.morph", "token.lemma"], default_config={})
def make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        raise TypeError("tkg_attribute_table_v1 replaces the model's attribute_ruler")
    return AttributeTable(ruler)
