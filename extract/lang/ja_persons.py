"""Foreign persons' names as Japanese texts write them: kanji with the reading in brackets,
and the family name with 氏 afterwards.

- 崔明浩（チェ・ミョンホ）, 崔明浩（チェ・ミョンホ、CHOE Myong Ho）, 崔明浩（CHOE Myong Ho）:
  one person, whose kanji, katakana and Latin spellings are all its aliases. A Korean name's
  id and English name come from the romanization given, else from the Korean reading of the
  kanji when the katakana confirms it (extract/lang/ja_readings.py), else from the katakana.
- 朴氏 / パク氏 later in the text: the one person of the document with that family name,
  also where the recognizer read the bare family name as a person of its own.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, make_id, native_slug
from extract.lang.ja_readings import korean_person_name, latin_korean_person
from extract.lang.native import NativeGazetteer
from extract.lang.org_words import reads_as
from extract.lang.orgnames import JA_ORG_HEADS

_KANA = r"[ァ-ヺー]{1,8}(?:[・＝ ][ァ-ヺー]{1,8}){0,3}"
_LATIN = r"[A-Z][A-Za-z'’\-]+(?:[ \-][A-Za-z][A-Za-z'’\-]*){1,4}"
_READING_NAME = re.compile(
    r"(?P<kanji>[\u4e00-\u9fff々]{2,8})\s*[（(]\s*(?:(?P<kana>" + _KANA + r")\s*"
    r"(?:[、,，/／]\s*)?)?(?P<latin>" + _LATIN + r")?\s*"
    # (金哲洙（キム・チョルス、1980年生まれ、北朝鮮国籍）: a list line's details after it)
    r"(?:(?<=[ァ-ヺーA-Za-z])\s*[、,，]\s*[^（()）\n、,，][^（()）\n]{0,40})?[）)]")
# words of a company or a body, never a person's romanization
_ORG_WORDS = re.compile(r"\b(?:Co|Company|Corporation|Corp|Ltd|LLC|Inc|Bank|Group|Trading|"
                        r"Bureau|Department|Ministry|Center|Centre|University)\b")
# パク・パダ（朴波多）: the katakana first, the kanji in brackets
_KANA_THEN_KANJI = re.compile(r"(?P<kana>[ァ-ヺー]{1,8}(?:[・＝][ァ-ヺー]{1,8}){1,3})\s*[（(]\s*"
                              r"(?P<kanji>[\u4e00-\u9fff]{2,4})\s*[）)]")
# kanji in brackets after a name that describe the person (北朝鮮籍, 中国人, 瀋陽在住)
_NOT_A_NAME = re.compile(r"(?:籍|[国本]人|在住|出身|生まれ|代表|幹部|社長|職員)$")
# KIM Ha Nul（キム・ハヌル）: the romanization first, the katakana in brackets
# (KIM Chol Su（金哲洙）: or the kanji, when they read as the romanization)
_LATIN_THEN_KANA = re.compile(r"(?<![A-Za-z])(?P<latin>" + _LATIN + r")\s*[（(]\s*(?P<kana>"
                              r"[ァ-ヺー]{1,8}(?:[・＝][ァ-ヺー]{1,8}){1,3}|"
                              r"[\u4e00-\u9fff]{2,4})\s*[）)]")
# the family name before an honorific or a defendant's or suspect's title: 朴氏, パク氏,
# シム被告, ウー容疑者 (news names the accused so after the full name); a Western family
# name in katakana is often longer than five kana (アシュトール被告), a whole word
_TITLES = r"(?:氏|被告人|被告|容疑者|受刑者)"
_FAMILY_REFERENCE = re.compile(r"(?P<family>[\u4e00-\u9fff]{1,2}|(?<![ァ-ヺー])[ァ-ヺー]{1,8})"
                               + _TITLES)
# two family names sharing one title: ウー、チェン両被告, パク、キム両氏
_PAIR_REFERENCE = re.compile(r"(?<![ァ-ヺー])(?P<first>[ァ-ヺー]{1,8})[、と]"
                             r"(?P<family>[ァ-ヺー]{1,8})両(?:氏|被告人|被告|容疑者)")


def _split_kanji(run: str, kana: str, latin: str) -> tuple[str, str]:
    """(the name at the end of a kanji run, its English spelling): 代表崔明浩 -> 崔明浩.
    The Korean reading must fit the reading given; a run of at most four characters
    with a two-part katakana reading, or whose pinyin is the romanization given, is a name
    read otherwise (a Chinese name)."""
    for size in (3, 2, 4):
        if size <= len(run):
            english = korean_person_name(run[-size:], kana, latin)
            if english:
                return run[-size:], english
    if len(run) <= 4 and kana and re.search(r"[・＝ ]", kana) and not latin:
        return run, ""
    if latin:
        # a Chinese name and its pinyin (蘇立鵬（SU Lipeng）): the romanization is the
        # name's own reading, syllable for syllable, so the two are one person
        for size in (3, 2, 4):
            if size <= len(run) and reads_as(run[-size:], latin):
                return run[-size:], ""
    return "", ""


def add_reading_names(builder: DocBuilder, native: NativeGazetteer) -> None:
    text = builder.text
    for match in _READING_NAME.finditer(text):
        kana, latin = match.group("kana") or "", match.group("latin") or ""
        run = match.group("kanji")
        if not (kana or latin) or run.endswith(JA_ORG_HEADS) or _ORG_WORDS.search(latin) \
                or run in native.surfaces["ja"]:
            continue
        kanji, english = _split_kanji(run, kana, latin)
        if not kanji:
            continue
        shown = " ".join(w if not w.isupper() or len(w) <= 1 else w.capitalize()
                         for w in latin.split()) if latin else ""
        name = shown or english or kana
        if shown:
            entity_id = make_id("Person", shown)
        elif english:
            entity_id = make_id("Person", english)
        else:
            entity_id = f"person:{native_slug(kana)}"
        start = match.end("kanji") - len(kanji)
        aliases = tuple(a for a in (kanji, kana, latin) if a)
        confidence = 0.95 if (latin or english) else 0.85
        builder.add(Found(start, match.end("kanji"), kanji, "Person", entity_id, name,
                          aliases=aliases, confidence=confidence))
        for group in ("kana", "latin"):
            if match.group(group):
                builder.add(Found(match.start(group), match.end(group), match.group(group),
                                  "Person", entity_id, name, confidence=confidence))


def _has_family(name: str, family: str) -> bool:
    """A katakana family name is the first part of a katakana name (シム・ヒョンソプ, a
    Korean or Chinese order) or its last (ジョン・スミス, a Western order)."""
    if re.fullmatch(r"[ァ-ヺー]+", family):
        parts = re.split(r"[・＝ ]", name)
        return len(parts) > 1 and family in (parts[0], parts[-1])
    return name.startswith(family) and len(name) > len(family) and \
        bool(re.fullmatch(r"[\u4e00-\u9fff]+", name))


def add_kana_then_kanji(builder: DocBuilder, native: NativeGazetteer) -> None:
    for match in _KANA_THEN_KANJI.finditer(builder.text):
        kana, kanji = match.group("kana"), match.group("kanji")
        if kana in native.surfaces["ja"] or kanji in native.surfaces["ja"] or \
                kanji in native.places["ja"] or _NOT_A_NAME.search(kanji):
            continue  # キム・チョルス（北朝鮮籍）: a note on the person, not the name's kanji
        english = korean_person_name(kanji, kana)
        entity_id = make_id("Person", english) if english else f"person:{native_slug(kana)}"
        name = english or kana
        for group in ("kana", "kanji"):
            builder.add(Found(match.start(group), match.end(group), match.group(group),
                              "Person", entity_id, name, aliases=(kana, kanji),
                              confidence=0.95 if english else 0.85))


def add_latin_then_kana(builder: DocBuilder) -> None:
    for match in _LATIN_THEN_KANA.finditer(builder.text):
        latin, kana = match.group("latin"), match.group("kana")
        if not latin_korean_person(latin):
            continue
        if not re.match(r"[ァ-ヺー]", kana) and not (
                korean_person_name(kana, "", latin) or reads_as(kana, latin)):
            continue  # kanji that are not this name's (a place, a note)
        name = " ".join(w.capitalize() for w in latin.split())
        for group in ("latin", "kana"):
            builder.add(Found(match.start(group), match.end(group), match.group(group),
                              "Person", make_id("Person", name), name, aliases=(latin, kana),
                              confidence=0.9))


def add_family_references(builder: DocBuilder) -> None:
    """朴氏 / パク氏 / シム被告 / ウー、チェン両被告: the document's one person named before
    with that family name (its first kanji, or the first or last part of its katakana
    name)."""
    persons = [f for f in builder.found if f.type == "Person" and not f.unnamed]
    matches = [(m, m.group("family")) for m in _FAMILY_REFERENCE.finditer(builder.text)]
    for pair in _PAIR_REFERENCE.finditer(builder.text):
        matches += [(pair, pair.group("first")), (pair, pair.group("family"))]
    for match, word in matches:
        group = "first" if match.re is _PAIR_REFERENCE and word == match.group("first") \
            else "family"
        kana = bool(re.fullmatch(r"[ァ-ヺー]+", word))
        # a katakana family name is whole (シム, never its last syllable ム)
        for family in dict.fromkeys((word,) if kana else (word, word[-1:])):
            owners = {f.id: f for f in persons if f.start < match.start()
                      and _has_family(f.text, family)}
            if len(owners) == 1:
                owner = next(iter(owners.values()))
                start = match.end(group) - len(family)
                # ハン氏 read by the recognizer as a person of its own: the one named before
                # (パク両被告: the recognizer may take 両 "both" into the name)
                for bare in [f for f in builder.found if f.start == start and f.type == "Person"
                             and f.end in (match.end(group), match.end(group) + 1)
                             and f.text in (family, family + "両") and f.id != owner.id]:
                    builder.withdraw(bare)
                builder.add(Found(start, match.end(group), family, "Person", owner.id,
                                  owner.name, confidence=0.8, alias=False))
                break


# an official named by the family name and the post (ポライト次官補, ミラー報道官): a person;
# katakana common nouns before a post (サイバー担当官) are none
_POST = (r"(?:報道官|国務長官|司法長官|財務長官|副長官|長官|次官補|次官|大使|特使|特別代表|"
         r"特別捜査官|捜査官|連邦検事|検事|判事|裁判官|副大統領|大統領|首相|外相|議員|弁護士)")
_KANA_OFFICIAL = re.compile(r"(?<![ァ-ヺー・＝])(?P<family>[ァ-ヺー]{2,8})" + _POST)
_COMMON_KATAKANA = re.compile(r"^(?:サイバー|デジタル|セキュリティ|テロ|エネルギー|システム|"
                              r"ネットワーク|データ|リスク|コンプライアンス|プロジェクト|チーム|"
                              r"グループ|センター|オフィス|スポーツ|メディア|ビジネス)$")


def add_titled_officials(builder: DocBuilder) -> None:
    """ミラー報道官: the one person named before whose family name it is (ジョン・ミラー), else
    a person of its own named by the katakana."""
    persons = [f for f in builder.found if f.type == "Person" and not f.unnamed]
    for match in _KANA_OFFICIAL.finditer(builder.text):
        family = match.group("family")
        start, end = match.span("family")
        if _COMMON_KATAKANA.match(family):
            continue
        owners = {f.id: f for f in persons if f.start < start and _has_family(f.text, family)}
        if len(owners) > 1:
            continue
        # the recognizer's bare ハーパー, when the full name came before: that person's
        bare = [f for f in builder.found if f.start == start and f.end == end and
                f.type == "Person" and owners and f.id not in owners]
        for found in bare:
            builder.withdraw(found)
        if any(f.start < end and start < f.end for f in builder.found):
            continue
        if owners:
            owner = next(iter(owners.values()))
            builder.add(Found(start, end, family, "Person", owner.id, owner.name,
                              confidence=0.8, alias=False))
            continue
        builder.add(Found(start, end, family, "Person", f"person:{native_slug(family)}",
                          family, confidence=0.7))


def join_bare_family_names(builder: DocBuilder) -> None:
    """A bare katakana name the recognizer took as a person of its own (ソンは…, after
    ソン・クムヒョク) is the one person named before whose first or last part it is."""
    persons = [f for f in builder.found if f.type == "Person" and not f.unnamed]
    for bare in [f for f in persons if re.fullmatch(r"[ァ-ヺー]{2,8}", f.text)]:
        owners = {f.id: f for f in persons if f.start < bare.start and f.id != bare.id and
                  bare.text in re.split(r"[・＝·･]", f.text) and re.search(r"[・＝·･]", f.text)}
        if len(owners) != 1:
            continue
        owner = next(iter(owners.values()))
        builder.withdraw(bare)
        builder.add(Found(bare.start, bare.end, bare.text, "Person", owner.id, owner.name,
                          confidence=0.8, alias=False))
