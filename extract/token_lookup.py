"""The tokens of a document that carry one of a few words, found in an array.

Many document-wide rules start from a handful of words ("each", "all", an advisory's kind,
a firm noun, a verb's lemma) and look at nothing else. A Python loop over every token to
find them makes spaCy build a Token object at every step, which on a long text costs more
than the rules themselves. The words are found instead as hashes in one column of
`Doc.to_array`, and Token objects are built only for the tokens found, in text order.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from functools import lru_cache

import numpy
from numpy.typing import NDArray
from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token


@lru_cache(maxsize=256)
def _hashes(words: frozenset[str]) -> NDArray[numpy.uint64]:
    return numpy.array(sorted(get_string_id(w) for w in words), dtype=numpy.uint64)


def _where(doc: Doc, wanted: Mapping[int, Collection[str]]) -> list[Token]:
    """The tokens whose value in every column of `wanted` is one of that column's words."""
    if not len(doc) or not all(wanted.values()):
        return []
    attrs: list[int | str] = list(wanted)
    rows = doc.to_array(attrs).astype(numpy.uint64).reshape(len(doc), len(attrs))
    keep = numpy.ones(len(doc), dtype=bool)
    for column, words in enumerate(wanted.values()):
        keep &= numpy.isin(rows[:, column], _hashes(frozenset(words)))
    return [doc[int(i)] for i in numpy.flatnonzero(keep)]


def with_lower(doc: Doc, words: Collection[str]) -> list[Token]:
    """The tokens whose lower-case form is one of `words`, in text order."""
    return _where(doc, {LOWER: words})


def with_lemma(doc: Doc, lemmas: Collection[str]) -> list[Token]:
    """The tokens whose lemma is one of `lemmas`, in text order."""
    return _where(doc, {LEMMA: lemmas})


def with_pos_and_dep(doc: Doc, tags: Collection[str], deps: Collection[str]) -> list[Token]:
    """The tokens whose part of speech is one of `tags` and whose dependency label is one
    of `deps`, in text order (part-of-speech names hash to spaCy's own symbols)."""
    return _where(doc, {POS: tags, DEP: deps})
