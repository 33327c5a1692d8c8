"""Company names in kanji and katakana: where they end, and their English name.

A company name ends in a generic head (会社, 総会社, 交流社, 公司, 銀行…). Japanese glues the
role of a person to it (朝鮮青嵐技術交流社瀋陽代表 "the company's Shenyang representative"),
so a run of name characters that goes on past a head with a role or branch word is the
company up to its head; a kind glued before the name (IT企業X会社) is not part of it, and
the start of a name with 社 (X社 for X情報技術協力会社) names it again. The English name is
the romanization the text gives in brackets,
else, for a name that says it is Korean (朝鮮…), the translation of its Korean reading
(extract/lang/ja_readings.py), else none: the id then comes from the Japanese reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from extract.lang.common import DocBuilder, Found, make_id
from extract.lang.ja_noise import generic_company
from extract.lang.ja_readings import korean_org_name
from extract.lang.native import NativeGazetteer
from extract.lang.orgnames import JA_ORG_HEADS

# a run of name characters; 及び/並びに ("and") are not part of it
ORG_RUN = re.compile(r"(?:(?!及び|並びに)[一-龥ァ-ヺーA-Za-z0-9])"
                     r"(?:(?!及び|並びに)[一-龥ァ-ヺーA-Za-z0-9・])*")
# what may follow a company's head inside one run: a place and a role or branch
_ROLE_TAIL = re.compile(r"^[一-龥ァ-ヺー]{0,6}?(?:代表|社長|総経理|会長|理事長|幹部|職員|"
                        r"関係者|代表部|支社|支店|事務所|駐在員)$")


# the kind of company glued before its name: IT企業チンヨン情報技術協力会社
# (a time word glued before it, 先月X貿易会社 "X Trading Company last month", is the
# sentence's adverb: no part of the name either)
_KIND_PREFIX = re.compile(r"^(?:(?:IT|ＩＴ|[一-龥]{1,4})?企業|先月|今月|先週|今週|昨年|今年|昨日|"
                          r"本日|同日|同月|今回|新たに)(?=[一-龥ァ-ヺー]{2,})")
# a company named again by the start of its name and 社: チンヨン社 for チンヨン情報技術協力会社
_SHORT = re.compile(r"(?<![一-龥ァ-ヺー])([ァ-ヺー]{2,8}|[一-龥]{2,4})社(?=[はがのをにとも、代])")


def company_spans(text: str, native: NativeGazetteer) -> Iterator[tuple[int, int]]:
    """(start, end) of each company name in kanji or katakana."""
    for match in ORG_RUN.finditer(text):
        for offset, word in _listed(match.group(0)):
            prefix = _KIND_PREFIX.match(word)
            skip = prefix.end() if prefix else 0
            size = _company_size(word[skip:])
            if size and word[skip:skip + size] not in native.surfaces["ja"]:
                yield match.start() + offset + skip, match.start() + offset + skip + size


# a middle dot right after a company's head lists the next name (A貿易会社・B技術会社・
# キム・X氏); a dot inside a katakana name (ソルナ・テック) is part of that name
_LIST_DOT = re.compile("(?:" + "|".join(f"(?<={h})" for h in JA_ORG_HEADS) + ")・")


def _listed(run: str) -> list[tuple[int, str]]:
    """The run's names one by one, with their offsets in the run."""
    out, start = [], 0
    for dot in _LIST_DOT.finditer(run):
        out.append((start, run[start:dot.start()]))
        start = dot.end()
    return [*out, (start, run[start:])]


def add_short_companies(builder: DocBuilder) -> None:
    """Xの…社 after the company it starts: the one company named before with that start."""
    for match in _SHORT.finditer(builder.text):
        if any(f.start < match.end() and match.start() < f.end for f in builder.found):
            continue
        stem = match.group(1)
        owners = {f.id: f for f in builder.found if f.type == "Organization" and
                  f.end <= match.start() and f.text.startswith(stem) and
                  len(f.text) > len(stem) + 1}
        if len(owners) == 1:
            owner = next(iter(owners.values()))
            builder.add(Found(match.start(), match.end(), match.group(0), "Organization",
                              owner.id, owner.name, properties=dict(owner.properties),
                              confidence=0.7, alias=False))


# a proper part in katakana and the kind of the firm in kanji before 社 (ソンボン技術社,
# 朝鮮テフン技術開発社): a company by its shape, whatever the kind words; not a branch or
# a reference (東京本社, 同社)
_KIND_COMPANY = re.compile(r"[ァ-ヺー]{2,}[一-龥]{2,8}(?<![本支同各両弊他入出])社$")


def _company_size(word: str) -> int:
    head = next((h for h in JA_ORG_HEADS if word.endswith(h)), None)
    if head is not None:
        return len(word) if len(word) >= len(head) + 2 else 0
    if _KIND_COMPANY.search(word):
        return len(word)
    for index in range(len(word) - 1, 1, -1):
        head = next((h for h in JA_ORG_HEADS if word[:index].endswith(h)), None)
        if head is not None and index >= len(head) + 2 and _ROLE_TAIL.match(word[index:]):
            return index
    return 0


