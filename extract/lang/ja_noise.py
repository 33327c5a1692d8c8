"""What a recognizer reads as a name in Japanese news prose but is none (entity precision).

- A news report's dateline and byline in brackets at the start of a line
  (【ソウル=山本太郎】, 【北京共同】) name the reporter and the agency, not a participant.
- A word for a kind of company (関連会社, 外国企業, 電線会社), or one right before the quoted
  name it describes (IT企業「X」), is a description, not a name.
- A katakana name in quotes (「ボラリス・テック」) is a company's: news quotes companies,
  never persons.
- A text of law (…決議, …法, …条約) is an instrument, not a body.
- A span with no letter in it (~, ・) or ending in a word of residence (X州Y在住) is a
  recognizer's slip, and so is one that holds a date or opens with a paragraph number
  (1　12月2日、… in a numbered release).
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found

# 【ソウル=山本太郎】 / 【北京共同】 / [ワシントン時事] at a line's start
_DATELINE = re.compile(r"(?m)^\s*[【\[［][^】\]］\n]{1,24}[】\]］]")
# what describes a company without naming it: its kind, its country, its role
_GENERIC_MODIFIER = (r"(?:外国|海外|国内|米国?|日本|韓国|中国|ロシア|北朝鮮|欧米|関連|偽装|ダミー|"
                     r"フロント|電線|IT|ＩＴ|情報技術|技術|貿易|親|子|同|当該|民間|大手|中小|地元|各|"
                     r"ペーパー|幽霊|仲介|人材派遣|派遣|建設|物流|運送|IT関連|金融|送金|暗号資産|"
                     r"仮想通貨|取引|被害|発注|受注|多数の|複数の|その他の|"
                     # an industry in katakana (ソフトウェア会社, アプリ開発会社): a kind
                     r"(?:ソフトウェア|ソフト|システム|アプリ|ゲーム|セキュリティ|コンサルティング|"
                     r"インターネット|ネット|ウェブ|ブロックチェーン|テクノロジー|ベンチャー|"
                     r"スタートアップ|コンテンツ|デザイン|マーケティング)(?:開発|関連|系)?)?")
_GENERIC_HEAD = (r"(?:企業|会社|法人|団体|組織|機関|業者|事業者|当局|政府|プラットフォーム|"
                 r"カンパニー)")
_GENERIC = re.compile(r"^" + _GENERIC_MODIFIER + r"\s*" + _GENERIC_HEAD + r"$|"
                      r"^[^\s、。]{1,8}大手$|"  # スポーツ用品大手: "a major sporting-goods maker"
                      # 技術者グループ, ハッカーグループ: people described by their trade
                      r"^[^\s、。]{0,6}(?:技術者|労働者|ハッカー|犯罪者?|人材|開発者)グループ$")
# a region of a state (西部アリゾナ州…) starts a place, never a name
_PLACE_LIKE = re.compile(r"^(?:東部|西部|南部|北部|中部|中西部|南東部)|[ァ-ヺー]{2,}州")
# a quoted katakana word for a thing, not a company: 「ラップトップ・ファーム」
_THING = re.compile(r"(?:ファーム|スキーム|システム|サービス|ソフト|アプリ|ツール|プログラム|"
                    r"ファイル|サイト|アカウント|マルウェア|プラットフォーム)$")
_RESIDENCE_END = re.compile(r"(?:在住|所在|出身|在籍|駐在)$")
# a text of law named after its body (国際連合安全保障理事会決議, 外国為替及び外国貿易法): an
# instrument, never a participant
# (米韓合同勧告, …共同声明: a statement, named as an advisory if at all)
_INSTRUMENT_END = re.compile(r"(?:決議|決議案|条約|協定|法|法律|規則|大統領令|命令|告示|勧告|"
                             r"声明|注意喚起|報告書|ガイダンス)$")
# "and others" glued on (情報機関トップら8人): a group described, not a name
_AND_OTHERS = re.compile(r"[一-龥ァ-ヺー]ら$")
# a date (12月2日) or a paragraph number and its space (1　…): no name
_DATE_OR_NUMBER = re.compile(r"[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日|^[0-9０-９]{1,2}[\s　]")
_LETTER = re.compile(r"[ぁ-んァ-ヺ\u4e00-\u9fffA-Za-z]")


def datelines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each dateline or byline bracket that opens a line."""
    return [(m.start(), m.end()) for m in _DATELINE.finditer(text)]


def in_dateline(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def generic_company(text: str, start: int, end: int) -> bool:
    """関連会社, 外国企業: a kind of company; IT企業「X」: the word before X's quoted name."""
    surface = text[start:end]
    return bool(_GENERIC.match(surface)) or text[end:end + 1] in ("「", "『")


def quoted(text: str, start: int, end: int) -> bool:
    """The span is the whole of a quotation: 「ボラリス・テック」."""
    return text[start - 1:start] in ("「", "『") and text[end:end + 1] in ("」", "』")


def slip(surface: str) -> bool:
    """Not a name at all: no letter in it (~), a place with 在住 or 駐在 glued on, a group
    with ら ("and others") glued on, a date."""
    return len(_LETTER.findall(surface)) < 2 or bool(_RESIDENCE_END.search(surface)) or \
        bool(_AND_OTHERS.search(surface)) or bool(_INSTRUMENT_END.search(surface)) or \
        bool(_PLACE_LIKE.search(surface)) or bool(_DATE_OR_NUMBER.search(surface))


def thing(surface: str) -> bool:
    """A katakana word for a kind of thing (ファーム, システム): no name."""
    return bool(_THING.search(surface))


def repeat_company_mentions(builder: DocBuilder) -> None:
    """A company named once in quotes (「瀋陽ボラリス網絡技術」) and later bare is the same
    company there too: each later occurrence is its mention, so that no recognizer reads a
    part of it (its katakana) as a person."""
    companies = {f.text: f for f in builder.found if f.type == "Organization"
                 and len(f.text) >= 4 and not f.unnamed and not f.text.isascii()}
    for surface, first in companies.items():
        at = builder.text.find(surface)
        while at >= 0:
            builder.add(Found(at, at + len(surface), surface, first.type, first.id,
                              first.name, properties=dict(first.properties),
                              confidence=first.confidence))
            at = builder.text.find(surface, at + len(surface))
