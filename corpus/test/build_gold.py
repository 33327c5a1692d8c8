"""Build the test split's documents and gold from the marked-up sources in corpus/test/src.

Hand-counted offsets drift with every edit, so the annotator writes each document once, with
its mentions marked in place, and this script writes `documents/<id>.md` and
`gold/<id>.jsonl`. Run it after editing a source, then `tkg corpus check --test`:

    python corpus/test/build_gold.py corpus/test corpus/test/src/*.txt

Source format: the front matter, the body with mentions marked `[[surface text|entity id]]`
(`[[he|e1~]]`: a descriptive mention, never made an alias), a line `===`, then
  `@id Type Name | alias; alias | key=value; flag; ...`          (entities; a Payment's Name
                                                                  is its amount in USD)
  `>TYPE source target modality | key=value; ... | text || text` (relations; each text is a
                                                                  unique piece of the evidence
                                                                  sentence)
`unnamed`, `count` and `count_qualifier` go beside properties, as in the extraction JSON.
"""

from __future__ import annotations

import json
import re
import sys
from itertools import pairwise
from pathlib import Path
from typing import Any

MARK = re.compile(r"\[\[([^|\]]+)\|([A-Za-z0-9_]+)(~?)\]\]")
INT_KEYS = {"amount_usd", "amount_max_usd", "months", "count", "supervised_release_months", "age"}
LIST_KEYS = {"legal_basis", "charges"}
TOP_KEYS = {"unnamed", "count", "count_qualifier"}  # beside properties, as in extraction JSON
# A period after these does not end a sentence.
ABBREVIATIONS = {"U.S", "Inc", "Co", "Ltd", "Corp", "No", "Mr", "Ms", "Mrs", "Dr", "Jr", "St",
                 "E.O", "v", "a.k.a", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "Md",
                 "Minn", "D.C", "U.N"}
NOT_NAMES = ("the ", "The ", "its ", "his ", "her ", "their ", "he", "she", "it", "they",
             "He", "She", "It", "They", "this ", "This ")
SENTENCE_END = re.compile(r"([.!?])([\"”’)]*)(\s+)(?=[\"“‘A-Z0-9(\u3000-\u9fff\uac00-\ud7af])")


def sentence_spans(body: str) -> list[tuple[int, int]]:
    """Sentences and list lines of the body, as (start, end) without surrounding space."""
    cuts = {0, len(body)}
    for match in re.finditer(r"\n+", body):
        cuts.update((match.start(), match.end()))
    for match in SENTENCE_END.finditer(body):
        token = re.split(r"[\s(]", body[:match.start()])[-1]
        if token in ABBREVIATIONS or re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", token):
            continue  # "U.S. District", "Randolph D. Moss"
        cuts.update((match.end(2), match.end()))
    cuts.update(match.end() for match in re.finditer("。", body))
    spans = []
    for start, end in pairwise(sorted(cuts)):
        piece = body[start:end]
        if piece.strip():
            spans.append((start + len(piece) - len(piece.lstrip()),
                          end - (len(piece) - len(piece.rstrip()))))
    return spans


