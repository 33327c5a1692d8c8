"""The tokens of a document that carry one of a few words, found in an array.

Many document-wide rules start from a handful of words ("each", "all", an advisory's kind,
a firm noun, a verb's lemma) and look at nothing else. A Python loop over every token to
find them makes spaCy build a Token object at every step, which on a long text costs more
than the rules themselves. The words are found instead as hashes in one column of
`Doc.to_array`, and Token objects are built only for the tokens found, in text order.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

import numpy
from numpy.typing import NDArray
from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token


@lru_cache(maxsize=256)
def _hashes(words: frozenset[str]) -> NDArray[numpy.uint64]:
    return numpy.array(sorted(get_string_id(w) for w in words), dtype=numpy.uint64)


def _where(doc: Doc, attr: int, words: Collection[str]) -> list[Token]:
    if not len(doc) or not words:
        return []
    column = doc.to_array(attr).astype(numpy.uint64)
    found = numpy.flatnonzero(numpy.isin(column, _hashes(frozenset(words))))
    return [doc[int(i)] for i in found]


def with_lower(doc: Doc, words: Collection[str]) -> list[Token]:
    """The tokens whose lower-case form is one of `words`, in text order."""
    return _where(doc, LOWER, words)


def with_lemma(doc: Doc, lemmas: Collection[str]) -> list[Token]:
    """The tokens whose lemma is one of `lemmas`, in text order."""
    return _where(doc, LEMMA, lemmas)
