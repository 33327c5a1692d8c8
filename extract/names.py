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
from pathlib import Path

import yaml

SURNAME_FILE = Path(__file__).parent / "gazetteer" / "korean_surnames.yaml"


# the table lists family names from the most common down; the first ones cover most people
COMMON_SURNAMES = 25
# past this rank a family name is rare enough that a word spelled like it at the start of a
# name is more likely a given-name syllable ("Sang", "Myong") than the family name
RARE_SURNAMES = 60


def _load_surnames() -> tuple[dict[str, str], dict[str, int], frozenset[str]]:
    """Spelling (folded) -> comparison key and frequency rank; spellings that are English."""
    data = yaml.safe_load(SURNAME_FILE.read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    rank: dict[str, int] = {}
    for index, entry in enumerate(data["surnames"]):
        for form in entry["forms"]:
            table.setdefault(str(form).lower(), str(entry["key"]))
            rank.setdefault(str(form).lower(), index)
    return table, rank, frozenset(str(w).lower() for w in data.get("english_words") or ())


# Korean family names in every romanization found in print (the shared data file).
KOREAN_SURNAMES, SURNAME_RANK, SURNAME_ENGLISH_WORDS = _load_surnames()
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


# a list entry's "FAMILY, Given Names"; a patronymic marks a name written given-first
_LISTED = re.compile(r"^([A-Z][A-Z'’-]*(?: [A-Z][A-Z'’-]+){0,2}), ([A-Z][a-z].*)$")
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ich)$")


def _unlist(name: str) -> str:
    """'NAM, Il Ho' -> 'NAM Il Ho' (Korean and Chinese names keep the family name first, as
    the guidelines display them); 'PETROV, Ivan Sergeyevich' -> 'Ivan Sergeyevich PETROV'."""
    listed = _LISTED.match(name)
    if listed is None:
        return name
    family, given = listed.groups()
    if _PATRONYMIC.search(given.split()[-1]):
        return f"{given} {family}"
    return f"{family} {given}"


def clean_person_name(text: str) -> str:
    """Strip titles, possessives, nicknames and shouting caps; keep the published order."""
    name = re.sub(r"\s+", " ", text).strip().strip(",.;:()[]")
    name = _unlist(name)
    name = re.sub(r"['’]s?$", "", name)
    name = _TITLES.sub("", name)
    name = _HEADLINE.sub("", name)
    name = _SUFFIX.sub("", name)
    name, _ = split_nickname(name)
    words = name.split(" ")
    # DOJ and OFAC print family names in capitals ("KIM Sang Man"); keep initials ("T.")
    # a name printed wholly in capitals ("KIM IL", an indictment's caption) shouts every
    # word, its two-letter syllables too
    shouting = len(words) > 1 and all(w.isupper() for w in words if w.isalpha()) and \
        all(w.isalpha() for w in words)
    words = [w.capitalize() if w.isupper() and len(w) > 2 else w for w in words]
    words = [w.capitalize() if w.isupper() and len(w) == 2 and w.isalpha()
             and (shouting or fold(w) in KOREAN_SURNAMES) else w for w in words]
    return " ".join(words).strip()


def is_korean_name(name: str) -> bool:
    parts = fold(name).replace("-", " ").split()
    return 2 <= len(parts) <= 4 and (parts[0] in KOREAN_SURNAMES or parts[-1] in KOREAN_SURNAMES)


def family_last(words: list[str]) -> bool:
    """Is the last word the family name ('Sang Man Kim', 'Myung-chul CHOE')?

    A family name printed in capitals marks itself. Otherwise the last word is the family
    name when it is a common one and the first word is not one at all or a rare one: a
    rare family name in first place is more likely a given-name syllable ('Sang', 'Myong'),
    while other pairs ('Ri Il Jin', 'Myong Chol Min', 'Nam Il Song') keep the Korean
    family-first order that government texts use.
    """
    first, last = fold(words[0]), fold(words[-1])
    if words[-1].isupper() and len(words[-1]) > 1 and not words[0].isupper():
        return last in KOREAN_SURNAMES
    if words[0].isupper() and len(words[0]) > 1:
        return False
    if last not in KOREAN_SURNAMES:
        return False
    if first not in KOREAN_SURNAMES:
        return True
    return SURNAME_RANK[last] < COMMON_SURNAMES and SURNAME_RANK[first] >= RARE_SURNAMES


def korean_order(name: str) -> str:
    """'Sang Man Kim' -> 'Kim Sang Man': family name first, the guidelines' display order."""
    words = name.split()
    if len(words) < 2 or len(words) > 4:
        return name
    if family_last(words):
        return " ".join([words[-1], *words[:-1]])
    return name


# One romanized Korean syllable in any of the systems in print: an optional initial
# (aspirated "kh/th/ph/ch", tense "kk/tt/pp/ss/jj"), an optional glide, a vowel and an
# optional final. "Myong", "Gwang", "Hyeok", "Thaek", "Joon" read; "Smith", "Jane" do not.
_SYLLABLE = re.compile(
    r"(?:kk|tt|pp|ss|jj|tch|ch|sh|kh|th|ph|[gkndtrlmbpsjhcyw])?(?:w|y)?"
    r"(?:ae|eo|eu|ui|oe|oo|ee|ou|a|e|i|o|u)(?:ng|k|n|t|l|m|p|g|b|r)?")


def is_syllable(word: str) -> bool:
    return bool(_SYLLABLE.fullmatch(fold(word)))


@lru_cache(maxsize=8192)
def given_syllables(word: str) -> int:
    """How many Korean syllables a given-name word reads as: 'Chol' 1, 'Myong-chol' and
    'Sangman' 2, 'Jennifer' 0. Joined names are read only as exactly two syllables."""
    folded = fold(word)
    if "-" in folded:
        parts = folded.split("-")
        return len(parts) if len(parts) == 2 and all(is_syllable(p) for p in parts) else 0
    if is_syllable(folded):
        return 1
    for cut in range(1, len(folded)):
        if is_syllable(folded[:cut]) and is_syllable(folded[cut:]):
            return 2
    return 0


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
