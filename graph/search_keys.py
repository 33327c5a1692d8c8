"""Search keys that let romanization variants find each other.

Korean names reach English in several romanizations (Chinyong/Jinyong, Son/Song, Ho Chong/
Ho Jong). We index, beside each name, a folded key in which the usual alternations collapse
to one spelling, and fold the query the same way; the full-text index then matches them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Order matters: multi-letter alternations before single letters.
_FOLDS = (
    ("ch", "j"), ("tch", "j"), ("sh", "s"), ("kh", "k"), ("ph", "p"), ("th", "t"),
    ("eo", "o"), ("oo", "u"), ("ng", "n"), ("k", "g"), ("p", "b"), ("t", "d"),
    ("l", "r"), ("y", "i"), ("w", "u"),
)
_NON_ALPHA = re.compile(r"[^a-z0-9]+")


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


@lru_cache(maxsize=65536)
def romanization_key(word: str) -> str:
    """One folded spelling for a word: 'Chinyong' and 'Jinyong' both give 'jinion'."""
    key = _NON_ALPHA.sub("", ascii_fold(word))
    for src, dst in _FOLDS:
        key = key.replace(src, dst)
    return re.sub(r"(.)\1+", r"\1", key)  # doubled letters are a romanization habit too


def name_words(text: str) -> list[str]:
    return [w for w in _NON_ALPHA.split(ascii_fold(text)) if w]


def fulltext_terms(name: str, aliases: list[str]) -> str:
    """The text indexed beside `name`: aliases, their words and their romanization keys."""
    words: list[str] = []
    for text in [name, *aliases]:
        parts = name_words(text)
        words.extend(parts)
        words.append("".join(parts))  # "kim sang man" also as "kimsangman"
    keys = [romanization_key(w) for w in words]
    return " ".join(dict.fromkeys([*words, *(f"rk{k}" for k in keys if k)]))


def query_terms(text: str) -> list[tuple[str, str]]:
    """(word, romanization key) for each word of a query."""
    return [(w, f"rk{romanization_key(w)}") for w in name_words(text)]
