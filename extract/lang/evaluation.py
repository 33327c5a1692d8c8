"""Quality of the Japanese and Korean pipelines on the gold of one language and split.

Entities are matched to the gold by name across scripts (extract/lang/entity_match.py).
Cross-language: for each gold entity of the split whose name is also a gold entity of an
English document, the node the Japanese/Korean extraction gives it must be the node the
English extraction gives the English one; a node that belongs to a different English
entity is a wrong merge.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from corpus.frontmatter import CorpusDocument, read_document
from corpus.gold import GoldDocument, load_gold
from extract.evaluate.calibration import share_text
from extract.evaluate.corpus import fresh_ids
from extract.evaluate.scoring import Counts, miss_cause
from extract.extractor import Extractor
from extract.lang.detect import document_language
from extract.lang.entity_match import match_entities, name_key
from graph.model import DocumentMeta, ExtractedEntity, ExtractedRelation, Extraction

KEY_RELATIONS = ("DESIGNATED", "ISSUED")


@dataclass
class LangScore:
    entities: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    relations: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    cross_total: int = 0
    cross_same: int = 0
    cross_wrong: int = 0
    extracted: int = 0  # relations extracted, and how many of them are gold relations
    extracted_right: int = 0
    sure: int = 0  # the same for relations at confidence >= 0.8
    sure_right: int = 0
    cross_by_type: dict[str, list[int]] = field(
        default_factory=lambda: defaultdict(lambda: [0, 0]))  # label -> [same node, total]
    # why a designation/issuer gold relation was missed, counted only (never which one):
    # an end not recognised, both ends but no relation between them, or related otherwise
    key_misses: Counter[str] = field(default_factory=Counter)
    documents: int = 0
    chars: int = 0
    seconds: float = 0.0
    bare_seconds: float = 0.0


def split_documents(corpus_dir: Path, lang: str) -> tuple[dict[str, CorpusDocument],
                                                          list[GoldDocument]]:
    """Documents of one language in a split, and their gold."""
    docs = {d.meta.id: d for d in (read_document(p) for p in
                                   sorted((corpus_dir / "documents").glob("*.md")))}
    wanted = {i: d for i, d in docs.items()
              if document_language(d.body, d.meta) == lang}
    gold = load_gold(corpus_dir / "gold", docs) if (corpus_dir / "gold").is_dir() else []
    return wanted, [g for g in gold if g.doc_id in wanted]


def score_language(extractor: Extractor, corpus_dir: Path, lang: str,
                   english: dict[str, str] | None = None,
                   fresh: tuple[set[str], LangScore] | None = None) -> LangScore:
    """Scores every document of the language in the split; the documents named in `fresh`
    (ids, and a score to add them to) are also scored apart, read once."""
    docs, gold = split_documents(corpus_dir, lang)
    score = LangScore()
    pipeline = extractor.languages.get(lang)
    pipeline.extract("準備 준비", DocumentMeta(id="warm-up"))  # load the analyzer untimed
    english = english or {}
    english_ids = set(english.values())
    for g in gold:
        doc = docs[g.doc_id]
        started = time.perf_counter()
        result = extractor.extract(doc.body, doc.meta)
        score.seconds += time.perf_counter() - started
        score.chars += len(doc.body)
        started = time.perf_counter()
        bare(pipeline, doc.body)
        score.bare_seconds += time.perf_counter() - started
        score.documents += 1
        _score_doc(score, result, g.entities, g.relations, english, english_ids)
        if fresh is not None and g.doc_id in fresh[0]:
            fresh[1].documents += 1
            fresh[1].chars += len(doc.body)
            _score_doc(fresh[1], result, g.entities, g.relations, english, english_ids)
    return score


def bare(pipeline: object, text: str) -> None:
    """The analyzer alone: Kiwi's tokenizer, or the whole GiNZA pipeline."""
    kiwi = getattr(pipeline, "kiwi", None)
    if kiwi is not None:
        kiwi.tokenize(text)
        return
    getattr(pipeline, "nlp")(text)  # noqa: B009


def _score_doc(score: LangScore, result: Extraction, gold_entities: list[ExtractedEntity],
               gold_relations: list[ExtractedRelation], english: dict[str, str],
               english_ids: set[str]) -> None:
    scored = [e for e in result.entities if e.type != "Payment"]
    wanted = [e for e in gold_entities if e.type != "Payment"]
    matched = match_entities(scored, wanted)
    score.entities.tp += len(matched)
    score.entities.fn += len(wanted) - len(matched)
    score.entities.fp += len(scored) - len(matched)
    for g in wanted:  # per label, so a figure says which recognizer to look at
        score.by_type[g.type].tp += g.id in matched
        score.by_type[g.type].fn += g.id not in matched
    taken = set(matched.values())
    for e in scored:
        score.by_type[e.type].fp += e.id not in taken
    found = {(r.type, r.source, r.target) for r in result.relations}
    _judge_extracted(score, result.relations, gold_relations, matched)
    for relation in gold_relations:
        counts = score.relations[relation.type]
        src, tgt = matched.get(relation.source), matched.get(relation.target)
        if src and tgt and (relation.type, src, tgt) in found:
            counts.tp += 1
            continue
        counts.fn += 1
        if relation.type in KEY_RELATIONS:
            score.key_misses[miss_cause(relation.type, src, tgt, result.relations)] += 1
    for g in wanted:
        node = english.get(name_key(g.name))
        if node is None or g.type in ("Country", "Payment"):
            continue  # countries are trivially shared and a payment is one document's
            # figure (never identified by its amount); count people, bodies, companies
        score.cross_total += 1
        score.cross_by_type[g.type][1] += 1
        mine = matched.get(g.id)
        if mine == node:
            score.cross_same += 1
            score.cross_by_type[g.type][0] += 1
        elif mine in english_ids:
            score.cross_wrong += 1


