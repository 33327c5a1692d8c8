"""Load and check gold annotations (corpus/gold/*.jsonl) against the documents and the model.

Scoring trusts gold blindly, so every rule of docs/development.md and docs/annotation.md
that a machine can check is checked here: offsets that really point at the mention text,
labels and relation ends the model allows, property values of the declared types.
Gold is returned as the model's own extraction types so the scorer compares like with like.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeGuard

from corpus.check import Problem
from corpus.frontmatter import CorpusDocument
from graph.errors import InvalidInput, ModelError
from graph.model import (
    Evidence,
    ExtractedEntity,
    ExtractedRelation,
    GraphModel,
    Mention,
    check_value,
    default_model,
)

NOT_ANNOTATED_LABELS = ("Document", "Sanction")  # documents are given; sanctions are derived
NOT_ANNOTATED_RELATIONS = ("MENTIONS", "SANCTIONED")  # both written by ingest
REQUIRED_PROPERTIES = {
    "Organization": ("kind",),
    "Payment": ("amount_usd",),
    "Country": ("code",),
}


@dataclass
class GoldDocument:
    """The gold annotation of one document, and where it was read from."""

    doc_id: str
    entities: list[ExtractedEntity]
    relations: list[ExtractedRelation]
    file: Path
    line: int


@dataclass
class GoldReport:
    """Gold documents that could be built, every problem, and counts for the summary."""

    documents: list[GoldDocument] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    entity_counts: Counter[str] = field(default_factory=Counter)
    relation_counts: Counter[str] = field(default_factory=Counter)


def gold_paths(gold: Path) -> list[Path]:
    """A single .jsonl file, or every .jsonl file of a folder in a stable order."""
    if gold.is_file():
        return [gold]
    return sorted(p for p in gold.glob("*.jsonl") if p.is_file())


def check_gold(gold: Path, documents: Mapping[str, CorpusDocument]) -> GoldReport:
    """Check every gold record under `gold` against `documents` (id -> document)."""
    report = GoldReport()
    seen: dict[str, str] = {}
    model = default_model()
    for path in gold_paths(gold):
        for line_no, record, error in _records(path):
            if error:
                report.problems.append(Problem(path, line_no, error))
                continue
            checker = _Checker(model, path, line_no)
            report.problems.extend(checker.record(record, documents, seen))
            doc_id = record.get("doc_id")
            if isinstance(doc_id, str) and doc_id not in seen:
                seen[doc_id] = f"{path}:{line_no}"
            if not checker.broken:
                gold_doc = _build(record, documents[str(doc_id)], path, line_no)
                report.documents.append(gold_doc)
                report.entity_counts.update(e.type for e in gold_doc.entities)
                report.relation_counts.update(r.type for r in gold_doc.relations)
    return report


def load_gold(gold: Path, documents: Mapping[str, CorpusDocument]) -> list[GoldDocument]:
    """Gold ready for scoring; refuses gold with problems, naming the first few."""
    report = check_gold(gold, documents)
    if report.problems:
        shown = "; ".join(str(p) for p in report.problems[:3])
        more = f" (and {len(report.problems) - 3} more)" if len(report.problems) > 3 else ""
        raise InvalidInput(f"gold annotations have problems: {shown}{more}")
    return report.documents


def _records(path: Path) -> Iterator[tuple[int, dict[str, Any], str]]:
    """(line number, record, error) for every non-blank line of a JSONL file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        yield 1, {}, f"cannot read gold file as UTF-8 text: {exc}"
        return
    for line_no, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield line_no, {}, f"not valid JSON: {exc.msg} (column {exc.colno})"
            continue
        if not isinstance(record, dict):
            yield line_no, {}, "each line must be one JSON object"
            continue
        yield line_no, record, ""


