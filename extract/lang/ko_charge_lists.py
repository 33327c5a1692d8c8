"""Defendants a Korean report lists without a particle of their own (ko_charges.py reads
the rest).

- A name coordinated with an object the report only describes or counts: "A(Latin)과,
  [relative clause] 외국인 3명을 기소했다", "미국인 A와 중국 국적자 6명, 대만 국적자 2명을
  기소했다". The conjunction joins A to the object of the indictment when a comma follows
  it (a complement of a verb takes no comma: "A와, …") or when only nouns and counts stand
  between the conjunction and the object's particle. "A와 공모한 외국인 3명을 기소했다"
  (A is whom they conspired with), "A와 함께 B를 기소했다" (ko_charges reads 함께) and a
  clause's end between ("A와 만나 … 3명을") make A no defendant.
- Names the report gives a counted group by: "A, B, C라는 이름을 쓰는 외국인 3명도 피고인으로
  올랐다" (the three are known by those names); the count must be the number of names, so
  "A라는 인물을 비롯한 3명" names no one but A's companions.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.lang.common import DocBuilder, Found, Span
from extract.lang.ko_charge_cues import AFTER_NAME, COUNTS

Group = Callable[[list[Found], int], list[Found]]

# the object's particle, a word's end
_OBJECT_END = re.compile(r"(?:을|를)(?![가-힣])")
# (these two are matched from a position: no "^")
# the name, then the conjunction (not "together with")
_CONJUNCT = re.compile(AFTER_NAME + r"(?:과|와)(?![가-힣])(?!\s*(?:함께|같이))")
# the words between the conjunction and the object's particle, when no comma follows the
# conjunction: nouns and counts only (중국 국적자 6명, 대만 국적자 2명), none a verb's
# form (공모한, 일하는, 만나)
_NOUNS_ONLY = re.compile(r"^(?:\s*[,·]?\s*(?:[가-힣]+|\d+\s*명|\d+)"
                         r"(?<![한된던운준낸린할될는은을를이가도에고며서면해])){1,8}\s*$")
# a clause's end: what stands after it is another verb's
_CLAUSE_END = re.compile(r"(?:다|고|며|면|지만|는데)[\s,]")
# … or "together", "on the charge of" after the conjunction: A belongs to another verb
_CLAUSE = re.compile(_CLAUSE_END.pattern + r"|함께|같이|혐의|에\s*대해")
# "…(이)라는 (이름을 쓰는) [words] N명은/도/을": the names the counted group goes by
_NAMED_AS = re.compile(r"\s*(?:\([^)]{1,40}\))?\s*(?:이)?라는\s+(?:(?:이름|가명)(?:을|으로)?\s+"
                       r"(?:쓰는|사용하는|쓴|사용한)\s+)?(?:[가-힣]+\s+){0,2}?"
                       r"(?P<count>\d+|두|세|네|다섯)\s*명\s*(?:은|는|이|가|도|을|를)(?![가-힣])")


def object_conjuncts(builder: DocBuilder, span: Span, verb_at: int, persons: list[Found],
                     group: Group) -> list[Found]:
    """The persons coordinated with the unnamed object of the indictment whose verb stands
    at `verb_at` (an offset in the text)."""
    text = builder.text
    ends = list(_OBJECT_END.finditer(text, span.start, verb_at))
    if not ends:
        return []
    particle = ends[-1].start()
    if _CLAUSE_END.search(text, particle, verb_at):
        return []  # the object is not the verb's own (… 3명을 만나고 기소했다)
    for index in range(len(persons) - 1, -1, -1):
        person = persons[index]
        if person.end > particle:
            continue
        conjunct = _CONJUNCT.match(text, person.end, particle)
        if conjunct is None:
            continue
        between = text[conjunct.end():particle]
        if any(p.start >= conjunct.end() and p.end <= particle for p in persons):
            return []  # a named object: ko_charges reads "A와 B를"
        comma = between.lstrip().startswith(",")
        if (comma and not _CLAUSE.search(between)) or \
                (not comma and _NOUNS_ONLY.match(between)):
            return group(persons, index)
        return []
    return []


def named_as(builder: DocBuilder, span: Span, persons: list[Found], group: Group,
             before: int) -> list[Found]:
    """The persons a counted group before `before` (an offset: the verb) goes by."""
    text = builder.text
    for index in range(len(persons) - 1, -1, -1):
        person = persons[index]
        if person.end > before:
            continue
        match = _NAMED_AS.match(text, person.end, before)
        if match is None:
            continue
        named = group(persons, index)
        count = match.group("count")
        wanted = COUNTS.get(count, int(count) if count.isdigit() else 0)
        return named if len({p.id for p in named}) == wanted else []
    return []
