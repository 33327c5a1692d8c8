"""Foreign companies a Korean report writes by sound, with no Latin name in brackets.

A Chinese or Russian company that serves DPRK IT workers appears as Hangul words that render
its name by sound, closed by a company word also written by sound (테크놀로지, 트레이딩) or a
legal form (유한회사, 유한공사, 주식회사): "옌볜 X 네트워크 테크놀로지 유한회사", "X 네트워크
테크놀로지", or glued into one word with its city in front ("선양X네트워크테크놀로지").

The name runs back from the closing word while each word is written by sound, a place or a
generic company word (네트워크, 무역, 중국); the first word may also be a proper noun (a word
the analyzer reads as nouns, none a dictionary word). A run needs a word of its own beside
places and generic words: "중국 네트워크 테크놀로지" names no company. A glued word needs a
generic word or a city before its closing word ("바이오테크놀로지" is a common word).

With no closing word, where a company is said to be (러시아 소재 X, 러시아에 본사를 둔 'X')
opens a name of words all written by sound (볼라시스 실버스타): 소재 "located in" is said of
bodies, not of persons.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.lang.common import DocBuilder, Found, make_id
from extract.lang.ko_persons import strip_particle
from extract.lang.org_words import cut_at_known
from extract.lang.orgnames import KO_CITIES as _CITIES
from extract.lang.orgnames import KO_GENERIC
from extract.lang.romanize import romanize_text
from extract.lang.western_names import transliterated

Tokens = list[tuple[int, int, str, str]]

# the words that close a company's name written by sound, with their English
_CLOSERS = {"테크놀로지": "Technology", "테크놀리지": "Technology", "테크롤로지": "Technology",
            "테크놀러지": "Technology", "트레이딩": "Trading", "유한회사": "Co., Ltd.",
            "유한공사": "Co., Ltd.", "주식회사": "Co., Ltd.", "인터내셔널": "International",
            "홀딩스": "Holdings", "엔터프라이즈": "Enterprise", "쉬핑": "Shipping",
            "쉽핑": "Shipping", "파트너스": "Partners", "매니지먼트": "Management",
            # a Russian or Chinese limited-liability company's legal form, in Hangul or
            # Latin letters (볼가스타 유한책임회사, X 엘엘씨, X LLC), and more closing words
            "유한책임회사": "LLC", "엘엘씨": "LLC", "엘엘시": "LLC", "LLC": "LLC",
            "솔루션즈": "Solutions", "시스템즈": "Systems"}
# generic words inside such a name besides the closers (the DPRK table's, and these)
GENERIC = {**KO_GENERIC, "네트워크": "Network", "네트웍스": "Networks", "소프트웨어": "Software",
           "시스템": "Systems", "시스템즈": "Systems", "솔루션": "Solutions",
           "솔루션스": "Solutions", "무역": "Trade", "차이나": "China", "코리아": "Korea",
           "재팬": "Japan", "아시아": "Asia", "글로벌": "Global", "서비스": "Services",
           "테크": "Tech", **_CLOSERS}
_LEGAL_FORMS = ("유한책임회사", "유한회사", "유한공사", "주식회사", "엘엘씨", "엘엘시", "LLC")
_CLOSING = "|".join(sorted(_CLOSERS, key=len, reverse=True))
# up to five words before the closing word, which ends the word (a particle may follow)
# (a quote may open the name: 러시아 회사인 '타이가 트레이딩')
_RUN = re.compile(r"(?<![가-힣A-Za-z])[‘'\"“]?((?:[가-힣]+\s){0,5})([가-힣]*?(?:" + _CLOSING + r"))"
                  r"(?=[^가-힣]|$|은|는|이|가|을|를|의|와|과|도|에|로|으로)")


def add_sound_companies(builder: DocBuilder, places: dict[str, str],
                        common_noun: Callable[[str], bool], tokens: Tokens) -> None:
    """`places`: Korean place names (선양, 옌볜); `common_noun(word)`: a dictionary noun;
    `tokens`: the analyzer's tokens of the document."""
    text = builder.text
    for match in _RUN.finditer(text):
        last = match.group(2)
        words = [(w.start(), w.group(0)) for w in re.finditer(r"\S+", match.group(1))]
        kept: list[str] = []
        for index in range(len(words) - 1, -1, -1):
            offset, word = words[index]
            if strip_particle(word) != word and word not in GENERIC and word not in places:
                break  # a word with a particle (선양의, 소재의) is no part of the name
            if word in GENERIC or word in places:
                kept.insert(0, word)
                continue
            nouns = _nouns_only(word, match.start(1) + offset, tokens)
            if nouns and transliterated(word):
                kept.insert(0, word)  # (a pronoun with its particle, 그는, is no such word)
                continue
            if nouns and not common_noun(word):
                kept.insert(0, word)
                if index and is_place(words[index - 1][1], places):
                    kept.insert(0, words[index - 1][1])  # its city before it (선양 X 네트워크)
            break  # a proper noun opens the name; any other word is outside it
        name_words = [*kept, last]
        surface = " ".join(name_words)
        start = match.end(2) - len(surface)
        if not _names_a_company(name_words, places, common_noun):
            continue
        if text[start:match.end(2)] != surface:
            continue
        end = match.end(2)
        if re.match(r"\s*[(（]\s*[A-Za-z]", text[end:]) or any(
                f.start < end and start < f.end for f in builder.found
                if f.type != "Country"):
            continue  # a Latin name in brackets, or a name already read (ko_orgs.py)
        states = {f.text for f in builder.found if f.type == "Country" and start <= f.start
                  and f.end <= end}
        own = [w for w in name_words if w not in GENERIC and w not in places]
        if own and all(w in states for w in own):
            continue  # 러시아 유한책임회사, 일본 트레이딩: a company of that state, no name
        english = english_of(name_words, places)
        for inner in [f for f in builder.found if start <= f.start and f.end <= end]:
            builder.withdraw(inner)  # 중국 inside 랴오닝 중국 무역 유한회사: part of the name
        builder.add(Found(start, match.end(2), surface, "Organization",
                          make_id("Organization", english), english, aliases=(surface,),
                          properties={"kind": "company"}, confidence=0.75))


