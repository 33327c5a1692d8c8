"""Names the recognizer and the script give a Japanese document: GiNZA's persons and
bodies, katakana names with a middle dot, Latin names standing alone (ja.py's readers).

A recognizer's person may be a body (平壌自動化大学, 「ボラリス・テック」) or a thing
(「ラップトップ・ファーム」); a Korean name in katakana (キム・サンマン) keeps its katakana
as an alias and takes its English name from a bracketed romanization when the document
gives one (キム・サンマン(KIM Sang Man)); otherwise crosslink.py reads it.
"""

from __future__ import annotations

import re
from typing import Any

from extract.lang.common import DocBuilder, Found, make_id, native_slug
from extract.lang.ja_bare_ministries import bare_ministry_word
from extract.lang.ja_institutions import kind_of_school
from extract.lang.ja_list_romanized import in_english_prose
from extract.lang.ja_mentions import agency_tail, owner_of_agency
from extract.lang.ja_noise import (
    datelines,
    generic_company,
    in_dateline,
    quoted,
    repeat_company_mentions,
    slip,
    thing,
)
from extract.lang.ja_quoted import english_gloss, reading
from extract.lang.ja_readings import latin_korean_person
from extract.lang.kana_names import katakana_to_romaji
from extract.lang.native import NativeGazetteer
from extract.lang.orgnames import latin_names

_PERSON_LABELS = ("Person",)
_ORG_LABELS = ("Company", "Corporation_Other", "Organization_Other", "International_Organization",
               "Show_Organization", "Political_Organization_Other", "Military")
# the head noun of a body, never of a person's name (a recognizer's Person 平壌自動化大学)
_BODY_HEADS = ("大学", "学院", "研究所", "研究院", "会社", "公司", "銀行", "総局", "委員会")
# a lone capitals acronym in brackets glosses a thing or a body; a person's romanization has
# a family and a given name (KIM Su Il), never one block of capitals
_ACRONYM_GLOSS = re.compile(r"\s*[（(]\s*[A-Z]{2,6}\s*[）)]")
_COMPANY_AFTER = re.compile(r"社(?![長員内会主])|グループ|ホールディングス|公司|商会")
# the parts of a foreign name: the middle dot, or what other writers put for it (the
# Latin middle dot, the half-width one, a full-width space)
_NAME_DOTS = "・＝·･‧　"
_KATAKANA_NAME = re.compile(r"[ァ-ヺー]{1,8}(?:[" + _NAME_DOTS + r"][ァ-ヺー]{1,8}){1,3}")
_KATAKANA_BEFORE_BRACKET = re.compile(r"[ァ-ヺー]{1,8}(?:[" + _NAME_DOTS + r"][ァ-ヺー]{1,8}){1,3}"
                                      r"\s*[（(]\s*$")
_KANJI_ONLY = re.compile(r"^[\u4e00-\u9fff々]+$")
_OTHER_DOTS = str.maketrans({c: "・" for c in "·･‧　"})


# symbols at the ends of a recognizer's span: a table's bar, a bullet, a blank
_EDGE = " \t\u3000|｜・-*#"


def _trimmed(doc: Any, ent: Any) -> Any:
    """The entity span without a table bar or bullet the recognizer took in; None when
    nothing is left."""
    text = ent.text
    left = len(text) - len(text.lstrip(_EDGE))
    right = len(text) - len(text.rstrip(_EDGE))
    if not left and not right:
        return ent
    if left + right >= len(text):
        return None
    span = doc.char_span(ent.start_char + left, ent.end_char - right, label=ent.label_,
                         alignment_mode="contract")
    return span if span is not None and span.text else None


# a quoted name that is a person's: after a word for a person (米国市民「X」, 人物「X」) or
# before one (「X」と名乗る人物, 「X」という名の男)
_PERSON_BEFORE = re.compile(r"(?:市民|人物|男性|女性|男|女|名義人)\s*「$")
_PERSON_AFTER = re.compile(r"」\s*(?:と名乗る|と名乗っていた|と称する|という名の|という)\s*"
                           r"(?:人物|男性|女性|男|女|者)")


def _person_quote(text: str, start: int, end: int) -> bool:
    return bool(_PERSON_BEFORE.search(text, max(0, start - 6), start) or
                _PERSON_AFTER.match(text, end))


