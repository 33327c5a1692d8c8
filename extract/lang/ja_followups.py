"""A further target added in the sentence after a Japanese designation: …Xを制裁対象に追加した。
さらに、同社の幹部Yも対象になった。

The particle も ("also") on a name that "became a target" (対象になった / 対象となった / 対象に
加わった / 制裁対象機関に含まれた) adds it to the designation the sentence before stated: the
states that designated there designated it too. Only names the sentence marks with も count
(with those joined to them: YとZも); a body named only as where the person works (同社の幹部Y)
is no target. A plan, a negation, a possibility or a condition (対象になる場合, 対象になり得る)
states nothing (ja_modality.py).

The subject particle が does the same after a sentence that announced a sanction without
naming its targets (…として新たな制裁を発表した。AとBが対象となった): the names marked
with が are those targets, the actor of the announcement their designator.
"""

from __future__ import annotations

import re
from itertools import pairwise

from extract.lang.common import DocBuilder, Found, Span, make_id
from extract.lang.cues import JA
from extract.lang.ja_counted import announced_designators
from extract.lang.ja_institutions import kind_of_school
from extract.lang.ja_modality import stated
from extract.lang.roles import act_date

# Yも(制裁の)対象になった: the name, its reading or title in brackets, then も (or が)
_ALSO = re.compile(r"\s*(?:[（(][^）)]{1,30}[）)])?\s*(?:氏|社)?\s*(も|が)\s*"
                   r"(?:[^、。]{0,12}の)?\s*(?:制裁|資産凍結)?(?:の)?\s*対象(?:者|団体|個人|機関)?(?:に|と)\s*"
                   r"(?:なっ|なり(?!得|う)|加わっ|含まれ)")
_VERB = re.compile(r"(対象(?:者|団体|個人|機関)?(?:に|と)\s*(?:なっ|なり(?!得|う)|加わっ|含まれ))"
                   r"[^。]{0,4}")
_CONFIDENCE = 0.75  # the designator is the sentence before's, not named here
# targets counted, not named, by the announcement before (3機関と個人7人を…指定すると発表した):
# a name marked with も after it is one more of them, as after a named target
_COUNTED = re.compile(r"[0-9０-９一二三四五六七八九十]+\s*(?:機関|団体|社|個人|人|名)")


def apply_also_targets(builder: DocBuilder, spans: list[Span]) -> None:
    text = builder.text
    for number, (before, span) in enumerate(pairwise(spans)):
        designators = list(dict.fromkeys(
            r.source for r in builder.relations.values() if r.type == "DESIGNATED" and
            any(before.start <= e.start < before.end for e in r.evidence)))
        announcers = [] if designators else announced_designators(builder, before)
        lead = [] if designators or announcers else _lead_announcers(builder, spans, number)
        if not designators and not announcers and not lead:
            continue
        _add_institution(builder, span)
        names = [f for f in builder.in_span(span, ("Person", "Organization")) if not f.unnamed]
        for index, found in enumerate(names):
            also = _ALSO.match(text, found.end)
            if also is None or ((also.group(1) == "が") != bool(announcers) and not (
                    announcers and _COUNTED.search(before.text(text)))) or \
                    (lead and also.group(1) != "も"):
                continue
            designators = designators or announcers or lead
            designators = designators or announcers
            verb = _VERB.search(text, found.end, span.end)
            dated = act_date(builder, span, JA, bool(JA.recall.search(text, span.start,
                                                                    span.end)))
            # (the modality read from the verb's stem on: 含まれる可能性がある is no fact)
            if verb is None or stated(text, span, verb.end()) is None or \
                    stated(text, span, verb.end(1)) is None or dated is None:
                break
            for target in _joined(builder, names[:index + 1]):
                for actor in designators:
                    builder.relate("DESIGNATED", actor, target.id, span,
                                   frame="also-target.ja.v1", confidence=_CONFIDENCE,
                                   properties=dated[0], date_basis=dated[1])
            break


def _lead_announcers(builder: DocBuilder, spans: list[Span], number: int) -> list[str]:
    """The announcement two sentences back, in the same paragraph, when the sentence between
    only describes (…新たな制裁を発表した。X社は…を送っていた。同社の代表Yも対象になった):
    the designators a further target marked with も joins."""
    if number < 1:
        return []
    lead, between = spans[number - 1], spans[number]
    if "\n\n" in builder.text[lead.start:between.end] or any(
            r.type == "DESIGNATED" and any(between.start <= e.start < between.end
                                           for e in r.evidence)
            for r in builder.relations.values()):
        return []
    return announced_designators(builder, lead)


# a body and its officer: A社と、その代表を務めるBが / A社と同社幹部のBも (both named)
_AND_ITS = re.compile(r"^[」』]?\s*と\s*、?\s*(?:その|同社の?)[^、。「」]{0,14}$")


def _joined(builder: DocBuilder, names: list[Found]) -> list[Found]:
    """The last name and those coordinated before it (AとBも, A社と、その代表Bが)."""
    group = [names[-1]]
    for prev in reversed(names[:-1]):
        gap = builder.text[prev.end:group[0].start]
        if not (JA.coordinator.match(gap) or _AND_ITS.match(gap)):
            break
        group.insert(0, prev)
    return group


# a school or institute named right before the も of a further target (…で知られる金星学院も
# 制裁対象機関に含まれた): its head noun says it is a body; the recognizers know companies
_INSTITUTION = re.compile(r"(?<![一-龥ァ-ヺー])([一-龥ァ-ヺー]{1,12}(?:学院|大学|学校|研究所|"
                          r"研究院|協会|センター))(?=\s*も)")


def _add_institution(builder: DocBuilder, span: Span) -> None:
    text = builder.text
    for match in _INSTITUTION.finditer(text, span.start, span.end):
        start, end = match.span(1)
        if not _ALSO.match(text, end) or kind_of_school(match.group(1)) or any(
                f.start < end and start < f.end for f in builder.found):
            continue  # (医科大学も: a kind of school, no body)
        name = match.group(1)
        builder.add(Found(start, end, name, "Organization", make_id("Organization", name),
                          name, properties={"kind": "other"}, confidence=0.7))

