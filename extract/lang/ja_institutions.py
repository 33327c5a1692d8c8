"""Bodies that are not companies, named by an institutional head noun: a bureau (総局), a
centre (センター), a university or academy (大学, 学院), an institute (研究院) and a state
trading corporation (公社, the Japanese rendering of the Korean 공사).

The head alone says "a body", not "this body": センター, 大学 are common nouns, and a
reference (同センター, 各大学, 当該研究院) or a kind (データセンター, 医科大学) is no name. A run of
name characters ending in such a head names a body only when what stands before the head
has a proper part of its own:
- a katakana word that is not a loanword for a kind of service or trade (ハヌリム情報センター,
  朝鮮ソムギョン総局; not データ処理センター, サポートセンター), or
- a lead that says the body is Korean (朝鮮, 高麗, 平壌) and a word after it (朝鮮中央総局).
A place alone before the head (ソウル総局, a newspaper's bureau) is not enough.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.lang.common import DocBuilder, Found, make_id
from extract.lang.ja_companies import ORG_RUN, north_korean
from extract.lang.ja_noise import datelines, in_dateline
from extract.lang.native import NativeGazetteer

# head noun -> the kind of body it heads (graph/model.yaml Organization.kind); longest first
_HEADS: tuple[tuple[str, str], ...] = (
    ("研究センター", "other"), ("センター", "other"), ("総局", "dprk_unit"),
    ("大学", "other"), ("学院", "other"), ("研究院", "other"), ("公社", "company"))
_HEAD = re.compile("(?:" + "|".join(h for h, _k in _HEADS) + ")$")
# a word that refers to a body already named or to any of a kind: 同センター, 各大学, 当該公社
_REFERENCE = re.compile(r"^(?:同|各|当該|本|両|全|諸|他|貴|弊|当|該|某|前|元|旧|新|上記|前記)")
# what makes a name Korean without a katakana proper part, when a word follows it before
# the head (朝鮮中央総局; 朝鮮大学 alone is too little)
_KOREAN_LEAD = re.compile(r"^(?:北朝鮮|朝鮮|高麗|平壌)(?=[一-龥ァ-ヺー])")
# katakana words for a kind of service, trade or field: データセンター, サイバー犯罪対策センター
# say what the centre does, not which one it is
# (a compound of them too: ビジネスサポートセンター)
_KIND_KATAKANA = re.compile(
    r"^(?:データ|サポート|コール|ヘルプ|サービス|カスタマー|コンタクト|セキュリティ|サイバー|"
    r"テクノロジー|テクニカル|ビジネス|メディア|ニュース|リサーチ|イノベーション|トレーニング|"
    r"オペレーション|ネットワーク|ソフトウェア|システム|デジタル|コンピューター?|インターネット|"
    r"ショッピング|スポーツ|コミュニティー?|ロジスティクス|サーバー?|クラウド|ゲーム|アニメ|"
    r"デザイン|ファイナンス|ビジター|ライフ|ケア|ヘルス)+$")
_KATAKANA = re.compile(r"[ァ-ヺー]{2,}")
# kanji words for a school's field or standing: 医科大学, 工業大学, 国立理工大学, 女子短期大学
# say what sort of school, not which one (a common noun with the head, as データセンター is);
# a proper part before them (平壌理工大学, ソンリム医科大学) makes a name again
_KIND_SCHOOL = re.compile(
    r"^(?:医科|医学|歯科|薬科|看護|工業|工科|工学|理科|理工|農業|農科|商業|商科|経済|法科|外国語|"
    r"語学|体育|芸術|美術|音楽|教育|師範|技術|情報|科学|国立|公立|私立|市立|州立|道立|女子|短期|"
    r"総合|専門|職業|名門|地方|一流)+(?:大学|学院|学校)$")


def kind_of_school(word: str) -> bool:
    """Is `word` a kind of school (医科大学, 芸術学院) rather than a school's name?"""
    return bool(_KIND_SCHOOL.match(word))


def institution_kind(word: str, places: dict[str, str]) -> str:
    """The kind of body `word` names by its head, or '' when it names none (a reference,
    a kind, a place's bureau)."""
    head = _HEAD.search(word)
    if head is None or _REFERENCE.match(word):
        return ""
    proper = word[:head.start()]
    if len(proper) < 2 or proper in places:
        return ""
    named = any(not _KIND_KATAKANA.match(k.group(0)) and k.group(0) not in places
                for k in _KATAKANA.finditer(proper)) or bool(_KOREAN_LEAD.match(proper))
    if not named:
        return ""
    return next(kind for h, kind in _HEADS if h == head.group(0))


# the words that place a body in the North right before its name: 平壌の, 北朝鮮の
_NORTH_BEFORE = re.compile(r"(?:北朝鮮|平壌)の\s*$")
_KANJI_PROPER = re.compile(r"[一-龥]{2,4}")


def _kanji_named_korean(text: str, start: int, word: str, places: dict[str, str]) -> str:
    """A proper part in kanji alone (金星学院) names a body when the text places it in the
    North right before it (平壌の金星学院): Japanese writes a DPRK school's name in kanji,
    with no katakana and no 朝鮮 in it. Not a kind of school (平壌の芸術学院), not a place."""
    head = _HEAD.search(word)
    if head is None or _REFERENCE.match(word) or kind_of_school(word) or \
            not _NORTH_BEFORE.search(text, max(0, start - 6), start):
        return ""
    proper = word[:head.start()]
    if not _KANJI_PROPER.fullmatch(proper) or proper in places:
        return ""
    return next(kind for h, kind in _HEADS if h == head.group(0))


def add_institutions(builder: DocBuilder, native: NativeGazetteer,
                     english_after: Callable[[str, int], str],
                     japanese_reading: Callable[[int, int], str]) -> None:
    """Each institution the text names, unless a company or an actor already holds it."""
    text = builder.text
    if not any(h in text for h, _k in _HEADS):
        return  # the heads are rare: no walk over a text that holds none
    places = native.places["ja"]
    bylines = datelines(text)
    for match in ORG_RUN.finditer(text):
        word = match.group(0)
        start, end = match.span()
        kind = institution_kind(word, places) or _kanji_named_korean(text, start, word, places)
        if not kind or word in native.surfaces["ja"] or in_dateline(bylines, start, end) or \
                any(f.start < end and start < f.end for f in builder.found):
            continue  # a company, an actor or a person read before holds the span
        if kind == "dprk_unit" and not (north_korean(text, start) or
                                        _KOREAN_LEAD.match(_HEAD.sub("", word))):
            kind = "other"
        english = english_after(text, end)
        key = english or japanese_reading(start, end) or word
        builder.add(Found(start, end, word, "Organization", make_id("Organization", key),
                          english or word, aliases=(word,), properties={"kind": kind},
                          confidence=0.75))
