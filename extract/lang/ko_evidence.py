"""What in a Korean sentence says a word is, or is not, a name (beyond Kiwi's tag).

ROK designation releases write who is listed in a few fixed shapes:

- a name followed by its particulars in brackets: the romanization, often after the name in
  Hanja, and a birth date or passport number (김철웅(金鐵雄, Kim Chol Ung, 1985.3.2생));
- inline lists marked by triangles (△김철웅 △박성혁(이상 X 소속)), each mark opening an item;
- "A 등 (북한인) N명": the word before 등 and a head count names a person;
- news names the accused with their age in brackets: 한승표(41).

Company names are a proper part and generic heads (orgnames.py); a "company" whose only
proper part is a descriptive noun (무기수출회사 "an arms exporter", 해커그룹 "a hacker
group") is a description, not a name.
"""

from __future__ import annotations

import re

# the bracket after a name: optional Hanja, then a romanization (family name may be one
# letter, "O"; sanctions lists print it in capitals, "PAK"); an age may follow it after a
# comma or a middle dot, (Kim Kwang Jin·27)
# (a word may end in an abbreviation's period: Tongmyong Technology Trade Co., John K. Ross)
ROMANIZED = re.compile(r"^\s*[(（]\s*(?:[\u4e00-\u9fff]{1,6}\s*[,，/;]\s*)?"
                       r"([A-Z][A-Za-z'’\-]*\.?(?:\s+[A-Za-z][A-Za-z'’\-]*\.?){1,5})"
                       r"\s*[,，/;)）·]")
# an inline list's item mark and the name right after it
INLINE_ITEM = re.compile(r"[△▲▵▴▪◇◆]\s*([가-힣]{2,4})(?![가-힣])")
# a list line opened by any mark (① A:, (1) A:, 1. A:, - A:, ㅇ A(…):) whose label is a
# short Hangul word before the colon, with its particulars in brackets: the item's name
LABELLED_ITEM = re.compile(r"^[ \t]*(?:[-·ㆍ○●◦ㅇ□■◇◆△▲▽▼※]|[①-⑳]|[(（]?\d{1,2}[.)）])\s*"
                           r"([가-힣]{2,4})\s*(?:[(（][^)）\n]{1,80}[)）])?\s*[:：]",
                           re.MULTILINE)
# "A 등 N명", "A 등 북한인 N명", "A (정찰총국장) 등 개인 N명": A is one of the persons
# counted (a position may stand between the name and 등)
COUNTED = re.compile(r"(?<![가-힣])([가-힣]{2,4})\s+(?:[가-힣0-9]+(?:장|대표|책임자|서기관)\s+)?"
                     r"등\s+(?:북한인\s*|북한\s*국적자\s*|개인\s*|인물\s*)?\d+\s*명")
# a name with the person's age in brackets, as news writes the accused: 한승표(41),
# 노가연(35·여), 탁재민(39세); or with the year or date of birth, as releases and news
# write the designated: 차명수(1985년생), 차명수(85년생), 차명수(1985.3.2생)
_BORN = (r"(?:19|20)?\d{2}\s*(?:년\s*(?:\d{1,2}\s*월\s*(?:\d{1,2}\s*일\s*)?)?|"
         r"[.\-/]\d{1,2}[.\-/]\d{1,2}\.?\s*)생")
AGED = re.compile(rf"(?<![가-힣])([가-힣]{{2,4}})\s*\(\s*(?:\d{{2}}\s*세?|{_BORN})"
                  r"\s*(?:[·,]\s*(?:남|여)성?)?\s*\)")
# a name with 씨 ("Mr/Ms") after it, as news writes a private person (한인 여성 A 씨를, A씨는):
# the analyzer guesses an unknown name there as a common noun as often as not; a family name
# alone (김 씨) or with 모 (김모 씨, a name withheld) has fewer syllables
HONORED = re.compile(r"(?<![가-힣])([가-힣]{3})\s?씨"
                     r"(?=(?:은|는|이|가|를|의|와|에게|도|측)?(?![가-힣]))")
# a citizenship right before a name (북한 국적의 A, 중국 국적자 A, 러시아 출신 A): the
# apposition says the next word is a person, where the analyzer reads an unknown name after
# 국적의 as a common noun (the name ends at its particle, its bracket or its comma)
NATIONAL = re.compile(r"(?:국적(?:의|인|자인?)?|출신(?:의|인)?)\s+([가-힣]{2,4}?)"
                      r"(?=(?:씨)?(?:은|는|이|가|을|를|과|와|의|도|에게)?(?:[^가-힣]|$))")
