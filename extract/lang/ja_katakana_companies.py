"""Foreign company names written wholly in katakana with a middle dot, whose last part is
an English company word: ミョンソン・トレーディング, X・インターナショナル, X・テクノロジーズ,
X・バンク, X・ジョイント・ベンチャー.

Without a quote or a 社 after it such a name has the shape of a foreign person's name
(キム・チョルス), and the person reader (ja_recognized.py) would take it as one, cut at
eight letters a part (インターナショナ). The company word at its end says it names a body:
read first, the whole name is an Organization, and the person reader finds it taken.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, make_id
from extract.lang.ja_noise import datelines, in_dateline, thing
from extract.lang.ja_quoted import english_gloss
from extract.lang.kana_names import katakana_to_romaji
from extract.lang.native import NativeGazetteer

# English words that end company names, in katakana; not the words that also name a kind of
# thing (システム, サービス, ソフト: ja_noise.thing), which stay with the readers they have
_COMPANY_WORD = (r"(?:トレーディング|インターナショナル|テクノロジーズ?|テック|ソリューションズ?|"
                 r"システムズ|グループ|ホールディングス|ホールディングズ|コーポレーション|"
                 r"カンパニー|エンタープライズ(?:ズ)?|インダストリーズ|ネットワークス|ラボズ?|"
                 r"コンサルティング|サービシズ|エレクトロニクス|ロジスティクス|パートナーズ|"
                 r"キャピタル|ベンチャーズ|リミテッド|エクスチェンジ|コマース|マネジメント|"
                 r"リソーシズ|スタッフィング|エージェンシー|インベストメンツ?|エンジニアリング|"
                 r"ディベロップメント|デベロップメント|バンク|(?:ジョイント" + "[・·･]" +
                 r")?ベンチャー)")
_DOT = r"[・·･]"
# a proper part, then any further parts, the last one a company word (the part may be long:
# インターナショナル has nine letters), the longest such name (X・トレーディング・カンパニー・
# リミテッド), never a longer katakana word after it
# (a bullet's dot before it is no part of it: ・X・トレーディング on a list line)
# (X・ゼネラルトレーディング: the last part may be a company word with an English word glued
# before it, as one katakana word; not グループ, which follows kinds of people too)
_GLUED = r"(?:[ァ-ヺー]{2,8}(?!グループ)(?=" + _COMPANY_WORD + r"(?![ァ-ヺー])))?"
_NAME = re.compile(r"(?<![ァ-ヺー])(?<![ァ-ヺー][・·･])[ァ-ヺー]{2,12}"
                   r"(?:" + _DOT + r"[ァ-ヺー]{1,14}){0,3}" + _DOT + _GLUED + _COMPANY_WORD +
                   r"(?![ァ-ヺー])")
# a word for a kind of actor first (ハッカー・グループ): a description, not a name
_KIND_FIRST = re.compile(r"^(?:ハッカー|ハッキング|サイバー|テロ|マフィア|ギャング)" + _DOT)


def add_katakana_companies(builder: DocBuilder, native: NativeGazetteer) -> None:
    """Each dotted katakana name ending in a company word, as a company."""
    lines = datelines(builder.text)
    for match in _NAME.finditer(builder.text):
        surface = match.group(0)
        if surface in native.surfaces["ja"] or _KIND_FIRST.match(surface) or \
                thing(surface) or in_dateline(lines, match.start(), match.end()):
            continue  # a known actor keeps its own entity (ラザルス・グループ)
        english = english_gloss(builder.text, match.end())
        reading = katakana_to_romaji(surface.replace("·", "・").replace("･", "・"))
        builder.add(Found(match.start(), match.end(), surface, "Organization",
                          make_id("Organization", english or reading), english or surface,
                          aliases=(surface,), properties={"kind": "company"},
                          confidence=0.75))
