"""同社 ("the said company") and 同氏 ("the said person") as an argument of a Japanese sentence:
the body or person the text named last before it.

News and releases name a target once and then carry it across sentences and paragraphs by
these words: 同社は2023年5月、米財務省から制裁対象に指定された; 韓国も同日、同社に対する独自
制裁を発表した. As the topic or subject (は, が, も) or as what a sanction is on (に対する,
への, を) the word is a mention of that entity, so the frames read it as they read the name.
同社の… (whose someone or something is) is left alone: a body named only as where a person
works is no target (ja_sanctions.py reads those).

The antecedent is the last named body (for 同社, 同団体, 同組織, 同機関) or person (同氏) before
the word, in the same paragraph or the one before it, not a gloss in brackets; a group of
workers is never one.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found

# (同被告, 同容疑者, 同人: the person news names last, as 同氏)
_SAME = re.compile(r"同(社|団体|組織|機関|氏|被告人?|容疑者|人)"
                   r"(?=\s*(?:は|が|も|と|に対する|に対して|への|を))")
_PERSON_WORDS = ("氏", "被告", "被告人", "容疑者", "人")
_REACH = 2  # paragraphs: the word's own and the one before it


def add_same_references(builder: DocBuilder) -> None:
    text = builder.text
    for match in _SAME.finditer(text):
        start, end = match.span()
        if any(f.start < end and start < f.end for f in builder.found):
            continue
        kind = "Person" if match.group(1) in _PERSON_WORDS else "Organization"
        floor = start
        for _ in range(_REACH):
            floor = text.rfind("\n\n", 0, floor)
            if floor < 0:
                floor = 0
                break
        earlier = [f for f in builder.found if floor <= f.start and f.end <= start and
                   f.type == kind and not f.unnamed and f.id in builder.entities and
                   builder.entities[f.id].type == kind and not _bracketed(text, f.start) and
                   f.properties.get("kind") not in ("worker_group", "group")]
        if not earlier:
            continue
        antecedent = max(earlier, key=lambda f: f.start)
        builder.add(Found(start, end, match.group(0), kind, antecedent.id, antecedent.name,
                          properties=dict(antecedent.properties),
                          confidence=antecedent.confidence, alias=False))


def _bracketed(text: str, at: int) -> bool:
    """Inside brackets: a gloss of the name before them (ウ・ヨンス（U Yong Su）), never
    the one the next sentence refers back to."""
    opened = max(text.rfind("（", 0, at), text.rfind("(", 0, at))
    closed = max(text.rfind("）", 0, at), text.rfind(")", 0, at))
    return opened > closed
