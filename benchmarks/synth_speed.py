"""How fast `corpus.synth.synthesize` writes documents and gold (target: 10,000 well under 60 s).

Usage: .venv/bin/python benchmarks/synth_speed.py [--docs 10000] [--seed 0] [--validate]
Writes into a temporary folder that is removed afterwards. `--validate` also times the
document checker and the gold validator over the result.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus.check import load_corpus
from corpus.gold import check_gold
from corpus.synth import synthesize


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--validate", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tkg-synth-") as tmp:
        out = Path(tmp)
        start = time.perf_counter()
        summary = synthesize(args.docs, args.seed, out)
        elapsed = time.perf_counter() - start
        print(f"synthesized {summary.documents} documents, {summary.words} words "
              f"({summary.words / summary.documents:.0f} words/doc) in {elapsed:.2f} s: "
              f"{summary.documents / elapsed:,.0f} docs/s, {summary.words / elapsed:,.0f} words/s")
        if args.validate:
            start = time.perf_counter()
            corpus = load_corpus(out / "documents")
            report = check_gold(out / "gold", corpus.documents)
            elapsed = time.perf_counter() - start
            problems = len(corpus.problems) + len(report.problems)
            print(f"checked documents and gold in {elapsed:.2f} s: {problems} problems, "
                  f"{sum(report.entity_counts.values())} entities, "
                  f"{sum(report.relation_counts.values())} relations")


if __name__ == "__main__":
    main()
