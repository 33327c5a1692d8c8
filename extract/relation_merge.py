"""Relations the frames found, checked against the model and the calibration, and merged.

Every `Found` is checked against graph/model.yaml (the labels each end joins, and the classes
of entity it refuses) and against the calibration's floor (extract/frames/_calibration.py):
what either refuses goes to `rejected` with the reason, and what they allow is merged into one
relation per (type, source, target) with every supporting sentence as evidence.
"""

from __future__ import annotations

from collections.abc import Iterable

from extract.frames._calibration import (
    below_floor,
    calibrated_confidence,
    confidence_of,
    guessed,
    share_of,
    stand_in_floor,
)
from extract.relation_context import DocContext, Found
from graph.model import (
    Evidence,
    ExtractedEntity,
    ExtractedRelation,
    GraphModel,
    RejectedRelation,
)

INFERRED_CEILING = 0.7
# how far a court outcome has gone; a merged relation keeps the furthest
_MODALITY_RANK = {"offer": 0, "estimate": 1, "alleged": 2, "charged": 3, "asserted": 4,
                  "pleaded_guilty": 5, "convicted": 6, "sentenced": 7}


def ends_class(source: ExtractedEntity, target: ExtractedEntity) -> str:
    """Names a list confirms, names read from the text alone and descriptions ("an Arizona
    woman", "four companies") are right at different rates: the calibration keeps them
    apart. A description that only sums up or restates named entities is the commonest
    false actor, so an unnamed end decides the class."""
    if source.unnamed or target.unnamed:
        return "unnamed"
    return "listed" if min(source.confidence, target.confidence) >= 0.9 else "read"


def ends_of(construction: str) -> str:
    return construction.rsplit("/", 1)[-1]


def merge(found: Iterable[Found], context: DocContext, model: GraphModel
          ) -> tuple[list[ExtractedRelation], list[RejectedRelation]]:
    merged: dict[tuple[str, str, str], ExtractedRelation] = {}
    rejected: dict[tuple[str, str, str], RejectedRelation] = {}
    unsure: dict[tuple[str, str, str], RejectedRelation] = {}
    for f in found:
        if f.source == f.target:
            continue
        source, target = context.entities.get(f.source), context.entities.get(f.target)
        if source is None or target is None:
            continue
        key = (f.type, f.source, f.target)
        refused = model.signature_problem(f.type, (source.type, source.properties),
                                          (target.type, target.properties))
        if refused:
            rejected.setdefault(key, RejectedRelation(f.type, f.source, f.target, refused,
                                                      f.frame))
            continue
        f.construction = f"{f.construction}/{ends_class(source, target)}"
        calibrated = f.confidence is None
        confidence = confidence_of(f.frame) if f.confidence is None else f.confidence
        # a relation is only as right as its ends: an entity read from the text alone may
        # be misnamed, a description may only restate a named actor; how often relations
        # whose ends were recognized that way were right on the dev split bounds it too
        confidence = calibrated_confidence(confidence, ends_of(f.construction))
        if calibrated:
            # a frame the dev split shows wrong more often than right adds nothing, not
            # even evidence to a relation another sentence states; nor does a guess at an
            # end the sentence leaves out that is more likely wrong than right. The dev
            # gold names no unnamed actor (docs/annotation.md asks for them), so its count
            # for descriptions says nothing of how often they are right: the write floor
            # judges relations between named entities only
            # (the floor compares the point estimate, not the confidence's lower bound)
            # (share_of already weighs the dev share of the frame's relations with such ends)
            share = share_of(f.frame, f.construction)
            low = below_floor(f.frame) or (None if ends_of(f.construction) == "unnamed"
                                           else stand_in_floor(f.stand_in, share))
            if low:
                unsure.setdefault(key, RejectedRelation(f.type, f.source, f.target, low,
                                                        f.frame))
                continue
        if f.inferred or guessed(f.stand_in):
            # a fact no sentence states, or an end the sentence does not name, is a reading
            # of the document: never sure
            confidence = min(confidence, INFERRED_CEILING)
        key = (f.type, f.source, f.target)
        relation = merged.get(key)
        if relation is None:
            relation = ExtractedRelation(f.type, f.source, f.target, {}, confidence, [],
                                         f.modality, f.frame, f.date_basis, f.construction)
            merged[key] = relation
        elif _MODALITY_RANK.get(f.modality, 0) > _MODALITY_RANK.get(relation.modality, 0):
            relation.modality = f.modality
        if confidence > relation.confidence:
            relation.confidence = confidence
            relation.frame = f.frame
            relation.construction = f.construction
        for prop, value in f.props.items():
            if value not in (None, "", []) and prop not in relation.properties:
                relation.properties[prop] = value
                if prop == "date":
                    relation.date_basis = f.date_basis
        if 0 <= f.sent < len(context.mentions.sentences):
            s = context.mentions.sentences[f.sent]
            if not any(e.start == s.start for e in relation.evidence):
                relation.evidence.append(Evidence(s.start, s.end, s.text))
    for relation in merged.values():
        relation.evidence.sort(key=lambda e: e.start)
        if "date" not in relation.properties:
            relation.date_basis = ""
    for key, unsure_relation in unsure.items():
        if key not in merged:
            rejected.setdefault(key, unsure_relation)
    return list(merged.values()), list(rejected.values())
