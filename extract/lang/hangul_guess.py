"""Hangul a romanized name may stand for: the reverse of extract/lang/romanize.py's
`canonical`, over every syllable whose spellings fold to each Latin syllable, cheapest
(the word's own stored spelling, common jamo) first."""

from __future__ import annotations

from functools import lru_cache

from extract.lang.romanize import (
    HANGUL_FIRST,
    HANGUL_LAST,
    SURNAMES,
    decompose,
    fold_key,
    latin_words,
    stored_spelling,
    syllable_spellings,
)


@lru_cache(maxsize=1)
def _syllable_index() -> dict[str, tuple[str, ...]]:
    """Folded spelling -> Hangul syllables that have it (all 11,172 syllables)."""
    index: dict[str, list[str]] = {}
    for code in range(HANGUL_FIRST, HANGUL_LAST + 1):
        syllable = chr(code)
        for spelling in syllable_spellings(syllable, True):
            index.setdefault(fold_key(spelling), []).append(syllable)
    return {k: tuple(v) for k, v in index.items()}


def hangul_candidates(latin: str, limit: int = 64) -> list[str]:
    """Hangul spellings a romanized name may stand for, one syllable per Latin syllable word
    ("Sim Hyon Sop" -> ["심현섭", "심현솝", ...]); the reverse of `canonical`. Names written
    as one word per syllable only: a joined given name ("Hyonsop") is ambiguous to cut."""
    return list(_hangul_candidates(latin, limit))


@lru_cache(maxsize=16384)  # asked for every English name at each native document
def _hangul_candidates(latin: str, limit: int) -> tuple[str, ...]:
    index = _syllable_index()
    words = latin_words(latin)
    choices: list[list[tuple[int, str]]] = []
    for position, word in enumerate(words):
        options = index.get(fold_key(word), ())
        # a syllable's cost: not the word's own spelling 1, each rare jamo 2
        ranked = sorted((_rarity(s, word, position == 0), s) for s in options)
        choices.append([(exact + 2 * rare, s) for (exact, rare, _), s in ranked])
    if not choices or not all(choices):
        return ()
    # best first over the whole name, not syllable by syllable: 진성일 (성 not spelled
    # "sung", plain jamo) before 진숭읿 (a rare final) for "Jin Sung-Il"
    out: list[tuple[int, str]] = [(0, "")]
    for option_list in choices:
        combined = sorted(((cost + c, prefix + s) for cost, prefix in out
                           for c, s in option_list), key=lambda p: p[0])
        best: dict[str, int] = {}
        for cost, name in combined:
            best.setdefault(name, cost)  # the cheapest of the ways to one spelling
        out = [(cost, name) for name, cost in best.items()][: limit * 8]
    return tuple(name for _, name in out[:limit])


_PLAIN_FINALS = ("", "ㄱ", "ㄴ", "ㄹ", "ㅁ", "ㅂ", "ㅇ")
_PLAIN_MEDIALS = "ㅏㅓㅕㅗㅛㅜㅠㅡㅣㅐㅔㅘㅝ"


def _rarity(syllable: str, word: str, surname: bool) -> tuple[int, int, str]:
    """Order candidate syllables: the one whose stored spelling is the word first, then
    syllables made of common jamo (names rarely use double finals or rare vowels)."""
    initial, medial, final = decompose(syllable)
    exact = stored_spelling(syllable, surname) != word.lower()
    rare = (final not in _PLAIN_FINALS) + (medial not in _PLAIN_MEDIALS) + (
        initial in "ㄲㄸㅃㅆㅉ")
    if surname and not exact and syllable in SURNAMES:
        rare = 0  # a family name spelled its own way (최 "Choe") is no rare syllable
    return int(exact), rare, syllable


def hangul_word_candidates(word: str, limit: int = 64) -> list[str]:
    """Hangul words one Latin word written without syllable breaks may stand for
    ("Osong" -> 오송, 옷옹…; "Chonsurim" -> 천수림…): every cut into syllable spellings.
    Used to read a katakana rendering against an English company name's proper word."""
    index = _syllable_index()
    folded = fold_key(word)
    partial: dict[int, list[str]] = {0: [""]}
    for start in range(len(folded)):
        heads = partial.get(start)
        if not heads:
            continue
        for end in range(start + 1, min(len(folded), start + 6) + 1):
            for syllable in index.get(folded[start:end], ()):
                partial.setdefault(end, []).extend(h + syllable for h in heads[:limit])
    return partial.get(len(folded), [])[:limit * 4]
