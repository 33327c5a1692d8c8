"""The prison terms a Korean court report gives, and which of them a sentencing verb hands
down (ko_cases.py reads who receives it).

A term is written after the word (징역 5년, 징역 8년 6개월, and in the courts' own style
징역 1년 6월: months without 개) or before it (60개월의 징역형, 3년 4개월의 징역, 5년형,
5년의 실형); a US term may be written as custody (연방 교도소 수감 102개월, 102개월의
수감형). A sentence may give two terms: the prosecutors' request and the court's
sentence (검찰은 징역 7년을 구형했으나 법원은 징역 5년을 선고했다, 검찰이 구형한 징역
7년보다 낮은 징역 5년을 선고했다); the verb belongs to the term right before it, never to
one a request (구형) or another term stands between.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# (월 alone is a month of the term only after the years and before a particle or the verb:
# 징역 1년 6월을 선고했다; 3월에 선고받았다 is a date)
_MONTHS_AFTER_YEARS = r"월(?=\s*(?:을|를|의|과|와|이|가|형|,|\)|$|\s+(?:선고|실형|형|징역형)))"
# (a US prison term is also written as custody: 수감 102개월, 102개월의 수감형)
_TERM = re.compile(r"(?:징역|금고|수감|복역)\s*(?:(?P<y>\d{1,2})\s*년(?:\s*(?P<m2>\d{1,2})\s*" +
                   _MONTHS_AFTER_YEARS + r")?)?\s*(?:(?P<m>\d{1,3})\s*개월)?")
# the term before the word: 60개월의 징역형, 8년 징역형, 3년 4개월의 징역, 5년형 (실형)
# (the months may carry their years as a gloss: 102개월(8년 6개월)의 징역형)
_TERM_BEFORE = re.compile(r"(?<!\d)(?:(?P<y>\d{1,2})\s*년)?\s*(?:(?P<m>\d{1,3})\s*개월)?\s*"
                          r"(?:\([^()]{1,20}\)\s*)?"
                          r"(?:의\s*)?(?:징역형?|금고형?|수감형|복역형|실형|형)")
# how far after its term a sentencing verb may stand (징역 40개월과 3년간의 보호관찰, 그리고
# … 몰수를 함께 선고했다)
_REACH = 90
# a term the prosecutors ask for, not one the court gives
_ASKED = re.compile(r"구형|요청|요구")


class Term(NamedTuple):
    start: int
    end: int
    months: int


def terms(sentence: str) -> list[Term]:
    """Every prison term the sentence writes, in order (a term written both ways once)."""
    out: list[Term] = []
    for pattern in (_TERM, _TERM_BEFORE):
        for match in pattern.finditer(sentence):
            groups = match.groupdict()
            years, months = groups.get("y"), groups.get("m") or groups.get("m2")
            if not (years or months):
                continue
            if any(t.start < match.end() and match.start() < t.end for t in out):
                continue
            out.append(Term(match.start(), match.end(),
                            int(years or 0) * 12 + int(months or 0)))
    return sorted(out)


def handed_down(sentence: str, *verbs: re.Pattern[str]) -> tuple[Term, str] | None:
    """The term a verb of `verbs` hands down, with the text after the term that the verbs
    are read in, or None: the verb after the term within reach, before the next term, with
    no request (구형) between (the verbs may anchor at the term's end: ^)."""
    found = terms(sentence)
    for index, term in enumerate(found):
        stop = found[index + 1].start if index + 1 < len(found) else len(sentence)
        after = sentence[term.end:min(term.end + _REACH, stop)]
        for verb in (v.search(after) for v in verbs):
            if verb is not None and not _ASKED.search(after, 0, verb.start()):
                return term, after
    return None


def first_given(sentence: str) -> int | None:
    """The months of the first term the sentence gives that is no request (for "the same
    term" a later sentence refers to)."""
    for term in terms(sentence):
        if not _ASKED.search(sentence, term.end, term.end + 20):
            return term.months
    return None
