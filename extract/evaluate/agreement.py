"""Two readings of one document compared: what both mark, and what an extraction adds to neither.

A second reading made from docs/annotation.md without seeing the first gold separates what the
guide fixes from what it leaves open. The CONSENSUS of two readings keeps the first gold's
entities (so relation ends stay matchable) and only the relations the second reading also marks;
an extracted relation false against BOTH readings is a false fact no convention explains.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from extract.evaluate.scoring import SYMMETRIC, GoldDoc, false_relations, match_entities
from graph.model import DocumentMeta, ExtractedRelation, Extraction


def as_extraction(reading: GoldDoc) -> Extraction:
    """A reading in the shape the scorer compares with gold."""
    return Extraction(DocumentMeta(id=reading.doc_id), "", "", entities=list(reading.entities),
                      relations=list(reading.relations))


def consensus(first: GoldDoc, second: GoldDoc) -> GoldDoc:
    """The first reading, keeping only the relations the second reading also marks."""
    mapping = match_entities(second.entities, first.entities)  # second id -> first id
    shared = {(r.type, mapping.get(r.source, "?"), mapping.get(r.target, "?"))
              for r in second.relations}
    kept: list[ExtractedRelation] = [
        r for r in first.relations
        if (r.type, r.source, r.target) in shared
        or (r.type in SYMMETRIC and (r.type, r.target, r.source) in shared)]
    return GoldDoc(first.doc_id, first.entities, kept)


def false_against_both(extractions: Mapping[str, Extraction],
                       pairs: Iterable[tuple[GoldDoc, GoldDoc]]) -> Counter[str]:
    """Per relation type, extracted relations (deduplicated as the scorer does) that neither
    reading of their document marks."""
    counts: Counter[str] = Counter()
    for first, second in pairs:
        extraction = extractions.get(first.doc_id)
        if extraction is None:
            continue
        false_sets = [{(r.type, r.source, r.target) for r in false_relations(extraction, reading)}
                      for reading in (first, second)]
        for rtype, _source, _target in false_sets[0] & false_sets[1]:
            counts[rtype] += 1
    return counts
