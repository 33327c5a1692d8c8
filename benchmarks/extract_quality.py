"""Print the extraction quality table on the gold corpus (and, optionally, a synthetic one).

    .venv/bin/python benchmarks/extract_quality.py [--synthetic N] [--misses]

The synthetic corpus (corpus.synth) has gold by construction and names the pipeline has
never seen, so it estimates quality on unseen documents.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extract.evaluate import CORPUS_DIR, TARGETS, evaluate
from extract.extractor import Extractor
from extract.evaluate.scoring import format_table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--synthetic", type=int, default=0, metavar="N",
                        help="also score N synthetic documents")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--misses", action="store_true", help="list every FP and FN")
    parser.add_argument("--lang", choices=("en", "ja", "ko"), default="en",
                        help="ja/ko: the Japanese or Korean pipeline (extract/lang/evaluation.py)")
    args = parser.parse_args()
    if args.lang != "en":
        from extract.lang.evaluation import main as lang_main

        lang_main(args.lang, CORPUS_DIR)
        return
    extractor = Extractor()
    started = time.perf_counter()
    score, _ = evaluate(extractor, CORPUS_DIR)
    print(f"gold corpus ({time.perf_counter() - started:.1f} s)")
    print(format_table(score, TARGETS))
    if args.misses:
        print("\n".join(score.misses))
    if args.synthetic:
        from corpus.synth import synthesize

        with tempfile.TemporaryDirectory() as folder:
            synthesize(args.synthetic, args.seed, Path(folder))
            synthetic, _ = evaluate(extractor, Path(folder))
        print(f"\nsynthetic corpus: {args.synthetic} documents, seed {args.seed}")
        print(format_table(synthetic, TARGETS))


if __name__ == "__main__":
    main()