def _judge_extracted(score: LangScore, relations: list[ExtractedRelation],
                     gold_relations: list[ExtractedRelation], matched: dict[str, str]) -> None:
    """Precision: an extracted relation is right when its ends are the matched gold
    entities of a gold relation of its type."""
    back = {mine: gold for gold, mine in matched.items()}
    wanted = {(r.type, r.source, r.target) for r in gold_relations}
    for relation in relations:
        right = (relation.type, back.get(relation.source), back.get(relation.target)) in wanted
        score.extracted += 1
        score.extracted_right += right
        if relation.confidence >= 0.8:
            score.sure += 1
            score.sure_right += right


def english_nodes(extractor: Extractor, corpus_dirs: list[Path]) -> dict[str, str]:
    """Gold name (key) -> node id the English extraction gives it, over English gold."""
    out: dict[str, str] = {}
    for corpus_dir in corpus_dirs:
        docs, gold = split_documents(corpus_dir, "en")
        results = {r.document.id: r for r in extractor.extract_many(
            (docs[g.doc_id].body, docs[g.doc_id].meta) for g in gold)
            if isinstance(r, Extraction)}
        for g in gold:
            result = results.get(g.doc_id)
            if result is None:
                continue
            matched = match_entities(result.entities, g.entities)
            for entity in g.entities:
                if entity.id in matched:
                    out.setdefault(name_key(entity.name), matched[entity.id])
    return out


def format_score(lang: str, split: str, score: LangScore) -> str:
    e = score.entities
    lines = [f"{lang} {split}: {score.documents} documents, {score.chars} chars",
             f"  entities  P {e.precision:.3f}  R {e.recall:.3f}  F1 {e.f1:.3f}  "
             f"(tp {e.tp} fp {e.fp} fn {e.fn})"]
    lines += [f"    {label:<13} P {c.precision:.3f}  R {c.recall:.3f}  (tp {c.tp} fp {c.fp} "
              f"fn {c.fn})" for label, c in sorted(score.by_type.items())]
    key = Counts()
    for rel_type in sorted(score.relations):
        c = score.relations[rel_type]
        lines.append(f"  {rel_type:<14} recall {c.recall:.3f} ({c.tp}/{c.tp + c.fn})")
        if rel_type in KEY_RELATIONS:
            key.add(c)
    lines.append(f"  designation+issuer recall {key.recall:.3f} ({key.tp}/{key.tp + key.fn})")
    if score.key_misses:
        lines.append("  designation+issuer misses by cause: " + ", ".join(
            f"{cause} {n}" for cause, n in score.key_misses.most_common()))
    lines.append(f"  relations extracted: precision "
                 f"{_share(score.extracted_right, score.extracted, 'none extracted')}; "
                 f"confidence >= 0.8 precision {_share(score.sure_right, score.sure)}")
    if score.cross_total:
        lines.append(f"  same node as English: {score.cross_same}/{score.cross_total} "
                     f"({score.cross_same / score.cross_total:.3f}), wrong merges "
                     f"{score.cross_wrong} ("
                     + ", ".join(f"{t} {same}/{total}" for t, (same, total)
                                 in sorted(score.cross_by_type.items())) + ")")
    if score.seconds:
        lines.append(f"  speed {score.chars / score.seconds:,.0f} chars/s full, "
                     f"{score.chars / max(score.bare_seconds, 1e-9):,.0f} chars/s bare analyzer "
                     f"(ratio {score.bare_seconds / score.seconds:.2f})")
    return "\n".join(lines)


def _share(right: int, total: int, empty: str = "none claimed") -> str:
    return f"{share_text(right, total, empty)} ({right} of {total})"


def main(lang: str, corpus_dir: Path, splits: tuple[str, ...] = ("dev", "test")) -> None:
    """Print each split's figures; `splits` as `--split` chose, so a rule writer checking dev
    does not see the test split's figures on every run."""
    extractor = Extractor()
    english = english_nodes(extractor, [corpus_dir, corpus_dir / "test"])
    for split, folder in (("dev", corpus_dir), ("test", corpus_dir / "test")):
        if split not in splits:
            continue
        if not (folder / "documents").is_dir():
            print(f"{lang} {split}: no split at {folder}")
            continue
        # the dev documents no rule was written from (corpus/fresh.txt) are also scored
        # apart: the closest measure of unseen text besides the test split
        fresh = (fresh_ids(folder), LangScore()) if split == "dev" else None
        print(format_score(lang, split, score_language(extractor, folder, lang, english, fresh)))
        if fresh is not None and fresh[1].documents:
            print(format_score(lang, f"{split} fresh (corpus/fresh.txt)", fresh[1]))
