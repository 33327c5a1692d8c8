"""Amounts of money in Japanese and Korean text: 円/엔, 원, ドル/달러 with 万/億/만/억/천.

"約6億6000万ドル", "1億5000万円", "30만 달러", "약 88억 원", "$1.5 million" inside Korean text.
The qualifier comes from the words around the figure (約/약 about, 以上/이상 at least,
超/넘는 more than, 最大/최대 up to).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {"万": 10_000, "만": 10_000, "億": 100_000_000, "억": 100_000_000, "千": 1_000,
          "천": 1_000, "兆": 10**12, "조": 10**12}
_CURRENCY = {"円": "JPY", "엔": "JPY", "원": "KRW", "ドル": "USD", "달러": "USD", "弗": "USD",
             "米ドル": "USD", "미 달러": "USD", "미화": "USD"}
_AMOUNT = re.compile(
    r"(?P<pre>約|およそ|最大|약|최대|미화)?\s*"
    r"(?P<num>(?:\d[\d,.]*\s*(?:兆|億|万|千|조|억|만|천){1,2}\s*)*\d[\d,.]*\s*"
    r"(?:兆|億|万|千|조|억|만|천){0,2})"
    r"\s*(?P<cur>米ドル|ドル|円|달러|원|엔)"
    r"(?P<post>\s*(?:以上|超|余り|あまり|이상|초과|넘는|넘게|이상의|여|가량|정도))?")
_QUALIFIER = {"約": "about", "およそ": "about", "약": "about", "가량": "about", "정도": "about",
              "여": "more_than", "余り": "more_than", "あまり": "more_than",
              "最大": "up_to", "최대": "up_to", "以上": "at_least", "이상": "at_least",
              "이상의": "at_least", "超": "more_than", "초과": "more_than",
              "넘는": "more_than", "넘게": "more_than"}
# rough rates used only to give a non-dollar amount a comparable amount_usd
USD_PER = {"USD": 1.0, "JPY": 1 / 150, "KRW": 1 / 1350}


@dataclass(frozen=True)
class MoneyMention:
    start: int
    end: int
    text: str
    amount: float
    currency: str
    qualifier: str

    @property
    def amount_usd(self) -> int:
        return round(self.amount * USD_PER[self.currency])


_SMALL_UNITS = frozenset("千천")
_TOKEN = re.compile(r"(\d[\d,.]*)|(兆|億|万|千|조|억|만|천)")


def parse_number(text: str) -> float | None:
    """'6億6000万' -> 660000000; '1,500' -> 1500; '30만' -> 300000; '1천710만' and
    '1710만' -> 17100000, '2천만' -> 20000000: thousands before a 万/만 or 億/억 count in
    that unit."""
    total = 0.0
    group = 0.0  # thousands and units waiting for the large unit that follows them
    number: float | None = None
    for digits, unit in _TOKEN.findall(text.replace(" ", "")):
        if digits:
            try:
                value = float(digits.replace(",", ""))
            except ValueError:
                return None
            group += number or 0.0
            number = value
        elif unit in _SMALL_UNITS:
            group += (1.0 if number is None else number) * _UNITS[unit]
            number = None
        else:
            total += (group + (number or 0.0)) * _UNITS[unit]
            group, number = 0.0, None
    if number is None and not total and not group:
        return None
    return total + group + (number or 0.0)


def find_money(text: str) -> list[MoneyMention]:
    out = []
    for match in _AMOUNT.finditer(text):
        amount = parse_number(match.group("num"))
        if amount is None or amount <= 0:
            continue
        words = [w.strip() for w in (match.group("pre"), match.group("post")) if w]
        qualifier = next((_QUALIFIER[w] for w in words if w in _QUALIFIER), "exact")
        start = match.start("pre") if match.group("pre") else match.start("num")
        end = match.end()
        out.append(MoneyMention(start, end, text[start:end].strip(), amount,
                                _CURRENCY[match.group("cur")], qualifier))
    return out
