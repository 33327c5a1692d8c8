"""The steps every native-script pipeline shares before and after its own recognizers.

Japanese and Korean pipelines differ in how they find names (GiNZA's parse, Kiwi's morphemes,
script runs) but not in what comes around that: the actors a native gazetteer knows first,
then, once every name is found, short references, one entity per surface, the relation
frames over sentences, and the Extraction itself.
"""

from __future__ import annotations

from collections.abc import Callable

from extract.frames._calibration import confidence_of
from extract.lang.advisory_titles import (
    add_about_titles,
    add_issued_titles,
    add_new_titles,
    add_short_references,
)
from extract.lang.affiliations import apply_affiliations
from extract.lang.common import DocBuilder, Span, sentences
from extract.lang.names import add_gazetteer, add_state_pairs, add_trilateral
from extract.lang.native import NativeGazetteer
from extract.lang.relations import apply_frames
from graph.model import ExtractedRelation, Extraction, RejectedRelation, default_model


def add_known_actors(builder: DocBuilder, native: NativeGazetteer) -> None:
    """Gazetteer actors and what titles and state pairs say of them, before any recognizer,
    so a recognizer's piece of a known name never stands as an entity of its own. Titles
    the gazetteer does not know come first: a known name inside one is part of the title."""
    add_new_titles(builder, native)
    add_gazetteer(builder, native)
    add_issued_titles(builder, native)
    add_about_titles(builder, native)
    add_trilateral(builder, native)
    add_state_pairs(builder, native)


def conclude(builder: DocBuilder, lang: str,
             layout: Callable[[DocBuilder, list[Span]], None] | None = None) -> Extraction:
    """Short references, one entity per surface, relation frames, the relations a
    language's release layout gives (`layout`: headers, lists), then the Extraction."""
    add_short_references(builder)
    builder.merge_same_surface()
    spans = sentences(builder.text, lang)
    apply_frames(builder, spans)
    apply_affiliations(builder, spans)
    if layout is not None:
        layout(builder, spans)
    return finish(builder)


def finish(builder: DocBuilder) -> Extraction:
    from extract.extractor import content_hash

    entities = sorted(builder.entities.values(), key=lambda e: (e.type, e.id))
    for entity in entities:
        entity.properties.pop("self", None)
    relations, rejected = checked(builder)
    for relation in relations:
        # as in English, the confidence is what the dev split guarantees of the frame (per
        # language: designation.ja.v1); the rule's hand-set value is only its prior
        relation.confidence = confidence_of(relation.frame, prior=relation.confidence)
    return Extraction(document=builder.meta, text=builder.text,
                      content_hash=content_hash(builder.text), entities=entities,
                      relations=relations, links=builder.links, rejected=rejected)


def checked(builder: DocBuilder) -> tuple[list[ExtractedRelation], list[RejectedRelation]]:
    """The model's signatures hold for every language: a relation whose end labels it does
    not join, or whose end is of a class its type refuses, is reported, not written."""
    model = default_model()
    kept: list[ExtractedRelation] = []
    refused: list[RejectedRelation] = []
    for r in builder.relations.values():
        source, target = builder.entities.get(r.source), builder.entities.get(r.target)
        reason: str | None = None
        if source is not None and target is not None:
            reason = model.signature_problem(r.type, (source.type, source.properties),
                                             (target.type, target.properties))
        if reason:
            refused.append(RejectedRelation(r.type, r.source, r.target, reason, r.frame))
        else:
            kept.append(r)
    return kept, refused
