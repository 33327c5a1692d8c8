"""An organization's name in Japanese or Korean, accounted for word by word in English.

Reports in Japanese and Korean name a foreign company by translating its generic words
(貿易 / 무역 "Trading", 会社 / 회사 "Company", ネットワーク技術 "Network Technology") and
rendering its proper part: a Korean proper word in katakana or Hangul (チョンボン, 청봉), in
kanji read the Korean way (白楊 = 백양 "Paekyang"), a Chinese one in kanji read in pinyin
(瀋陽華星 "Shenyang Huaxing"). `align` walks the native name and an English name together:
a generic word must meet its translation, a proper run must read as the English word(s)
at that place, the legal form and the "Korea" of 朝鮮 / 조선 may be dropped by either
side. The result says:

- WHOLE: every word of both names is accounted for: one name written in two languages;
- PARTIAL: the proper part reads as an English word and nothing contradicts, but words are
  left over (a short form, チンヨン社 for "Chinyong Information Technology Cooperation
  Company"): the name alone proves nothing;
- CONTRADICTS: a generic word or place of the native name is absent from the English name
  (朝鮮白楊海運会社, "shipping", is not "Korea Paekyang Trading Corporation"): another
  company sharing a word, never the same node;
- NONE: the proper part reads as no English word.
"""

from __future__ import annotations

import re
import unicodedata
from enum import Enum
from functools import lru_cache

from extract.lang.hangul_guess import hangul_word_candidates
from extract.lang.ja_readings import korean_readings, spoken_readings
from extract.lang.kana_names import katakana_to_romaji, same_katakana_name
from extract.lang.romanize import is_hangul, north_spellings, same_word
from extract.lang.western_names import same_western_word


class Fit(Enum):
    NONE = 0
    PARTIAL = 1
    WHOLE = 2
    CONTRADICTS = 3


# generic words of organization names -> their English words, as the English name keeps
# them after `english_words` (legal forms and a leading "Korea" dropped, "trading" folded
# to "trade"); () is a word English drops (a legal form). Words, not names.
_LEGAL = ("有限責任公司", "股份有限公司", "有限公司", "有限会社", "株式会社", "合同会社",
          "総会社", "公司", "会社", "商社", "社", "주식회사", "유한회사", "유한공사", "총회사",
          "회사", "공사", "エルエルシー", "엘엘씨", "엘엘시", "유한책임회사", "LLC", "カンパニー")
GENERIC: dict[str, tuple[tuple[str, ...], ...]] = {
    **{form: ((),) for form in _LEGAL},
    "総会社": (("general",), ()), "총회사": (("general",), ()),
    "商社": (("trade",), ()), "상사": (("trade",), ()),
    "貿易": (("trade",),), "무역": (("trade",),), "トレーディング": (("trade",),),
    "트레이딩": (("trade",),), "海運": (("shipping",),), "해운": (("shipping",),),
    "쉬핑": (("shipping",),), "쉽핑": (("shipping",),), "차이나": (("china",),),
    "솔루션즈": (("solutions",),), "솔루션스": (("solutions",),), "솔루션": (("solutions",),),
    "시스템즈": (("systems",),), "시스템": (("systems",),),
    "과기": (("technology",), ("science", "and", "technology")),
    "情報技術": (("information", "technology"), ("it",)),
    "정보기술": (("information", "technology"), ("it",)),
    "情報": (("information",),), "정보": (("information",),), "技術": (("technology",),),
    "기술": (("technology",),), "科技": (("technology",), ("science", "and", "technology")),
    "テクノロジー": (("technology",),), "테크놀로지": (("technology",),),
    "コンピュータ": (("computer",),), "コンピューター": (("computer",),),
    "컴퓨터": (("computer",),), "開発": (("development",),), "개발": (("development",),),
    "協力": (("cooperation",),), "協調": (("cooperation",),), "협력": (("cooperation",),),
    "협조": (("cooperation",),), "交流": (("exchange",),), "교류": (("exchange",),),
    "交流社": (("exchange",),), "교류사": (("exchange",),), "経済": (("economic",),),
    "경제": (("economic",),), "合弁": (("joint", "venture"),),
    "합영": (("joint", "venture"), ("joint",)),
    "銀行": (("bank",),), "은행": (("bank",),), "信用": (("credit",),), "신용": (("credit",),),
    "網絡": (("network",),), "ネットワーク": (("network",),), "네트워크": (("network",),),
    "国際": (("international",),), "국제": (("international",),),
    "インターナショナル": (("international",),), "인터내셔널": (("international",),),
    "物流": (("logistics",),), "ロジスティクス": (("logistics",),), "로지스틱스": (("logistics",),),
    "電子": (("electronics",),), "전자": (("electronics",),), "通信": (("communications",),),
    "통신": (("communications",),), "科学": (("science",),), "과학": (("science",),),
    "産業": (("industry",),), "산업": (("industry",),), "工業": (("industry",),),
    "不動産": (("real", "estate",),), "부동산": (("real", "estate"),),
    "総局": (("general", "bureau"),), "총국": (("general", "bureau"),), "局": (("bureau",),),
    "研究所": (("research", "center"), ("institute",)), "연구소": (("research", "center"),
                                                             ("institute",)),
    "大学": (("university",),), "대학": (("university",),), "グループ": (("group",),),
    "그룹": (("group",),), "中国": (("china",),), "중국": (("china",),),
    # Japanese words of DPRK bank and school names (柳京商業銀行 "Ryugyong Commercial Bank",
    # 金星学院 "Kumsong School") and the loanwords a report spells a foreign body's name
    # with (コリア・デソン・バンク "Korea Daesong Bank", ...・ジョイント・ベンチャー)
    "商業": (("commercial",),), "学院": (("school",), ("academy",), ("institute",)),
    "バンク": (("bank",),), "クレジット": (("credit",),), "コリア": (("korea",), ()),
    "ジョイント": (("joint",),), "ベンチャー": (("venture",),),
    "朝鮮": (("korea",), ()), "조선": (("korea",), ()), "高麗": (("korea",), ()),
    "고려": (("korea",), ()),
    # words of DPRK names the English releases translate (조선광업개발무역회사 "Korea Mining
    # Development Trading Corporation"); 무역총회사 and 종합무역 read "General Trading" there
    "선박": (("shipping",),), "광업": (("mining",),), "광산": (("mining",),),
    "보험": (("insurance",),), "민족": (("national",),), "종합": (("general",),),
    "센터": (("center",),), "대외": (("foreign",),), "공업": (("industry",),),
    "수출입": (("import", "export"), ("export", "import")),
    "무역총회사": (("general", "trade"), ("trade", "general")),
    "종합무역": (("general", "trade"),),
}
_KEYS = sorted(GENERIC, key=len, reverse=True)


