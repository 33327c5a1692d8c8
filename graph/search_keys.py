"""Search keys that let romanization variants and native-script names find each other.

Korean names reach English in several romanizations (Chinyong/Jinyong, Son/Song, Ho Chong/
Ho Jong). We index, beside each name, a folded key in which the usual alternations collapse
to one spelling, and fold the query the same way; the full-text index then matches them.

Names in Hangul, kanji and kana have no spaces between words and no stemming either store's
analyzer would get right, so each run of those scripts is indexed as ASCII tokens, one per
character bigram ("북한" -> one token, "경제산업성" -> four). A query in those scripts looks
for its bigrams; a one-character typo still shares most of them, and the API's fuzzy
re-ranking (api/services/search.py) then puts the right entity first.
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
# Hangul syllables and jamo, CJK ideographs, hiragana, katakana (and the long-vowel mark)
_CJK = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff" \
       "\u3041-\u3096\u30a1-\u30fa\u30fc\uff66-\uff9d"
_CJK_RUN = re.compile(f"[{_CJK}]+")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc\uff66-\uff9d]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


def script_of(text: str) -> str:
    """The script a name is written in: hangul, kana (Japanese, with or without kanji), han
    (kanji/hanja only) or latin; pages show native-script aliases beside the English name."""
    if _HANGUL.search(text):
        return "hangul"
    if _KANA.search(text):
        return "kana"
    if _HAN.search(text):
        return "han"
    return "latin"


@lru_cache(maxsize=65536)
def romanization_key(word: str) -> str:
    """One folded spelling for a word: 'Chinyong' and 'Jinyong' both give 'jinion'."""
    key = _NON_ALPHA.sub("", ascii_fold(word))
    for src, dst in _FOLDS:
        key = key.replace(src, dst)
    return re.sub(r"(.)\1+", r"\1", key)  # doubled letters are a romanization habit too


def native_runs(text: str) -> list[str]:
    """Runs of Hangul/kanji/kana in `text`, width-normalized ("北朝鮮IT労働者" -> 2 runs)."""
    return _CJK_RUN.findall(unicodedata.normalize("NFKC", text))


def bigrams(run: str) -> list[str]:
    """Character bigrams of a native-script run; a one-character run is its own gram."""
    if len(run) < 2:
        return [run] if run else []
    return [run[i:i + 2] for i in range(len(run) - 1)]


def gram_token(gram: str) -> str:
    """An ASCII token for a native-script gram, safe in RediSearch and Lucene queries."""
    return "cj" + "x".join(f"{ord(c):x}" for c in gram)


def native_tokens(text: str) -> list[str]:
    return [gram_token(g) for run in native_runs(text) for g in bigrams(run)]


def name_words(text: str) -> list[str]:
    """Latin words (ASCII-folded) followed by the native-script runs of `text`."""
    return [w for w in _NON_ALPHA.split(ascii_fold(text)) if w] + native_runs(text)


def latin_words(text: str) -> list[str]:
    return [w for w in _NON_ALPHA.split(ascii_fold(text)) if w]


def fulltext_terms(name: str, aliases: list[str]) -> str:
    """The text indexed beside `name`: aliases, their words and their romanization keys,
    and the bigram tokens of native-script names."""
    words: list[str] = []
    grams: list[str] = []
    for text in [name, *aliases]:
        parts = latin_words(text)
        words.extend(parts)
        words.append("".join(parts))  # "kim sang man" also as "kimsangman"
        grams.extend(native_tokens(text))
    keys = [romanization_key(w) for w in words]
    return " ".join(dict.fromkeys([*(w for w in words if w), *(f"rk{k}" for k in keys if k),
                                   *grams]))


def query_terms(text: str) -> list[tuple[str, str]]:
    """(word, alternative) for each word of a query: a Latin word with its romanization
    key, a native-script bigram token with itself (all bigrams must match)."""
    terms = [(w, f"rk{romanization_key(w)}") for w in latin_words(text)]
    terms += [(t, t) for t in native_tokens(text)]
    return terms


def widening_words(text: str) -> list[str]:
    """Single searches that widen a query's candidates: its Latin words, and each bigram of
    its native-script runs (so one wrong character cannot hide the entity)."""
    out = latin_words(text)
    for run in native_runs(text):
        out.extend(bigrams(run))
    return list(dict.fromkeys(out))
