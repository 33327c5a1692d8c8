"""The charges of a US case as Japanese news states them: CHARGED_WITH from a defendant to
the report's case (ja_cases.py), for a sentence that names the offences a charge, a plea or
a trial is about.

The offence is what comes before 罪 in "の罪で起訴された", "罪に問われている", "の3つの罪
について有罪を認めた"; the defendants are those the sentence makes defendants (ja_cases), or
its subject when that is the report's defendants as a whole: "5人は…罪に問われている" when
the report named five, "被告は"/"容疑者は" when it named one. A charge brought apart
(別途起訴, 罪でも起訴: another count, maybe another case), a plan, a condition (有罪となれば)
or a quote states no charge of the case.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Span
from extract.lang.ja_modality import stated

_CHARGED = re.compile(r"(?P<offence>[^、。「」]{2,60}?)(?:など)?の?(?:[0-9０-９]+つの)?(?:罪|容疑)"
                      r"(?:で(?:起訴|訴追)|に問われ|について(?:有罪|罪)を認め)")
_APART = re.compile(r"別途|別の事件|罪でも")
# the subject as the report's defendants: 5人は, 被告は, 容疑者は, 同被告は
_SUBJECT = re.compile(r"^(?:[^、。]{0,12}?、)?\s*(?:(?P<n>[0-9０-９]{1,2})人|同?被告|同?容疑者)"
                      r"(?:は|も|が)")
_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_CONFIDENCE = 0.7


def apply_charges(builder: DocBuilder, spans: list[Span]) -> None:
    defendant_in = [r for r in builder.relations.values()
                    if r.type == "DEFENDANT_IN" and r.frame == "charge.ja.v1"]
    cases = {r.target for r in defendant_in}
    if len(cases) != 1:
        return
    (case,) = cases
    named = list(dict.fromkeys(r.source for r in defendant_in
                               if not builder.entities[r.source].unnamed))
    text = builder.text
    for span in spans:
        sentence = span.text(text)
        match = _CHARGED.search(sentence)
        if match is None or _APART.search(sentence) or \
                stated(text, span, span.start + match.end()) is None:
            continue
        here = [r.source for r in defendant_in
                if any(e.start == span.start for e in r.evidence)]
        subject = _SUBJECT.match(sentence)
        if not here and subject is not None:
            count = subject.group("n")
            if (count and int(count.translate(_DIGITS)) == len(named)) or \
                    (not count and len(named) == 1):
                here = named
        plea = "認め" in match.group(0)
        offence = re.sub(r"^(?:[0-9０-９]+人|同?被告|同?容疑者)は、?", "",
                         match.group("offence").strip())
        for person in dict.fromkeys(here):
            builder.relate("CHARGED_WITH", person, case, span, frame="charge.ja.v1",
                           confidence=_CONFIDENCE,
                           modality="pleaded_guilty" if plea else "charged",
                           properties={"charges": [offence]})
