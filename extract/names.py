"""Person names: clean display forms and comparison keys that survive romanization.

US documents write Korean names as "KIM Sang Man", "Kim Sang-man", "Sang Man Kim" or
"Kim Sangman"; sources also disagree on family names (Ri/Lee/Rhee, Pak/Park, Jong/Chong).
`person_key` maps all of these to one key so resolution can compare them, while
`clean_person_name` keeps the published spelling (the guidelines want the name as the
fact sheet spells it, family name first).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Korean family names as romanized in DPRK, ROK and US usage, mapped to one spelling.
KOREAN_SURNAMES: dict[str, str] = {
    "kim": "kim", "gim": "kim", "ri": "ri", "rhee": "ri", "lee": "ri", "yi": "ri", "rhie": "ri",
    "pak": "pak", "park": "pak", "bak": "pak", "choe": "choe", "choi": "choe", "chae": "chae",
    "jong": "jong", "chong": "jong", "jung": "jong", "jeong": "jong", "chung": "jong",
    "jon": "jon", "chon": "jon", "jeon": "jon", "jun": "jon", "han": "han", "o": "o", "oh": "o",
    "jo": "jo", "cho": "jo", "yu": "yu", "ryu": "yu", "yoo": "yu", "yun": "yun", "yoon": "yun",
    "kang": "kang", "gang": "kang", "an": "an", "ahn": "an", "sin": "sin", "shin": "sin",
    "song": "song", "son": "son", "sohn": "son", "hwang": "hwang", "ho": "ho", "heo": "ho",
    "hur": "ho", "myong": "myong", "myung": "myong", "sim": "sim", "shim": "sim",
    "jang": "jang", "chang": "jang", "u": "u", "woo": "u", "sung": "song", "jin": "jin",
    "chin": "jin", "hong": "hong", "mun": "mun", "moon": "mun", "nam": "nam", "pae": "pae",
    "bae": "pae", "paek": "paek", "baek": "paek", "so": "so", "seo": "so", "suh": "so",
    "kwon": "kwon", "kwak": "kwak", "ko": "ko", "go": "ko", "koh": "ko", "ju": "ju",
    "joo": "ju", "chu": "ju", "ha": "ha", "im": "im", "lim": "im", "rim": "im", "yang": "yang",
    "ryang": "yang", "cha": "cha", "hyon": "hyon", "hyun": "hyon", "tak": "tak", "min": "min",
}
# Syllable spellings that differ only by romanization system (McCune-Reischauer vs RR).
_SYLLABLE_VARIANTS: dict[str, str] = {
    "cheol": "chol", "chul": "chol", "hyeok": "hyok", "hyuk": "hyok", "seong": "song",
    "sung": "song", "yeong": "yong", "young": "yong", "eun": "un", "geum": "kum",
    "keum": "kum", "gwang": "kwang", "kyeong": "kyong", "kyung": "kyong", "gyeong": "kyong",
    "jeong": "jong", "cheon": "chon", "ryeong": "ryong", "hyeon": "hyon", "hyun": "hyon",
    "myeong": "myong", "myung": "myong", "seok": "sok", "suk": "sok", "sang": "sang",
    "dong": "dong", "tong": "dong", "il": "il", "eol": "ol", "pyeong": "pyong",
}
_TITLES = re.compile(
    r"^(?:(?:mr|mrs|ms|dr|prof|judge|justice|chief|senior|u\.s\.|us|acting|deputy|under|"
    r"assistant|principal|special|agent|attorney|general|secretary|director|minister|"
    r"ambassador|spokesperson|president|ceo|chairman|representative|officer|sen|rep|"
    r"district|magistrate|federal|vice|executive|associate|supervisory|commissioner|"
    r"chargé|charge|d'affaires|envoy|pdas|hon|the)\.?\s+)+",
    re.IGNORECASE,
)
_NICKNAME = re.compile(r"\s*[\"“”‘’']([^\"“”‘’']{1,30})[\"“”‘’']\s*")
_SUFFIX = re.compile(r",?\s+(?:jr|sr|ii|iii|iv)\.?$", re.IGNORECASE)
# headline verbs glued to a name ("Quentin N. Quillon Sentenced")
_HEADLINE = re.compile(r"\s+(?:Sentenced|Charged|Indicted|Pleads|Pleaded|Arrested|Convicted|"
                       r"Guilty|Designated|Sanctioned|Extradited)\b.*$")


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """ASCII-fold and lower-case, so 'Kim Sang-man' and 'KIM Sang Man' compare."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


def split_nickname(name: str) -> tuple[str, list[str]]:
    """'Zhenxing "Danny" Wang' -> ('Zhenxing Wang', ['Danny'])."""
    nicknames = [m.group(1).strip() for m in _NICKNAME.finditer(name)]
    if not nicknames:
        return name, []
    return re.sub(r"\s+", " ", _NICKNAME.sub(" ", name)).strip(), nicknames


def clean_person_name(text: str) -> str:
    """Strip titles, possessives, nicknames and shouting caps; keep the published order."""
    name = re.sub(r"\s+", " ", text).strip().strip(",.;:()[]")
    name = re.sub(r"['’]s?$", "", name)
    name = _TITLES.sub("", name)
    name = _HEADLINE.sub("", name)
    name = _SUFFIX.sub("", name)
    name, _ = split_nickname(name)
    words = name.split(" ")
    # DOJ and OFAC print family names in capitals ("KIM Sang Man"); keep initials ("T.")
    words = [w.capitalize() if w.isupper() and len(w) > 2 else w for w in words]
    words = [w.capitalize() if w.isupper() and len(w) == 2 and w.isalpha()
             and fold(w) in KOREAN_SURNAMES else w for w in words]
    return " ".join(words).strip()


def is_korean_name(name: str) -> bool:
    parts = fold(name).replace("-", " ").split()
    return 2 <= len(parts) <= 4 and (parts[0] in KOREAN_SURNAMES or parts[-1] in KOREAN_SURNAMES)


def korean_order(name: str) -> str:
    """'Sang Man Kim' -> 'Kim Sang Man' when only the last word is a Korean family name."""
    words = name.split()
    if len(words) < 2:
        return name
    first, last = fold(words[0]), fold(words[-1])
    if last in KOREAN_SURNAMES and first not in KOREAN_SURNAMES and len(words) <= 3:
        return " ".join([words[-1], *words[:-1]])
    return name


@lru_cache(maxsize=8192)
def person_key(name: str) -> str:
    """A comparison key: romanization variants of one name give one key.

    Korean names: family name mapped to one spelling, given-name syllables joined ("kim
    sangman"); others: folded words in order. Titles and nicknames never count.
    """
    cleaned = clean_person_name(name)
    words = re.split(r"[\s]+", fold(cleaned).replace(".", " ").strip())
    words = [w for w in words if w]
    if not words:
        return ""
    if is_korean_name(cleaned) and len(words) >= 2:
        ordered = fold(korean_order(cleaned)).split()
        family = KOREAN_SURNAMES.get(ordered[0], ordered[0])
        given = "".join(ordered[1:]).replace("-", "")
        for variant, base in _SYLLABLE_VARIANTS.items():
            given = given.replace(variant, base)
        return f"{family} {given}"
    return " ".join(w.replace("-", "") for w in words)


def surname(name: str) -> str:
    """The family name: first word of a Korean name, last word otherwise."""
    cleaned = clean_person_name(name)
    words = cleaned.split()
    if not words:
        return ""
    if is_korean_name(cleaned) and fold(words[0]) in KOREAN_SURNAMES:
        return words[0]
    return words[-1]
