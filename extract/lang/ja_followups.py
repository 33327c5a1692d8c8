"""A further target added in the sentence after a Japanese designation: …Xを制裁対象に追加した。
さらに、同社の幹部Yも対象になった。

The particle も ("also") on a name that "became a target" (対象になった / 対象となった / 対象に
加わった) adds it to the designation the sentence before stated: the states that designated
there designated it too. Only names the sentence marks with も count (with those joined to
them: YとZも); a body named only as where the person works (同社の幹部Y) is no target. A
plan, a negation or a condition (対象になる場合) states nothing (ja_modality.py).
"""

from __future__ import annotations

import re
from itertools import pairwise

from extract.lang.common import DocBuilder, Found, Span
from extract.lang.frames import JA
from extract.lang.ja_modality import stated
from extract.lang.roles import act_date

# Yも(制裁の)対象になった: the name, its reading or title in brackets, then も
_ALSO = re.compile(r"\s*(?:[（(][^）)]{1,30}[）)])?\s*(?:氏|社)?\s*も\s*(?:[^、。]{0,12}の)?\s*"
                   r"(?:制裁|資産凍結)?(?:の)?\s*対象(?:に|と)\s*(?:なっ|なり|加わっ|含まれ)")
_VERB = re.compile(r"対象(?:に|と)\s*(?:なっ|なり|加わっ|含まれ)[^。]{0,4}")
_CONFIDENCE = 0.75  # the designator is the sentence before's, not named here


def apply_also_targets(builder: DocBuilder, spans: list[Span]) -> None:
    text = builder.text
    for before, span in pairwise(spans):
        designators = list(dict.fromkeys(
            r.source for r in builder.relations.values() if r.type == "DESIGNATED" and
            any(before.start <= e.start < before.end for e in r.evidence)))
        if not designators:
            continue
        names = [f for f in builder.in_span(span, ("Person", "Organization")) if not f.unnamed]
        for index, found in enumerate(names):
            also = _ALSO.match(text, found.end)
            if also is None:
                continue
            verb = _VERB.search(text, found.end, span.end)
            dated = act_date(builder, span, JA, bool(JA.recall.search(text, span.start,
                                                                    span.end)))
            if verb is None or stated(text, span, verb.end()) is None or dated is None:
                break
            for target in _joined(builder, names[:index + 1]):
                for actor in designators:
                    builder.relate("DESIGNATED", actor, target.id, span,
                                   frame="also-target.ja.v1", confidence=_CONFIDENCE,
                                   properties=dated[0], date_basis=dated[1])
            break


def _joined(builder: DocBuilder, names: list[Found]) -> list[Found]:
    """The last name and those coordinated before it (AとBも)."""
    group = [names[-1]]
    for prev in reversed(names[:-1]):
        if not JA.coordinator.match(builder.text[prev.end:group[0].start]):
            break
        group.insert(0, prev)
    return group
