"""Quality on the gold corpus: prints precision/recall/F1 by type and holds modest floors.

The targets are entity F1 >= 0.90 and relation F1 >= 0.80 overall; the asserted floors are
what the pipeline reaches today, so a regression fails while the table shows the distance
to the targets. Tuning must stay general: the pipeline is also scored on unseen documents.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from extract.evaluate import TARGETS, evaluate, gold_documents
from extract.extractor import Extractor
from extract.evaluate.scoring import Score, format_table

ENTITY_FLOOR = 0.95
RELATION_FLOOR = 0.78


@lru_cache(maxsize=1)
def scored() -> Score:
    score, _ = evaluate(Extractor())
    return score


def test_gold_corpus_quality() -> None:
    _, gold = gold_documents()
    if not gold:
        pytest.skip("no gold annotations yet")
    score = scored()
    print()
    print(format_table(score, {"entity": TARGETS["entity"], "relation": TARGETS["relation"]}))
    assert score.documents == len(gold)
    assert score.entity_total.f1 >= ENTITY_FLOOR
    assert score.relation_total.f1 >= RELATION_FLOOR


def test_every_extracted_relation_is_allowed_and_sourced() -> None:
    from graph.model import default_model

    model = default_model()
    documents, _ = gold_documents()
    _, results = evaluate(Extractor())
    for doc_id, extraction in results.items():
        body = documents[doc_id].body
        types = {e.id: e.type for e in extraction.entities}
        for e in extraction.entities:
            assert all(body[m.start:m.end] == m.text for m in e.mentions), e.name
        for r in extraction.relations:
            model.check_relationship(r.type, types[r.source], types[r.target])
            assert all(body[ev.start:ev.end] == ev.sentence for ev in r.evidence)
            assert r.evidence or r.type in {"LOCATED_IN", "WARNS_ABOUT", "ISSUED",
                                            "CONTROLLED_BY", "DESIGNATED"}


def test_unseen_synthetic_documents(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Names the gazetteer has never seen: a guard against tuning to the gold corpus."""
    from corpus.synth import synthesize

    folder = tmp_path_factory.mktemp("synthetic")
    synthesize(40, 3, folder)
    score, _ = evaluate(Extractor(), folder)
    print()
    print(format_table(score, {"entity": TARGETS["entity"], "relation": TARGETS["relation"]}))
    assert score.entity_total.f1 >= 0.90
    assert score.relation_total.f1 >= 0.70