def _person(builder: DocBuilder, native: NativeGazetteer, start: int, end: int, surface: str,
            reading: str, confidence: float) -> None:
    """A person's name the recognizer or the script found, unless it is a known actor, a
    place, a body or a thing."""
    if surface in native.surfaces["ja"] or surface in native.places["ja"] or \
            slip(surface) or in_dateline(datelines(builder.text), start, end) or \
            kind_of_school(surface):
        return
    english = english_gloss(builder.text, end)
    if thing(surface):
        return  # 「ラップトップ・ファーム」: a kind of thing
    # 「ボラリス・テック」: news quotes companies; 平壌自動化大学: a body by its head noun
    # (「ガンマ・テック社」: a company's name before its 社, not 社長 "president")
    if (quoted(builder.text, start, end) and not _person_quote(builder.text, start, end)) or \
            surface.endswith(_BODY_HEADS) or _COMPANY_AFTER.match(builder.text, end):
        name = english or surface
        builder.add(Found(start, end, surface, "Organization",
                          make_id("Organization", english or reading), name,
                          aliases=(surface,), properties={"kind": "company"},
                          confidence=0.75))
        return
    name = english or surface
    if english:
        _bracket_mention(builder, end, "Person", make_id("Person", english), english)
    slug_source = english or reading or surface
    entity_id = make_id("Person", slug_source) if english else \
        f"person:{native_slug(slug_source)}"
    # キム·ウンスン: also under the usual middle dot, as readings and other texts write it
    aliases = tuple(dict.fromkeys((surface, surface.translate(_OTHER_DOTS))))
    builder.add(Found(start, end, surface, "Person", entity_id, name,
                      aliases=aliases, confidence=0.95 if english else confidence))

def _bracket_mention(builder: DocBuilder, end: int, label: str, entity_id: str,
                    name: str) -> None:
    """The romanization in brackets after a name is a mention of the same entity."""
    text = builder.text
    open_at = next((i for i in range(end, min(end + 2, len(text))) if text[i] in "(（"), -1)
    if open_at < 0:
        return
    # the romanization ends at the bracket, or at the comma before other details
    close = min((i for i in (text.find(c, open_at) for c in ")）、，") if i > 0),
                default=-1)
    if close > open_at + 1:
        builder.add(Found(open_at + 1, close, text[open_at + 1:close], label, entity_id,
                          name, confidence=0.95))

# a citizenship before a Latin name, or a person's title after it, says it is a person's
_LATIN_PERSON_BEFORE = re.compile(r"(?:国籍|籍)の\s*$")
_LATIN_PERSON_AFTER = re.compile(r"\s*(?:氏|容疑者|被告)")


def add_latin_names(builder: DocBuilder, native: NativeGazetteer) -> None:
    """Latin names standing alone in Japanese text (DMM Bitcoin, Upbit): organizations
    unless the English gazetteer knows them as something else; a Korean name written
    the sanctions way (KIM Ha Nul, Kim Ha Nul) is a person."""
    for match in latin_names(builder.text):
        name = match.group(0)
        if in_english_prose(builder.text, match.start(), match.end()):
            continue  # President of the Republic of …: a post's English title
        known = native.english.lookup(name)
        if known and known[0].type not in ("Organization", "Person"):
            continue
        if known:
            label, entity_id, canonical_name = known[0].type, known[0].id, known[0].name
        elif latin_korean_person(name) or _LATIN_PERSON_BEFORE.search(
                builder.text, max(0, match.start() - 8), match.start()) or \
                _LATIN_PERSON_AFTER.match(builder.text, match.end()):
            # (ロシア国籍のIvan Petrov, John Smith氏: the sentence calls it a person's)
            label = "Person"
            canonical_name = " ".join(w.capitalize() for w in name.split())
            entity_id = make_id("Person", canonical_name)
        else:
            label, entity_id, canonical_name = "Organization", make_id("Organization",
                                                                       name), name
        props = {"kind": "company"} if label == "Organization" else {}
        builder.add(Found(match.start(), match.end(), name, label, entity_id,
                          canonical_name, properties=props, confidence=0.7))

