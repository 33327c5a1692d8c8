"""Analysts' judgments: stored apart from what documents state, applied when the graph is read.

A judgment confirms or rejects a fact (a relationship: type, source id, target id), says two
entities are one (merge) or not (split), or rates a document's reliability. Each is a
Judgment node that no document owns and no edge touches, so re-ingesting or forgetting a
document leaves it alone, and a fact re-extracted later meets the judgment again by its ids.
Judgments are never edited: the latest one on a subject wins, the earlier ones are history.

Merges follow the model of nomenklatura's resolver: judgments form a graph over entity ids;
a connected component of "same" judgments is one entity whose canonical id is its greatest
member id (stable, and no new id is minted); a "not the same" judgment between two ids keeps
their components apart. Readers resolve ids through `Verdicts` — node ids are never rewritten,
so undoing a merge is one more judgment, not a repair of the graph.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from graph import queries
from graph.errors import Conflict, InvalidInput, ModelError, NotFound
from graph.model import check_value
from graph.store import GraphStore

FACT_KINDS = ("confirm", "reject")
PAIR_KINDS = ("merge", "split")
DEFAULT_AUTHOR = "analyst"
FactKey = tuple[str, str, str]  # (type, source, target)


@dataclass(frozen=True)
class Judgment:
    id: str
    kind: str
    subject: str
    author: str
    at: str
    reason: str
    rel_type: str | None = None
    source: str | None = None
    target: str | None = None
    left: str | None = None
    right: str | None = None
    document: str | None = None
    reliability: str | None = None

    def properties(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}

    @classmethod
    def from_properties(cls, props: dict[str, Any]) -> Judgment:
        known = {k: (str(v) if v is not None else None) for k, v in props.items()
                 if k in cls.__dataclass_fields__}
        return cls(**known)  # type: ignore[arg-type]

    @property
    def fact(self) -> FactKey | None:
        if self.kind in FACT_KINDS and self.rel_type and self.source and self.target:
            return (self.rel_type, self.source, self.target)
        return None

    @property
    def pair(self) -> tuple[str, str] | None:
        if self.kind in PAIR_KINDS and self.left and self.right:
            return (self.left, self.right)
        return None

    def touches(self, ids: Iterable[str]) -> bool:
        wanted = set(ids)
        return bool(wanted & {self.source, self.target, self.left, self.right})


def fact_subject(rel_type: str, source: str, target: str) -> str:
    return f"fact|{rel_type}|{source}|{target}"


def pair_subject(a: str, b: str) -> str:
    left, right = sorted((a, b))
    return f"pair|{left}|{right}"


def document_subject(doc_id: str) -> str:
    return f"document|{doc_id}"


def _new(kind: str, subject: str, author: str | None, reason: str, **what: str) -> Judgment:
    reason = reason.strip()
    if not reason:
        raise InvalidInput("say why: a judgment needs a reason")
    return Judgment(id=f"judgment:{uuid.uuid4().hex}", kind=kind, subject=subject,
                    author=(author or "").strip() or DEFAULT_AUTHOR,
                    at=datetime.now(UTC).isoformat(timespec="microseconds"),
                    reason=reason, **what)


def _write(store: GraphStore, judgment: Judgment) -> Judgment:
    props = judgment.properties()
    specs = store.model.judgment.properties
    for name, value in props.items():
        try:
            check_value(specs[name], value)
        except ModelError as exc:
            raise InvalidInput(exc.detail) from exc
    store.run(queries.CREATE_JUDGMENT, {"props": props}, write=True)
    return judgment


# --- writes: each checks that what it judges exists, so a typo is refused, not recorded ------

def fact_count(store: GraphStore, rel_type: str, source: str, target: str) -> int:
    """How many relationships (keys) of this type join source to target."""
    rows = store.run(queries.FACT_EXISTS, {"type": rel_type, "source": source,
                                           "target": target})
    return int(rows[0]["n"]) if rows else 0


def judge_fact(store: GraphStore, kind: str, rel_type: str, source: str, target: str,
               reason: str, author: str | None = None) -> Judgment:
    if kind not in FACT_KINDS:
        raise InvalidInput(f"a fact is judged with {' or '.join(FACT_KINDS)}, not {kind!r}")
    if rel_type not in store.model.relationships:
        raise InvalidInput(f"unknown relationship type {rel_type!r}")
    if not fact_count(store, rel_type, source, target):
        raise NotFound(f"no {rel_type} fact from {source!r} to {target!r}")
    return _write(store, _new(kind, fact_subject(rel_type, source, target), author, reason,
                              rel_type=rel_type, source=source, target=target))


def judge_pair(store: GraphStore, kind: str, a: str, b: str, reason: str,
               author: str | None = None) -> Judgment:
    """Merge (the same entity) or split (not the same); a merge a split forbids is refused."""
    if kind not in PAIR_KINDS:
        raise InvalidInput(f"two entities are judged with {' or '.join(PAIR_KINDS)}, "
                           f"not {kind!r}")
    if a == b:
        raise InvalidInput("an entity is already the same as itself: give two ids")
    rows = {r["id"]: r for r in store.run(queries.ENTITY_LABELS, {"ids": [a, b]})}
    for ident in (a, b):
        if ident not in rows:
            raise NotFound(f"no entity with id {ident!r}")
    if kind == "merge":
        labels_a, labels_b = set(rows[a]["labels"]), set(rows[b]["labels"])
        if labels_a != labels_b:
            raise Conflict(f"{a} ({', '.join(sorted(labels_a))}) and {b} "
                           f"({', '.join(sorted(labels_b))}) are different kinds of thing")
        blocker = load_verdicts(store).merge_blocker(a, b)
        if blocker is not None:
            raise Conflict(f"{blocker.left} and {blocker.right} were judged not the same by "
                           f"{blocker.author} on {blocker.at[:10]} ({blocker.reason}); "
                           "split judgments keep their clusters apart")
    left, right = sorted((a, b))
    return _write(store, _new(kind, pair_subject(a, b), author, reason, left=left, right=right))


def rate_document(store: GraphStore, doc_id: str, reliability: str, reason: str,
                  author: str | None = None) -> Judgment:
    allowed = store.model.judgment.enum("reliability")
    if reliability not in allowed:
        raise InvalidInput(f"reliability must be one of {', '.join(allowed)}")
    found = store.run(queries.DOCUMENT_EXISTS, {"id": doc_id})
    if not found or not int(found[0]["n"]):
        raise NotFound(f"no document with id {doc_id!r}")
    return _write(store, _new("rate", document_subject(doc_id), author, reason,
                              document=doc_id, reliability=reliability))


# --- reads ---------------------------------------------------------------------------------

def all_judgments(store: GraphStore) -> list[Judgment]:
    """Every judgment, oldest first."""
    return [Judgment.from_properties(dict(r["j"]["properties"]))
            for r in store.run(queries.LIST_JUDGMENTS)]


def import_judgments(store: GraphStore, rows: list[dict[str, Any]]) -> int:
    """Write judgments exactly as an export holds them (ids and times kept)."""
    specs = store.model.judgment.properties
    for props in rows:
        for name in ("id", "kind", "subject", "author", "at", "reason"):
            if not props.get(name):
                raise InvalidInput(f"a judgment without {name!r}: {props}")
        for name, value in props.items():
            if name not in specs:
                raise InvalidInput(f"a judgment has no property {name!r}")
            try:
                check_value(specs[name], value)
            except ModelError as exc:
                raise InvalidInput(exc.detail) from exc
    if not rows:
        return 0
    result = store.run(queries.IMPORT_JUDGMENTS, {"rows": rows}, write=True)
    return int(result[0]["n"]) if result else 0


def load_verdicts(store: GraphStore) -> Verdicts:
    return Verdicts(all_judgments(store))


class Verdicts:
    """What the judgments on record decide: fact states, clusters of ids, document ratings."""

    def __init__(self, judgments: Iterable[Judgment]) -> None:
        self.judgments = sorted(judgments, key=lambda j: (j.at, j.id))
        latest: dict[str, Judgment] = {}
        for j in self.judgments:
            latest[j.subject] = j
        self.facts: dict[FactKey, Judgment] = {}
        self.pairs: dict[tuple[str, str], Judgment] = {}
        self.ratings: dict[str, Judgment] = {}
        for j in latest.values():
            if j.fact is not None:
                self.facts[j.fact] = j
            elif j.pair is not None:
                self.pairs[j.pair] = j
            elif j.kind == "rate" and j.document:
                self.ratings[j.document] = j
        self._clusters = self._components()

    def _components(self) -> dict[str, frozenset[str]]:
        """Union the merges oldest first; a merge that would put two ids judged not the same
        into one cluster is skipped (the later split wins over an older indirect merge)."""
        apart = {p for p, j in self.pairs.items() if j.kind == "split"}
        cluster: dict[str, frozenset[str]] = {}
        merges = sorted((j for j in self.pairs.values() if j.kind == "merge"),
                        key=lambda j: (j.at, j.id))
        for j in merges:
            assert j.left is not None and j.right is not None
            a = cluster.get(j.left, frozenset({j.left}))
            b = cluster.get(j.right, frozenset({j.right}))
            if a == b or any(tuple(sorted((x, y))) in apart for x in a for y in b):
                continue
            joined = a | b
            for member in joined:
                cluster[member] = joined
        return cluster

    def cluster(self, entity_id: str) -> list[str]:
        """Every id judged the same as this one (itself included), canonical id first."""
        members = self._clusters.get(entity_id, frozenset({entity_id}))
        return sorted(members, reverse=True)

    def canonical(self, entity_id: str) -> str:
        return max(self._clusters.get(entity_id, frozenset({entity_id})))

    def merge_blocker(self, a: str, b: str) -> Judgment | None:
        """The split that forbids merging a's cluster with b's, other than one on (a, b)
        itself, which a new merge of that very pair overrides."""
        own = tuple(sorted((a, b)))
        for x in self.cluster(a):
            for y in self.cluster(b):
                pair = (min(x, y), max(x, y))
                j = self.pairs.get(pair)
                if j is not None and j.kind == "split" and pair != own:
                    return j
        return None

    def fact(self, rel_type: str, source: str, target: str) -> Judgment | None:
        return self.facts.get((rel_type, source, target))

    def state(self, rel_type: str, source: str, target: str) -> str | None:
        """"confirmed", "rejected" or None for a fact."""
        j = self.fact(rel_type, source, target)
        if j is None:
            return None
        return "confirmed" if j.kind == "confirm" else "rejected"

    def rejected(self) -> list[FactKey]:
        return [k for k, j in self.facts.items() if j.kind == "reject"]

    def about(self, ids: Iterable[str]) -> list[Judgment]:
        """The history of judgments that name any of `ids`, newest first."""
        wanted = set(ids)
        return [j for j in reversed(self.judgments) if j.touches(wanted)]
