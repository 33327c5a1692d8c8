"""Company and unit names in Hangul and kanji: where they end, and how they read in English.

A DPRK company name is a proper part and generic words: 조선 + 금정 + 경제정보기술 + 교류사
is "Korea Kumjong Economic Information Technology Exchange Co.". Generic words translate
from this table, the proper part is romanized (extract/lang/romanize.py), so the English
name the US and ROK publish comes out whenever the Korean name is built the same way.
"""

from __future__ import annotations

import re

from extract.lang.romanize import romanize_text
from graph.search_keys import romanization_key

# generic words of DPRK and Korean company names, longest first when matched
KO_GENERIC: dict[str, str] = {
    "조선": "Korea", "정보기술": "Information Technology", "컴퓨터기술": "Computer Technology",
    "경제": "Economic", "기술": "Technology", "개발": "Development", "협조": "Cooperation",
    "협력": "Cooperation", "교류": "Exchange", "무역": "Trading", "해운": "Shipping",
    "합영": "Joint Venture", "선박": "Shipping",
    "총회사": "General Corporation", "회사": "Company", "교류사": "Exchange Co.",
    "무역회사": "Trading Company", "무역총회사": "Trading General Corporation",
    "상사": "Trading Co.", "은행": "Bank", "신용은행": "Credit Bank", "부동산": "Real Estate",
    "네트워크": "Network", "대학": "University", "연구소": "Research Center", "산업": "Industry",
    "중국": "China", "국제": "International", "대외": "Foreign", "유한회사": "LLC",
    "정보": "Information", "통신": "Communications", "과학": "Science",
    "유한공사": "Co., Ltd.", "고려": "Korea", "제일": "First", "학원": "Academy",
    # a bureau of the DPRK state or army (313총국); the legal form of a Chinese or Russian
    # limited-liability company (有限责任公司, ООО), written as one word
    "총국": "General Bureau", "유한책임회사": "LLC", "과기": "Technology",
}
# the cities a Chinese, Russian or DPRK company's name opens with, as the English releases
# spell them: romanized by the Korean rules they would read 'Sonyang', 'Phyongyang'
KO_CITIES = {"선양": "Shenyang", "심양": "Shenyang", "단둥": "Dandong", "단동": "Dandong",
             "옌볜": "Yanbian", "옌벤": "Yanbian", "연변": "Yanbian", "옌지": "Yanji",
             "연길": "Yanji", "랴오닝": "Liaoning", "요녕": "Liaoning", "지린": "Jilin",
             "길림": "Jilin", "다롄": "Dalian", "대련": "Dalian", "블라디보스토크": "Vladivostok",
             "훈춘": "Hunchun", "창춘": "Changchun", "장춘": "Changchun", "베이징": "Beijing",
             "상하이": "Shanghai", "홍콩": "Hong Kong", "평양": "Pyongyang"}
# how a Korean organization name ends (the generic head of the compound)
KO_ORG_HEADS = ("무역총회사", "합영회사", "유한책임회사", "유한회사", "유한공사", "무역회사",
                "해운회사", "협조회사", "교류사", "총회사", "회사", "총국", "신용은행", "은행",
                "연구소", "연구센터", "대학", "학원", "상사", "그룹", "해운", "공사")
JA_ORG_HEADS = ("株式会社", "有限会社", "貿易会社", "総会社", "交流社", "会社", "公司", "銀行",
                "研究所", "グループ", "商社", "物産", "海運")
# (?<![A-Za-z]) rather than \b: a kana or Hangul letter before the name is a word character;
# the legal form may be two ("Co., Ltd.", "Company Limited"): the name takes both
_LATIN_ORG = re.compile(
    r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9&'’\-]*(?:\s+[A-Z][A-Za-z0-9&'’\-]*)*\s+"
    r"(?:LLC|Ltd\.?|Limited|Co\.|Company|Corporation|Corp\.?|Inc\.|Group|Bank)"
    r"(?:,?\s*(?:Ltd\.?|Limited|LLC|Inc\.?)(?![A-Za-z]))?(?![A-Za-z])")
