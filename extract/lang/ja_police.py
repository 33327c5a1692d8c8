"""A prefecture's police as Japanese news and releases name it: 大阪府警, 神奈川県警察,
福岡県警察本部, 北海道警.

Japanese cases of IT workers are investigated and referred by prefectural police forces
(the Tokyo force, 警視庁, is in the native gazetteer). The force is an Agency of Japan named
"<Prefecture> Prefectural Police"; the prefecture is taken from the 47 names below, so a
word that only ends like one (府警 alone, 同県警 "the same prefecture's police") names no
force, and the recognizer's piece of it (大阪府) is no body.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, make_id

PREFECTURES = {
    "北海道": "Hokkaido", "青森": "Aomori", "岩手": "Iwate", "宮城": "Miyagi", "秋田": "Akita",
    "山形": "Yamagata", "福島": "Fukushima", "茨城": "Ibaraki", "栃木": "Tochigi",
    "群馬": "Gunma", "埼玉": "Saitama", "千葉": "Chiba", "神奈川": "Kanagawa", "新潟": "Niigata",
    "富山": "Toyama", "石川": "Ishikawa", "福井": "Fukui", "山梨": "Yamanashi", "長野": "Nagano",
    "岐阜": "Gifu", "静岡": "Shizuoka", "愛知": "Aichi", "三重": "Mie", "滋賀": "Shiga",
    "京都": "Kyoto", "大阪": "Osaka", "兵庫": "Hyogo", "奈良": "Nara", "和歌山": "Wakayama",
    "鳥取": "Tottori", "島根": "Shimane", "岡山": "Okayama", "広島": "Hiroshima",
    "山口": "Yamaguchi", "徳島": "Tokushima", "香川": "Kagawa", "愛媛": "Ehime", "高知": "Kochi",
    "福岡": "Fukuoka", "佐賀": "Saga", "長崎": "Nagasaki", "熊本": "Kumamoto", "大分": "Oita",
    "宮崎": "Miyazaki", "鹿児島": "Kagoshima", "沖縄": "Okinawa",
}
# the prefecture with its 道/府/県 (北海道 is whole), then the force: 警察本部, 警察, 警 (not
# 警察官 "a police officer", 警部 a rank)
_FORCE = re.compile(r"(?P<pref>北海道|(?:" + "|".join(p for p in PREFECTURES if p != "北海道")
                    + r")[府県])(?:警察本部|警察(?![官署])|警(?![察部視備]))")


def add_prefectural_police(builder: DocBuilder) -> None:
    for match in _FORCE.finditer(builder.text):
        prefecture = match.group("pref")
        english = PREFECTURES[prefecture if prefecture == "北海道" else prefecture[:-1]]
        name = f"{english} Prefectural Police"
        # the recognizer's piece (大阪府) goes: the force is the name
        for found in [f for f in builder.found if match.start() <= f.start and
                      f.end <= match.end() and f.type == "Organization"]:
            builder.withdraw(found)
        builder.add(Found(match.start(), match.end(), match.group(0), "Agency",
                          make_id("Agency", name), name, properties={"country": "JP"},
                          confidence=0.85))
