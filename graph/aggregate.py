"""Aggregates from statements: what a node or relationship shows, derived from what documents say.

Each document's contribution is a statement (a MENTIONS edge for an entity, a Claim node for a
relation). The node or relationship itself holds only what follows from its statements, and
it must follow the same way whatever order documents arrive or leave in, so that forgetting
a document and ingesting it again gives the graph that never forgot it:

- every property takes its value from the best statement that gives one, best meaning the
  highest confidence and, between equals, the smallest document id (a total order);
- aliases are those some statement gives, counted so one leaves with its last document;
- `doc_count` counts statements, `confidence` is the best one's.

Adding a statement is constant work (compare with the current best). Removing one is too,
unless it supplied a value or the best confidence: then the aggregate is folded again from
the statements that remain (`remove` says so). Pure logic, no store.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

BEST = "_best"  # value_sources entry naming the best statement overall (confidence)


@dataclass(frozen=True)
class Statement:
    """What one document states of one node or relationship."""

    doc: str
    confidence: float
    values: dict[str, Any]
    aliases: tuple[str, ...] = ()

    @property
    def rank(self) -> tuple[float, str]:
        return (self.confidence, self.doc)


def better(a: tuple[float, str], b: tuple[float, str]) -> bool:
    """a outranks b: higher confidence, or as high and the smaller document id."""
    return a[0] > b[0] or (a[0] == b[0] and a[1] < b[1])


@dataclass
class Aggregate:
    values: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, tuple[float, str]] = field(default_factory=dict)  # property -> rank
    alias_counts: dict[str, int] = field(default_factory=dict)
    doc_count: int = 0

    @property
    def confidence(self) -> float:
        best = self.sources.get(BEST)
        return best[0] if best else 0.0

    @property
    def aliases(self) -> list[str]:
        return sorted(self.alias_counts)

    def add(self, st: Statement) -> None:
        self.doc_count += 1
        for alias in dict.fromkeys(st.aliases):
            self.alias_counts[alias] = self.alias_counts.get(alias, 0) + 1
        for name, value in [*st.values.items(), (BEST, None)]:
            if value is None and name != BEST:
                continue
            held = self.sources.get(name)
            if held is None or better(st.rank, held):
                self.sources[name] = st.rank
                if name != BEST:
                    self.values[name] = value

    def remove(self, st: Statement) -> bool:
        """Take a statement out; False when it supplied something and a full fold is needed."""
        self.doc_count -= 1
        for alias in dict.fromkeys(st.aliases):
            left = self.alias_counts.get(alias, 0) - 1
            if left > 0:
                self.alias_counts[alias] = left
            else:
                self.alias_counts.pop(alias, None)
        return all(rank[1] != st.doc for rank in self.sources.values())

    def properties(self) -> dict[str, Any]:
        """The stored form: values, aggregates and the bookkeeping that keeps them derivable."""
        return {**self.values, "doc_count": self.doc_count, "confidence": self.confidence,
                "support": "corroborated" if self.doc_count > 1 else "single_source",
                "value_sources": json.dumps({k: list(v) for k, v in self.sources.items()},
                                            sort_keys=True),
                "alias_counts": json.dumps(self.alias_counts, sort_keys=True)}


def fold(statements: Iterable[Statement]) -> Aggregate:
    agg = Aggregate()
    for st in statements:
        agg.add(st)
    return agg


def from_properties(props: Mapping[str, Any] | None, value_names: Iterable[str]) -> Aggregate:
    """The aggregate a stored node or relationship holds (empty when there is none)."""
    if not props:
        return Aggregate()
    raw_sources = json.loads(str(props.get("value_sources") or "{}"))
    sources = {k: (float(v[0]), str(v[1])) for k, v in raw_sources.items()}
    names = set(value_names)
    values = {k: v for k, v in props.items() if k in names and k in sources}
    counts = {str(k): int(v) for k, v in json.loads(str(props.get("alias_counts") or "{}")).items()}
    return Aggregate(values, sources, counts, int(props.get("doc_count") or 0))
