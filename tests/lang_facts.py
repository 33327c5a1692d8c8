"""Facts of a Japanese or Korean extraction as tests compare them: the relation's source id
and the target as the text first writes it, so a test reads the same whichever canonical
English name the target resolves to."""

from __future__ import annotations

from graph.model import ExtractedEntity, Extraction


def first_mention(entity: ExtractedEntity) -> str:
    return min(entity.mentions, key=lambda m: m.start).text


def relations_as_written(result: Extraction, rel_type: str) -> set[tuple[str, str]]:
    """(source id, target's first mention) for every relation of `rel_type`."""
    names = {e.id: e for e in result.entities}
    return {(r.source, first_mention(names[r.target])) for r in result.relations
            if r.type == rel_type}


def designated(result: Extraction) -> set[tuple[str, str]]:
    return relations_as_written(result, "DESIGNATED")