_NORTH_KOREAN = re.compile(r"北朝鮮(?:の|系の?|企業の?|国籍の)?\s*[「『]?$|朝鮮労働党|人民武力省|"
                           r"国防省|軍需工業部|偵察総局|313総局")


def north_korean(text: str, start: int) -> bool:
    """Does the text say the company named at `start` is North Korean: 北朝鮮の X, or X
    under a DPRK body named just before it (軍需工業部傘下の X)?"""
    return bool(_NORTH_KOREAN.search(text[max(0, start - 14):start]))


# a name in kanji or katakana right before its English company name in brackets:
# 瀋陽ボラリス網絡技術(Shenyang Boralis Network Technology Co., Ltd.)
_BEFORE_LATIN_COMPANY = re.compile(
    r"([一-龥ァ-ヺー・]{3,30})\s*[（(]\s*([A-Z][A-Za-z0-9&'’\- ]{2,80}?\s(?:Co\.,?\s*Ltd\.?|"
    r"Company|Corporation|Corp\.|Co\.|LLC|Inc\.|Ltd\.|Limited))\s*[)）]")


def add_latin_bracketed(builder: DocBuilder, native: NativeGazetteer) -> None:
    """A company whose Japanese name has no company word (…網絡技術) but whose English
    name in brackets does: both are mentions of one company, named in English."""
    text = builder.text
    for match in _BEFORE_LATIN_COMPANY.finditer(text):
        word, english = match.group(1), match.group(2)
        if word in native.surfaces["ja"] or generic_company(text, match.start(1), match.end(1)):
            continue
        entity_id = make_id("Organization", english)
        for start, end in ((match.start(1), match.end(1)), (match.start(2), match.end(2))):
            builder.add(Found(start, end, text[start:end], "Organization", entity_id, english,
                              aliases=(word,), properties={"kind": "company"},
                              confidence=0.8))


def add_companies(builder: DocBuilder, native: NativeGazetteer,
                  english_after: Callable[[str, int], str],
                  japanese_reading: Callable[[int, int], str]) -> None:
    text = builder.text
    for start, end in company_spans(text, native):
        word = text[start:end]
        if generic_company(text, start, end):
            continue  # 関連会社, 電線会社「X」: a kind of company, not its name
        _free_inner_state(builder, start, end)
        english = english_after(text, end) or korean_org_name(word, north_korean(text, start))
        key = english or japanese_reading(start, end) or word
        entity_id = make_id("Organization", key)
        builder.add(Found(start, end, word, "Organization", entity_id, english or word,
                          aliases=(word,), properties={"kind": "company"}, confidence=0.75))
        bracket = bracket_span(text, end)
        if bracket is not None and english_after(text, end):
            builder.add(Found(*bracket, text[bracket[0]:bracket[1]], "Organization", entity_id,
                              english, properties={"kind": "company"}, confidence=0.75))


def _free_inner_state(builder: DocBuilder, start: int, end: int) -> None:
    """A state named inside a Chinese company's name after a place (遼寧中国貿易工業有限公司:
    "Liaoning China Trade Industry Co.") is part of the name, not a mention of the state."""
    if not builder.text[start:end].endswith("公司"):
        return
    for found in [f for f in builder.found if f.type == "Country" and start < f.start
                  and f.end < end]:
        builder.withdraw(found)


def bracket_span(text: str, end: int) -> tuple[int, int] | None:
    """The inside of the brackets right after a name: its romanization or English name."""
    open_at = next((i for i in range(end, min(end + 2, len(text))) if text[i] in "(（"), -1)
    if open_at < 0:
        return None
    close = min((i for i in (text.find(")", open_at), text.find("）", open_at)) if i > 0),
                default=-1)
    return (open_at + 1, close) if close > open_at + 1 else None


def join_bracketed_translations(builder: DocBuilder) -> None:
    """Myongson Trading Company（ミョンソン貿易会社）: a company's Japanese name in brackets
    right after its Latin name is the same company, not a second one (the readers found
    the two apart, each with an id of its own)."""
    latin = [f for f in builder.found if f.type == "Organization" and f.text.isascii()]
    for first in latin:
        inner = next((f for f in builder.found if f.type == "Organization" and
                      f.id != first.id and not f.text.isascii() and
                      _OPEN.match(builder.text[first.end:f.start]) and
                      _CLOSE.match(builder.text, f.end)), None)
        if inner is None or any(f.id == inner.id and f is not inner for f in builder.found):
            continue  # (a name found elsewhere too is a name of its own)
        builder.withdraw(inner)
        builder.add(Found(inner.start, inner.end, inner.text, "Organization", first.id,
                          first.name, aliases=(inner.text,), properties=dict(first.properties),
                          confidence=inner.confidence))


_OPEN = re.compile(r"^\s*[（(]\s*$")
_CLOSE = re.compile(r"\s*[）)]")