# where a body is (러시아 소재, 중국에 본사를 둔), then the name, perhaps quoted
_SEATED = re.compile(r"(?:(?<![가-힣])소재|에\s*본사를\s*둔|에\s*위치한)\s+[‘'\"“]?"
                     r"((?:[가-힣]+\s){0,3}[가-힣]+)")


def add_seated_companies(builder: DocBuilder, common_noun: Callable[[str], bool],
                         tokens: Tokens) -> None:
    """A name written by sound right after where a body is (see above), closed by a
    particle or a quote; a loanword of the dictionary (스타트업) or one that only qualifies
    the noun after it (클라우드 업체) is none."""
    text = builder.text
    for match in _SEATED.finditer(text):
        words: list[str] = []
        closed = False
        for word in match.group(1).split():
            stem = strip_particle(word)
            if not transliterated(stem) or len(stem) < 2:
                break
            words.append(stem)
            if stem != word:
                closed = True
                break  # 실버스타의: the particle closes the name
        start = match.start(1)
        surface = " ".join(words)
        end = start + len(surface)
        closed = closed or bool(re.match(r"[’'\"”,.]", text[end:end + 1]))
        if not words or not closed or text[start:end] != surface or \
                all(common_noun(w) for w in words) or \
                not _nouns_only(words[0], start, tokens) or \
                any(f.start < end and start < f.end for f in builder.found):
            continue
        english = " ".join(romanize_text(w).title() for w in words)
        builder.add(Found(start, end, surface, "Organization", make_id("Organization", english),
                          english, aliases=(surface,), properties={"kind": "company"},
                          confidence=0.7))


def _nouns_only(word: str, at: int, tokens: Tokens) -> bool:
    inside = [tag for s, e, _f, tag in tokens if at <= s and e <= at + len(word)]
    return len(word) >= 2 and bool(inside) and all(t.startswith("NN") for t in inside)


def _parts(word: str, places: dict[str, str]) -> list[str]:
    """A glued word cut into places, generic words and the rest (선양|X|네트워크|테크놀로지)."""
    return cut_at_known(word, sorted({*GENERIC, *places}, key=len, reverse=True))


def _names_a_company(words: list[str], places: dict[str, str],
                     common_noun: Callable[[str], bool]) -> bool:
    if len(words) == 1:
        parts = _parts(words[0], places)
        own = [p for p in parts if p not in GENERIC and p not in places]
        return len(parts) >= 3 and len(own) == 1 and len(own[0]) >= 2 and \
            not common_noun(words[0]) and parts[-1] in _CLOSERS
    own = [w for w in words if w not in GENERIC and w not in places]
    if not own:
        # a province, a state and generic words under a legal form (랴오닝 중국 무역
        # 유한회사): a name; fewer words (중국 무역 유한회사) describe a company
        return len(words) >= 4 and words[0] in places and words[-1] in _LEGAL_FORMS
    return not any(common_noun(w) for w in own)


def is_place(word: str, places: dict[str, str]) -> bool:
    """A place of the gazetteer or a city such names open with (옌볜, 선양)."""
    return word in places or word in _CITIES


def spaced(word: str, places: dict[str, str]) -> str:
    """A glued name with a space after each place and generic word (옌볜실버스타 ->
    옌볜 실버스타), as an alias the cross-language step can read word by word."""
    return " ".join(cut_at_known(word, sorted({*GENERIC, *places, *_CITIES}, key=len,
                                              reverse=True)))


def english_of(words: list[str], places: dict[str, str]) -> str:
    out = []
    for word in words:
        for part in _parts(word, {**places, **dict.fromkeys(_CITIES, "")}):
            out.append(_CITIES.get(part) or GENERIC.get(part) or romanize_text(part).title())
    return " ".join(out)
