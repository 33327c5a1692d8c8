"""Korean persons' names in running text and in lists.

Kiwi (kiwipiepy) tags proper nouns (NNP); on Kiwi's word alone a person's name is a proper
noun of three syllables that starts with a family name. Constructions name two- and four-
syllable names too: a list of such names (박흥룡, 윤정식, 리일진), an inline list item (△A),
"A 등 N명", the object of a designation, a role word beside the name (단장 A), and a name
followed by its romanization in brackets (박흥룡(Pak Hung Ryong)), which then becomes its
English name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.lang.common import DocBuilder, Found, make_id
from extract.lang.ko_evidence import (
    AGED,
    COMPLEMENT_SEPARATOR,
    COUNTED,
    DESIGNATED_COMPLEMENT,
    DESIGNATED_OBJECT,
    HONORED,
    INLINE_ITEM,
    LABELLED_ITEM,
    NAME_SUFFIXES,
    NATIONAL,
    PERSONS_LABELLED,
    bracketed_english,
    function_word,
    has_verb,
    misread_name,
)
from extract.lang.ko_orgs import company_short_names, stationed_at
from extract.lang.native import NativeGazetteer
from extract.lang.romanize import SURNAMES, canonical, is_hangul, same_person_name, split_name
from extract.lang.western_names import transliterated

Tokens = list[tuple[int, int, str, str]]

# two states in one word (한미 "ROK-US", 북중 "DPRK-China"): never a person's name
_PAIR_WORDS = frozenset({"한미", "한일", "미일", "북미", "남북", "북중", "북러", "한중", "한러",
                         "미중", "한미일", "한미간", "남북한"})
# (the copula, past tense too: 리명수였다 "… was 리명수", a cleft's complement)
# the broadcast copula (입니다, 이었습니다) closes a name as 이다 does in print
_PARTICLES = ("이었습니다", "였습니다", "입니다",
              "이었다", "이었으며", "였다", "였으며", "이다", "이며", "이고", "으로부터", "에게서",
              "으로서", "에서는", "이라는", "에서",
              "에게", "으로", "까지",
              "부터", "처럼", "이며", "이고", "라는", "과의", "와의", "은", "는", "이", "가", "을",
              "를", "과", "와", "의", "도", "에", "로", "랑")  # not 만/나: names end in them
_HANGUL_RUN = re.compile(r"[가-힣0-9]+")
# role words beside a person's name (단장 신정호 / 신정호 단장)
_ROLE = "단장|대표|총책임자|책임자|사장|소장|부장|국장|위원장|대사|장관|차관|대변인|팀장|조직원"
# (each read apart: in "지부 책임자 A" the role after 지부 must not take the role word from
# the name after it)
# (the defendant's role before the name only, 피고인 A: after a word, 모든 피고인, it is
# no name's)
_NAME_AFTER_ROLE = re.compile(rf"(?:(?:{_ROLE})(?:인|이자|으?로\s*일하는)?|(?<![가-힣])피고인?)"
                              rf"\s+([가-힣]{{2,4}})(?![가-힣])")
# (a whole word: 개발협조회사의 총책임자 holds no 조회사)
_NAME_BEFORE_ROLE = re.compile(rf"(?<![가-힣])([가-힣]{{2,4}})\s+(?:{_ROLE})(?![가-힣])")
# a list of two or more names: 박흥룡, 윤정식, 리일진 / 박진혁·조명래 / A, B 그리고 C / A 및 B
_NAME_SEPARATOR = r"\s*[,·ㆍ、]\s*(?:(?:및|그리고)\s+)?|\s+(?:및|그리고)\s+"
_NAME_LIST = re.compile(rf"(?<![가-힣0-9])[가-힣]{{2,4}}"
                        rf"(?:(?:{_NAME_SEPARATOR})[가-힣]{{2,4}}){{1,}}")


# one capitalized Latin word in brackets after a word: how the document spells a place or a
# firm (조지아(Georgia)); a person's romanization has a family and a given name
_ONE_LATIN_WORD = re.compile(r"\s*[(（]\s*[A-Z][a-z]{2,}\s*[)）]")


def strip_particle(word: str) -> str:
    for particle in _PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 2:
            return word[: -len(particle)]
    return word


# court papers a report names like persons (기소장 "the indictment": 기 is a family name)
_COURT_PAPERS = frozenset({"기소장", "공소장", "고소장", "고발장", "영장", "판결문", "진술서"})


# the last syllable of a body, a place or a people that Kiwi reads as a three-syllable
# proper noun opening with a family name (성남시 a city, 노동당 a party, 조직망 a network,
# 경찰청 an agency, 조선족 the Korean Chinese): a given name hardly ends so; a list,
# brackets or a role still make it a name
_BODY_ENDS = frozenset("시당망청족")


# 출신 after a word makes it where someone comes from (a city, a school, a state: X 출신의
# 재일교포 A), never a person's name, whatever family name it opens with
_ORIGIN = re.compile(r"\s*출신(?![가-힣])|\s*출신(?:의|인|으로)")
# a court, a prosecutors' or a police office after a word makes it the place the office sits
# in (X 연방법원, X 지방검찰청), never a person's name
_SEAT = re.compile(r"\s*(?:연방\s*)?(?:지방\s*|항소\s*)?(?:법원|지법|검찰청|지검|경찰청|경찰서)")


# family names as the DPRK writes them, keeping an initial ㄹ the South drops (라 for 나,
# 렴 for 염, 륙 for 육): a DPRK name list writes 라성길 where a Seoul paper would write 나성길
_NORTH_SURNAMES = frozenset("라렴륙")


def looks_like_name(word: str) -> bool:
    # a word written by sound (채프먼: 프) is a foreign name, never a Korean one
    return 2 <= len(word) <= 4 and is_hangul(word) and \
        (word[0] in SURNAMES or word[0] in _NORTH_SURNAMES) and \
        not transliterated(word) and word not in _COURT_PAPERS


# the particles whose syllable also ends given names (a given name in 이, 가, 은, 도 or 의)
_NAME_FINAL = frozenset("이가은도의")


def _listed_names(words: list[str], starts: list[int], tokens: Tokens) -> list[str]:
    """The items of a comma list of names without their particles. Only the last item
    carries its clause's particle (A, B, C를); an earlier item of three syllables ending in
    a syllable that ends names as well as being a particle is a whole name (a family name
    and a given name in 도, not a two-syllable name and 도 "also"), unless the analyzer
    reads a particle there in context (기업이, 전기도: a word it knows and its particle)."""
    names = [strip_particle(word) for word in words]
    for index, (word, start) in enumerate(zip(words[:-1], starts, strict=False)):
        if len(word) == 3 and word[-1] in _NAME_FINAL and not any(
                s == start + 2 and tag.startswith("J") for s, _, _, tag in tokens
                if start <= s <= start + 2):
            names[index] = word
    return names


def _compound_noun(word: str, dictionary_noun: Callable[[str], bool]) -> bool:
    """Four syllables, a one-syllable family name, and two halves Kiwi knows as common nouns:
    a compound (신원도용 "identity theft", 금융상품 "financial product" in a list of
    charges), not a name."""
    return len(word) == 4 and split_name(word)[0] == word[0] and \
        dictionary_noun(word[:2]) and dictionary_noun(word[2:])


def _withheld(word: str) -> bool:
    """A family name and 모 ("so-and-so": 설모(53)씨, 김모 씨 등 3명), or a word ending in
    씨 ("Mr/Ms": 남궁씨에게, 피고인 이씨는): news withholds the name, and a family name is no
    one's name (two reports' 김모 are strangers)."""
    return word.endswith("씨") or (len(word) == 2 and word[1] == "모" and word[0] in SURNAMES)


def _descent(word: str, native: NativeGazetteer) -> bool:
    """A state's name with 계 ("of … descent") or 인 ("a national of"): 한국계 미국인 is
    a Korean-American, not a person named 한국계."""
    entry = native.surfaces["ko"].get(word[:-1])
    return word[-1] in "계인" and entry is not None and entry.type == "Country"


def add_persons(builder: DocBuilder, tokens_of: Callable[[str], Tokens],
                native: NativeGazetteer, dictionary_noun: Callable[[str], bool]) -> None:
    text = builder.text
    candidates: dict[int, tuple[int, str, float]] = {}
    listed: set[int] = set()
    tokens = tokens_of(text)
    # a word Kiwi reads as a common noun or a verb where the candidate starts is not
    # a name (주재 "stationed", 지정 "designation"); unknown names come out as NNP or split
    common = {(s, form) for s, _, form, tag in tokens
              if tag.startswith(("NNG", "VV", "VA", "XR", "MAG", "NNB"))}
    for start, _end, form, tag in tokens:
        if tag != "NNP" or (start and is_hangul(text[start - 1])):
            continue  # (a token inside a word: 개발협 + 조회사 is no 조 회사 of its own)
        # Kiwi may cut an unknown name short (김철 + 민): take the whole word
        run = _HANGUL_RUN.match(text, start)
        word = run.group(0) if run else form
        if not text.startswith(("(", "（"), start + len(word)):
            word = strip_particle(word)  # 최노을(…): the bracket follows the name itself
        name = word if looks_like_name(word) else form
        if word[len(name):] not in NAME_SUFFIXES or not word.startswith(name):
            continue  # the start of a longer word (심양 + 부대표): not a name of its own
        # on Kiwi's word alone, a name has three syllables (family name + two); a two-
        # or four-syllable proper noun needs more (a list of names, a role, brackets)
        if looks_like_name(name) and len(name) == 3 and name not in _PAIR_WORDS:
            candidates[start] = (start + len(name), name, 0.8)
    for match in _NAME_LIST.finditer(text):
        if not re.search(r"[,·ㆍ、]", match.group(0)):
            continue  # "A 및 B" alone joins common nouns as often (기관 및 개인)
        words = re.split(_NAME_SEPARATOR, match.group(0))
        position = match.start()
        starts = []
        for word in words:
            starts.append(text.index(word, position))
            position = starts[-1] + len(word)
        names = _listed_names(words, starts, tokens)
        # the list's names up to an item that is a demonym (A, B, 그리고 미국인 C: the
        # demonym opens the next item, a foreigner's), when two or more remain
        good = 0
        while good < len(names) and looks_like_name(names[good]) and \
                names[good] not in native.places["ko"] and \
                not _compound_noun(names[good], dictionary_noun):
            good += 1
        if good < len(names) and (good < 2 or not _descent(names[good], native)):
            continue
        starts, names = starts[:good], names[:good]
        if any(has_verb(tokens, at, at + len(name))
               for at, name in zip(starts, names, strict=True)):
            continue  # a verb or pronoun in an item: clauses (고용하거나, 이들), no names
        if 2 * sum((at, name) in common for at, name in zip(starts, names, strict=True)) \
                > len(names):
            continue  # mostly words Kiwi reads as common nouns: 조직, 정부 및 기관
        for start, name in zip(starts, names, strict=True):
            if looks_like_name(name):
                # a list of names outranks Kiwi's reading of one of them (송림 "pine
                # wood" is a common noun too)
                candidates[start] = (start + len(name), name, 0.85)
                listed.add(start)
    for pattern in (INLINE_ITEM, LABELLED_ITEM, COUNTED, DESIGNATED_OBJECT, AGED,
                    NATIONAL, HONORED):
        # an inline list item (△김철웅), a list line's label (② A:), "A 등 N명", the
        # object of a designation, A(41), A(1985년생), 북한 국적의 A, A 씨: the construction
        # names A
        for match in pattern.finditer(text):
            name = match.group(1)  # the item ends at a mark or a bracket: no particle
            if match.start(1) in listed and \
                    candidates[match.start(1)][1].startswith(name):
                continue  # the list took the whole item (국적자 A도, B: 도 ends A's name)
            if len(name) == 4 and split_name(name)[0] == name[0]:
                continue  # four syllables and a one-syllable family name: a body (육해운성)
            if dictionary_noun(name) or (pattern is NATIONAL and name[-1] in _BODY_ENDS):
                continue  # a common noun, a people (출신 조선족 남성 A) in the name's place
            at, end = match.start(1), match.start(1) + len(name)
            if not looks_like_name(name) or (
                    pattern is NATIONAL and function_word(tokens_of(name), name)):
                continue  # 국적자 모두를, 하나를: a quantifier or a numeral, no name
            if not has_verb(tokens, at, end) or (pattern is NATIONAL and
                                                 misread_name(tokens, at, end)):
                # after a citizenship, a name the analyzer read as a verb form, when a
                # case particle closes it (국적자 X를): the apposition names a person
                candidates[at] = (end, name, 0.85)
                listed.add(at)
    for match in [*DESIGNATED_COMPLEMENT.finditer(text), *PERSONS_LABELLED.finditer(text)]:
        # the names a designation cleft equates its topic with, or a label says are
        # persons' (개인: A, B): each a name, or none is
        at = match.start(1)
        items = []
        for part in COMPLEMENT_SEPARATOR.split(match.group(1)):
            at = text.index(part, at)
            items.append((at, part))
            at += len(part)
        if all(looks_like_name(n) and not dictionary_noun(n) and
               not has_verb(tokens, a, a + len(n)) for a, n in items):
            for a, n in items:
                candidates[a] = (a + len(n), n, 0.85)
                listed.add(a)
    for match in _HANGUL_RUN.finditer(text):
        # a name followed by its romanization in brackets, whatever Kiwi reads
        name = match.group(0)  # a particle never stands before the bracket
        latin = bracketed_english(text, match.end())
        if looks_like_name(name) and latin and same_person_name(name, latin):
            candidates[match.start()] = (match.start() + len(name), name, 0.95)
            listed.add(match.start())
    for match in [*_NAME_AFTER_ROLE.finditer(text), *_NAME_BEFORE_ROLE.finditer(text)]:
        name = strip_particle(match.group(1))
        if looks_like_name(name):
            candidates.setdefault(match.start(1), (match.start(1) + len(name), name, 0.8))
    places = native.places["ko"]
    # 주선양 "stationed in Shenyang"; 소백수 alone for 소백수무역회사: no person
    not_names = company_short_names(builder)
    for start, (end, name, confidence) in sorted(candidates.items()):
        if name in native.surfaces["ko"] or name in places or name in _PAIR_WORDS or (
                (start, name) in common and start not in listed) or name in not_names or \
                stationed_at(name, places, set(native.surfaces["ko"])) or \
                _descent(name, native) or (start not in listed and name[-1] in _BODY_ENDS):
            continue
        if _ONE_LATIN_WORD.match(text, end) or _ORIGIN.match(text, end) or \
                _SEAT.match(text, end) or _withheld(name):
            continue  # 조지아(Georgia): a place or firm; X 출신, X 연방법원; 김모, 김씨
        latin = bracketed_english(text, end)
        bracket = latin and same_person_name(name, latin)
        english = latin if bracket else canonical(name)  # the document spells it for us
        entity_id = make_id("Person", english)
        builder.add(Found(start, end, name, "Person", entity_id, english,
                          aliases=(name,), confidence=0.95 if bracket else confidence))
        if bracket:  # the romanization in brackets is a mention of the same person
            at = text.find(latin, end)
            builder.add(Found(at, at + len(latin), latin, "Person", entity_id, english,
                              confidence=0.95))


# a news byline: the reporter's name, their title and "=" before the story or an e-mail
# after it ((서울=연합뉴스) 김철수 기자 = …, [워싱턴=뉴시스] 이영희 특파원 = …, 김철수 기자
# kim@example.com): the one who writes, no participant of any fact
_BYLINE = re.compile(r"^\s*(?:기자|특파원|통신원)\s*(?:=|[A-Za-z0-9._%+-]+@)")


def drop_bylines(builder: DocBuilder) -> None:
    """Withdraw the reporter named in a byline (its other mentions, if any, stay)."""
    for found in list(builder.found):
        if found.type == "Person" and _BYLINE.match(builder.text[found.end:found.end + 40]):
            builder.withdraw(found)
