"""Names and titles as asset-freeze lists print them: katakana, then the Latin spelling,
then the post in Japanese and in English, with no brackets between.

The annex of a Japanese designation lists each person as アレクサンドル・ルカシェンコ
Aleksandr LUKASHENKO (the family name in capitals), then the post twice (…大統領 President
of the Republic of …). The Latin spelling is the same person as the katakana before it,
not a company of its own, and the English post is prose: no word of it is a name.
- A dotted katakana name followed, after a blank, by as many Latin words as it has parts
  (or by a Korean name written the sanctions way, KIM Un Sung), one of them in capitals, is
  one person named twice; the Latin spelling gives the English name.
- A Latin stretch of four words or more outside brackets that has an English function word
  (of, the, and, for) is a gloss or a title, read by no name reader.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, make_id
from extract.lang.ja_readings import latin_korean_person

_KANA_THEN_LATIN = re.compile(
    r"(?P<kana>[ァ-ヺー]+(?:[・＝][ァ-ヺー]+)+)[ \t　]+"
    r"(?P<latin>[A-Z][A-Za-z'\-]*(?:[ \t][A-Z][A-Za-z'\-]*){1,3})(?![A-Za-z])")
_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")
_FUNCTION_WORDS = {"of", "the", "and", "for"}
_LATIN_CHARS = re.compile(r"[A-Za-z'’\-,.& ]")


def add_kana_then_latin(builder: DocBuilder) -> None:
    for match in _KANA_THEN_LATIN.finditer(builder.text):
        kana, latin = match.group("kana", "latin")
        parts, words = re.split("[・＝]", kana), latin.split()
        if not _CAPITALS.search(latin) or in_english_prose(
                builder.text, match.start("latin"), match.end("latin")):
            continue
        if len(parts) != len(words) and not latin_korean_person(latin):
            continue
        name = " ".join(w.capitalize() for w in words)
        for group in ("kana", "latin"):
            builder.add(Found(match.start(group), match.end(group), match.group(group),
                              "Person", make_id("Person", name), name, aliases=(latin, kana),
                              confidence=0.85))


def in_english_prose(text: str, start: int, end: int) -> bool:
    """Is text[start:end] part of an English phrase standing in Japanese text (a post's
    English title on a list line) rather than a name?"""
    left, right = start, end
    while left > 0 and _LATIN_CHARS.match(text[left - 1]):
        left -= 1
    while right < len(text) and _LATIN_CHARS.match(text[right]):
        right += 1
    if left > 0 and text[left - 1] in "(（":
        return False  # an English name in brackets glosses the name before it
    words = text[left:right].split()
    return len(words) >= 4 and any(w in _FUNCTION_WORDS for w in words)