def cut_at_known(word: str, keys: list[str]) -> list[str]:
    """The word cut into known words and the runs between them, reading from the left and
    taking the first key that fits (order `keys` longest first for the longest match)."""
    out: list[str] = []
    rest = ""
    while word:
        known = next((k for k in keys if word.startswith(k)), None)
        if known is None:
            rest += word[0]
            word = word[1:]
            continue
        if rest:
            out.append(rest)
            rest = ""
        out.append(known)
        word = word[len(known):]
    return [*out, rest] if rest else out
_LEGAL_EN = frozenset({"co", "company", "corp", "corporation", "ltd", "limited", "inc",
                       "incorporated", "llc", "liability", "plc", "pte", "the"})
_FOLDS = {"trading": "trade", "centre": "center", "banking": "bank", "technologies":
          "technology", "&": "and"}
_BRACKETS = re.compile(r"[（(][^）)]*[）)]")
_KANJI = re.compile(r"^[\u4e00-\u9fff々]+$")
_KATAKANA = re.compile(r"^[ァ-ヺー]+$")
_NO_START = frozenset("ーッンァィゥェォャュョヮヵヶ")


def english_words(name: str) -> list[str]:
    """The words of an English name that a translation must account for."""
    words = re.sub(r"[^A-Za-z0-9& ]+", " ", name).split()
    out = [w for w in words if w.lower() not in _LEGAL_EN]
    return [w if w[0].isupper() and w.lower() not in _GENERIC_EN else _FOLDS.get(w.lower(),
                                                                                w.lower())
            for w in out]


_GENERIC_EN = frozenset(w for alts in GENERIC.values() for alt in alts for w in alt) | set(
    _FOLDS)


def _tokens(name: str) -> list[str]:
    """The native name cut into generic words and proper runs (brackets dropped: a reading
    or a Latin name beside the name is read apart)."""
    text = _BRACKETS.sub("", unicodedata.normalize("NFKC", name))
    out: list[str] = []
    for part in re.split(r"[\s・･=＝'‘’\"“”]+", text):
        out.extend(cut_at_known(part, _KEYS))
    return [run for token in out for run in
            ([token] if token in GENERIC else _by_script(token))]


def _by_script(run: str) -> list[str]:
    """瀋陽クンプンリ -> 瀋陽, クンプンリ: a place in kanji, a proper word in katakana."""
    return [m.group(0) for m in _SCRIPT_RUN.finditer(run)]


_SCRIPT_RUN = re.compile(r"[\u4e00-\u9fff々]+|[ァ-ヺー]+|[^\u4e00-\u9fff々ァ-ヺー]+")


@lru_cache(maxsize=8192)
def _pinyin(kanji: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(kanji))


