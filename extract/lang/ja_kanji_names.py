"""Korean persons' names written in kanji alone (金英哲氏, 朴成日ら, a list line 「②金英哲」).

Japanese news and notices write a Korean name in kanji without its reading when the
reading is given nowhere: a family name of one character and a given name of one or two.
The recognizer misses such a name or takes a part of it (朴成 of 朴成日), so it is read from
the places that make a name of a short kanji run:

- before the words that follow a person's name: 氏, 容疑者, 被告, ら with a count or a
  coordinator (朴成日ら3人, 金英哲氏と);
- alone on a list line, after the line's mark (・金英哲, （２）金英哲, ③金英哲（生年…）);
- anywhere, where the analyzer's dictionary reads a family name and a given name side by
  side (金 人名-姓 + 英植 人名-名: 金英植、朴正浩の両氏), which the recognizer may leave out
  in a long coordination;
- a run of exactly three kanji standing alone between kana or punctuation (の李哲虎を,
  、車明浩、) that the parse reads in part as a person's name (李 人名-姓 + 哲 人名-名 + 虎
  a common noun: the recognizer's person 李哲 loses the last character), or that is
  coordinated with such a run (金光日と朴哲男: 金光 read as a place); three kanji is the
  shape of a Korean name, and its last word must be a name or a single character, never
  a title (林外相) or a longer noun.

The first character must be a family name read the Korean way (its Sino-Korean reading is
a Korean family name), and the run is never a known actor, place or body (…局, …社).
The parse must read the run as a person's name: its first word a part of one (SudachiPy's
人名), or the whole run the recognizer's Person (王建国氏: 王 and 建国 are common nouns
to the dictionary), so a common noun (社員ら) or a place (高麗) is none.
Its English spelling is not guessed here: the Korean reading alone may be wrong (a
Japanese or Chinese name), so extract/lang/crosslink.py only compares it with English names.
"""

from __future__ import annotations

import re
from typing import Any

from extract.lang.common import DocBuilder, Found, native_slug
from extract.lang.ja_companies import company_spans
from extract.lang.ja_readings import korean_readings
from extract.lang.native import NativeGazetteer
from extract.lang.romanize import SURNAMES

_HAN = r"[\u4e00-\u9fff]"
# after a name in prose: 氏, 容疑者, 被告(人), ら and a count or a coordinator
_AFTER_NAME = r"(?=氏|容疑者|被告|ら\s*(?:[0-9０-９一二三四五六七八九十]|[、，と]|個人))"
_IN_PROSE = re.compile(r"(?<![\u4e00-\u9fff々ァ-ヺー])(?P<name>" + _HAN + r"{2,3}?)" +
                       _AFTER_NAME)
# alone on a list line: the line's mark, the name, then the line's end, a bracket or a blank
_ON_LIST_LINE = re.compile(r"(?m)^[ \t　]*(?:[・○〇●◎◇◆▼▽■□\-*]|[（(][0-9０-９]{1,2}[)）]|"
                           r"[0-9０-９]{1,2}\s*[.．)）、]|[①-⑳])[ \t　]*(?P<name>" + _HAN +
                           r"{2,3})(?=[ \t　]*(?:$|[（(、，:：]))")
# a person's title: a name before one is a person's whatever its last character
_TITLES = ("氏", "容疑者", "被告")
# a bracket after a name that says whose: a nationality or a birth (（中国籍）, （1985年生）)
_PERSON_BRACKET = re.compile(r"[ \t　]*[（(][^（）()\n]{0,12}?(?:籍|年生|生まれ)")
# the last character of a body's or a place's name, never of a given name here
_NOT_GIVEN = set("局部省庁社会団院所国市県道州省室課府館店行軍党隊氏等人名者員官長層方家族兵")


def _korean_family(char: str) -> bool:
    return any(reading in SURNAMES for reading in korean_readings(char, surname=True))


def _recognized(doc: Any, start: int, end: int) -> bool:
    """Is the run exactly words the recognizer labels a Person (王建国: 王 and 建国 are
    common nouns to the dictionary, the name to the recognizer)?"""
    span = doc.char_span(start, end)
    return span is not None and len(span) > 0 and all(t.ent_type_ == "Person" for t in span)


