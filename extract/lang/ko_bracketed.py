"""A foreign person named in Hangul with the name's own Latin spelling in brackets.

Korean news gives a foreigner's name by sound and then as the person writes it: 지호
한(Jiho Han), 하오란 쉬(Haoran Xu). When no other cue marks the run as a person (ko_western.py
needs a role, a nationality or a verb of being charged), the bracket alone does, word for
word: as many Hangul words as Latin ones (two to four, a given name and a family name), each
Latin word capitalized and none a word of a company, a paper or a place (Volasys LLC,
Washington Post, Silicon Valley), no Hangul word one the gazetteers know as a place or
actor, and not every word one the analyzer knows as a common noun (a given name may be one:
웨이 "way"; a family name too: 진, 한). One word with its bracket is never enough (조지아
(Georgia) is a state, 업워크셀(UpWorkSell) a website); nor is a quoted name (a company's
brand), a run a company head or a place suffix follows (X Y(X Y) 사, 등 기업), or a run
another recognizer already took. The family name alone is read as this person later (홀먼은
after 데릭 홀먼(Derek Holman)) only when it has two syllables or more (the analyzer scores
such a name as it scores a word it knows, so its dictionary cannot tell): a short name by
sound (한, 진) is too often a word of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.lang.common import DocBuilder, Found, make_id
from extract.lang.ko_family_names import add_family_names

# the Hangul words (2-4) right before a bracket of as many capitalized Latin words
# (a middle initial stands in both, 존 K. 헐리(John K. Hurley), as a word of its own; the
# age may close the bracket, (Eric Thompson·50))
_RUN = re.compile(r"(?<![가-힣A-Za-z0-9'‘’\"“”.])((?:(?:[가-힣]{1,6}|[A-Z]\.) ){1,3}[가-힣]{1,6})"
                  r"\((?P<latin>[A-Z][a-z][A-Za-z'’]*(?:-[A-Za-z][a-z'’]+)?"
                  r"(?: (?:[A-Z]\.|[A-Z][a-z][A-Za-z'’]*(?:-[A-Za-z][a-z'’]+)?)){1,3})"
                  r"(?:\s*[·,]\s*\d{1,3}\s*(?:세)?)?\)")
_INITIAL = re.compile(r"[A-Z]\.")
# Latin words of a company, a publication, a place or a body: never a person's name
_NOT_A_NAME = frozenset({
    "llc", "inc", "ltd", "co", "corp", "company", "corporation", "group", "holdings", "trading",
    "technology", "technologies", "tech", "network", "networks", "systems", "system", "solutions",
    "services", "service", "software", "bank", "capital", "global", "international", "industries",
    "industry", "enterprise", "enterprises", "partners", "limited", "times", "post", "news",
    "journal", "daily", "herald", "tribune", "press", "media", "radio", "television", "park",
    "valley", "city", "county", "state", "street", "road", "bay", "beach", "lake", "river",
    "island", "mountain", "mountains", "north", "south", "east", "west", "new", "fort", "port",
    "saint", "coast", "harbor", "heights", "hills", "center", "centre", "university", "college",
    "institute", "school", "academy", "foundation", "agency", "office", "department", "ministry",
    "council", "committee", "bureau", "association", "union", "federation",
})
# what says the run names a thing, not a person: a company head or 등 기업 after it
_THING_AFTER = re.compile(r"\s?(?:주|시|섬|강|사|社|州|그룹|회사|기업|대학|은행|재단|법인|"
                          r"플랫폼|웹사이트|사이트|등\s*(?:\d+\s*(?:개|곳)\s*)?(?:기업|업체|회사))")
NAMED = 0.75  # below the names a role or a verb marks (0.8): the bracket is the only cue


def add_bracketed_persons(builder: DocBuilder, dictionary_noun: Callable[[str], bool],
                          known: set[str]) -> None:
    """`known`: the Hangul names of places and actors the gazetteers list."""
    text = builder.text
    people: list[tuple[str, str, str]] = []  # (family name in Hangul, id, English name)
    for match in _RUN.finditer(text):
        latin = match.group("latin")
        latin_words = latin.split()
        words = match.group(1).split()[-len(latin_words):]
        if len(words) != len(latin_words) or _INITIAL.fullmatch(words[0]) or any(
                bool(_INITIAL.fullmatch(w)) != bool(_INITIAL.fullmatch(x))
                for w, x in zip(words, latin_words, strict=True)):
            continue  # word for word: an initial against an initial, a name never one
        words_of_name = [w for w in words if not _INITIAL.fullmatch(w)]
        if any(w.lower().strip("'’") in _NOT_A_NAME for w in latin_words):
            continue
        if any(w in known for w in words_of_name) or \
                all(dictionary_noun(w) for w in words_of_name):
            continue
        start = match.end(1) - len(" ".join(words))
        if start > 0 and text[start - 1] in "'‘’\"“”「『":
            continue
        if _THING_AFTER.match(text, match.end()):
            continue
        if any(f.start < match.end() and start < f.end for f in builder.found):
            continue  # another recognizer's name (a company, a known actor)
        entity_id = make_id("Person", latin)
        hangul = " ".join(words)
        builder.add(Found(start, match.end(1), hangul, "Person", entity_id, latin,
                          aliases=(hangul,), confidence=NAMED))
        at = match.start("latin")
        builder.add(Found(at, at + len(latin), latin, "Person", entity_id, latin,
                          confidence=NAMED))
        family = words[-1]
        if len(family) >= 2 and family not in known:
            people.append((family, entity_id, latin))
    # (a mention, no alias: the bracket gave the name, the family name alone only refers)
    add_family_names(builder, people, NAMED, alias=False)