class _Checker:
    """Checks one gold record; `broken` means it is too malformed to build at all."""

    def __init__(self, model: GraphModel, path: Path, line: int) -> None:
        self.model = model
        self.path = path
        self.line = line
        self.problems: list[Problem] = []
        self.broken = False

    def fail(self, message: str, fatal: bool = False) -> None:
        self.problems.append(Problem(self.path, self.line, message))
        self.broken = self.broken or fatal

    def record(
        self, record: dict[str, Any], documents: Mapping[str, CorpusDocument],
        seen: Mapping[str, str],
    ) -> list[Problem]:
        doc_id = record.get("doc_id")
        if not isinstance(doc_id, str):
            self.fail("missing doc_id", fatal=True)
            return self.problems
        if doc_id in seen:
            self.fail(f"{doc_id}: also annotated at {seen[doc_id]}", fatal=True)
        doc = documents.get(doc_id)
        if doc is None:
            self.fail(f"{doc_id}: no document with this id", fatal=True)
            return self.problems
        unknown = set(record) - {"doc_id", "entities", "relations"}
        if unknown:
            self.fail(f"{doc_id}: unknown keys {sorted(unknown)}")
        entities, relations = record.get("entities"), record.get("relations", [])
        if not isinstance(entities, list) or not isinstance(relations, list):
            self.fail(f"{doc_id}: entities and relations must be lists", fatal=True)
            return self.problems
        labels: dict[str, str] = {}
        for i, entity in enumerate(entities):
            self.entity(f"{doc_id}: entity {i + 1}", entity, doc.body, labels)
        self.same_names(doc_id, entities)
        keys: set[tuple[str, str, str]] = set()
        for i, relation in enumerate(relations):
            self.relation(f"{doc_id}: relation {i + 1}", relation, doc.body, labels, keys)
        return self.problems

    def entity(self, where: str, raw: Any, body: str, labels: dict[str, str]) -> None:
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
            self.fail(f"{where}: must be an object with a string id", fatal=True)
            return
        where = f"{where} ({raw['id']})"
        if raw["id"] in labels:
            self.fail(f"{where}: id {raw['id']!r} is used twice", fatal=True)
        label = raw.get("type")
        if label not in self.model.entity_labels or label in NOT_ANNOTATED_LABELS:
            allowed = [x for x in self.model.entity_labels if x not in NOT_ANNOTATED_LABELS]
            self.fail(f"{where}: type {label!r} must be one of {'|'.join(allowed)}", fatal=True)
            return
        labels[raw["id"]] = label
        if not isinstance(raw.get("name"), str) or not raw["name"].strip():
            self.fail(f"{where}: name must be non-empty text", fatal=True)
        aliases = raw.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            self.fail(f"{where}: aliases must be a list of text", fatal=True)
        self.properties(where, raw.get("properties", {}), self.model.node(label).properties,
                        skip=("id", "name", "aliases"))
        for key in REQUIRED_PROPERTIES.get(label, ()):
            if key not in (raw.get("properties") or {}):
                self.fail(f"{where}: a {label} needs properties.{key}")
        amount = (raw.get("properties") or {}).get("amount_usd")
        if label == "Payment" and _is_int(amount) and raw.get("name") != f"USD {amount}":
            self.fail(f"{where}: a Payment is named 'USD {amount}', not {raw.get('name')!r}")
        self.unnamed(where, raw, label)
        mentions = raw.get("mentions")
        if not isinstance(mentions, list) or not mentions:
            self.fail(f"{where}: needs at least one mention", fatal=True)
            return
        for j, mention in enumerate(mentions):
            self.mention(f"{where} mention {j + 1}", mention, body)

    def same_names(self, doc_id: str, entities: list[Any]) -> None:
        """Two entities of one type and one name become one node when the document is
        ingested (ids are made from label and name), so distinct groups described alike
        ("U.S. companies" reached by two different schemes) need names that tell them
        apart. Payments are exempt: their ids carry the kind and the party."""
        seen: dict[tuple[str, str], str] = {}
        for raw in entities:
            if not isinstance(raw, dict) or raw.get("type") == "Payment":
                continue
            name, label = raw.get("name"), raw.get("type")
            if not isinstance(name, str) or not isinstance(label, str):
                continue
            key = (label, " ".join(name.casefold().split()))
            if key in seen:
                self.fail(f"{doc_id}: entities {seen[key]!r} and {raw.get('id')!r} are both "
                          f"the {label} {name!r}; the graph would join them: name them apart")
            seen.setdefault(key, str(raw.get("id")))

    def unnamed(self, where: str, raw: dict[str, Any], label: str) -> None:
        """`unnamed`, `count` and `count_qualifier` sit beside properties, as in extraction."""
        if "unnamed" in raw and not isinstance(raw["unnamed"], bool):
            self.fail(f"{where}: unnamed must be true or false")
        if "count" in raw and (not _is_int(raw["count"]) or raw["count"] < 1):
            self.fail(f"{where}: count must be a positive integer")
        qualifiers = self.model.node("Person").properties["count_qualifier"].enum
        if "count_qualifier" in raw and raw["count_qualifier"] not in qualifiers:
            self.fail(f"{where}: count_qualifier must be one of {'|'.join(qualifiers)}")
        if ("count" in raw or "count_qualifier" in raw) and not raw.get("unnamed"):
            self.fail(f"{where}: count and count_qualifier belong to unnamed entities")
        if raw.get("unnamed") and label not in ("Person", "Organization"):
            self.fail(f"{where}: only a Person or an Organization can be unnamed")

    def mention(self, where: str, raw: Any, body: str) -> None:
        if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
            self.fail(f"{where}: must be {{start, end, text}}", fatal=True)
            return
        if self.span(where, raw, body):
            actual = body[raw["start"]:raw["end"]]
            if actual != raw["text"]:
                self.fail(f"{where}: text {raw['text']!r} but body[{raw['start']}:{raw['end']}] "
                          f"is {actual!r}")

    def span(self, where: str, raw: dict[str, Any], body: str) -> bool:
        start, end = raw.get("start"), raw.get("end")
        if not _is_int(start) or not _is_int(end):
            self.fail(f"{where}: start and end must be integers", fatal=True)
            return False
        if not 0 <= start < end <= len(body):
            self.fail(f"{where}: span [{start}, {end}) is outside the body "
                      f"(0..{len(body)}) or empty", fatal=True)
            return False
        return True

    def relation(
        self, where: str, raw: Any, body: str, labels: Mapping[str, str],
        keys: set[tuple[str, str, str]],
    ) -> None:
        if not isinstance(raw, dict):
            self.fail(f"{where}: must be an object", fatal=True)
            return
        rtype, source, target = raw.get("type"), raw.get("source"), raw.get("target")
        where = f"{where} ({rtype} {source} -> {target})"
        if not isinstance(rtype, str) or rtype not in self.model.relationships \
                or rtype in NOT_ANNOTATED_RELATIONS:
            self.fail(f"{where}: {rtype!r} is not an annotated relation type", fatal=True)
            return
        if not isinstance(source, str) or not isinstance(target, str) \
                or source not in labels or target not in labels:
            missing = [str(x) for x in (source, target) if x not in labels]
            self.fail(f"{where}: no entity with id {', '.join(missing)}", fatal=True)
            return
        try:
            self.model.check_relationship(rtype, labels[source], labels[target])
        except ModelError as exc:
            self.fail(f"{where}: {exc.detail}", fatal=True)
        key = (rtype, source, target)
        if key in keys:
            self.fail(f"{where}: stated twice; merge the evidence into one relation")
        keys.add(key)
        self.properties(where, raw.get("properties", {}),
                        self.model.relationship(rtype).properties)
        if "modality" in raw and raw["modality"] not in self.model.modalities:
            self.fail(f"{where}: modality {raw['modality']!r} must be one of "
                      f"{'|'.join(self.model.modalities)}")
        evidence = raw.get("evidence")
        if not isinstance(evidence, list) or not evidence:
            self.fail(f"{where}: needs at least one evidence span", fatal=True)
            return
        for j, span in enumerate(evidence):
            if not isinstance(span, dict):
                self.fail(f"{where} evidence {j + 1}: must be {{start, end}}", fatal=True)
            else:
                self.span(f"{where} evidence {j + 1}", span, body)

    def properties(self, where: str, raw: Any, specs: Mapping[str, Any],
                   skip: tuple[str, ...] = ()) -> None:
        if raw is None:
            return
        if not isinstance(raw, dict):
            self.fail(f"{where}: properties must be an object", fatal=True)
            return
        for name, value in raw.items():
            if name in skip:
                self.fail(f"{where}: {name!r} belongs beside properties, not inside them")
                continue
            if name not in specs:
                self.fail(f"{where}: unknown property {name!r} (the model has "
                          f"{', '.join(n for n in specs if n not in skip)})")
                continue
            try:
                check_value(specs[name], value)
            except ModelError as exc:
                self.fail(f"{where}: {exc.detail}")


def _is_int(value: Any) -> TypeGuard[int]:
    """An integer that is not a bool (JSON true must not pass as offset 1)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _build(record: dict[str, Any], doc: CorpusDocument, path: Path, line: int) -> GoldDocument:
    """Turn a checked record into the model's extraction types (evidence gets its sentence)."""
    body = doc.body
    entities = [
        ExtractedEntity(
            id=e["id"], type=e["type"], name=e["name"], aliases=list(e.get("aliases", [])),
            properties=dict(e.get("properties") or {}),
            mentions=[Mention(m["start"], m["end"], m["text"]) for m in e["mentions"]],
            unnamed=bool(e.get("unnamed", False)), count=e.get("count"),
            count_qualifier=str(e.get("count_qualifier", "")),
        )
        for e in record["entities"]
    ]
    relations = [
        ExtractedRelation(
            type=r["type"], source=r["source"], target=r["target"],
            properties=dict(r.get("properties") or {}),
            evidence=[Evidence(s["start"], s["end"], body[s["start"]:s["end"]])
                      for s in r["evidence"]],
            modality=str(r.get("modality", "asserted")),
        )
        for r in record.get("relations", [])
    ]
    return GoldDocument(str(record["doc_id"]), entities, relations, path, line)