def add_named(builder: DocBuilder, native: NativeGazetteer, doc: Any) -> None:
    for ent in doc.ents:
        ent = _trimmed(doc, ent)  # "| X社": a table's bar is no part of a name
        if ent is None:
            continue
        if latin_korean_person(ent.text):
            continue  # KIM Ha Nul: a person, whatever the recognizer says (_latin_names)
        if ent.text.isascii() and in_english_prose(builder.text, ent.start_char, ent.end_char):
            continue  # Chairman of the State Security Committee: a title, no name
        if ent.label_ in _PERSON_LABELS:
            if _ACRONYM_GLOSS.match(builder.text, ent.end_char):
                continue  # 大陸間弾道ミサイル（ICBM）: a thing with its abbreviation
            if _KANJI_ONLY.match(ent.text) and not any("固有名詞" in t.tag_ for t in ent):
                continue  # 銀行家, 技術者: a common noun of kanji the recognizer took
            _person(builder, native, ent.start_char, ent.end_char, ent.text, reading(ent), 0.8)
        elif ent.label_ in _ORG_LABELS and len(ent.text) >= 3:
            if generic_company(builder.text, ent.start_char, ent.end_char) or \
                    kind_of_school(ent.text) or slip(ent.text) or \
                    in_dateline(datelines(builder.text), ent.start_char, ent.end_char):
                continue  # 関連会社, IT企業「X」, 【ワシントン共同】, 医科大学: no name
            if _glossed_acronym(builder, ent.start_char, ent.end_char) or \
                    ent.text.endswith(_WEAPONS) or bare_ministry_word(ent.text) or \
                    (_PLACE_AFTER_KATAKANA.match(builder.text, ent.end_char) and \
                    _KATAKANA_ONLY.fullmatch(ent.text)):
                continue  # ミサイル(ICBM), 外交部, ヴィテプスク州: a weapon, a ministry, a place
            if ent.text in native.surfaces["ja"] or _KATAKANA_BEFORE_BRACKET.search(
                    builder.text, max(0, ent.start_char - 40), ent.start_char) or \
                    owner_of_agency(builder, ent.end_char):
                continue  # キム・ヨンチョル(KIM Yong Chol): a person's romanization
            agency = agency_tail(builder, ent.start_char, ent.text)
            if agency is not None:  # 外交部 after 韓国外交部: that agency again
                builder.add(Found(ent.start_char, ent.end_char, ent.text, "Agency",
                                  agency.id, agency.name, properties=dict(agency.properties),
                                  confidence=0.8, alias=False))
                continue
            english = english_gloss(builder.text, ent.end_char)
            name = english or ent.text
            # a Latin name is its own key (the same id as where it glosses a kana name),
            # never the katakana reading the analyzer gives it
            key = english or (ent.text if ent.text.isascii() else reading(ent))
            builder.add(Found(ent.start_char, ent.end_char, ent.text, "Organization",
                              make_id("Organization", key), name,
                              aliases=(ent.text,),
                              properties={"kind": "company"}, confidence=0.75))

_GLOSSED = re.compile(r"[（(]\s*$")
# a katakana word before a region's suffix is a place (出生地:ヴィテプスク州), no company
_PLACE_AFTER_KATAKANA = re.compile(r"(?:州|県|自治区|地方|市(?!場))")
_KATAKANA_ONLY = re.compile(r"[ァ-ヺー]+")
# a weapon the recognizer may take for a body when its abbreviation follows
_WEAPONS = ("ミサイル", "兵器", "ロケット")


def _glossed_acronym(builder: DocBuilder, start: int, end: int) -> bool:
    """A block of capitals in brackets right after a weapon's name: its abbreviation
    (弾道ミサイル(ICBM), 大量破壊兵器(WMD)), no body. Other abbreviations in brackets may
    be a body's or a notice's (公共サービス告知（PSA）), read by the readers after this."""
    text = builder.text
    bracket = _GLOSSED.search(text, max(0, start - 2), start)
    return bool(re.fullmatch(r"[A-Z]{2,6}", text[start:end])) and bracket is not None and \
        bool(_ACRONYM_CLOSE.match(text, end)) and \
        text[:bracket.start()].rstrip().endswith(_WEAPONS)


_ACRONYM_CLOSE = re.compile(r"\s*[）)]")


def add_katakana_names(builder: DocBuilder, native: NativeGazetteer) -> None:
    """A katakana name with a middle dot (キム・サンマン) is a foreign person's name when
    the recognizer missed it."""
    matches = list(_KATAKANA_NAME.finditer(builder.text))
    # quoted ones first (companies): their bare repeats are the same companies
    for match in sorted(matches, key=lambda m: not quoted(builder.text, m.start(),
                                                           m.end())):
        surface = match.group(0)
        if surface in native.surfaces["ja"]:
            continue
        if "　" in surface and ("・" in surface or any(
                part in native.surfaces["ja"] or part in native.places["ja"]
                for part in surface.split("　"))):
            continue  # キム・ヨンス　ロシア: a name, then the next column of its line
        if not quoted(builder.text, match.start(), match.end()):
            repeat_company_mentions(builder)
        _person(builder, native, match.start(), match.end(), surface,
                     katakana_to_romaji(surface.translate(_OTHER_DOTS)), 0.7)
