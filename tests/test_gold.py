"""Gold annotations: the real gold validates, and each rule catches what it should."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from corpus.check import load_corpus
from corpus.gold import check_gold, load_gold
from graph.errors import InvalidInput

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = ROOT / "corpus" / "documents"
GOLD = ROOT / "corpus" / "gold"

BODY = ("Christina Marie Chapman was sentenced to 102 months in United States v. Christina "
        "Marie Chapman. The scheme generated about $17.1 million for North Korea.\n")
DOC = """---
id: c1-test
title: Sentencing
issuers:
  - {country: US, agency: Department of Justice}
date: 2025-07-24
doc_type: sentencing
language: en
source_urls:
  - https://example.org/c1
---
""" + BODY


def _span(text: str, occurrence: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(occurrence + 1):
        start = BODY.index(text, start + 1)
    return {"start": start, "end": start + len(text), "text": text}


def _sentence(i: int) -> dict[str, int]:
    starts = [0, BODY.index("The scheme")]
    ends = [BODY.index(".") + 1, len(BODY) - 1]
    return {"start": starts[i], "end": ends[i]}


GOOD: dict[str, Any] = {
    "doc_id": "c1-test",
    "entities": [
        {"id": "e1", "type": "Person", "name": "Christina Marie Chapman", "aliases": [],
         "properties": {"nationality": "US"}, "mentions": [_span("Christina Marie Chapman")]},
        {"id": "e2", "type": "Case", "name": "United States v. Christina Marie Chapman",
         "aliases": [], "properties": {}, "mentions": [
             _span("United States v. Christina Marie Chapman")]},
        {"id": "e3", "type": "Payment", "name": "USD 17100000", "aliases": ["$17.1 million"],
         "properties": {"amount_usd": 17100000, "qualifier": "about", "kind": "revenue"},
         "mentions": [_span("$17.1 million")]},
        {"id": "e4", "type": "Country", "name": "North Korea", "aliases": [],
         "properties": {"code": "KP"}, "mentions": [_span("North Korea")]},
    ],
    "relations": [
        {"type": "SENTENCED", "source": "e1", "target": "e2",
         "properties": {"months": 102, "date": "2025-07-24"}, "evidence": [_sentence(0)]},
        {"type": "FUNDED", "source": "e3", "target": "e4", "properties": {},
         "evidence": [_sentence(1)]},
    ],
}


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    documents = tmp_path / "documents"
    documents.mkdir()
    (documents / "c1-test.md").write_text(DOC, encoding="utf-8")
    (tmp_path / "gold").mkdir()
    return tmp_path


def _check(corpus_dir: Path, *records: dict[str, Any] | str) -> list[str]:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    gold_file = corpus_dir / "gold" / "test.jsonl"
    gold_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    documents = load_corpus(corpus_dir / "documents").documents
    return [str(p) for p in check_gold(corpus_dir / "gold", documents).problems]


def test_real_gold_validates() -> None:
    if not any(GOLD.glob("*.jsonl")):
        pytest.skip("corpus/gold holds no annotations yet")
    corpus = load_corpus(DOCUMENTS)
    report = check_gold(GOLD, corpus.documents)
    print(f"\ngold: {len(report.documents)} documents annotated "
          f"(of {len(corpus.documents)} documents)")
    print(f"entities: {sum(report.entity_counts.values())}")
    for label, n in sorted(report.entity_counts.items()):
        print(f"  {label:<22} {n:>5}")
    print(f"relations: {sum(report.relation_counts.values())}")
    for rel_type, n in sorted(report.relation_counts.items()):
        print(f"  {rel_type:<22} {n:>5}")
    assert report.problems == [], "\n".join(str(p) for p in report.problems)
    assert len(report.documents) >= 12


def test_good_record_builds_model_types(corpus_dir: Path) -> None:
    assert _check(corpus_dir, GOOD) == []
    documents = load_corpus(corpus_dir / "documents").documents
    [gold] = load_gold(corpus_dir / "gold", documents)
    assert gold.doc_id == "c1-test" and gold.line == 1
    assert [e.type for e in gold.entities] == ["Person", "Case", "Payment", "Country"]
    assert gold.relations[0].evidence[0].sentence.startswith("Christina Marie Chapman was")


def test_modality_and_unnamed_actors_reach_the_model_types(corpus_dir: Path) -> None:
    record = copy.deepcopy(GOOD)
    record["entities"][0].update(unnamed=True, count=2, count_qualifier="more_than")
    record["relations"][0]["modality"] = "sentenced"
    assert _check(corpus_dir, record) == []
    [gold] = load_gold(corpus_dir / "gold", load_corpus(corpus_dir / "documents").documents)
    person = gold.entities[0]
    assert (person.unnamed, person.count, person.count_qualifier) == (True, 2, "more_than")
    assert [r.modality for r in gold.relations] == ["sentenced", "asserted"]


def _broken(change: Any) -> dict[str, Any]:
    record = copy.deepcopy(GOOD)
    change(record)
    return record


@pytest.mark.parametrize(("change", "expected"), [
    (lambda r: r["entities"][0]["mentions"][0].update(end=20), "but body[0:20] is"),
    (lambda r: r["entities"][0].update(type="Sanction"), "type 'Sanction' must be one of"),
    (lambda r: r["entities"][0].update(type="Spy"), "type 'Spy' must be one of"),
    (lambda r: r["entities"][1].update(id="e1"), "id 'e1' is used twice"),
    (lambda r: r["entities"][2]["properties"].update(amount_usd="17.1M"),
     "'amount_usd' expects integer"),
    (lambda r: r["entities"][2]["properties"].update(qualifier="roughly"),
     "'qualifier' must be one of"),
    (lambda r: r["entities"][2].update(name="USD 17,100,000"), "a Payment is named 'USD 17100000'"),
    (lambda r: r["entities"][0]["properties"].update(shoe_size=9), "unknown property 'shoe_size'"),
    (lambda r: r["entities"][3].update(properties={}), "a Country needs properties.code"),
    (lambda r: r["relations"][0].update(type="SANCTIONED"), "not an annotated relation type"),
    (lambda r: r["relations"][0].update(type="FRONT_FOR"), "FRONT_FOR cannot join Person to Case"),
    (lambda r: r["relations"][0].update(target="e9"), "no entity with id e9"),
    (lambda r: r["relations"][0]["properties"].update(months="102"), "'months' expects integer"),
    (lambda r: r["relations"][0]["properties"].update(date="24 July 2025"), "expects date"),
    (lambda r: r["relations"][0].update(evidence=[{"start": 0, "end": 10_000}]),
     "outside the body"),
    (lambda r: r["relations"][0].update(evidence=[]), "needs at least one evidence span"),
    (lambda r: r["relations"].append(copy.deepcopy(r["relations"][0])), "stated twice"),
    (lambda r: r.update(doc_id="nope"), "nope: no document with this id"),
    (lambda r: r["relations"][0].update(modality="rumoured"), "modality 'rumoured' must be one of"),
    (lambda r: r["entities"][0].update(unnamed="yes"), "unnamed must be true or false"),
    (lambda r: r["entities"][0].update(count=3), "count and count_qualifier belong to unnamed"),
    (lambda r: r["entities"][0].update(unnamed=True, count=0), "count must be a positive integer"),
    (lambda r: r["entities"][0].update(unnamed=True, count_qualifier="lots"),
     "count_qualifier must be one of"),
    (lambda r: r["entities"][3].update(unnamed=True), "only a Person or an Organization"),
    (lambda r: r["entities"].append({**copy.deepcopy(r["entities"][0]), "id": "e5",
                                     "name": "christina  Marie CHAPMAN"}),
     "the graph would join them"),
])
def test_each_rule_names_file_and_line(corpus_dir: Path, change: Any, expected: str) -> None:
    problems = _check(corpus_dir, "", _broken(change))
    assert problems, expected
    assert any(expected in p for p in problems), problems
    assert all(p.startswith(f"{corpus_dir / 'gold' / 'test.jsonl'}:2: ") for p in problems)


def test_two_payments_of_one_amount_stay_apart(corpus_dir: Path) -> None:
    """Payment ids carry their kind and party, so one amount stated twice is no clash."""
    record = copy.deepcopy(GOOD)
    wages = copy.deepcopy(record["entities"][2])
    wages.update(id="e5", properties={**wages["properties"], "kind": "wages"})
    record["entities"].append(wages)
    assert _check(corpus_dir, record) == []


def test_bad_json_and_duplicate_documents(corpus_dir: Path) -> None:
    problems = _check(corpus_dir, GOOD, "{not json", GOOD)
    assert any(":2: not valid JSON" in p for p in problems)
    assert any(":3: c1-test: also annotated at" in p for p in problems)


def test_load_gold_refuses_problems(corpus_dir: Path) -> None:
    _check(corpus_dir, _broken(lambda r: r["entities"][0].update(type="Spy")))
    documents = load_corpus(corpus_dir / "documents").documents
    with pytest.raises(InvalidInput, match="gold annotations have problems"):
        load_gold(corpus_dir / "gold", documents)