def _read_as_name(doc: Any, start: int, end: int) -> bool:
    """Does the parse read the run's first word as (part of) a person's name (人名: 金 the
    family name, 林芳正), not as a common noun (社員) or a place (高麗)?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return "人名" in span[0].tag_ or _recognized(doc, start, end)


def _family_word(doc: Any, start: int) -> bool:
    """Does the analyzer read the word at `start` as a family name (人名-姓)?"""
    token = next((t for t in doc if t.idx == start), None)
    return token is not None and token.tag_.endswith("人名-姓")


def _dictionary_names(doc: Any) -> list[tuple[int, int]]:
    """Spans of a family name followed at once by a given name in the analyzer's reading
    (人名-姓 then 人名-名), the given name going on over the kanji the recognizer still counts
    as the person's (崔 + 正 + 勲, the recognizer's 崔 and 正勲 as two persons), four
    characters at most. A span the recognizer has whole is left to its reader (add_named)."""
    whole = {(e.start_char, e.end_char) for e in doc.ents if e.label_ == "Person"}
    spans = []
    for token in doc[:-1]:
        given = doc[token.i + 1]
        if not (token.tag_.endswith("人名-姓") and given.tag_.endswith("人名-名") and
                token.idx + len(token.text) == given.idx):
            continue
        last = given
        while last.i + 1 < len(doc) and doc[last.i + 1].ent_type_ == "Person" and \
                doc[last.i + 1].idx == last.idx + len(last.text) and \
                re.fullmatch(_HAN + "+", doc[last.i + 1].text):
            last = doc[last.i + 1]
        span = (token.idx, last.idx + len(last.text))
        if re.fullmatch(_HAN + "{2,4}", doc.text[span[0]:span[1]]) and span not in whole:
            spans.append(span)
    return spans


# three kanji alone: no kanji or katakana on either side (a particle, a comma, a bracket),
# but for the kanji of 及び/並びに ("and") before it
_LONE_THREE = re.compile(r"(?:(?<=及び)|(?<=並びに)|(?<![\u4e00-\u9fff々ァ-ヺーA-Za-z0-9０-９]))" +
                         _HAN + r"{3}"
                         r"(?![\u4e00-\u9fff々ァ-ヺーA-Za-z0-9０-９])")
# what joins two names in a coordination
_JOINS = ("と", "及び", "および", "、", "，", "や", "並びに")


def _partly_a_name(doc: Any, start: int, end: int) -> bool:
    """Does the parse read some of the run as a person's name, and its last word as a name
    or a single character (虎, 日, 民: not a title like 外相 nor a longer noun)?"""
    tokens = [t for t in doc if start <= t.idx < end]
    if not tokens or tokens[-1].idx + len(tokens[-1].text) != end:
        return False
    last = tokens[-1]
    if "人名" not in last.tag_ and len(last.text) != 1:
        return False
    return any("人名" in t.tag_ or t.ent_type_ == "Person" for t in tokens)


def _lone_three(doc: Any, text: str) -> list[tuple[int, int]]:
    """Three-kanji runs read as a name in part, and the runs coordinated with them; a run
    the recognizer has whole as a person is left to its reader (add_named)."""
    whole = {(e.start_char, e.end_char) for e in doc.ents if e.label_ == "Person"}
    runs = [(m.start(), m.end()) for m in _LONE_THREE.finditer(text)
            if _korean_family(m.group()[0]) and m.group()[-1] not in _NOT_GIVEN]
    named = {run for run in runs if _partly_a_name(doc, *run)}
    joined = {b if a in named else a for a in runs for b in runs if a[1] < b[0] and
              text[a[1]:b[0]] in _JOINS and (a in named) != (b in named)}
    return [run for run in runs if (run in named or run in joined) and run not in whole]


def add_kanji_names(builder: DocBuilder, native: NativeGazetteer, doc: Any) -> None:
    text = builder.text
    known = {*native.surfaces["ja"], *native.places["ja"]}
    titled = [(m.start("name"), m.end("name")) for m in _IN_PROSE.finditer(text)]
    spans = [(m.start("name"), m.end("name")) for m in _ON_LIST_LINE.finditer(text)]
    # a family and a given name the dictionary reads inside a company's name (瀋陽 + 金X +
    # ネットワーク技術有限会社, a Chinese firm's place and proper part) are the company's
    companies = list(company_spans(text, native))
    lone = _lone_three(doc, text)
    for start, end in titled + spans + lone + _dictionary_names(doc):
        name = text[start:end]
        if any(s <= start and end <= e and e - s > end - start for s, e in companies):
            continue
        # a given name may end as a place does (建国) where the recognizer reads a person
        # before a person's title or alone on a list line (王建国氏, ・王建国（中国籍）)
        # or before a bracket giving a person's nationality or birth (王建国（中国籍）)
        # (or before 氏 itself, the dictionary reading its first word as a family name)
        given_ok = name[-1] not in _NOT_GIVEN or bool(_PERSON_BRACKET.match(text, end)) or (
            (start, end) in titled + spans and _recognized(doc, start, end)) or (
            text.startswith(_TITLES, end) and _family_word(doc, start))
        if not _korean_family(name[0]) or not given_ok or \
                any(word in name for word in known) or \
                not ((start, end) in lone or _read_as_name(doc, start, end)) or \
                any(f.start < end and start < f.end for f in builder.found):
            continue
        builder.add(Found(start, end, name, "Person", f"person:{native_slug(name)}",
                          name, aliases=(name,), confidence=0.7))
