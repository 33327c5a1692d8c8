"""Korean names written in kanji, read the Korean way.

Japanese releases and news write a Korean person's name in kanji with its katakana reading
(崔明浩（チェ・ミョンホ）) and a DPRK company's name in kanji (朝鮮松鉱貿易総会社). The
English documents spell the same names from the Korean reading of those characters ("Choe
Myong Ho", "Korea Songkwang Trading General Corporation"), not from the Japanese one
(sai akihiro). The `hanja` package's table gives each character its Sino-Korean reading in
Hangul (as the DPRK writes it: 리, 류, not 이, 유), Japanese simplified forms included; from
the Hangul, extract/lang/romanize.py and extract/lang/orgnames.py give the English spelling.

A person's reading is used only when it is confirmed: by the katakana reading the text
gives beside the kanji, or by the romanization it gives. A kanji name alone may be a
Japanese or Chinese name, read otherwise.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise, product

from extract.lang.kana_names import same_katakana_name
from extract.lang.orgnames import english_org_name
from extract.lang.romanize import (
    SURNAME_SPELLINGS,
    canonical,
    compose,
    decompose,
    same_person_name,
)

# family names whose everyday reading as a word differs from their reading as a name
# (金 is 금 "gold" but 김 as a name; 沈 is 침 "sink" but 심)
_SURNAME_READINGS = {"金": ("김", "금"), "沈": ("심", "침"), "李": ("리", "이"), "柳": ("류", "유"),
                     "林": ("림", "임"), "羅": ("라", "나"), "盧": ("로", "노"),
                     "梁": ("량", "양"), "呂": ("려", "여"), "廉": ("렴", "염"),
                     "陸": ("륙", "육"), "龍": ("룡", "용")}
# characters whose reading in names and places differs from the table's (臺/台 is 대 in
# place names, 태 in the table): both are tried
_OTHER_READINGS = {"台": ("대", "태"), "臺": ("대", "태")}
KANJI = re.compile(r"^[\u4e00-\u9fff々]+$")
# words of a DPRK company name that say it is Korean (朝鮮, 高麗) or a DPRK place
_KOREAN_LEAD = ("朝鮮", "高麗", "平壌")
# heads of DPRK company names (a Chinese one ends in 公司)
_KOREAN_HEADS = ("会社", "総会社", "交流社", "銀行", "研究所", "商社")


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    from hanja.table import hanja_table

    return dict(hanja_table)


def korean_readings(kanji: str, surname: bool = False) -> list[str]:
    """The Hangul readings of a kanji word, every reading of a family name tried."""
    table = _table()
    choices: list[tuple[str, ...]] = []
    for index, char in enumerate(kanji):
        if index == 0 and surname and char in _SURNAME_READINGS:
            choices.append(_SURNAME_READINGS[char])
        elif char in _OTHER_READINGS:
            choices.append(_OTHER_READINGS[char])
        elif char in table:
            choices.append((table[char],))
        else:
            return []
    return ["".join(parts) for parts in product(*choices)]


def korean_person_name(kanji: str, katakana: str = "", latin: str = "") -> str:
    """The stored English spelling of a Korean name in kanji, when the katakana reading or
    the romanization beside it confirms the Korean reading; '' otherwise."""
    if not KANJI.match(kanji) or not 2 <= len(kanji) <= 4 or not (katakana or latin):
        return ""
    for hangul in korean_readings(kanji, surname=True):
        if katakana and not same_katakana_name(hangul, katakana):
            continue
        if latin and not same_person_name(hangul, latin):
            continue
        return canonical(hangul)
    return ""


def korean_org_name(kanji: str, north_korean: bool = False) -> str:
    """The English name of a DPRK company written in kanji (朝鮮松鉱貿易総会社 -> "Korea
    Songkwang Trading General Corporation"), when the name says it is Korean (朝鮮…) or
    the text does (`north_korean`: 北朝鮮の真栄情報技術協力会社); a Chinese company's name
    (…有限公司) is never read the Korean way."""
    korean = kanji.startswith(_KOREAN_LEAD) or (north_korean and kanji.endswith(_KOREAN_HEADS))
    if not korean or not KANJI.match(kanji):
        return ""
    readings = korean_readings(kanji)
    return english_org_name(readings[0]) if readings else ""


def latin_korean_person(name: str) -> bool:
    """Is a Latin name a Korean person's, written family name first as sanctions lists and
    Japanese releases do ("KIM Ha Nul", "Kim Ha Nul")? Two to four short words, the first a
    Korean family name."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(w.isalpha() and len(w) <= 6 for w in words):
        return False
    if not all(w[0].isupper() and (w[1:].islower() or w.isupper()) for w in words):
        return False
    return words[0].lower() in SURNAME_SPELLINGS


_OBSTRUENT_NASAL = {**dict.fromkeys("ㄱㄲㅋ", "ㄱ"), **dict.fromkeys("ㄷㅅㅆㅈㅊㅌㅎ", "ㄴ"),
                    **dict.fromkeys("ㅂㅍ", "ㅁ")}
_NASAL_OF = {"ㄱ": "ㅇ", "ㄴ": "ㄴ", "ㅁ": "ㅁ"}


def spoken_readings(hangul: str) -> list[str]:
    """A word's Hangul as it is said, when that differs from the letters: English spellings
    of DPRK place words follow the sound across syllables (鴨緑江 압록강 is "Amnokgang" in
    Seoul's romanization, "Amrokgang" in the North's), which a syllable-by-syllable reading
    never gives. Two forms: every assimilation (a final stop nasal before ㄴ or ㅁ, an ㄹ
    after a final other than ㄴ or ㄹ read ㄴ, ㄴ and ㄹ meeting read ㄹㄹ), and the North's,
    which keeps the ㄹ and nasalizes the stop only; [] when nothing changes."""
    syllables = [list(decompose(s)) if "가" <= s <= "힣" else None for s in hangul]
    forms: list[str] = []
    for keep_r in (False, True):
        parts = [list(s) if s else None for s in syllables]
        for one, two in pairwise(parts):
            if one is None or two is None or not one[2]:
                continue
            final, initial = one[2], two[0]
            if initial == "ㄹ" and final == "ㄴ":
                one[2] = "ㄹ"
            elif initial == "ㄹ" and final in "ㅁㅇ":
                two[0] = "ㄹ" if keep_r else "ㄴ"  # 종로 Jongno
            elif initial == "ㄹ" and final in _OBSTRUENT_NASAL:
                two[0] = "ㄹ" if keep_r else "ㄴ"
                one[2] = _NASAL_OF[_OBSTRUENT_NASAL[final]]
            elif initial in "ㄴㅁ" and final in _OBSTRUENT_NASAL:
                one[2] = _NASAL_OF[_OBSTRUENT_NASAL[final]]
        text = "".join(compose(*p) if p else ch for p, ch in zip(parts, hangul, strict=True))
        if text != hangul and text not in forms:
            forms.append(text)
    return forms