# a quoted name with its Latin form in brackets: ‘베이징 X 테크(Beijing X Tech)’, 'X(KOMID)';
# releases write foreign and DPRK companies so
QUOTED_LATIN = re.compile(r"[‘'\"“「]([가-힣][가-힣0-9 ]{1,30}?)\s*[(（]"
                          r"([A-Z][A-Za-z0-9&.,'’\- ]{1,60}?)[)）]\s*[’'\"”」]")
# a quoted name, then its Latin form in brackets after the quote, named as a website, a
# platform or a firm just before: 웹사이트 '업셀러'(UpSeller), 업체 ‘X’(X Ltd). Without the
# head word a quoted name with a bracket may be a nickname ('대니'(Danny)), no organization
QUOTED_THEN_LATIN = re.compile(r"(?:웹사이트|사이트|플랫폼|회사|업체|기업|법인|단체|앱|서비스)\s*"
                               r"[‘'\"“「]([가-힣][가-힣0-9 ]{1,30}?)[’'\"”」]\s*[(（]"
                               r"([A-Z][A-Za-z0-9&.,'’\- ]{1,60}?)[)）]")
# the object of a designation or sanction ("X을 제재 대상으로 지정", "X와 Y를 제재"): a
# three-syllable word there that Kiwi does not know (송금혁: 송금 "remittance" + 혁) may be
# a name it splits
DESIGNATED_OBJECT = re.compile(r"(?<![가-힣])([가-힣]{3})(?:을|를|과|와|도)\s"
                               r"(?=[^.\n]{0,40}?(?:제재|지정))")
# the complement of a cleft over those designated: "지정되는 개인은 A와 B이며", "제재
# 대상자는 A, B이다" (Kiwi reads an unknown name there as a common noun as often as not);
# also a sentence that opens on the bare kind or "they" (개인은 A와 B이며, 이들은 A와 B이다)
DESIGNATED_COMPLEMENT = re.compile(
    r"(?:(?:지정(?:되는|된)|제재|지정)\s*(?:대상자?|개인|인물)|"
    r"(?:^|(?<=[.\n]))\s*(?:개인|인물|대상자|이들))\s*(?:은|는)\s+"
    r"((?:[가-힣]{2,4}\s*(?:와|과|,|·)\s*)*[가-힣]{2,4}?)(?:이며|이고|이다|입니다|다)(?![가-힣])")
# a list its label says is of persons: "개인: A, B", "개인(2명): A, B"
PERSONS_LABELLED = re.compile(r"(?<![가-힣])(?:개인|인물)\s*(?:\(\s*\d+\s*명\s*\)|\d+\s*명)?\s*"
                              r"[:：]\s*((?:[가-힣]{2,4}\s*[,·、]\s*)*[가-힣]{2,4})(?![가-힣])")
COMPLEMENT_SEPARATOR = re.compile(r"\s*(?:,|·)\s*|(?<=[가-힣])(?:와|과)\s*")
# Kiwi tags of a verb or an ending: a list of names has none inside its items
VERBAL_TAGS = ("VV", "VA", "VX", "VCP", "VCN", "EP", "EF", "EC", "ETM", "ETN", "NP")
# Kiwi's score of a word analysed alone: a noun of its dictionary (이력서 -19, 송림 -23)
# scores above this, a name it has never seen and guesses as a noun (강철웅 -26) below
KNOWN_WORD_SCORE = -24.0
# what may follow a name inside the same Hangul word besides a particle
NAME_SUFFIXES = ("", "씨", "등")

# descriptive nouns that make a generic "company" or "group" (not a name)
_DESCRIPTIVE = ("무기", "수출", "수입", "건설", "해커", "해킹", "위장", "유령", "페이퍼",
                "소프트웨어", "선박", "현지", "관련", "국영", "민간", "대형", "외국", "해외",
                "국내", "중국", "북한", "가상자산", "암호화폐", "보안", "게임", "물류", "운송",
                "금융", "투자", "하청", "협력", "거래", "배후", "전문", "위장취업",
                "정보통신", "컴퓨터", "기술", "개발", "무역", "정보", "인력", "파견", "송출",
                "실무", "작업", "연구", "자문", "협의")
