"""Score extractions against gold (docs/development.md "Scoring").

Per document, an extracted entity matches a gold entity when the types agree and its
normalized name equals the gold name or one of the gold aliases, or (second pass) one of its
own aliases does: the extractor names a listed entity by its list name and keeps the form the
text printed as an alias, while the gold names it as the text gives it ("Joint Statement on
... IT Workers" for "... Information Technology Workers"); an alias is a form this document
printed or a list's name for the same entity, never a description. Each gold entity and each
extracted entity is matched at most once, and an exact name beats an alias. A relation
matches when its type agrees and both ends match gold entities that are the ends of a gold
relation of that type; MET is a meeting, so it matches in either direction. Counts are
summed over documents (micro average), by type and overall.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from graph.ids import slugify
from graph.model import ExtractedEntity, ExtractedRelation, Extraction

SYMMETRIC = frozenset({"MET"})


def name_key(name: str) -> str:
    """Names compare without case, accents, punctuation or a leading article."""
    return slugify(re.sub(r"^\s*(?:the|a|an)\s+", "", name, flags=re.IGNORECASE))


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class Score:
    entities: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    relations: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    misses: list[str] = field(default_factory=list)  # "doc: FN/FP ..." lines for tuning
    # why each missed gold relation was missed (miss_cause), per type: counts say whether a
    # held-out gap is recognition or relation work without naming a document or a fact
    causes: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    documents: int = 0

    @property
    def entity_total(self) -> Counts:
        return _total(self.entities.values())

    @property
    def relation_total(self) -> Counts:
        return _total(self.relations.values())


def _total(counts: Iterable[Counts]) -> Counts:
    total = Counts()
    for c in counts:
        total.add(c)
    return total


@dataclass
class GoldDoc:
    """What scoring needs of a gold document (corpus.gold.GoldDocument fits)."""

    doc_id: str
    entities: list[ExtractedEntity]
    relations: list[ExtractedRelation]


def match_entities(extracted: list[ExtractedEntity],
                   gold: list[ExtractedEntity]) -> dict[str, str]:
    """Extracted id -> gold id, one to one; exact names first, then the aliases of either."""
    assigned: dict[str, str] = {}
    taken: set[str] = set()
    for use_aliases in (False, True):
        for g in gold:
            if g.id in taken:
                continue
            keys = {name_key(g.name)}
            if use_aliases:
                keys |= {name_key(a) for a in g.aliases}
            for e in extracted:
                if e.id in assigned or e.type != g.type:
                    continue
                names = {name_key(e.name)}
                if use_aliases:
                    names |= {name_key(a) for a in e.aliases}
                if names & keys:
                    assigned[e.id] = g.id
                    taken.add(g.id)
                    break
    return assigned


def miss_cause(rel_type: str, src: str | None, tgt: str | None,
               relations: Iterable[ExtractedRelation]) -> str:
    """The bin of a missed gold relation, given the extracted ids its ends matched (None: not
    recognised): which end is missing, or what the extractor said of them instead (another
    actor for the target, another type or direction between them), or nothing at all."""
    if src is None or tgt is None:
        return "no source entity" if src is None and tgt is not None else (
            "no target entity" if src is not None else "neither end")
    relations = list(relations)
    if any(r.type == rel_type and r.target == tgt for r in relations):
        return "same type, another source"
    if any({r.source, r.target} == {src, tgt} for r in relations):
        return "both ends, another type or direction"
    return "both ends, no relation"


def _rel_key(rtype: str, source: str, target: str) -> tuple[str, str, str]:
    if rtype in SYMMETRIC and target < source:
        source, target = target, source
    return rtype, source, target


def judged_relations(extraction: Extraction, gold: GoldDoc,
                     mapping: Mapping[str, str] | None = None,
                     ) -> Iterator[tuple[ExtractedRelation, tuple[str, str, str], bool]]:
    """Each distinct extracted relation with its key in gold ids and whether gold marks it.

    A relation repeated (same type and ends after matching) is judged once, at its first
    occurrence, so a fact stated in several sentences counts as one fact.
    """
    if mapping is None:
        mapping = match_entities(extraction.entities, gold.entities)
    gold_keys = {_rel_key(r.type, r.source, r.target) for r in gold.relations}
    seen: set[tuple[str, str, str]] = set()
    for r in extraction.relations:
        key = _rel_key(r.type, mapping.get(r.source, "?" + r.source),
                       mapping.get(r.target, "?" + r.target))
        if key in seen:
            continue
        seen.add(key)
        yield r, key, key in gold_keys


def false_relations(extraction: Extraction, gold: GoldDoc) -> list[ExtractedRelation]:
    """The distinct extracted relations that gold does not mark (the scorer's false positives)."""
    return [r for r, _key, true in judged_relations(extraction, gold) if not true]


def score_document(extraction: Extraction, gold: GoldDoc, score: Score) -> None:
    doc_id = gold.doc_id
    mapping = match_entities(extraction.entities, gold.entities)
    matched_gold = set(mapping.values())
    for e in extraction.entities:
        counts = score.entities[e.type]
        if e.id in mapping:
            counts.tp += 1
        else:
            counts.fp += 1
            score.misses.append(f"{doc_id}: FP entity {e.type} {e.name!r}")
    gold_names = {g.id: g.name for g in gold.entities}
    for g in gold.entities:
        if g.id not in matched_gold:
            score.entities[g.type].fn += 1
            score.misses.append(f"{doc_id}: FN entity {g.type} {g.name!r}")
    found: set[tuple[str, str, str]] = set()
    ext_names = {e.id: e.name for e in extraction.entities}
    for r, key, true in judged_relations(extraction, gold, mapping):
        found.add(key)
        if true:
            score.relations[r.type].tp += 1
        else:
            score.relations[r.type].fp += 1
            score.misses.append(f"{doc_id}: FP relation {r.type} "
                                f"{ext_names.get(r.source, r.source)!r} -> "
                                f"{ext_names.get(r.target, r.target)!r}")
    gold_keys = {_rel_key(r.type, r.source, r.target) for r in gold.relations}
    back = {g: mine for mine, g in mapping.items()}
    for key in gold_keys - found:
        score.relations[key[0]].fn += 1
        score.causes[key[0]][miss_cause(key[0], back.get(key[1]), back.get(key[2]),
                                        extraction.relations)] += 1
        score.misses.append(f"{doc_id}: FN relation {key[0]} {gold_names.get(key[1])!r} -> "
                            f"{gold_names.get(key[2])!r}")
    score.documents += 1


def score_corpus(extractions: Mapping[str, Extraction], gold: Iterable[GoldDoc]) -> Score:
    """Score every gold document; a gold document with no extraction counts as all misses."""
    score = Score()
    for g in gold:
        extraction = extractions.get(g.doc_id)
        if extraction is None:
            from graph.model import DocumentMeta
            extraction = Extraction(DocumentMeta(id=g.doc_id), "", "")
        score_document(extraction, g, score)
    return score


def format_table(score: Score, targets: Mapping[str, float] | None = None) -> str:
    """A plain-text table: one row per type, then the overall rows (and targets if given)."""
    lines = [f"{'':<8}{'type':<24}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>7}{'R':>7}{'F1':>7}"]

    def row(group: str, name: str, c: Counts) -> str:
        return (f"{group:<8}{name:<24}{c.tp:>5}{c.fp:>5}{c.fn:>5}"
                f"{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}")

    for name in sorted(score.entities):
        lines.append(row("entity", name, score.entities[name]))
    lines.append(row("entity", "ALL", score.entity_total))
    for name in sorted(score.relations):
        lines.append(row("rel", name, score.relations[name]))
    lines.append(row("rel", "ALL", score.relation_total))
    lines.append(f"documents scored: {score.documents}")
    if targets:
        lines.append("targets: " + ", ".join(f"{k} F1 >= {v:.2f}" for k, v in targets.items()))
    return "\n".join(lines)


CAUSES = ("neither end", "no source entity", "no target entity", "same type, another source",
          "both ends, another type or direction", "both ends, no relation")


def format_causes(score: Score) -> str:
    """Missed relations per type by cause (miss_cause), counts only."""
    short = ("neither", "no src", "no tgt", "oth src", "oth type", "no rel")
    lines = [f"{'type':<24}" + "".join(f"{s:>9}" for s in short)]
    for name in sorted(score.causes):
        counts = score.causes[name]
        lines.append(f"{name:<24}" + "".join(f"{counts[c]:>9}" for c in CAUSES))
    total: Counter[str] = Counter()
    for counts in score.causes.values():
        total.update(counts)
    lines.append(f"{'ALL':<24}" + "".join(f"{total[c]:>9}" for c in CAUSES))
    return "\n".join(lines)
