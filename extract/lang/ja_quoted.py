"""Names the Japanese pipeline reads from brackets and quotes: a title in 「」 that names a
statement (an Advisory), a company named in quotes (IT企業「X」, 「X会社」), and the English
name or romanization in brackets after a name (キム・サンマン(KIM Sang Man))."""

from __future__ import annotations

import re
from typing import Any

from extract.lang.advisory_titles import add_advisory
from extract.lang.common import DocBuilder, Found, make_id
from extract.lang.ja_companies import north_korean
from extract.lang.ja_readings import korean_org_name
from extract.lang.kana_names import katakana_to_romaji
from extract.lang.native import NativeGazetteer
from extract.lang.orgnames import JA_ORG_HEADS

# the romanization or English name in brackets after a name, alone or before other details
# (KIM Sang Man、1990年生): (KIM Sang Man), (Korea Osong
# Shipping Co.), (Shenyang Baihua Network Technology Co., Ltd.)
_BRACKETED = re.compile(r"^\s*[（(]\s*([A-Z][A-Za-z'’\-]+(?:\s+[A-Za-z][A-Za-z'’\-.]*){0,8}"
                        r"(?:,\s*(?:Ltd|Inc|LLC)\.?)?)\s*[,，、)）]")
# Japanese news quotes a company's name: IT企業「X」, 金融機関「Y」, ハッカー集団「Z」
# (the kind after the quote: 「X」という会社 "a company called X", 「X」社)
_QUOTED = re.compile(r"(?:企業|会社|機関|メーカー|団体|銀行|組織|グループ|集団)\s*"
                     # (「X」に独自制裁を科した: the target of a sanction by に; not 「X」に関する,
                     # について, による, where the quote is a topic or a means)
                     r"「([^」]{2,40})」|「([^」]{2,40})」\s*(?:など|と(?!いう|呼ばれる)|を|が|は|の|も|"
                     r"に(?!関し|関す|つい|よ[りるっ]|おい|基づ|な[っり])|[(（、。])|"
                     r"「([^」]{2,40})」\s*(?:という|との|と呼ばれる|なる)\s*(?:名の\s*)?"
                     r"(?:会社|企業|団体|組織|銀行|フロント企業|ペーパーカンパニー)|"
                     r"「([^」]{2,40})」社(?![長員内会主])")
# the head of a trading company's name, quoted in news (「遼寧X貿易」と…を制裁対象に)
_QUOTED_HEADS = ("貿易", "商事", "物産", "科技", "交易")
# the predicate of a sanction (指定, 制裁, 資産凍結, リストに追加/加え) or the word for its
# targets (対象): a sentence that has one lists its targets
_SANCTION_WORD = re.compile(r"指定|制裁|資産凍結|凍結|追加|加え|対象")
# a name's shape: kanji, katakana, Latin letters and digits, no hiragana (a quoted remark
# or slogan always has some), and none of the words of a programme or a list
_NAME_SHAPE = re.compile(r"^[一-龥ァ-ヺー・A-Za-z0-9０-９Ａ-Ｚａ-ｚ&＆\-\s]{2,30}$")
# a quote that is said: 「断固対応」と述べた, 「遺憾」と強調した (a name after と is a noun)
_SAID = re.compile(r"\s*と\s*(?:[一-龥]{0,4}(?:述べ|語|強調|説明|批判|非難|指摘|表明|主張|話|訴え|"
                   r"呼びかけ|呼び掛け|発言|応じ|答え|反発)|し[たて]|する|いう|の(?:見方|考え|立場))")
_NOT_A_BODY = re.compile(r"(?:リスト|国民|対象|制裁|措置|決議|法|令|計画|作戦|事件|問題|者|人材|"
                         r"要員|員)$")


def quoted_target(text: str, start: int, name: str) -> bool:
    """A quoted name among a sanction's targets: 中国の「X」と同社代表のY氏を制裁対象に
    指定した, 「X」と「Y」の2社を制裁リストに追加した, 対象は…の「X」. The quote has a
    name's shape (no hiragana, no programme or list word) and its sentence a sanction
    word; what follows the quote (と, を, の, など…) is checked by the caller. (「X社」
    is left to the company readers, which name it X.)"""
    if not _NAME_SHAPE.match(name) or _NOT_A_BODY.search(name) or name.endswith("社") or \
            _SAID.match(text, start + len(name) + 1):
        return False
    begin = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find("。", start), text.find("\n", start)) if i >= 0]
    return bool(_SANCTION_WORD.search(text, begin, min(stops) if stops else len(text)))


