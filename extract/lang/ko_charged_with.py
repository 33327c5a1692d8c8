"""The charges a Korean report of a US indictment says a defendant faces (CHARGED_WITH).

A sentence that makes a person a defendant by a charging verb (ko_charges.py: A를 … 혐의로
기소했다, A는 … 혐의로 기소됐다, A에게는 … 혐의가 적용됐다) and names the charge before
혐의 states the charges against that defendant in that case: CHARGED_WITH, modality
charged (docs/annotation.md, settled question 4), its charges the words before 혐의 as the
report writes them (none when a clause's verb stands there: … 벌어들인 혐의로).
Not a charge: a suspicion with no charging verb (혐의를 받고 있다), a plea (혐의를
인정했다) or a conviction, a plan or a negation after the verb, and a defendant a sentence
makes one without naming a charge (피고인 명단에 올랐다).
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Span
from extract.lang.dates import find_dates
from extract.lang.ko_charge_cues import ACTIVE, CHARGES_APPLIED, NOT_ASSERTED, PASSIVE, PLEA

# the charge named before 혐의, back to a clause's or a name's edge: "전신사기 공모와
# 자금세탁 공모 등의 혐의로", "금융상품 세탁 공모 등의 혐의가"
_CHARGE = re.compile(r"(?P<charge>[가-힣A-Za-z0-9·()]+(?:[ ,]+[가-힣A-Za-z0-9·()]+){0,7}?)"
                     r"\s*(?:등의\s*)?혐의(?:로|가|를)\s")
# words of a clause, not of a charge's name: a particle of the sentence's own roles
_NOT_CHARGE_WORD = re.compile(r"(?:은|는|이|가|을|를|에게|에게는|에서|으로|다|고|며|해)$")
# a clause's verb before 혐의 (… 돈을 벌어들인 혐의로: "on the charge of having earned"):
# the charge is described, not named
_RELATIVE_END = re.compile(r"(?:한|된|인|은|는|던|운|른|낸|준)$")
CHARGED = 0.6


def _charges(sentence: str) -> list[str]:
    out = []
    for match in _CHARGE.finditer(sentence):
        words = re.split(r"\s+", match.group("charge").strip(" ,"))
        while words and _NOT_CHARGE_WORD.search(words[0]):
            words.pop(0)  # (A는 전신사기 혐의로: A는 is the subject, no charge)
        kept: list[str] = []
        for word in reversed(words):
            if _NOT_CHARGE_WORD.search(word) and not word.endswith(("와", "과")):
                break
            kept.insert(0, word)
        charge = " ".join(kept).strip(" ,")
        if charge and not _RELATIVE_END.search(charge):
            out.append(charge)
    return out


def _charging(sentence: str) -> bool:
    if PLEA.search(sentence):
        return False
    for pattern in (ACTIVE, PASSIVE, CHARGES_APPLIED):
        for match in pattern.finditer(sentence):
            if not NOT_ASSERTED.search(sentence[match.end():match.end() + 14]):
                return True
    return False


def add_charged_with(builder: DocBuilder) -> None:
    for relation in list(builder.relations.values()):
        # (a defendant the report first gives as sentenced keeps the sentencing frame; the
        # indictment sentence joins that relation's evidence and names the charges)
        if relation.type != "DEFENDANT_IN" or relation.frame not in ("charge.ko.v1",
                                                                      "sentence.ko.v1"):
            continue
        for evidence in relation.evidence:
            sentence = evidence.sentence
            if not _CHARGE.search(sentence) or not _charging(sentence):
                continue
            charges = _charges(sentence)
            span = Span(evidence.start, evidence.end)
            dates = find_dates(sentence, builder.meta.date)
            date = dates[0].iso if dates else builder.meta.date
            builder.relate("CHARGED_WITH", relation.source, relation.target, span,
                           frame="charge.ko.v1", confidence=CHARGED, modality="charged",
                           properties={**({"charges": charges} if charges else {}),
                                       **({"date": date} if date else {})},
                           date_basis="sentence" if dates else "document")
            break
