"""The clefts by which Korean reports name defendants: the list a copula closes.

"이번 사건의 피고인은 A와 B, 중국 국적의 C였다", "3명의 이름은 A(31), B(34), C(33)이다": the
names are the complement of the copula only when nothing but further items of the same list
stands between the last name found and the copula that ends the sentence ("피고인은 A의
도움을 받았다고 말했다" and "피고인은 A와 함께 일했다" equate the defendant with nobody).
ko_charges.py decides whose names they are (the defendants, by the topic or the sentence
before).
"""

from __future__ import annotations

import re

_COPULA = re.compile(r"(?:이었다|였다|이다|다)$")
_PARTICULARS = re.compile(r"^\s*(?:\([^)]{1,40}\))?\s*(?:씨)?")
# the further items of the list after the last name found (…, 중국 국적의 X였다): separated
# items of one to four words, none closed by a particle but the genitive (국적의)
_TAIL_ITEM = re.compile(r"^\s*(?:,|·|과|와|및)\s*((?:[가-힣]+\s+){0,3}[가-힣]+)")
_PARTICLE_END = re.compile(r"[을를은는이가에로도와과]$|^(?:함께|같이)$")
# "the names (of the N) are …" and what it may be the names of (never a pseudonym's, a
# firm's or an account's)
NAMES_CLEFT = re.compile(r"(?<![가-힣])(?:이름|신원)(?:은|는)\s")
CHARGED_TOPIC = re.compile(r"피고|기소")
NOT_THE_PERSONS = re.compile(r"가명|별명|위장|회사|업체|사이트|계정|법인")


def closes_list(tail: str) -> bool:
    """Is `tail` (the text after a name to the sentence's end) the rest of a list the
    copula closes: further items, then 이다/였다?"""
    body = tail.rstrip().rstrip(".").rstrip()
    copula = _COPULA.search(body)
    if copula is None:
        return False
    body = _PARTICULARS.sub("", body[:copula.start()], count=1)
    while body.strip():
        item = _TAIL_ITEM.match(body)
        if item is None or any(_PARTICLE_END.search(w) for w in item.group(1).split()):
            return False
        body = body[item.end():]
    return True
