"""benchmarks/recall_breakdown.py wraps the relation reader to keep every frame hit; the
wrapper must take the reader's whole signature, since a second, partial reading (only=...)
runs on documents that speak of 'the defendants'."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import extract.extractor as ex
import extract.relations as rel
from tests.extract.conftest import extract

_TOOL = Path(__file__).resolve().parents[1] / "benchmarks" / "recall_breakdown.py"


def test_the_instrumented_reader_survives_a_partial_second_reading(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # the tool patches module globals: let monkeypatch put them back afterwards
    monkeypatch.setattr(rel, "_hits", rel._hits)
    monkeypatch.setattr(rel, "extract_relations", rel.extract_relations)
    monkeypatch.setattr(ex, "extract_relations", ex.extract_relations)
    spec = importlib.util.spec_from_file_location("recall_breakdown_under_test", _TOOL)
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    tool._instrument()
    text = ("Ohn Seoksan and Brell Tamm were indicted on Monday. The defendants are charged "
            "with wire fraud conspiracy.")
    extract(text, doc_type="indictment")
    assert tool._seen["hits"], tool._seen
    assert tool._seen["entities"], tool._seen
