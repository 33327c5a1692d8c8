"""A news lead that states a designation without its actor, and a short sentence after it
that names who announced it: 制裁対象に指定されたのは、X社と同社幹部のY氏。米財務省が18日
発表した。

The source sentence holds nothing but the actor, maybe a date, and the verb of announcing
(XがN日発表した, Xが明らかにした); its actor is the designator of the lead's targets, dated
by the source sentence (the lead has no date of its own). The lead must state the act
(ja_modality.stated: no plan, negation or quote) and name no actor itself, and must not
have been read already (a designation of its own targets from an earlier actor).
Look-alike: a source sentence that says more (米財務省が18日発表した報告書によると…) is a
sentence of its own, not a source line.
"""

from __future__ import annotations

import re
from itertools import pairwise

from extract.lang.common import DocBuilder, Span
from extract.lang.cues import JA
from extract.lang.dates import find_dates
from extract.lang.frames import FRAMES
from extract.lang.ja_modality import stated
from extract.lang.roles import TARGETS, actors_of, designator_of

_PREDICATES = [f.predicate for f in FRAMES["ja"] if f.name == "designation.ja.v1"]
# the cleft on what the targets became (制裁対象となったのは X と Y。, 資産凍結の対象に
# 加えられたのは X。): the sanction noun, the verb of becoming or being added, の/者 は
_CLEFT = re.compile(r"(?:制裁|資産凍結)[^。、]{0,8}?対象(?:と|に)\s*(?:新たに\s*)?"
                    r"(?:なった|なる|加えられた|追加された|含まれた)(?:の|者|団体|個人|人物)(?:は|には)")
# the whole source sentence: the actor (its span comes from the builder), が/は, a date, the
# verb of announcing
_SOURCE = re.compile(r"^\s*(?:が|は)、?\s*(?:[0-9０-９]{1,2}日(?:に)?、?\s*)?"
                     r"(?:発表|公表|明らかに)(?:した|しました)。?\s*$")
_CONFIDENCE = 0.7


def apply_lead_sources(builder: DocBuilder, spans: list[Span]) -> None:
    text = builder.text
    for lead, source in pairwise(spans):
        actors = builder.in_span(source, ("Agency", "Country"))
        if len(actors) != 1 or actors[0].start - source.start > 1 or \
                not _SOURCE.match(text[actors[0].end:source.end]):
            continue
        sentence = lead.text(text)
        match = next((m for p in (*_PREDICATES, _CLEFT) if (m := p.search(sentence))), None)
        if match is None or actors_of(builder, lead, JA, lead.start + match.start()) or \
                stated(text, lead, lead.start + match.end()) is None:
            continue
        targets = [f for f in builder.in_span(lead, TARGETS) if not f.unnamed and
                   f.properties.get("kind") != "worker_group"]
        if not targets or any(r.type == "DESIGNATED" and r.target == t.id
                              for r in builder.relations.values() for t in targets):
            continue
        dates = find_dates(source.text(text), builder.meta.date)
        date = dates[0].iso if dates else builder.meta.date
        actor = designator_of(builder, actors[0].id, lead)
        for target in targets:
            builder.relate("DESIGNATED", actor, target.id, lead, frame="lead-source.ja.v1",
                           confidence=_CONFIDENCE, properties={"date": date} if date else {},
                           date_basis="sentence" if dates else "document")