def parse_properties(text: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """`key=value; flag` into (properties, keys that sit beside properties)."""
    properties: dict[str, Any] = {}
    beside: dict[str, Any] = {}
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        key, _, raw = (x.strip() for x in part.partition("="))
        value: Any = raw if raw else True
        if key == "amount":
            value = float(raw)
        elif key in INT_KEYS:
            value = int(raw)
        elif key in LIST_KEYS:
            value = [x.strip() for x in raw.split(",") if x.strip()]
        (beside if key in TOP_KEYS else properties)[key] = value
    return properties, beside


def strip_marks(marked: str) -> tuple[str, dict[str, list[dict[str, Any]]], set[tuple[str, str]]]:
    """The plain body, the mentions of each entity id, and the descriptive (id, text) pairs."""
    body, pos = "", 0
    mentions: dict[str, list[dict[str, Any]]] = {}
    descriptive: set[tuple[str, str]] = set()
    for match in MARK.finditer(marked):
        body += marked[pos:match.start()]
        start = len(body)
        body += match.group(1)
        mentions.setdefault(match.group(2), []).append(
            {"start": start, "end": len(body), "text": match.group(1)})
        if match.group(3):
            descriptive.add((match.group(2), match.group(1)))
        pos = match.end()
    body += marked[pos:]
    if "[[" in body or "]]" in body:
        raise SystemExit(f"unparsed mark near {body[body.find('[['):][:60]!r}")
    return body, mentions, descriptive


class Builder:
    """Turns the spec lines of one source into gold entities and relations."""

    def __init__(self, body: str, mentions: dict[str, list[dict[str, Any]]],
                 descriptive: set[tuple[str, str]]) -> None:
        self.body = body
        self.mentions = mentions
        self.descriptive = descriptive
        self.spans = sentence_spans(body)
        self.entities: list[dict[str, Any]] = []
        self.relations: list[dict[str, Any]] = []
        self.payments: dict[str, dict[str, Any]] = {}

    def entity(self, line: str) -> None:
        head, aliases_text, props_text = ([*line[1:].split("|"), "", ""])[:3]
        entity_id, label, name = head.strip().split(" ", 2)
        aliases = [a.strip() for a in aliases_text.split(";") if a.strip()]
        properties, beside = parse_properties(props_text)
        if label == "Payment":
            properties = {"amount_usd": int(name), **properties}
            properties.setdefault("qualifier", "exact")
            name = f"USD {int(name)}"
            self.payments[entity_id] = properties
        if entity_id not in self.mentions:
            raise SystemExit(f"entity {entity_id} has no mention")
        if not beside.get("unnamed") and label != "Payment":
            for mention in self.mentions[entity_id]:
                text = str(mention["text"])
                if (entity_id, text) in self.descriptive or text == name or text in aliases \
                        or text.startswith(NOT_NAMES) or text[:1].islower():
                    continue
                aliases.append(text)
        self.entities.append({"id": entity_id, "type": label, "name": name, "aliases": aliases,
                              "properties": properties, **beside,
                              "mentions": self.mentions[entity_id]})

    def relation(self, line: str) -> None:
        head, props_text, evidence_text = ([*line[1:].split("|"), "", ""])[:3]
        rel_type, source, target, modality = head.split()
        properties, beside = parse_properties(props_text)
        properties.update(beside)  # a relation's count is an ordinary property
        payment = self.payments.get(target)
        if rel_type in ("PAID", "GENERATED_REVENUE_FOR", "FORFEITED") and payment:
            properties.setdefault("amount_usd", payment["amount_usd"])
            if rel_type != "FORFEITED" or payment.get("qualifier") != "exact":
                properties.setdefault("qualifier", payment["qualifier"])
        evidence = [self.sentence_of(text.strip()) for text in evidence_text.split("||")]
        self.relations.append({"type": rel_type, "source": source, "target": target,
                               "modality": modality, "properties": properties,
                               "evidence": evidence})

    def sentence_of(self, text: str) -> dict[str, int]:
        """The sentence holding `text`, which must occur exactly once in the body."""
        hits = [m.start() for m in re.finditer(re.escape(text), self.body)]
        if len(hits) != 1:
            raise SystemExit(f"evidence {text!r} found {len(hits)} times")
        start, end = next(s for s in self.spans if s[0] <= hits[0] < s[1])
        if hits[0] + len(text) > end:
            raise SystemExit(f"evidence {text!r} crosses a sentence end")
        return {"start": start, "end": end}


def build(source: Path, out: Path) -> None:
    head, rest = source.read_text(encoding="utf-8").split("\n---\n", 1)
    marked, spec = rest.split("\n===\n", 1)
    body, mentions, descriptive = strip_marks(marked)
    found = re.search(r"^id: (\S+)", head, re.M)
    if not found:
        raise SystemExit(f"{source}: no id in the front matter")
    doc_id = found.group(1)
    builder = Builder(body, mentions, descriptive)
    for line in (raw.strip() for raw in spec.splitlines()):
        if line.startswith("@"):
            builder.entity(line)
        elif line.startswith(">"):
            builder.relation(line)
        elif line and not line.startswith("#"):
            raise SystemExit(f"{source}: bad spec line {line!r}")
    unused = set(mentions) - {e["id"] for e in builder.entities}
    if unused:
        raise SystemExit(f"{source}: marks with no entity: {sorted(unused)}")
    (out / "documents" / f"{doc_id}.md").write_text(f"{head}\n---\n{body}", encoding="utf-8")
    record = {"doc_id": doc_id, "entities": builder.entities, "relations": builder.relations}
    (out / "gold" / f"{doc_id}.jsonl").write_text(
        json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    for path in sys.argv[2:]:
        build(Path(path), Path(sys.argv[1]))
