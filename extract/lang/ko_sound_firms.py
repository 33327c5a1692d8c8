"""Foreign companies written by sound that no closing word marks (ko_sound_companies.py
reads the names a company word such as 테크놀로지 closes): what the sentence calls them tells.

- A firm or a site named right after the word for it: 보안 업체 X와, 거래소 X에서. The name is
  the words written by sound after that word, closed by a particle or a quote; every one
  must be unknown to the dictionary (업체 클라우드 서비스를 says what the firm sells, 회사
  이메일을 whose mail it is) and no generic company word may be among them.
- A name quoted and called a site or a firm: 'X'라는 웹사이트, 'X'이라는 회사 ("a website
  called X"); one word of it at least is unknown to the dictionary.
- A country's English name written by sound, then a word by sound (차이나 X, 코리아 X):
  Korean writes the country itself 중국, 한국; the English word by sound is part of a name
  (a person's reading, 차 + 이나, is none). A dictionary word after it is a phrase (코리아
  디스카운트, 차이나 리스크).
- A sister firm: a report naming a company by sound (X 실버스타 네트워크 테크놀로지) may name
  another sharing its proper word by that word and one more word by sound before it (Y
  실버스타), or by the word glued to a place (선양실버스타). The shared word (three
  syllables at least, written by sound) is what ties them; a place glued to it that opens the
  first company's name too is that company named short.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.lang.common import DocBuilder, Found, make_id
from extract.lang.ko_persons import strip_particle
from extract.lang.ko_sound_companies import GENERIC, english_of, is_place, spaced
from extract.lang.western_names import transliterated

# what a firm, a site or a platform is called; the name follows it
_KIND = r"(?:업체|기업|회사|거래소|플랫폼|웹사이트|사이트|법인)"
# (or the word for it with the copula, "a firm that is": 업체인 X; not 기업인, a businessman)
_AFTER_KIND = re.compile(rf"(?<![가-힣])(?:{_KIND}|(?:업체|회사|거래소|플랫폼|사이트)인)\s+"
                         r"[‘'\"“]?((?:[가-힣]+\s){0,3}[가-힣]+)")
_CALLED = re.compile(r"[‘'\"“]([가-힣]+(?:\s[가-힣]+){0,3})[’'\"”]\s*(?:이)?라는\s*"
                     rf"(?:이름의\s*)?{_KIND}")
_SOUND_STATE = re.compile(r"(?<![가-힣])(차이나|코리아|재팬|아시아)\s([가-힣]+)")
_CLOSE = re.compile(r"[’'\"”,.]")
SOUND_FIRM = 0.7  # a name read from its sound and a word beside it, as ko_sound_companies


def add_sound_firms(builder: DocBuilder, places: dict[str, str],
                    dictionary_noun: Callable[[str], bool]) -> None:
    """`places`: Korean place names; `dictionary_noun(word)`: a noun the analyzer knows."""
    _add_sisters(builder, places, dictionary_noun)
    text = builder.text
    for match in _AFTER_KIND.finditer(text):
        words: list[str] = []
        closed = False
        for word in match.group(1).split():
            stem = strip_particle(word)
            if not words and stem == word and is_place(stem, places):
                words.append(stem)  # the city the name opens with (옌볜 X)
                continue
            if not transliterated(stem) or len(stem) < 2 or stem in GENERIC or \
                    dictionary_noun(stem):
                break
            words.append(stem)
            if stem != word:
                closed = True
                break  # 맨디언트와: the particle closes the name
        end = match.start(1) + len(" ".join(words))
        if words and not is_place(words[-1], places) and (closed or _CLOSE.match(text, end)):
            _add(builder, match.start(1), words, places)
    for match in _SOUND_STATE.finditer(text):
        word = match.group(2)
        stem = strip_particle(word)
        if _sound_word(stem, dictionary_noun) and len(stem) >= 2 and stem not in GENERIC and \
                (stem != word or _CLOSE.match(text, match.end())):
            _add(builder, match.start(), [match.group(1), stem], places)
    for match in _CALLED.finditer(text):
        words = match.group(1).split()
        if all(transliterated(w) for w in words) and \
                not all(dictionary_noun(w) for w in words):
            _add(builder, match.start(1), words, places)


def _sound_word(word: str, dictionary_noun: Callable[[str], bool]) -> bool:
    return transliterated(word) and not dictionary_noun(word)


def _add(builder: DocBuilder, start: int, words: list[str], places: dict[str, str],
         entity: Found | None = None, english: str = "") -> None:
    surface = " ".join(words)
    end = start + len(surface)
    if builder.text[start:end] != surface or any(
            f.start < end and start < f.end for f in builder.found):
        return  # a name another reader has read (a person, a known actor)
    if entity is not None:
        builder.add(Found(start, end, surface, "Organization", entity.id, entity.name,
                          properties=dict(entity.properties), confidence=SOUND_FIRM))
        return
    english = english or english_of(words, places)
    aliases = tuple(dict.fromkeys((surface, *(spaced(w, places) for w in words[:1]
                                              if len(words) == 1))))
    builder.add(Found(start, end, surface, "Organization", make_id("Organization", english),
                      english, aliases=aliases, properties={"kind": "company"},
                      confidence=SOUND_FIRM))


def _add_sisters(builder: DocBuilder, places: dict[str, str],
                 dictionary_noun: Callable[[str], bool]) -> None:
    text = builder.text
    for company in [f for f in builder.found if f.type == "Organization"]:
        words = company.text.split()
        for shared in {w for w in words[1:] if len(w) >= 3 and transliterated(w) and
                       w not in GENERIC and not is_place(w, places) and
                       not dictionary_noun(w)}:
            before_shared = words[words.index(shared) - 1]
            for match in re.finditer(rf"(?<![가-힣])([가-힣]+?)(\s?){shared}([가-힣]*)", text):
                before, spaced, rest = match.group(1), match.group(2), match.group(3)
                end = match.end() - len(rest)
                if rest and strip_particle(shared + rest) != shared:
                    continue  # the word runs on (실버스타즈): no name ends here
                if not spaced:
                    # 선양실버스타: the same firm if its name opens with that place;
                    # 볼라시스실버스타: a sister written as one word
                    if is_place(before, places):
                        same = english_of([words[0]], places) == english_of([before], places)
                        _add(builder, match.start(), [text[match.start():end]], places,
                             company if same else None)
                    elif _sound_word(before, dictionary_noun) and len(before) >= 2:
                        _add(builder, match.start(), [text[match.start():end]], places,
                             english=english_of([before, shared], places))
                    continue
                if before == before_shared or is_place(before, places) or \
                        not (_sound_word(before, dictionary_noun) or before in GENERIC):
                    continue  # the company itself named short, or no sound word before
                _add(builder, match.start(), [before, shared], places)
