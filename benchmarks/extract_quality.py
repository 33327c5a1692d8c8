"""Extraction quality on the dev and test splits, confidence calibration and a gazetteer
ablation, printed.

    .venv/bin/python benchmarks/extract_quality.py [--split dev|test|both] [--no-ablation]
        [--synthetic N] [--calibrate] [--misses]

- dev: corpus/documents + corpus/gold, the split rules may be written against;
- test: corpus/test/documents + corpus/test/gold, written by someone else and never read
  while writing rules: only its aggregate figures are printed (`--misses` lists dev only, never
  a document of corpus/fresh.txt);
- calibration: relations binned by confidence with the share that is correct, and the share
  correct at confidence >= 0.8 (target >= 0.90 on test);
- ablation: the same splits with the person and company lists of the gazetteer emptied, so
  names must come from the text;
- `--calibrate` writes extract/frames/calibration.json from the DEV split only;
- `--synthetic N`: synthetic documents share the generator's templates with the corpus, so
  their figures are reported apart and are not an unseen-text score.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extract.evaluate import CORPUS_DIR, DEV_DIR, TARGETS, TEST_DIR, evaluate, fresh_ids
from extract.evaluate.calibration import (
    Judged,
    calibration_table,
    frame_counts,
    judged,
    share_text,
    sure_share,
)
from extract.evaluate.corpus import gold_documents, in_language
from extract.evaluate.scoring import Score, format_causes, format_table, score_corpus
from extract.extractor import Extractor
from extract.gazetteer import Gazetteer, load_gazetteer

RELATION_TARGETS = {"precision": 0.92, "recall": 0.75, "type recall": 0.60}
_COMPANY_KINDS = {"company", "front_company"}


def ablated_gazetteer() -> Gazetteer:
    """The gazetteer without persons and companies: names must come from the text."""
    full = load_gazetteer()
    keep = [e for e in full.entries if e.type != "Person" and not (
        e.type == "Organization" and e.properties.get("kind") in _COMPANY_KINDS)]
    return Gazetteer(keep, full.ambiguous, full.demonyms, full.capitals, full.places,
                     full.executive_orders, full.statutes)


def ablated_extractor() -> Extractor:
    """Every module that loads the gazetteer gets the ablated one while the pipeline is
    built (the components take their gazetteer at construction)."""
    reduced = ablated_gazetteer()
    patched: list[tuple[Any, Any]] = []
    for module in list(sys.modules.values()):
        if module is not None and module.__name__.startswith("extract") and \
                getattr(module, "load_gazetteer", None) is load_gazetteer:
            patched.append((module, module.load_gazetteer))
            module.load_gazetteer = lambda *a, **k: reduced  # type: ignore[attr-defined]
    try:
        return Extractor(gazetteer=reduced)
    finally:
        for module, original in patched:
            module.load_gazetteer = original  # type: ignore[attr-defined]


def relation_summary(score: Score) -> str:
    total = score.relation_total
    lowest = min(((c.recall, name) for name, c in score.relations.items()
                  if c.tp + c.fn > 0), default=(0.0, "-"))
    return (f"relations: P {total.precision:.3f} R {total.recall:.3f} F1 {total.f1:.3f}; "
            f"lowest type recall {lowest[0]:.3f} ({lowest[1]}); entities F1 "
            f"{score.entity_total.f1:.3f}   targets P >= {RELATION_TARGETS['precision']}, "
            f"R >= {RELATION_TARGETS['recall']}, every type R >= "
            f"{RELATION_TARGETS['type recall']}")


def summary(label: str, score: Score, items: list[Judged]) -> str:
    """One line: relation P, R, F1 and the precision of the sure relations."""
    total = score.relation_total
    right, sure = sure_share(items)
    return (f"{label}: relations P {total.precision:.3f} R {total.recall:.3f} F1 "
            f"{total.f1:.3f}; confidence >= 0.8 precision "
            f"{share_text(right, sure)} ({right} of {sure})")


def run_split(name: str, folder: Path, extractor: Extractor, misses: bool,
              by_language: bool = False) -> Score | None:
    if not (folder / "gold").is_dir() or not any((folder / "gold").glob("*.jsonl")):
        print(f"\n== {name}: no gold in {folder}")
        return None
    started = time.perf_counter()
    score, results = evaluate(extractor, folder)
    documents, gold = gold_documents(folder)
    print(f"\n== {name} split: {score.documents} documents ({time.perf_counter() - started:.1f} s)")
    print(format_table(score, TARGETS))
    print(relation_summary(score))
    rejected = sum(len(r.rejected) for r in results.values())
    print(f"relations the model rejected (reported in Extraction.rejected): {rejected}")
    items = judged(results, gold)
    print(f"-- {name} confidence calibration")
    print(calibration_table(items))
    # the English pipeline judged by the English documents alone: Japanese and Korean
    # documents are read by their own pipelines (--lang ja|ko scores those)
    english = in_language(gold, documents, "en")
    print(summary(f"{name} all languages ({len(gold)} documents)", score, items))
    english_score = score_corpus(results, english)
    print(summary(f"{name} English only ({len(english)} documents)",
                  english_score, judged(results, english)))
    if by_language:
        print(f"-- {name} English only, per type")
        print(format_table(english_score))
        # counts only, as for Japanese and Korean: which end was not recognised, or both
        # were and the relation was not read (never which document or fact)
        print(f"-- {name} English only, misses by cause")
        print(format_causes(english_score))
    fresh_set = fresh_ids(folder) if name == "dev" else set()
    fresh = [g for g in gold if g.doc_id in fresh_set]
    if fresh:
        # written by a writer who saw no rule, and no rule written from them yet
        fresh_score = score_corpus(results, fresh)
        print(summary(f"{name} fresh ({len(fresh)} documents, corpus/fresh.txt)", fresh_score,
                      judged(results, fresh)) + f"; entity F1 {fresh_score.entity_total.f1:.3f}")
    if misses and name == "dev":
        # the fresh documents are measured, never read: their misses would show their text
        # and gold to whoever writes rules next, so they are counted, not listed
        shown = [m for m in score.misses if m.split(":", 1)[0] not in fresh_set]
        print("\n".join(shown))
        if len(shown) < len(score.misses):
            print(f"({len(score.misses) - len(shown)} misses of fresh documents not listed)")
    return score


def calibrate(extractor: Extractor) -> None:
    """Write extract/frames/calibration.json from the DEV split (never the test split): the
    normal run and the run with person and company lists emptied, pooled."""
    from extract.frames._calibration import CALIBRATION_PATH, floors_off

    _, gold = gold_documents(DEV_DIR)
    table: dict[str, dict[str, list[float]]] = {}
    with floors_off():  # count what the floors would reject too, or it leaves the table
        for run in (extractor, ablated_extractor()):
            _, results = evaluate(run, DEV_DIR)
            for frame, row in frame_counts(judged(results, gold)).items():
                for key, (right, total) in row.items():
                    cell = table.setdefault(frame, {}).setdefault(key, [0.0, 0.0])
                    cell[0], cell[1] = round(cell[0] + right, 3), round(cell[1] + total, 3)
    CALIBRATION_PATH.write_text(json.dumps(table, indent=1, sort_keys=True) + "\n",
                                encoding="utf-8")
    print(f"wrote {CALIBRATION_PATH} ({len(table)} frames) from the dev split")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--no-ablation", action="store_true")
    parser.add_argument("--synthetic", type=int, default=0, metavar="N")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--calibrate", action="store_true",
                        help="write extract/frames/calibration.json from the dev split")
    parser.add_argument("--misses", action="store_true", help="list dev FPs and FNs")
    parser.add_argument("--english-table", action="store_true",
                        help="also print the per-type table of the English documents alone")
    parser.add_argument("--lang", choices=("en", "ja", "ko"), default="en",
                        help="ja/ko: the Japanese or Korean pipeline (extract/lang/evaluation.py)")
    args = parser.parse_args()
    if args.lang != "en":
        from extract.lang.evaluation import main as lang_main

        lang_main(args.lang, CORPUS_DIR,
                  tuple(s for s in ("dev", "test") if args.split in (s, "both")))
        return
    extractor = Extractor()
    if args.calibrate:
        calibrate(extractor)
        from extract.frames._calibration import table
        table.cache_clear()
    splits = [s for s in ("dev", "test") if args.split in (s, "both")]
    folders = {"dev": DEV_DIR, "test": TEST_DIR}
    full: dict[str, Score | None] = {}
    for split in splits:
        full[split] = run_split(split, folders[split], extractor, args.misses,
                                args.english_table)
    if not args.no_ablation:
        reduced = ablated_extractor()
        removed = len(load_gazetteer().entries) - len(ablated_gazetteer().entries)
        print(f"\n#### ablation: person and company gazetteer lists emptied ({removed} entries "
              "removed; 0 means the gazetteer already lists no persons or companies)")
        for split in splits:
            score = run_split(f"{split} (ablation)", folders[split], reduced, False)
            base = full.get(split)
            if score is not None and base is not None:
                print(f"ablation {split}: relation F1 {score.relation_total.f1:.3f} vs "
                      f"{base.relation_total.f1:.3f} (difference "
                      f"{base.relation_total.f1 - score.relation_total.f1:+.3f}; target "
                      f"within 0.05); entity F1 {score.entity_total.f1:.3f} vs "
                      f"{base.entity_total.f1:.3f}")
    if args.synthetic:
        from corpus.synth import synthesize

        with tempfile.TemporaryDirectory() as folder:
            synthesize(args.synthetic, args.seed, Path(folder))
            synthetic, _ = evaluate(extractor, Path(folder))
        print(f"\n== synthetic documents ({args.synthetic}, seed {args.seed}): they share the "
              "generator's templates, so this is NOT an unseen-text score")
        print(format_table(synthetic, TARGETS))


if __name__ == "__main__":
    main()
