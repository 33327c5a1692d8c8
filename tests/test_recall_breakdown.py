"""benchmarks/recall_breakdown.py on a document its instrument does not see: a Japanese or
Korean document is read by extract/lang/, which calls none of the English relation code, so
the breakdown must work from the extraction's own entities."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from graph.model import DocumentMeta, ExtractedEntity, ExtractedRelation, Extraction

_SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "recall_breakdown.py"


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("recall_breakdown_under_test", _SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _NativeOnly:
    """Stands for a language pipeline: returns its result without the English relation pass."""

    def extract(self, text: str, meta: DocumentMeta) -> Extraction:
        state = ExtractedEntity("c1", "Country", "Ruritania", ["ルリタニア"])
        firm = ExtractedEntity("o1", "Organization", "Velkor Trading", ["ベルコル貿易"])
        person = ExtractedEntity("p1", "Person", "Tomas Odrin", [])
        designated = ExtractedRelation("DESIGNATED", "c1", "o1")
        stray = ExtractedRelation("DESIGNATED", "c1", "p1")
        return Extraction(meta, text, "h", [state, firm, person], [designated, stray])


def test_native_document_is_broken_down_from_its_own_entities(
        capsys: pytest.CaptureFixture[str]) -> None:
    rb = _module()
    rb._seen["entities"] = {"stale": ExtractedEntity("stale", "Country", "Elsewhere")}
    result: Any = rb._run(_NativeOnly(), "本文", DocumentMeta("probe-1"))
    assert "stale" not in result.breakdown_entities  # nothing kept from an earlier document
    expected = [("DESIGNATED", "ルリタニア", "ベルコル貿易"),
                ("DESIGNATED", "ルリタニア", "Tomas Odrin"),
                ("DESIGNATED", "ルリタニア", "Kessan Bank")]
    rb.breakdown([("probe-1", *rb._from_expectations(expected, result), result)],
                 unexpected=True)
    out = capsys.readouterr().out
    assert "found" in out and "no entity" in out
    assert "extracted, not expected: 0" in out


def test_unexpected_relation_is_listed(capsys: pytest.CaptureFixture[str]) -> None:
    rb = _module()
    result: Any = rb._run(_NativeOnly(), "本文", DocumentMeta("probe-2"))
    expected = [("DESIGNATED", "ルリタニア", "ベルコル貿易")]
    rb.breakdown([("probe-2", *rb._from_expectations(expected, result), result)],
                 unexpected=True)
    out = capsys.readouterr().out
    assert "extracted, not expected: 1" in out
    assert "'Ruritania' -> 'Tomas Odrin'" in out
