"""Examples of counted targets given by kind in a later sentence: 韓国外務省は…個人4人と
2団体を独自制裁の対象に指定したと発表した。…個人はキム・X氏ら、団体は朝鮮Y会社などで….

A news report counts the targets in the designation and, a sentence or two later in the
same paragraph, names some of each kind as examples: the kind as topic (個人は, 団体は,
機関は, 企業は), then names closed by "and others" (ら, など, 等). The names of a kind the
counting sentence counted are targets of that sentence's actor, as the counted examples of
ja_counted.py are; the exact fill that reader needs is not needed here, since ら/など
says the names are some of the counted ones. The counting sentence must state the act
(no plan, no quote) and name its actor; a sentence between that another actor's act fills
does not break the tie (米政府も同日、制裁対象を発表した), only a new paragraph does. A
person's kind takes persons only, a body's kind bodies only.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Span
from extract.lang.cues import JA
from extract.lang.frames import FRAMES
from extract.lang.ja_modality import stated
from extract.lang.roles import act_date, actors_of, designator_of

_PREDICATES = [f.predicate for f in FRAMES["ja"] if f.name == "designation.ja.v1"]
_N = r"[0-9０-９一二三四五六七八九十]{1,2}"
_COUNTS_PERSONS = re.compile(r"(?:個人\s*" + _N + r"\s*(?:人|名)|" + _N + r"\s*(?:人|名|個人))")
_COUNTS_BODIES = re.compile(_N + r"\s*(?:つの)?\s*(?:団体|機関|企業|社)|(?:団体|機関|企業)\s*" + _N)
# the kind as topic, then the examples up to ら/など/等
_KIND = re.compile(r"(?:^|[、，]\s*)(個人|人物|団体|機関|企業)(?:は|では)、?\s*"
                   r"([^。]{1,80}?)(?:氏)?\s*(?:ら|など|等)(?=[、，でだがのを。]|\s)")
_PERSON_KINDS = ("個人", "人物")
_LOOKAHEAD = 3  # sentences after the counting one
_CONFIDENCE = 0.7


def apply_count_examples(builder: DocBuilder, spans: list[Span]) -> None:
    text = builder.text
    for index, span in enumerate(spans):
        sentence = span.text(text)
        match = next((m for p in _PREDICATES if (m := p.search(sentence))), None)
        if match is None:
            continue
        persons = bool(_COUNTS_PERSONS.search(sentence))
        bodies = bool(_COUNTS_BODIES.search(sentence))
        at = span.start + match.start()
        actors = actors_of(builder, span, JA, at)
        if not (persons or bodies) or not actors or \
                stated(text, span, span.start + match.end()) is None:
            continue
        dated = act_date(builder, span, JA, False)
        if dated is None:
            continue
        for later in spans[index + 1:index + 1 + _LOOKAHEAD]:
            if "\n\n" in text[span.end:later.start]:
                break
            for kind in _KIND.finditer(later.text(text)):
                person_kind = kind.group(1) in _PERSON_KINDS
                if not (persons if person_kind else bodies):
                    continue
                names = builder.in_span(Span(later.start + kind.start(2),
                                             later.start + kind.end(2) + 1),
                                        ("Person",) if person_kind else ("Organization",))
                for name in names:
                    if name.unnamed:
                        continue
                    for actor in actors:
                        builder.relate("DESIGNATED", designator_of(builder, actor.id, span),
                                       name.id, later, frame="count-examples.ja.v1",
                                       confidence=_CONFIDENCE, properties=dated[0],
                                       date_basis=dated[1])
