"""The model file loads, and a bad definition fails at load naming the bad entry."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from graph.errors import ModelError
from graph.model import MODEL_PATH, check_value, default_model, load_model, parse_model


def _raw() -> dict[str, Any]:
    raw: dict[str, Any] = yaml.safe_load(MODEL_PATH.read_text())
    return raw


def test_model_loads() -> None:
    model = default_model()
    assert {"Document", "Person", "Organization", "Sanction", "Case", "Payment"} <= set(
        model.nodes)
    assert model.relationship("DESIGNATED").targets == ("Person", "Organization")
    assert "Document" not in model.entity_labels
    # links that state no fact are declared so, and only they
    assert set(model.relationships) - set(model.fact_types) == {"MENTIONS", "POSSIBLY_SAME"}
    for spec in model.nodes.values():
        assert spec.key in spec.properties


def _broken(edit: Any) -> dict[str, Any]:
    raw = copy.deepcopy(_raw())
    edit(raw)
    return raw


@pytest.mark.parametrize(("edit", "named"), [
    (lambda r: r["relationships"]["PAID"].__setitem__("target", ["Wallet"]),
     "relationships.PAID"),
    (lambda r: r["nodes"]["Person"]["properties"]["age"].__setitem__("type", "bigint"),
     "nodes.Person.age"),
    (lambda r: r["nodes"]["Case"].__setitem__("key", "docket_no"), "nodes.Case"),
    (lambda r: r["nodes"].__setitem__("bad label", {"key": "id", "properties": {}}),
     "nodes.bad label"),
    (lambda r: r["relationships"].__setitem__("lowercase", {"source": ["Person"],
                                                            "target": ["Person"]}),
     "relationships.lowercase"),
    (lambda r: r["nodes"]["Person"]["properties"].__setitem__("doc_count", {"type": "string"}),
     "nodes.Person"),
    (lambda r: r.pop("relationships"), "relationships"),
    (lambda r: r["nodes"]["Person"]["properties"]["age"].__setitem__("colour", "red"),
     "nodes.Person.age"),
    (lambda r: r["relationships"]["PAID"].__setitem__("fact", "no"), "relationships.PAID"),
])
def test_bad_model_names_the_entry(edit: Any, named: str) -> None:
    with pytest.raises(ModelError) as info:
        parse_model(_broken(edit))
    assert named in info.value.detail


def test_load_model_from_file(tmp_path: Path) -> None:
    bad = tmp_path / "model.yaml"
    bad.write_text("nodes: [unclosed")
    with pytest.raises(ModelError) as info:
        load_model(bad)
    assert str(bad) in info.value.detail


def test_check_relationship_ends() -> None:
    model = default_model()
    model.check_relationship("SENTENCED", "Person", "Case")
    with pytest.raises(ModelError, match="SENTENCED cannot join Country to Case"):
        model.check_relationship("SENTENCED", "Country", "Case")


def test_check_value_types() -> None:
    amount = default_model().node("Payment").properties["amount_usd"]
    check_value(amount, 17_100_000)
    for bad in ("17.1M", 1.5, True):
        with pytest.raises(ModelError):
            check_value(amount, bad)
    date = default_model().node("Document").properties["date"]
    for good in ("2025", "2025-05", "2025-07-24"):
        check_value(date, good)
    with pytest.raises(ModelError):
        check_value(date, "24 July 2025")
    qualifier = default_model().node("Payment").properties["qualifier"]
    with pytest.raises(ModelError):
        check_value(qualifier, "roughly")


@pytest.mark.parametrize(("edit", "named"), [
    (lambda r: r["relationships"]["CONTROLLED_BY"].__setitem__("refuse", {"target": ["ghost"]}),
     "relationships.CONTROLLED_BY.refuse.target"),
    (lambda r: r["relationships"]["CONTROLLED_BY"].__setitem__("refuse", {"middle": []}),
     "relationships.CONTROLLED_BY.refuse"),
    (lambda r: r["classes"]["foreign_state"].__setitem__("labels", ["Wallet"]),
     "classes.foreign_state"),
    (lambda r: r["classes"]["platform"].__setitem__("where", {"colour": ["red"]}),
     "classes.platform"),
    (lambda r: r["classes"]["platform"].__setitem__("where", {"kind": "platform"}),
     "classes.platform.where"),
])
def test_bad_signature_names_the_entry(edit: Any, named: str) -> None:
    with pytest.raises(ModelError) as info:
        parse_model(_broken(edit))
    assert named in info.value.detail


def test_signatures_refuse_by_class_and_not_by_missing_properties() -> None:
    model = default_model()
    workers = ("Organization", {"kind": "worker_group", "country": "KP"})
    refused = model.refused("CONTROLLED_BY", workers, ("Agency", {"country": "US"}))
    assert refused is not None and "foreign_state" in refused and "target" in refused
    assert model.refused("CONTROLLED_BY", workers, ("Agency", {"country": "KP"})) is None
    assert model.refused("CONTROLLED_BY", workers, ("Country", {"code": "KP"})) is None
    # an agency whose state nobody gave is not thereby a foreign one
    assert model.refused("CONTROLLED_BY", workers, ("Agency", {})) is None
    assert model.refused("CONTROLLED_BY", ("Person", {}), workers) is not None
    assert model.refused("EMPLOYED_AT", ("Person", {}),
                         ("Organization", {"kind": "platform"})) is not None
    assert model.refused("EMPLOYED_AT", ("Person", {}),
                         ("Organization", {"kind": "company"})) is None
    assert model.refused("DESIGNATED", ("Country", {"code": "KP"}), ("Person", {})) is not None
    assert model.refused("DESIGNATED", ("Country", {"code": "KR"}), ("Person", {})) is None
