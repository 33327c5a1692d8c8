"""A designation told in a relative clause before its target: 米国が2023年に指定した
朝鮮X会社は…, 韓国政府が独自制裁の対象に加えたキム・Y氏は….

Japanese puts the clause before the noun it describes; the clause's subject (marked が) is
the designator and the noun right after its verb the target. The sentence is about
something else (what the target does), so the designation is an act it recalls: it is a
relation only when the clause dates it (annotation: an earlier act a statement only
recalls), and it stays below the sure band. A clause that plans or weighs the act
(指定を検討している, 指定する予定の) has no past verb and reads nothing; neither does a
verb whose noun is a common word (指定した企業と取引した), nor one inside a quotation.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Span
from extract.lang.cues import JA
from extract.lang.ja_modality import stated
from extract.lang.roles import ACTORS, TARGETS, act_date, designator_of

# が, the clause (no comma, no sentence end), the past verb of a listing, then the noun
# (米国が制裁対象とする中国企業「X」: the list's verb, then the kind of the quoted noun)
_CLAUSE = re.compile(r"\s*(?:（[^）]{1,20}）|\([^)]{1,20}\))?\s*が([^、。「」]{0,20}?)"
                     r"(?:(?:(?:制裁|資産凍結(?:等の措置)?)の?対象に\s*(?:指定|追加|加え)|"
                     r"(?:制裁\s*)?指定|制裁)し(?:た|ていた|ている)|"
                     r"(?:制裁|資産凍結(?:等の措置)?)の?対象と(?:する|した|している))"
                     r"\s*(?:[^、。「」\s]{0,4}?(?:企業|会社|団体|組織|人物)\s*(?=[「『]))?\s*[「『]?")
# a listing verb that ends a relative clause: its noun right after it (指定した企業,
# 制裁対象とする中国企業「X」), not a particle, a comma or the sentence's end
_BEFORE_NOUN = re.compile(r"(?:し(?:た|ている|ていた)|する|した|された|される|している|"
                          r"していた)?\s*[一-龥ァ-ヺ「『]")
_CONFIDENCE = 0.7
# a passive listing verb right before its noun (制裁対象に指定された朴X氏が…): the noun
# described as listed, by whom the sentence does not say; the sentence's subject is the
# subject of its own verb (明らかにした), not the designator. 今回/新たに make it this act
# (今回、制裁対象に指定されたA、Bは: the names the report's own act listed).
_PASSIVE = re.compile(r"(?<!今回)(?<!今回、)(?<!新たに)"
                      r"(?:制裁|資産凍結(?:等の措置)?)の?(?:対象|リスト)に\s*"
                      r"(?:指定され|追加され|加えられ)(?:た|ている|ていた)\s*[「『]?$")


def apply_relative_designations(builder: DocBuilder, spans: list[Span]) -> None:
    text = builder.text
    for span in spans:
        for actor in builder.in_span(span, ACTORS):
            match = _CLAUSE.match(text, actor.end, span.end)
            if match is None:
                continue
            target = next((f for f in builder.in_span(span, TARGETS)
                           if f.start == match.end() and not f.unnamed), None)
            if target is None or stated(text, span, match.end()) is None:
                continue
            dated = act_date(builder, Span(actor.end, match.end()), JA, True)
            if dated is None:
                continue  # recalled without a date: no relation
            builder.relate("DESIGNATED", designator_of(builder, actor.id, span), target.id,
                           span, frame="relative.ja.v1", confidence=_CONFIDENCE,
                           properties=dated[0], date_basis=dated[1])


def drop_undated_relatives(builder: DocBuilder) -> None:
    """The sentence frames read a listing verb wherever it stands, also at the end of a
    relative clause (経営者は米財務省が制裁対象に指定している朝鮮X会社と取引していた): that
    designation is recalled, so, as above, it is a relation only when its sentence dates it.
    So is one told by a passive clause before the target (制裁対象に指定されたXが…).
    A relation read undated from a sentence whose only reading of it is such a clause (the
    actor, が, the listing verb, the target right after) goes."""
    text = builder.text
    for key, relation in list(builder.relations.items()):
        if relation.type != "DESIGNATED" or relation.date_basis == "sentence" or \
                not relation.frame.startswith("designation.ja"):
            continue
        if relation.evidence and all(_relative_only(builder, text, Span(e.start, e.end),
                                                    relation.target)
                                     for e in relation.evidence):
            del builder.relations[key]


def _relative_only(builder: DocBuilder, text: str, span: Span, target: str) -> bool:
    if any(f.id == target and _PASSIVE.search(text, span.start, f.start)
           for f in builder.in_span(span, TARGETS)):
        return True
    for actor in builder.in_span(span, ACTORS):
        match = _CLAUSE.match(text, actor.end, span.end)
        if match is not None and any(f.id == target and f.start == match.end()
                                     for f in builder.in_span(span, TARGETS)):
            return True
    return False


def relative_verb(sentence: str, match: re.Match[str]) -> bool:
    """Does the listing verb `match` found in `sentence` end a relative clause (its noun
    right after it), so that it is not the sentence's own predicate?"""
    return _BEFORE_NOUN.match(sentence, match.end()) is not None


# a generic noun a listing verb describes (指定された企業と取引した): some body or person
# listed, not the names of the sentence
_KIND_AFTER = re.compile(r"(?:し(?:た|ている|ていた)|する|した|された|される|している|"
                         r"していた)?\s*(?:北朝鮮の|中国の|ロシアの)?\s*(?:企業|会社|団体|組織|機関|"
                         r"個人|人物|者|銀行|法人|業者)(?![一-龥ァ-ヺ])"
                         # (指定された企業は、AとBだ: the cleft that names them)
                         # (指定された団体の一つ、X: one of those it lists, named)
                         r"(?!\s*(?:は|には|として|も|の(?:一つ|1つ|ひとつ|うち)))")


def describes_a_kind(sentence: str, match: re.Match[str]) -> bool:
    """Does the listing verb `match` end a relative clause on a generic noun, so that the
    sentence's names are not what it lists (Xは、制裁対象に指定された企業と取引した)?"""
    return _KIND_AFTER.match(sentence, match.end()) is not None

