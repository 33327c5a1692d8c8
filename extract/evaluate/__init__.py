"""Evaluation: scoring against gold (scoring.py), the dev and test splits and the runs over
them (corpus.py)."""

from __future__ import annotations

from extract.evaluate.corpus import (
    CORPUS_DIR,
    DEV_DIR,
    TARGETS,
    TEST_DIR,
    evaluate,
    fresh_ids,
    gold_documents,
)

__all__ = ["CORPUS_DIR", "DEV_DIR", "TARGETS", "TEST_DIR", "evaluate", "fresh_ids",
           "gold_documents"]