_DESCRIPTIVE_RUN = re.compile(rf"^(?:{'|'.join(sorted(_DESCRIPTIVE, key=len, reverse=True))})+$")


def is_description(proper: str) -> bool:
    """Is a company name's proper part only descriptive nouns (무기수출, 해커)?"""
    return bool(proper) and bool(_DESCRIPTIVE_RUN.match(proper))


def bracketed_english(text: str, end: int) -> str:
    """The romanization in the bracket right after `end` (박흥룡(Pak Hung Ryong)), or ""."""
    match = ROMANIZED.match(text[end:end + 80])
    return match.group(1).strip() if match else ""


def has_verb(tokens: list[tuple[int, int, str, str]], start: int, end: int) -> bool:
    """Does Kiwi read a verb, an ending or a pronoun (이들) inside [start, end)?"""
    return any(start <= s < end and tag.startswith(VERBAL_TAGS) for s, _, _, tag in tokens)


# a word the analyzer reads alone as one closed-class word (모두 "all", 하나 "one", 마저
# "even", 여러 "several", 누구 "who"): a quantifier or pronoun in a name's place, no name
_FUNCTION_TAGS = ("MAG", "MAJ", "MM", "NR", "NP", "IC", "J")
# the case particles no verb form takes (a verb takes 은/는/도 after an ending: -고는, -어도)
_CASE_TAGS = ("JKS", "JKO", "JKG", "JKB", "JC")
# endings a particle may follow all the same: -기를, -지를, -게를, -고를; -ㄴ/-는 before a noun
_PARTICLE_AFTER_ENDING = ("ETN", "ETM")
_ENDINGS_BEFORE_PARTICLE = frozenset({"지", "게", "고"})


def function_word(tokens: list[tuple[int, int, str, str]], word: str) -> bool:
    """Is `word`, read alone (`tokens`), one adverb, determiner, numeral or pronoun?"""
    return len(tokens) == 1 and tokens[0][1] - tokens[0][0] == len(word) and \
        tokens[0][3].startswith(_FUNCTION_TAGS)


def misread_name(tokens: list[tuple[int, int, str, str]], start: int, end: int) -> bool:
    """Is [start, end) a name the analyzer read with a verb inside (편성해 as 편성하 + 어,
    안보람 as 알 + ㄴ + 보람) though a case particle closes it? The particle says a noun ends
    there: a verb form takes one only after the endings that make it a noun's (-기) or a
    few others (-지를, -게를), and takes no 이, 을 or 과 after -어."""
    inside = [t for t in tokens if start <= t[0] < end]
    return bool(inside) and any(s == end and tag.startswith(_CASE_TAGS)
                                for s, _, _, tag in tokens) and \
        not inside[-1][3].startswith(_PARTICLE_AFTER_ENDING) and \
        not (inside[-1][3] == "EC" and inside[-1][2] in _ENDINGS_BEFORE_PARTICLE)


# a Latin name written inside Korean text is a person's where the sentence says so: a
# citizenship, a residence, a demonym or a post right before it (러시아 국적의 Dmitri
# Volkov, 그 대표 Omar Haddad, 미국인 John Doe), or an age or 씨 right after it (John Doe(41))
_LATIN_PERSON_BEFORE = re.compile(r"(?:국적의|국적자인?|시민권자인?|출신(?:의|인)?|사는|거주하는|"
                                  r"(?<![가-힣])[가-힣]{1,6}인|대표|사장|책임자|단장|팀장|"
                                  r"판사|검사|피고인?|남성|여성)\s+$")
_LATIN_PERSON_AFTER = re.compile(r"^\s*(?:\(\s*\d{2}\s*세?\s*\)|씨)")
_LATIN_PERSON_NAME = re.compile(r"[A-Z][a-z]+(?:[-'][A-Za-z]+)?(?:\s+[A-Z][a-z]+(?:[-'][A-Za-z]+)?)"
                                r"{1,3}")


def latin_person(text: str, start: int, end: int) -> bool:
    """Is the Latin name at [start, end) of Korean text a person's by what surrounds it?
    (Capitalized words only, two to four: a firm's name in capitals or with a legal form
    is none.)"""
    return bool(_LATIN_PERSON_NAME.fullmatch(text, start, end)) and bool(
        _LATIN_PERSON_BEFORE.search(text[max(0, start - 12):start])
        or _LATIN_PERSON_AFTER.match(text[end:end + 8]))