# a quoted title: one that ends in a statement noun, any one "so titled" (「X」と題する), or
# any one right after the kind of statement it is (報告書「X」)
_TITLE = re.compile(r"[「『]([^」』]{4,80}(?:注意喚起|声明|ガイダンス|勧告|アドバイザリー|"
                    r"報告書|指針|注意報|告知|手引き))[」』]|[「『]([^」』]{4,80})[」』]\s*と題(?:する|した)|"
                    # the kind of statement right before its quoted title: 報告書「X」
                    # (文書「X」, リーフレット「X」: a document of any kind, named by its title)
                    r"(?:報告書|声明|注意喚起|ガイダンス|勧告|告知|指針|文書|資料|リーフレット|"
                    r"ファクトシート|パンフレット|公共広告|アドバイザリー|注意報|手引き)\s*"
                    r"[「『]([^」』]{4,80})[」』]")


def english_gloss(text: str, end: int) -> str:
    """The English name or romanization in brackets right after `end`, if any."""
    match = _BRACKETED.match(text[end:end + 80])
    if not match:
        return ""
    words = match.group(1).split()
    return " ".join(w if not w.isupper() or len(w) <= 1 else w.capitalize() for w in words)


def reading(span: Any) -> str:
    """How a span of a GiNZA Doc reads, in romaji (ids must be ASCII): 警察庁 -> keisatsuchou."""
    return " ".join(katakana_to_romaji((t.morph.get("Reading") or [t.text])[0]) for t in span)


def add_titles(builder: DocBuilder, native: NativeGazetteer) -> None:
    """A document title in 「」 that names an advisory or statement is an Advisory."""
    for match in _TITLE.finditer(builder.text):
        group = next(g for g in (1, 2, 3) if match.group(g))
        add_advisory(builder, native, match.start(group), match.end(group))


def add_quoted_names(builder: DocBuilder, native: NativeGazetteer, doc: Any) -> None:
    """A quoted name after a word for a company (IT企業「X」), before one (「X」という会社,
    「X」社), or a quoted name with a company head (「X会社」, 「X貿易」), is an organization."""
    for match in _QUOTED.finditer(builder.text):
        group = next(g for g in (1, 2, 3, 4) if match.group(g))
        name = match.group(group)
        if group == 2 and not name.endswith(JA_ORG_HEADS + _QUOTED_HEADS) and \
                not quoted_target(builder.text, match.start(group), name):
            continue
        if name in native.surfaces["ja"] or _TITLE.match(f"「{name}」"):
            continue
        start, end = match.start(group), match.end(group)
        english = english_gloss(builder.text, end + 1) or korean_org_name(
            name, north_korean(builder.text, match.start()))
        span = doc.char_span(start, end, alignment_mode="expand")
        key = english or (reading(span) if span is not None else name)
        builder.add(Found(start, end, name, "Organization", make_id("Organization", key),
                          english or name, aliases=(name,),
                          properties={"kind": "company"}, confidence=0.8))


# a katakana name with one Latin word in brackets (ハンビョル（Hanbyol）): a body's name
# spelled out, as notices gloss a group's or a company's name; a person's romanization has
# a family and a given name (KIM Su Il), an acronym (ICBM) glosses a thing
# (never before a person's title or honorific: ハーリー（Hurley）次官, …氏)
_GLOSSED = re.compile(r"(?<![ァ-ヺー・])([ァ-ヺー]{3,12})\s*[（(]\s*([A-Z][a-z]{2,20})\s*[）)]"
                      r"(?!\s*(?:氏|さん|次官|長官|大臣|大統領|議員|局長|容疑者|被告|代表|社長|"
                      r"報道官|捜査官|検事|判事))")


def add_glossed_bodies(builder: DocBuilder, native: NativeGazetteer) -> None:
    text = builder.text
    known = {*native.surfaces["ja"], *native.places["ja"]}
    for match in _GLOSSED.finditer(text):
        kana, latin = match.group(1), match.group(2)
        if kana in known or any(f.start < match.end() and match.start() < f.end
                                for f in builder.found):
            continue
        entry = native.english.lookup(latin)
        if entry and entry[0].type != "Organization":
            continue  # a person's or a place's name the English lists know
        entity_id, name = (entry[0].id, entry[0].name) if entry else \
            (make_id("Organization", latin), latin)
        for group in (1, 2):
            builder.add(Found(match.start(group), match.end(group), match.group(group),
                              "Organization", entity_id, name, aliases=(kana,),
                              properties={"kind": "group"}, confidence=0.7))