# a run of Latin words with lower-case letters inside Japanese or Korean text is a name of
# its own (DMM Bitcoin, Upbit, Mandiant): all-capital short words (IT, AI) are not
_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9(（])(?:[A-Z][A-Z0-9]+\s)?[A-Z][A-Za-z0-9]*[a-z]"
                         r"[A-Za-z0-9]*(?:\s[A-Z][A-Za-z0-9]+)*(?![A-Za-z0-9)）])")


def latin_org_names(text: str) -> list[re.Match[str]]:
    return list(_LATIN_ORG.finditer(text))


def latin_names(text: str) -> list[re.Match[str]]:
    return list(_LATIN_NAME.finditer(text))


def english_org_name(hangul: str) -> str:
    """'조선금정경제정보기술교류사' -> 'Korea Kumjong Economic Information Technology Exchange
    Co.'; the proper part (what the table does not know) is romanized."""
    words: list[str] = []
    proper = ""
    rest = hangul.replace(" ", "")
    city = _leading_city(rest)
    if city:
        words.append(KO_CITIES[city])  # 선양X무역유한공사: "Shenyang X Trading Co., Ltd."
        rest = rest[len(city):]
    keys = sorted(KO_GENERIC, key=len, reverse=True)
    while rest:
        generic = next((k for k in keys if rest.startswith(k)), None)
        if generic is not None and (generic != "조선" or not words):
            if proper:
                words.append(romanize_text(proper))
                proper = ""
            words.append(KO_GENERIC[generic])
            rest = rest[len(generic):]
        else:
            proper += rest[0]
            rest = rest[1:]
    if proper:
        words.append(romanize_text(proper))
    return " ".join(words)


def _leading_city(name: str) -> str:
    """The city a name opens with when a name of its own follows (선양 of 선양X무역유한공사;
    none in 선양무역회사, whose only proper word is the city)."""
    city = next((c for c in KO_CITIES if name.startswith(c)), "")
    rest = name[len(city):]
    keys = sorted(KO_GENERIC, key=len, reverse=True)
    if not city or not rest or next((k for k in keys if rest.startswith(k)), None):
        return ""
    return city


def proper_part(hangul: str) -> str:
    """The part of a Korean company name that is a name (금정 in 조선금정경제정보기술교류사)."""
    keys = sorted(KO_GENERIC, key=len, reverse=True)
    rest, out = hangul.replace(" ", ""), ""
    rest = rest[len(_leading_city(rest)):]  # the city is where it is, not its name
    while rest:
        generic = next((k for k in keys if rest.startswith(k)), None)
        if generic is not None:
            if out:
                return out
            rest = rest[len(generic):]
        else:
            out += rest[0]
            rest = rest[1:]
    return out


# words a translation adds, drops or swaps without naming another company: the legal form
# (회사 is "Company" in one release and "Corporation" in the next), "Korea" for 조선
_LEGAL_FORMS = frozenset({"company", "co", "corporation", "corp", "limited", "ltd", "inc",
                          "incorporated", "llc"})
_WORD_FOLDS = {"trading": "trade", "centre": "center", "banking": "bank"}


def org_key(name: str) -> str:
    """A company name with its legal form, punctuation and romanization folded: "Korea
    Osong Shipping Co.", "Korea Osong Shipping Company" and "Osong Shipping Corp." are one
    name spelled three ways; so are "Songgwang" and "Songkwang" (k~g)."""
    words = re.sub(r"[^a-z0-9 ]+", " ", name.lower()).split()
    words = [_WORD_FOLDS.get(w, w) for w in words if w not in _LEGAL_FORMS]
    if len(words) > 2 and words[0] == "korea":
        words = words[1:]
    return " ".join(romanization_key(w) or w for w in words)
