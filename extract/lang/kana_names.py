"""Korean names written in katakana: how Japanese renders a Hangul name, and back.

Japanese text gives a Korean name in katakana ("シム・ヒョンソプ" for 심현섭), each Korean
syllable in the kana Japanese uses for its sounds: a final consonant gets a vowel of its own
(キム for 김), ㅓ and ㅗ are both オ, ㅎ before ㅜ is フ. `same_katakana_name` cuts the
katakana's reading, mora by mora, into one kana spelling per syllable of the Hangul name
(either name order), with the syllable tables and the cutting of extract/lang/romanize.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from extract.lang.romanize import (
    FINAL_ROMAN,
    INITIAL_ROMAN,
    MEDIAL_ROMAN,
    SURNAME_EXTRA,
    decompose,
    fits_syllables,
    fold_key,
    is_hangul,
    name_syllables,
)

_KANA_ROMAJI = {
    **dict(zip("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
               "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポ",
               ["a", "i", "u", "e", "o", "ka", "ki", "ku", "ke", "ko", "sa", "shi", "su", "se",
                "so", "ta", "chi", "tsu", "te", "to", "na", "ni", "nu", "ne", "no", "ha", "hi",
                "fu", "he", "ho", "ma", "mi", "mu", "me", "mo", "ya", "yu", "yo", "ra", "ri",
                "ru", "re", "ro", "wa", "o", "n", "ga", "gi", "gu", "ge", "go", "za", "ji", "zu",
                "ze", "zo", "da", "ji", "zu", "de", "do", "ba", "bi", "bu", "be", "bo", "pa",
                "pi", "pu", "pe", "po"], strict=True)),
}
_SMALL = {"ャ": "ya", "ュ": "yu", "ョ": "yo", "ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e",
          "ォ": "o", "ヮ": "wa"}
# ヴ writes a v: ヴィ is vi, ヴォ vo, as a western name spells it (without it a name's id
# lost its v: ヴィクトル read "ikutoru")
_KANA_ROMAJI["ヴ"] = "vu"
# how Japanese writes the end consonant of a Korean syllable: キム (kimu) for 김, パク (paku)
_KANA_FINAL: dict[str, tuple[str, ...]] = {
    "": ("",), "ㄱ": ("ku", "k", ""), "ㄴ": ("n",), "ㄹ": ("ru", "ru", "r", ""), "ㅁ": ("mu", "n"),
    "ㅂ": ("pu", "bu", "p", ""), "ㅇ": ("n", ""), "ㅅ": ("tsu", "t", ""), "ㄷ": ("tsu", "t", ""),
}
_KANA_MEDIAL: dict[str, tuple[str, ...]] = {
    "ㅓ": ("o",), "ㅕ": ("yo",), "ㅡ": ("u",), "ㅐ": ("e",), "ㅔ": ("e",), "ㅚ": ("e", "we"),
    "ㅟ": ("wi", "ui"), "ㅢ": ("ui", "i"), "ㅒ": ("ye",), "ㅖ": ("ye", "e"),
}
_KANA_INITIAL: dict[str, tuple[str, ...]] = {
    "ㅅ": ("s", "sh"), "ㅈ": ("j", "ch"), "ㅊ": ("ch",), "ㅋ": ("k",), "ㅌ": ("t",), "ㅍ": ("p",),
    "ㄷ": ("t", "d"), "ㄹ": ("r",),
    "ㅎ": ("h", "f"),  # 후/흐 are written フ (fu): 흥 ~ フン
}


def katakana_to_romaji(text: str) -> str:
    """Hepburn-like reading of katakana (キム・サンマン -> "kimu samman" folded later)."""
    out: list[str] = []
    for char in text:
        if char in _SMALL and out:
            prev = out[-1]
            small = _SMALL[char]
            if small.startswith("y") and prev.endswith("i"):
                # キョ -> kyo, ショ -> sho, チョ -> cho
                stem = prev[:-1]
                out[-1] = stem + (small[1:] if stem.endswith(("sh", "ch", "j")) else small)
            else:
                out[-1] = prev[:-1] + small
        elif char == "ッ":
            out.append("t")
        elif char == "ー" and out:
            out[-1] += out[-1][-1]
        elif char in "・＝= 　":
            out.append(" ")
        else:
            out.append(_KANA_ROMAJI.get(char, ""))
    return re.sub(r"\s+", " ", "".join(out)).strip()


def _kana_spellings(syllable: str, surname: bool) -> Iterable[str]:
    initial, medial, final = decompose(syllable)
    initials = _KANA_INITIAL.get(initial, INITIAL_ROMAN[initial])
    medials = _KANA_MEDIAL.get(medial, MEDIAL_ROMAN[medial])
    finals = _KANA_FINAL.get(final, FINAL_ROMAN[final])
    for i in initials:
        for m in medials:
            for f in finals:
                if i in ("sh", "ch", "j") and m.startswith("y"):
                    yield i + m[1:] + f  # ショ for 셔/서
                if i == "f" and m.startswith("w"):
                    yield i + m[1:] + f  # ファ for 화, フィ for 휘: the glide is in the kana
                yield i + m + f
    if surname:
        yield from SURNAME_EXTRA.get(syllable, ())


@lru_cache(maxsize=65536)
def same_katakana_name(hangul: str, katakana: str) -> bool:
    """Is the katakana a Japanese rendering of the Hangul name (심현섭 ~ シム・ヒョンソプ)?"""
    hangul = hangul.replace(" ", "")
    if not is_hangul(hangul):
        return False
    parts = [p for p in re.split(r"[・＝=\s　]+", katakana) if p]
    orders = [parts] + ([[parts[-1], *parts[:-1]]] if len(parts) > 1 else [])
    syllables = name_syllables(hangul)
    return any(fits_syllables(syllables, _kana_key("".join(order)), _kana_spellings)
               for order in orders)


# one mora: a kana with its small kana, or ン; folded one by one, so that folding never
# joins two of them (ソン・ギョン: "son"+"gion", not the whole "songyon" folded to "sonion")
_MORA = re.compile(r"ッ?[ァ-ヺ][ャュョァィゥェォ]?ー?|ー")


# a u-row kana and a small vowel write a glide: ウォ "wo" (월 ウォル), クァ/グァ "kwa"/"gwa"
# (광 クァン, グァン), ウィ "wi"; read kana by kana the glide is lost (ウォ would be "o")
_GLIDE = re.compile(r"(ッ?)([ウクグ])([ァィェォ])")
_GLIDE_INITIAL = {"ウ": "", "ク": "k", "グ": "g"}


def _mora_romaji(mora: str) -> str:
    glide = _GLIDE.match(mora)
    if glide is None:
        return katakana_to_romaji(mora)
    doubled = "t" if glide.group(1) else ""
    return doubled + _GLIDE_INITIAL[glide.group(2)] + "w" + _SMALL[glide.group(3)] + \
        katakana_to_romaji(mora[glide.end():])


@lru_cache(maxsize=65536)
def _kana_key(katakana: str) -> str:
    return "".join(fold_key(_mora_romaji(m.group(0))) for m in _MORA.finditer(katakana))


def katakana_candidates(katakana: str, names: Iterable[str]) -> list[str]:
    """Hangul names among `names` that the katakana could render."""
    return [n for n in names if same_katakana_name(n, katakana)]
