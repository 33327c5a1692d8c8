"""The steps every native-script pipeline shares before and after its own recognizers.

Japanese and Korean pipelines differ in how they find names (GiNZA's parse, Kiwi's morphemes,
script runs) but not in what comes around that: the actors a native gazetteer knows first,
then, once every name is found, short references, one entity per surface, the relation
frames over sentences, and the Extraction itself.
"""

from __future__ import annotations

from extract.lang.common import DocBuilder, sentences
from extract.lang.names import (
    add_about_titles,
    add_gazetteer,
    add_issued_titles,
    add_short_references,
    add_state_pairs,
    add_trilateral,
)
from extract.lang.native import NativeGazetteer
from extract.lang.relations import apply_affiliations, apply_frames
from graph.model import Extraction


def add_known_actors(builder: DocBuilder, native: NativeGazetteer) -> None:
    """Gazetteer actors and what titles and state pairs say of them, before any recognizer,
    so a recognizer's piece of a known name never stands as an entity of its own."""
    add_gazetteer(builder, native)
    add_issued_titles(builder, native)
    add_about_titles(builder, native)
    add_trilateral(builder, native)
    add_state_pairs(builder, native)


def conclude(builder: DocBuilder, lang: str) -> Extraction:
    """Short references, one entity per surface, relation frames, then the Extraction."""
    add_short_references(builder)
    builder.merge_same_surface()
    spans = sentences(builder.text, lang)
    apply_frames(builder, spans)
    apply_affiliations(builder, spans)
    return finish(builder)


def finish(builder: DocBuilder) -> Extraction:
    from extract.extractor import content_hash

    entities = sorted(builder.entities.values(), key=lambda e: (e.type, e.id))
    for entity in entities:
        entity.properties.pop("self", None)
    return Extraction(document=builder.meta, text=builder.text,
                      content_hash=content_hash(builder.text), entities=entities,
                      relations=list(builder.relations.values()), links=builder.links)
