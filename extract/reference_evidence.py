"""What a relation made through a reference rests on: two sentences, and less certainty.

"Kestrel Path LLC recruited Ana Voss in 2021. The company paid her in cash." The second
sentence asserts the payment; which company and which person it speaks of was decided by
coreference (extract/coref.py and the set resolvers), from the first. So:
- the evidence keeps the sentence that asserts the relation and adds, for each end the
  sentence only refers to, the last sentence before it that names that end
  (docs/annotation.md: a relation lists the sentences that state it; the name is part of
  the statement);
- the confidence is at most `REFERENCE_CEILING`, below the band the issue calls sure
  (>= 0.8): the sentence alone does not say who the end is, and a resolved reference is a
  reading of the discourse, not of the sentence. A relation some sentence also states
  with both ends named keeps its confidence.
"""

from __future__ import annotations

from collections import defaultdict

from extract.mentions import DocMentions
from graph.model import Evidence, ExtractedRelation

REFERENCE_CEILING = 0.75


def _presence(mentions: DocMentions) -> tuple[dict[int, set[str]], dict[int, set[str]]]:
    """sentence -> entities named in it; sentence -> entities only referred to in it."""
    named: dict[int, set[str]] = defaultdict(set)
    referred: dict[int, set[str]] = defaultdict(set)
    for m in mentions.mentions:
        if not m.entity or m.sent < 0:
            continue
        (referred if "reference" in m.props else named)[m.sent].add(m.entity)
    return named, referred


def _named_before(named: dict[int, set[str]], entity: str, sent: int) -> int:
    """The last sentence before `sent` that names the entity; for a description whose
    members are named after it ("two other firms. The first, A, ..."), the first after."""
    before = max((s for s, found in named.items() if s < sent and entity in found),
                 default=-1)
    if before >= 0:
        return before
    return min((s for s, found in named.items() if s > sent and entity in found),
               default=-1)


def add_reference_evidence(relations: list[ExtractedRelation], mentions: DocMentions) -> None:
    """Give every relation an end of which is only referred to in its sentence the
    antecedent's sentence as evidence, and cap its confidence (in place)."""
    named, referred = _presence(mentions)
    sentences = mentions.sentences
    for relation in relations:
        stated_by_names = False
        added: list[Evidence] = []
        for evidence in relation.evidence:
            sent = mentions.sentence_at(evidence.start)
            if sent < 0:
                stated_by_names = True
                continue
            only_referred = [e for e in (relation.source, relation.target)
                             if e in referred[sent] and e not in named[sent]]
            if not only_referred:
                stated_by_names = True
                continue
            for entity in only_referred:
                before = _named_before(named, entity, sent)
                if before >= 0:
                    s = sentences[before]
                    added.append(Evidence(s.start, s.end, s.text))
        if not added and stated_by_names:
            continue
        for evidence in added:
            if not any(e.start == evidence.start for e in relation.evidence):
                relation.evidence.append(evidence)
        relation.evidence.sort(key=lambda e: e.start)
        if not stated_by_names:
            relation.confidence = min(relation.confidence, REFERENCE_CEILING)
