"""Defendants a Korean report first counts by nationality and names later.

A report may charge people by count before it names them: "X 국적자 2명을 기소했다",
"Y인 1명과 Z인 2명도 함께 기소됐다", and only in a later sentence say who they are, by the
same nationality in apposition ("Z인인 A와 B는 …", "Y인 C는 …") or as the topic of a cleft
("X 국적자는 D와 E로 …"). The persons so named are the counted defendants when the list
holds exactly as many persons as the count: the count is the evidence that ties a name to
the charge, so a lone namesake of the nationality (one Z인 when two were charged) or a
second list of the same nationality (each count is named once) ties nothing. A count is
read only where the charge is asserted (not a plan, a negation, a quote), and a naming
sentence that sets its persons apart (별건, 무관: another matter) names no defendant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.lang.common import DocBuilder, Found, Span
from extract.lang.ko_charge_cues import ACTIVE, COUNTS, NOT_ASSERTED, PASSIVE, SAME_CASE
from extract.lang.ko_charge_refs import group_of, persons_in

# a nationality counted: "브라질인 1명", "북한 국적자 2명", "미국 국민 3명" (a stem of two
# syllables or more, so 개인/지인 "individuals/acquaintances" are no nationality)
_COUNTED = re.compile(r"(?<![가-힣])(?P<stem>[가-힣]{2,6})\s*(?:인|\s*국적자|\s*국민)\s*"
                      r"(?P<n>\d+|한|두|세|네|다섯)\s*명")
# what may stand between the count and the charge verb: further counted items of the same
# list, particles, "together/also" (…1명과 미국인 2명도 함께 기소됐다); no clause of its own
_TO_CHARGE = re.compile(r"^(?:[과와도을를이가은는,·및\s]|함께|모두|각각|추가로|"
                        r"[가-힣]{2,6}\s*(?:인|국적자|국민)\s*(?:\d+|한|두|세|네|다섯)\s*명)*$")
_VERB = re.compile(r"기소|재판|공소|피고인")
_SET_APART = re.compile(r"별건|별도\s*(?:사건|수사)|다른\s*사건|무관")
_ONE = {"한": 1}


def _intro(stem: str) -> re.Pattern[str]:
    """The nationality right before a name: in apposition (Z인인 A, Z인 A, Z 국적의 A,
    Z 국적자 A) or as the topic of a cleft over the names (Z 국적자는 A와 B로/이다)."""
    return re.compile(re.escape(stem) + r"\s*(?:(?:인|국적자|국민)(?:인|이자|은|는)?|"
                      r"국적(?:의|인))\s*$")


@dataclass
class CountedDefendants:
    """The counts read so far: stem → (number, the charge it belongs to). A charge is a
    small integer: a count in a sentence that says "together" (함께 기소) or ties itself to
    the case (이 사건) joins the charge before; any other opens a new one."""

    counts: dict[str, tuple[int, int]] = field(default_factory=dict)
    charge: int = 0

    def read_counts(self, sentence: str) -> bool:
        """Read the counts the sentence charges; True if it has any. A count not tied to
        the charge before (함께, 이 사건) opens a charge of its own."""
        found = False
        for verb in (*ACTIVE.finditer(sentence), *PASSIVE.finditer(sentence)):
            if NOT_ASSERTED.search(sentence[verb.end():verb.end() + 14]):
                continue
            # (the active's match may open at an earlier object: 일을 따낸 혐의로 X 2명을
            # 기소했다; the count is read up to the verb word itself)
            at = verb.start() + [w.start() for w in _VERB.finditer(verb.group())][-1]
            for count in _COUNTED.finditer(sentence, 0, at):
                if not _TO_CHARGE.match(sentence[count.end():at]):
                    continue
                if not found and not (SAME_CASE.search(sentence) and self.charge):
                    self.charge += 1
                found = True
                number = count.group("n")
                wanted = int(number) if number.isdigit() else \
                    _ONE.get(number) or COUNTS.get(number, 0)
                self.counts[count.group("stem")] = (wanted, self.charge)
        return found

    def named(self, builder: DocBuilder, span: Span) -> tuple[list[Found], int | None]:
        """The persons of the sentence a count names, and the charge of that count."""
        text = builder.text
        sentence = span.text(text)
        if _SET_APART.search(sentence) or sentence.lstrip().startswith(("\"", "“")):
            return [], None
        persons = persons_in(builder, span, span.end)
        for stem, (wanted, charge) in list(self.counts.items()):
            intro = _intro(stem)
            for index, person in enumerate(persons):
                if not intro.search(text[max(span.start, person.start - 12):person.start]):
                    continue
                group = _group_after(builder, persons, index)
                if len({p.id for p in group}) == wanted:
                    del self.counts[stem]  # each count is named once
                    return group, charge
                break
        return [], None


def _group_after(builder: DocBuilder, persons: list[Found], first: int) -> list[Found]:
    """persons[first] and those coordinated after it: the longest list group_of closes."""
    best = [persons[first]]
    for last in range(first, len(persons)):
        group = group_of(builder, persons, last)
        if not any(p is persons[first] for p in group):
            break
        best = group
    return best
