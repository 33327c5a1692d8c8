"""A Korean phrase before a statement noun that describes statements rather than names one.

The title reader takes the words before 주의보/성명/지침 up to the clause's start. A report
also speaks of statements in general: "그간 발표한 X 관련 주의보" (the advisories published
so far), "이번에 새로운 제재나 주의보를" (any new sanction or advisory this time). Such a
phrase opens with a verb's adnominal form (발표한, 내놓은: "which it published") or a word of
time or kind (이번에, 그간, 새로운, 각종), or offers a choice (제재나 주의보): no title.
A title's own "about" words (X에 관한, X에 대한) stay titles.
"""

from __future__ import annotations

import re

_OPENERS = frozenset({"이번에", "이번", "그간", "그동안", "새로운", "새", "다른", "각종", "여러",
                      "기존", "기존의", "추가", "모든", "어떤", "별도의", "관련"})
_ABOUT = frozenset({"관한", "대한", "위한", "의한"})
# an adnominal verb: a stem of two or more syllables and the ending (발표한, 내놓은, 배포된;
# not 북한, whose 한 is no ending)
_ADNOMINAL = re.compile(r"^[가-힣]{2,}(?:한|된|던|낸|놓은)$")
_CHOICE = re.compile(r"[가-힣](?:이)?나\s")


def described(phrase: str) -> bool:
    words = phrase.split()
    if not words:
        return False
    first = words[0]
    if first in _OPENERS or (_ADNOMINAL.match(first) and first not in _ABOUT):
        return True
    return bool(_CHOICE.search(phrase))