@lru_cache(maxsize=65536)  # crosslink.py asks for every English name: remembered
def reads_as(native: str, latin: str) -> bool:
    """Is a native proper run a rendering of Latin word(s) ("Huaxing", "Paekyang")?"""
    word = latin.replace(" ", "")
    if word.isdigit():
        return native == word  # 313총국: "313 General Bureau"
    if not word.isascii() or not word.isalpha():
        return False
    if _KANJI.match(native):
        return _pinyin(native) == word.lower() or any(
            same_word(said, word) for h in korean_readings(native)
            for said in (h, *spoken_readings(h)))
    if _KATAKANA.match(native):
        if native[0] in _NO_START:
            return False  # a cut inside a syllable (ッ, ン, ー and small kana end one)
        return same_western_word(native, word) or kana_reads_as(native, word)
    if is_hangul(native):
        # a DPRK name in Seoul's spelling (용악산) against the North's romanization
        # ("Ryongaksan"): the head-sound rule undone
        return same_word(native, word) or same_western_word(native, word) or any(
            same_word(north, word) for north in north_spellings(native)) or \
            _compound_reads(native, word)
    return False


def _compound_reads(native: str, word: str) -> bool:
    """One Latin word made of two English words is written by sound as the two words'
    renderings glued (오션게이트 "Oceangate": 오션 + 게이트); each half must read as its
    word, both halves of two letters or syllables at least."""
    if len(native) < 4 or len(word) < 6:
        return False
    return any(same_western_word(native[:i], word[:j]) and
               same_western_word(native[i:], word[j:])
               for i in range(2, len(native) - 1) for j in range(3, len(word) - 2))


_INITIAL_CLASS = {"j": "c", "g": "k", "b": "p", "d": "t", "r": "l"}


def kana_reads_as(kana: str, word: str) -> bool:
    """Is a katakana run a rendering of one Latin word of a Korean company's English name
    ("オソン" ~ "Osong")? A cheap test of the first letter first: the search is slow."""
    if len(word) < 3 or not word[0].isupper() or not word.isalpha():
        return False
    first = katakana_to_romaji(kana)[:1]
    if _INITIAL_CLASS.get(first, first) != _INITIAL_CLASS.get(word[0].lower(),
                                                              word[0].lower()):
        return False
    return any(same_katakana_name(h, kana) for h in _word_hangul(word))


@lru_cache(maxsize=4096)
def _word_hangul(word: str) -> tuple[str, ...]:
    return tuple(hangul_word_candidates(word))


def _align(tokens: tuple[str, ...], words: tuple[str, ...]) -> int:
    """How many English words are left when the tokens are accounted for in order, the
    fewest over the ways to read them; -1 when some token cannot be."""
    if not tokens:
        return len(words)
    token, rest = tokens[0], tokens[1:]
    best = -1
    if token in GENERIC:
        for alt in GENERIC[token]:
            if tuple(w.lower() for w in words[:len(alt)]) == alt:
                left = _align(rest, words[len(alt):])
                best = left if best < 0 or 0 <= left < best else best
        return best
    for cut in range(1, len(token) + 1):
        piece, remainder = token[:cut], token[cut:]
        for span in (1, 2):
            if len(words) < span or not all(w[0].isupper() or w.isdigit()
                                            for w in words[:span]):
                continue
            if reads_as(piece, " ".join(words[:span])):
                left = _align(((remainder,) if remainder else ()) + rest, words[span:])
                best = left if best < 0 or 0 <= left < best else best
                if best == 0:
                    return 0
    return best


@lru_cache(maxsize=65536)  # crosslink.py asks for every English name: remembered
def fit(native: str, english: str) -> Fit:
    """How a native organization name fits one English name (see the module's note)."""
    tokens = _tokens(native)
    words = english_words(english)
    if not tokens or not words or not any(t not in GENERIC for t in tokens):
        return Fit.NONE  # a name of generic words alone ("情報技術会社") names nothing
    if words[0].lower() == "korea":
        words = words[1:]
    tokens = [t for t in tokens if not (t in GENERIC and () in GENERIC[t] and t in (
        "朝鮮", "조선", "高麗", "고려"))] or tokens
    left = _align(tuple(tokens), tuple(words))
    telling = [t for t in tokens if GENERIC.get(t) != ((),)]  # the legal form says nothing
    if left == 0 and len(tokens) > 1 and (len(words) > 1 or len(telling) > 1):
        return Fit.WHOLE
    if left == 0:
        # one word read by sound ("볼가텍"; ナイキ, which sounds as "New York" too): a name
        # match, no more, however many English words it is read as
        return Fit.PARTIAL
    if not _proper_reads(tokens, words):
        return Fit.NONE
    present = {w.lower() for w in words}
    for token in tokens:
        alts = GENERIC.get(token)
        if alts and not any(set(alt) <= present for alt in alts):
            return Fit.CONTRADICTS  # the native name says a word the English one lacks
    return Fit.PARTIAL


def _proper_reads(tokens: list[str], words: list[str]) -> bool:
    """Does every proper run read as some English word(s) of the name, in any place?"""
    proper = [t for t in tokens if t not in GENERIC]
    return bool(proper) and all(
        any(_align((t,), tuple(words[i:])) >= 0 for i in range(len(words))) for t in proper)
