"""Korean names between Hangul, Latin letters and katakana, in both directions.

A Korean name reaches our documents in Hangul (ROK releases), in one of several
romanizations (McCune-Reischauer as the US government writes DPRK names: "Sim Hyon Sop";
Revised Romanization: "Sim Hyeon-seop"; ROK passport habits: "Shim Hyun-sub"; the DPRK's
own style: "Ri Il Jin"), hyphenated or not, family name first or last, and in Japanese text
in katakana ("シム・ヒョンソプ"). Each syllable has a small set of spellings; two spellings of
a name are the same name when one can be cut into the other's syllables, spelling by
spelling, after the folding `graph.search_keys.romanization_key` applies (k~g, ch~j, eo~o...).

`canonical` gives the one spelling we store as the English name (the DPRK/MR style the US
Treasury and the ROK's English releases use for DPRK nationals: "Pak Hung Ryong"), so a
Hangul name and that spelling in an English document land on the same node id.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from pathlib import Path

import yaml

from graph.search_keys import romanization_key

# the family-name table shared with the English name recognizer (extract/names.py)
SURNAME_TABLE = Path(__file__).resolve().parent.parent / "gazetteer" / "korean_surnames.yaml"

HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3
# jamo order of Unicode syllable composition
_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_FINALS = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ",
           "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]

# Latin spellings of each jamo: first the DPRK/MR style we store, then the others in use.
INITIAL_ROMAN: dict[str, tuple[str, ...]] = {
    "ㄱ": ("k", "g"), "ㄲ": ("kk", "gg"), "ㄴ": ("n",), "ㄷ": ("t", "d"), "ㄸ": ("tt", "dd"),
    "ㄹ": ("r", "l", "n", ""), "ㅁ": ("m",), "ㅂ": ("p", "b"), "ㅃ": ("pp", "bb"),
    "ㅅ": ("s", "sh"), "ㅆ": ("ss", "s"), "ㅇ": ("",), "ㅈ": ("j", "ch"), "ㅉ": ("jj", "tch"),
    "ㅊ": ("ch", "chh"), "ㅋ": ("kh", "k"), "ㅌ": ("th", "t"), "ㅍ": ("ph", "p"), "ㅎ": ("h",),
}
MEDIAL_ROMAN: dict[str, tuple[str, ...]] = {
    "ㅏ": ("a",), "ㅐ": ("ae", "e"), "ㅑ": ("ya",), "ㅒ": ("yae", "ye"), "ㅓ": ("o", "eo", "u"),
    "ㅔ": ("e",), "ㅕ": ("yo", "yeo", "yu"), "ㅖ": ("ye",), "ㅗ": ("o", "oh"),
    "ㅘ": ("wa",), "ㅙ": ("wae", "we"), "ㅚ": ("oe", "oi", "we"), "ㅛ": ("yo",),
    "ㅜ": ("u", "oo"), "ㅝ": ("wo",), "ㅞ": ("we",), "ㅟ": ("wi", "ui"), "ㅠ": ("yu", "yoo"),
    "ㅡ": ("u", "eu"), "ㅢ": ("ui", "i", "eui"), "ㅣ": ("i", "ee"),
}
FINAL_ROMAN: dict[str, tuple[str, ...]] = {
    "": ("",), "ㄱ": ("k", "g"), "ㄲ": ("k",), "ㄳ": ("k",), "ㄴ": ("n",), "ㄵ": ("n",),
    "ㄶ": ("n",), "ㄷ": ("t", "d"), "ㄹ": ("l", "r"), "ㄺ": ("k",), "ㄻ": ("m",),
    "ㄼ": ("l",), "ㄽ": ("l",), "ㄾ": ("l",), "ㄿ": ("p",), "ㅀ": ("l",), "ㅁ": ("m",),
    "ㅂ": ("p", "b"), "ㅄ": ("p",), "ㅅ": ("t", "s"), "ㅆ": ("t",), "ㅇ": ("ng",),
    "ㅈ": ("t",), "ㅊ": ("t",), "ㅋ": ("k",), "ㅌ": ("t",), "ㅍ": ("p",), "ㅎ": ("t",),
}
# Spellings a syllable has only as a family name (ROK passport habits and the DPRK's "Ri").
SURNAME_EXTRA: dict[str, tuple[str, ...]] = {
    "이": ("lee", "yi", "rhee", "ri", "i"), "리": ("ri", "lee", "yi", "rhee"),
    "박": ("park", "pak", "bak"), "최": ("choi", "choe", "chwe"), "노": ("roh", "noh"),
    "로": ("ro", "roh"), "임": ("lim", "im", "rim"), "림": ("rim", "lim"),
    "류": ("ryu", "yoo", "yu", "ryoo"), "유": ("yoo", "yu", "ryu"), "안": ("ahn", "an"),
    "오": ("oh", "o"), "손": ("sohn", "son"), "허": ("huh", "ho", "heo"), "우": ("woo", "u"),
    "신": ("shin", "sin"), "심": ("shim", "sim"), "정": ("jung", "chung", "jong", "jeong"),
    "강": ("kang", "gang"), "곽": ("kwak", "gwak"), "량": ("ryang", "yang"),
    "양": ("yang", "ryang"), "려": ("ryo", "yeo", "yo"), "여": ("yeo", "yo", "ryo"),
    "룡": ("ryong", "yong"), "용": ("yong", "ryong"), "라": ("ra", "na"), "나": ("na", "ra"),
    "명": ("myong", "myung", "myeong"), "승": ("sung", "seung", "sing"),
}


def _surname_table() -> dict[str, tuple[str, ...]]:
    """Hangul family name -> its spellings in print, from the shared table if present."""
    try:
        raw = yaml.safe_load(SURNAME_TABLE.read_text(encoding="utf-8")) or {}
    except OSError:
        return {}
    return {str(e["hangul"]): tuple(str(f).lower() for f in e.get("forms") or ())
            for e in raw.get("surnames") or () if e.get("hangul")}


_SHARED_SURNAMES = _surname_table()
for _hangul, _forms in _SHARED_SURNAMES.items():
    SURNAME_EXTRA[_hangul] = tuple(dict.fromkeys((*SURNAME_EXTRA.get(_hangul, ()), *_forms)))
# every Latin spelling of a Korean family name in the tables ("kim", "ri", "pak", "choe"...)
SURNAME_SPELLINGS = frozenset(f for forms in SURNAME_EXTRA.values() for f in forms)
# Two-syllable family names; every other family name is one syllable.
_COMPOUND_SURNAMES = tuple(dict.fromkeys(
    ("남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방",
     *(h for h in _SHARED_SURNAMES if len(h) == 2))))
# One-syllable family names (the common ones of both Koreas); a Hangul word of 2-4 syllables
# that starts with one of these may be a person's name.
SURNAMES = frozenset(
    "김이리박최정조강윤장임림한오서신권황안송류유홍전고문양량손배백허노로심하곽성차주우구민진"
    "지엄채원천방공현함변염려여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용룡승"
    "계태봉경사빈호부" + "".join(h for h in _SHARED_SURNAMES if len(h) == 1))


def is_hangul(text: str) -> bool:
    return bool(text) and all(HANGUL_FIRST <= ord(c) <= HANGUL_LAST for c in text)


def decompose(syllable: str) -> tuple[str, str, str]:
    code = ord(syllable) - HANGUL_FIRST
    if not 0 <= code <= HANGUL_LAST - HANGUL_FIRST:
        raise ValueError(f"{syllable!r} is not a Hangul syllable")
    return _INITIALS[code // 588], _MEDIALS[(code % 588) // 28], _FINALS[code % 28]


def compose(initial: str, medial: str, final: str) -> str:
    """The syllable of three jamo (`decompose` the other way)."""
    return chr(HANGUL_FIRST + (_INITIALS.index(initial) * 21 + _MEDIALS.index(medial)) * 28 +
               _FINALS.index(final))


def split_name(hangul: str) -> tuple[str, str]:
    """(family name, given name) of a Hangul name written family name first."""
    for surname in _COMPOUND_SURNAMES:
        if hangul.startswith(surname) and len(hangul) > len(surname) + 1:
            return surname, hangul[len(surname):]
    return hangul[:1], hangul[1:]


@lru_cache(maxsize=16384)
def syllable_spellings(syllable: str, surname: bool = False) -> tuple[str, ...]:
    """Every Latin spelling of one syllable, the stored (DPRK/MR) style first."""
    initial, medial, final = decompose(syllable)
    out: list[str] = list(SURNAME_EXTRA.get(syllable, ())) if surname else []
    for i in INITIAL_ROMAN[initial]:
        if i == "sh" and medial not in "ㅣㅟ":
            continue  # "sh" only before i/wi (Shin, Shim)
        for m in MEDIAL_ROMAN[medial]:
            for f in FINAL_ROMAN[final]:
                out.append(i + m + f)
    return tuple(dict.fromkeys(out))


def stored_spelling(syllable: str, surname: bool) -> str:
    initial, medial, final = decompose(syllable)
    if surname and syllable in SURNAME_EXTRA and syllable in "리림류량룡로려":
        return SURNAME_EXTRA[syllable][0]  # the DPRK keeps an initial r: Ri, Rim, Ryu
    if surname and syllable == "박":
        return "pak"
    if surname and syllable == "이":
        return "lee"  # the ROK's spelling; a DPRK national is written 리 (Ri)
    if surname and syllable == "최":
        return "choe"
    return INITIAL_ROMAN[initial][0] + MEDIAL_ROMAN[medial][0] + FINAL_ROMAN[final][0]


_VOICED = {"ㄱ": "g", "ㄷ": "d", "ㅂ": "b"}
_SONORANT_ENDS = ("", "ㄴ", "ㄹ", "ㅁ", "ㅇ")


def canonical(hangul: str) -> str:
    """The spelling we store: DPRK/MR style, family name first, one word per syllable
    ("박흥룡" -> "Pak Hung Ryong", "리일진" -> "Ri Il Jin", "승철범" -> "Sung Chol Bom":
    inside the given name k/t/p after a vowel or n, l, m, ng are voiced, as MR writes them)."""
    hangul = hangul.replace(" ", "")
    if not is_hangul(hangul):
        raise ValueError(f"{hangul!r} is not a Hangul name")
    family, given = split_name(hangul)
    words = ["".join(stored_spelling(s, True) for s in family).capitalize()]
    for index, syllable in enumerate(given):
        spelled = stored_spelling(syllable, False)
        initial = decompose(syllable)[0]
        if index > 0 and initial in _VOICED and decompose(given[index - 1])[2] in _SONORANT_ENDS:
            spelled = _VOICED[initial] + spelled[1:]
        words.append(spelled.capitalize())
    return " ".join(words)


def romanize_text(hangul: str) -> str:
    """A Hangul word spelled out syllable by syllable in the stored style ("진영" ->
    "Chinyong"): for the proper part of a company name, not for persons."""
    out = []
    for index, char in enumerate(hangul):
        if not is_hangul(char):
            out.append(char)
            continue
        initial, medial, final = decompose(char)
        lead = INITIAL_ROMAN[initial][0]
        if index == 0 and initial == "ㅈ":
            lead = "ch"  # MR writes a word-initial ㅈ as ch (Chinyong, Chonsurim)
        elif index > 0 and initial in _VOICED and is_hangul(hangul[index - 1]) and \
                decompose(hangul[index - 1])[2] in _SONORANT_ENDS:
            lead = _VOICED[initial]  # voiced inside a word: Sobaeksu, Kumgang
        out.append(lead + MEDIAL_ROMAN[medial][0] + FINAL_ROMAN[final][0])
    return "".join(out).capitalize()


def fold_key(text: str) -> str:
    return romanization_key(text)


@lru_cache(maxsize=65536)
def _syllable_keys(syllable: str, surname: bool,
                   spellings: Callable[[str, bool], Iterable[str]], fold: bool) -> frozenset[str]:
    """A syllable's spellings folded (or lower-cased), once per syllable: a Japanese or
    Korean document's names are compared with every English name read so far, and building
    these sets anew for each comparison cost more than reading the document."""
    key_of = fold_key if fold else str.lower
    return frozenset(key_of(s) for s in spellings(syllable, surname))


def fits_syllables(syllables: list[tuple[str, bool]], target: str,
          spellings: Callable[[str, bool], Iterable[str]], fold: bool = True) -> bool:
    """Can `target` (folded, unless `fold` is off) be cut into one spelling per syllable,
    in order?"""
    folded = [_syllable_keys(syl, sur, spellings, fold) for syl, sur in syllables]

    @cache
    def walk(index: int, pos: int) -> bool:
        if index == len(folded):
            return pos == len(target)
        for key in folded[index]:
            if target.startswith(key, pos) and walk(index + 1, pos + len(key)):
                return True
            # folding collapses a doubled letter across a syllable boundary (Kim Mi -> kimi)
            if key and pos > 0 and target[pos - 1] == key[0] and \
                    target.startswith(key[1:], pos) and walk(index + 1, pos + len(key) - 1):
                return True
        return False

    return walk(0, 0)


def name_syllables(hangul: str) -> list[tuple[str, bool]]:
    family, given = split_name(hangul)
    return [(s, True) for s in family] + [(s, False) for s in given]


def latin_words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-‐'’.,·]+", name) if w]


# The comparisons below depend on their two strings alone; extract/lang/crosslink.py asks
# them for every native name against every English name read so far, so they are
# remembered across documents.
@lru_cache(maxsize=65536)
def same_person_name(hangul: str, latin: str) -> bool:
    """Is `latin` a romanization of the Hangul name, family name first or last,
    hyphenated or not ("심현섭" ~ "Sim Hyon Sop", "Shim Hyun-sub", "Hyeon-seop Sim")?"""
    hangul = hangul.replace(" ", "")
    words = latin_words(latin)
    if not is_hangul(hangul) or not words or not all(w.isascii() and w.isalpha()
                                                      for w in words):
        return False
    syllables = name_syllables(hangul)
    orders = [words]
    if len(words) > 1:
        orders.append([words[-1], *words[:-1]])  # family name written last
    return any(fits_syllables(syllables, "".join(fold_key(w) for w in order), syllable_spellings)
               for order in orders)


@lru_cache(maxsize=65536)
def same_word(hangul: str, latin: str) -> bool:
    """Is one Latin word a romanization of a Hangul word ("진영" ~ "Chinyong"/"Jinyong")?"""
    if not is_hangul(hangul) or not latin.isascii():
        return False
    syllables = [(s, False) for s in hangul]
    # the folded key merges letters across a syllable boundary ("Man-gyong" folds as
    # "manion", its syllables as "man" + "gion"): the word as written is tried as well
    return fits_syllables(syllables, fold_key(latin), syllable_spellings) or fits_syllables(
        syllables, latin.lower(), syllable_spellings, fold=False)


# the vowels before which the South's spelling drops or changes a word's first ㄹ or ㄴ
# (the head-sound rule: 룡 -> 용, 련 -> 연, 로 -> 노); the North keeps them, and so do the
# English releases that romanize its names (룡악산 "Ryongaksan", written 용악산 in Seoul)
_Y_VOWELS = frozenset("ㅑㅕㅛㅠㅣㅖㅒ")


def north_spellings(word: str) -> list[str]:
    """The word as the North may write it when Seoul's spelling applied the head-sound
    rule to its first syllable ("용악산" -> "룡악산"; "노동" -> "로동"), or []."""
    if not word or not is_hangul(word[0]):
        return []
    initial, medial, final = decompose(word[0])
    if initial == "ㅇ" and medial in _Y_VOWELS:
        firsts = ["ㄹ", "ㄴ"]
    elif initial == "ㄴ" and medial not in _Y_VOWELS:
        firsts = ["ㄹ"]
    else:
        return []
    return [compose(first, medial, final) + word[1:] for first in firsts]
