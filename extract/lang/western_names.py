"""Western names written in Hangul (크리스티나 마리 채프먼, 랜돌프 모스, 올렉산드르 디덴코).

Korean news writes a foreign person's name by sound, word by word, in the name's own order.
What marks such a word: Korean writes a consonant with no vowel of its own (the s, t, p of
"Christina", "Chapman") as a syllable with the empty vowel ㅡ and no final consonant (스, 트,
프, 르, 크, 드, 브, 츠, 즈), which Korean given names never contain.

Back to Latin letters there is no one spelling (채프먼 is "Chapman", but could be written
"Chepman"), so a Hangul name and a Latin one are compared by their consonant skeletons: each
consonant folded to the class Korean writes it with (p/b/f/v -> P, t/d/th -> T, k/g/c/q ->
K, s/z/sh -> S, ch/j -> C, l/r -> R, m, n), vowels, h, w and y dropped, repeats merged. An
r after a vowel that Korean leaves unwritten (카터 for "Carter") may be missing on
the Hangul side.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from extract.lang.romanize import decompose, is_hangul

# the empty vowel ㅡ with no final after these initials: a consonant with no vowel of its own
_BARE = frozenset("ㅅㅆㅌㅍㄹㅋㄷㅂㅊㅈㄱㅎ")
_INITIAL_CLASS = {"ㄱ": "K", "ㄲ": "K", "ㅋ": "K", "ㄴ": "N", "ㄷ": "T", "ㄸ": "T", "ㅌ": "T",
                  "ㄹ": "R", "ㅁ": "M", "ㅂ": "P", "ㅃ": "P", "ㅍ": "P", "ㅅ": "S", "ㅆ": "S",
                  "ㅇ": "", "ㅈ": "C", "ㅉ": "C", "ㅊ": "C", "ㅎ": ""}
_FINAL_CLASS = {"": "", "ㄱ": "K", "ㄴ": "N", "ㄹ": "R", "ㅁ": "M", "ㅂ": "P", "ㅅ": "T",
                "ㅇ": "N", "ㅋ": "K", "ㅌ": "T", "ㅍ": "P"}
# Latin letters and digraphs, longest first, with the classes Korean may write each with
# (an English s or z between vowels is often ㅈ: 아이작 "Isaac"; a pinyin x, q, zh are ㅅ, ㅊ,
# ㅈ: 젠싱 "Zhenxing"; th is ㅅ or ス as often as ㄷ: 스미스, スミス "Smith"); c before e/i/y
# is an s
# (-ture is said ch, its r silent: ベンチャー "venture"; -dge is a j: リッジ "ridge")
# (ts and tz, one sound in Slavic and German names, are ㅊ, ツ as often as ㅌ+ㅅ: 츠 for the
# ts of a Ukrainian "-tsko", 프리츠 "Fritz")
_LATIN: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ture", ("C", "CR", "TR")), ("dge", ("C", "TC")),
    ("sch", ("S",)), ("tch", ("C",)), ("chr", ("KR",)), ("ch", ("C", "K")), ("sh", ("S",)),
    ("th", ("T", "S")), ("ts", ("C", "TS")), ("tz", ("C", "TS")), ("ph", ("P",)),
    ("ck", ("K",)), ("gh", ("",)), ("qu", ("K",)),
    ("ng", ("N",)), ("kn", ("N",)), ("zh", ("C",)), ("x", ("KS", "S")), ("b", ("P",)),
    ("p", ("P",)), ("f", ("P",)), ("v", ("P",)), ("t", ("T",)), ("d", ("T",)), ("k", ("K",)),
    ("g", ("K", "C")), ("q", ("K", "C")), ("s", ("S", "C")), ("z", ("C", "S")), ("j", ("C",)),
    ("l", ("R",)), ("r", ("R",)), ("m", ("M",)), ("n", ("N",)))
_VOWELS = "aeiouyhw"
_MAX_SKELETONS = 64


def transliterated(word: str) -> bool:
    """Does a Hangul word carry the mark of a foreign word written by sound (스, 프, 르…)?"""
    for char in word:
        if not is_hangul(char):
            continue
        initial, medial, final = decompose(char)
        if medial == "ㅡ" and not final and initial in _BARE:
            return True
    return False


def _merge(classes: list[str]) -> str:
    out: list[str] = []
    for c in classes:
        if c and (not out or out[-1] != c):
            out.append(c)
    return "".join(out)


@lru_cache(maxsize=4096)
def hangul_skeleton(word: str) -> str:
    classes: list[str] = []
    for char in word:
        if not is_hangul(char):
            continue
        initial, _medial, final = decompose(char)
        classes += [_INITIAL_CLASS.get(initial, ""), _FINAL_CLASS.get(final, "")]
    return _merge(classes)


@lru_cache(maxsize=4096)
def latin_skeletons(word: str) -> frozenset[str]:
    """The skeletons of a Latin word, one per way Korean may write its letters, with and
    without an r it may leave unwritten (after a vowel, before a consonant or at the end)."""
    # a doubled letter is one sound (Matthew: t + th would read as two)
    text = re.sub(r"([b-df-hj-np-tv-z])\1", r"\1", word.lower())
    units: list[tuple[str, ...]] = []
    i = 0
    while i < len(text):
        if text[i] in _VOWELS or not text[i].isalpha():
            i += 1
            continue
        if text[i] == "c" and not text.startswith(("ch", "ck"), i):
            units.append(("S",) if text[i + 1:i + 2] in ("e", "i", "y") else ("K",))
            i += 1
            continue
        for letters, classes in _LATIN:
            if text.startswith(letters, i):
                after = text[i + len(letters):i + len(letters) + 1]
                rhotic = letters == "r" and i > 0 and text[i - 1] in "aeiou" and \
                    (not after or after not in "aeiouy")
                units.append((*classes, "") if rhotic else classes)
                i += len(letters)
                break
        else:
            i += 1
    skeletons: set[str] = {""}
    for options in units:
        skeletons = {s + o for s in skeletons for o in options}
        if len(skeletons) > _MAX_SKELETONS:
            return frozenset()  # too many readings to compare by: no match
    return frozenset(_merge(list(s)) for s in skeletons)


# Katakana, mora by mora: the class of its consonant (a vowel, h, y or w has none); a small
# kana only changes the vowel (ティ is "ti", ファ "fa"); ッ doubles the next consonant and ー
# lengthens a vowel, neither a sound of its own. ン is n (m before b/p is written ン too).
_KANA_ROWS = {"K": "カキクケコガギグゲゴ", "S": "サシスセソ", "C": "ザジズゼゾチヂツヅ",
              "T": "タテトダデド", "N": "ナニヌネノン", "P": "パピプペポバビブベボフヴ",
              "M": "マミムメモ", "R": "ラリルレロ"}
_KANA_CLASS = {kana: cls for cls, row in _KANA_ROWS.items() for kana in row}
# ズ, ザ… are s or z, ツ is ts or z: either class may stand for them
_KANA_EITHER = {"ザ": ("C", "S"), "ズ": ("C", "S"), "ゼ": ("C", "S"), "ゾ": ("C", "S"),
                "ジ": ("C", "S"), "ツ": ("TS", "C", "S")}
_KATAKANA_WORD = re.compile(r"^[ァ-ヺー]+$")


@lru_cache(maxsize=4096)
def kana_skeletons(word: str) -> frozenset[str]:
    """The consonant skeletons of a katakana word (マシュー -> {"MS"}, ズ may be "S" or "C")."""
    options: list[tuple[str, ...]] = []
    for kana in word:
        if kana in _KANA_EITHER:
            options.append(_KANA_EITHER[kana])
        else:
            options.append((_KANA_CLASS.get(kana, ""),))
    skeletons: set[str] = {""}
    for choice in options:
        skeletons = {s + c for s in skeletons for c in choice}
        if len(skeletons) > _MAX_SKELETONS:
            return frozenset()
    return frozenset(_merge(list(s)) for s in skeletons)


def is_katakana_word(word: str) -> bool:
    return bool(_KATAKANA_WORD.match(word))


def same_western_word(native: str, latin: str) -> bool:
    """Is a Hangul or katakana word written by sound a rendering of one Latin word?"""
    if is_katakana_word(native):
        return bool(kana_skeletons(native) - {""} & latin_skeletons(latin))
    skeleton = hangul_skeleton(native)
    return bool(skeleton) and skeleton in latin_skeletons(latin)


def _latin_words(name: str) -> list[str]:
    # initials ("D.") carry no sound Korean news keeps
    return [w for w in re.split(r"[\s\-‐'’.,]+", name) if len(w) > 1 and w.isalpha()]


def same_western_name(hangul: str, latin: str) -> int:
    """How many Hangul (or katakana, split at ・ and ＝) words of `hangul` match, in order,
    words of the Latin name, the last word (the family name) always matching the last Latin
    word; 0 when it does not fit."""
    # (a middle dot joins a foreign name's words in some Korean papers; a Latin initial
    # carries no sound to match)
    words = re.split(r"[\s・＝=･·ㆍ]+", hangul.strip())
    # (Japanese writes a middle initial without its period: ジョン・K・ハーリー; two
    # initials that differ are two persons, John K. and John F.)
    initials = {unicodedata.normalize("NFKC", w)[0] for w in words if _ANY_INITIAL.fullmatch(w)}
    latin_initials = set(_LATIN_INITIAL.findall(latin))
    if initials and latin_initials and initials != latin_initials:
        return 0
    # a family name withheld but its initial (アンドリュー・M): only a Latin name that ends
    # in that initial ("Andrew M."), never one that spells a family name out
    last = unicodedata.normalize("NFKC", words[-1]) if words else ""
    if _ANY_INITIAL.fullmatch(last) and not re.search(
            rf"(?<![A-Za-z]){last[0]}\.?\s*$", latin):
        return 0
    words = [w for w in words if w and not _ANY_INITIAL.fullmatch(w)]
    latin_words = _latin_words(latin)
    if not words or not latin_words or not all(w.isascii() for w in latin_words):
        return 0
    if not same_western_word(words[-1], latin_words[-1]):
        return 0
    position = 0
    for word in words[:-1]:
        while position < len(latin_words) - 1 and \
                not same_western_word(word, latin_words[position]):
            position += 1
        if position >= len(latin_words) - 1:
            return 0
        position += 1
    return len(words)


# a Hangul word and what follows it up to the next word; or a middle initial in Latin
# letters, as Korean news keeps it (존 K. 헐리): a word of the run between two Hangul words
_WORD = re.compile(r"[가-힣]+|(?<![A-Za-z])[A-Z]\.")
_INITIAL = re.compile(r"[A-Z]\.")
_ANY_INITIAL = re.compile(r"[A-ZＡ-Ｚ][.．]?")
_LATIN_INITIAL = re.compile(r"(?<![A-Za-z])([A-Z])(?:\.|(?=\s))")
# the most words of one run: a Spanish or Portuguese name may have six (given names, the
# father's and the mother's family names with their particles: 페드로 에르네스토 알론소 데
# 로스 레이예스), and a shorter run would split it into two persons
_MOST_WORDS = 6
# what may follow a person's name in the same word: a particle, 씨 ("Mr/Ms")
# or the copula, past tense too (휴스였다, 멀린스이었다: "… was X", a cleft's complement)
PARTICLE = re.compile(r"(?:씨)?(?:은|는|이|가|을|를|의|에게|에게서|와|과|도|로|으로|이다|이며|"
                       r"이고|(?:이었|였)(?:다|으며|습니다)|입니다|라는|측은)?")
# a place or body after the run (애리조나주, 실리콘 밸리 기업): not a person
_NOT_PERSON_AFTER = re.compile(r"^\s?(?:주|시|섬|강|사|社|州|그룹|회사|기업|대학|은행|재단|법인|"
                               r"플랫폼|웹사이트|사이트)")


def _name_part(text: str, start: int, end: int, proper: set[tuple[int, int]],
               known: set[str]) -> tuple[int, bool]:
    """The end of the proper noun a word [start, end) opens, and whether a particle closes
    it; (start, False) when the word is no proper noun of a name."""
    for cut in range(end, start, -1):
        if (start, cut) in proper and PARTICLE.fullmatch(text, cut, end) and \
                text[start:cut] not in known:
            return cut, cut < end
    return start, False


# what stands between the words of one foreign name: a space, or a middle dot as some
# papers write a foreign full name (니콜라이·바실렌코); a dot between two Korean names lists
# them, but those are no runs of names written by sound
_JOINERS = frozenset({" ", "·", "ㆍ"})


def western_runs(text: str, proper: set[tuple[int, int]],
                 known: set[str]) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of the runs of two to six Hangul words one space (or a middle
    dot) apart that the analyzer reads each as a proper noun (`proper`: (start, end) of its
    NNP tokens), none a name the gazetteers know; whether one is written by sound is the
    caller's to ask."""
    words = list(_WORD.finditer(text))
    out: list[tuple[int, int, list[str]]] = []
    index = 0
    while index < len(words):
        run: list[str] = []
        start = words[index].start()
        end = start
        last = index
        ends: list[int] = []
        for nxt in range(index, min(index + _MOST_WORDS, len(words))):
            word = words[nxt]
            if run and text[end:word.start()] not in _JOINERS:
                break
            if _INITIAL.fullmatch(word.group(0)):
                if not run:
                    break
                run.append(word.group(0))
                end, last = word.end(), nxt
                ends.append(end)
                continue
            cut, closed = _name_part(text, word.start(), word.end(), proper, known)
            if cut == word.start():
                break
            run.append(text[word.start():cut])
            end, last = cut, nxt
            ends.append(end)
            if closed or cut < word.end():
                break
        while run and _INITIAL.fullmatch(run[-1]):  # an initial only inside a name
            run.pop()
            ends.pop()
            last -= 1
            end = ends[-1] if ends else start
        if len(run) >= 2 and not _NOT_PERSON_AFTER.match(text[end:end + 4]):
            out.append((start, end, run))
            index = last + 1
        else:
            index += 1
    return out


def opened_by(text: str, run: tuple[int, int, list[str]], spans: set[tuple[int, int]]) -> bool:
    """Is every word of the run but its last one of `spans` (the proper nouns)? A short word
    the analyzer knows as a common noun may end a name (a family name: 왕 "king"), never
    stand inside one: in "X 출신 Y 남성 Z(52)" the words between the place and the name
    describe the person."""
    at = run[0]
    for word in run[2][:-1]:
        at = text.index(word, at)
        if (at, at + len(word)) not in spans:
            return False
        at += len(word)
    return True
