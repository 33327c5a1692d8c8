"""Two annotators, one guide: where they disagree, and what the extractor does on what they share.

corpus/second_reading/ holds readings of some dev documents made from docs/annotation.md by an
annotator who never saw the first gold (corpus/gold). Scoring one against the other tells how
far the guide fixes the answer: a relation only one annotator marks is a convention the guide
leaves open, not a fact the extractor can be blamed for missing. So besides the agreement
(second reading scored with the first gold as reference; F1 is the same either way round up to
name matching), the extractor is scored on the CONSENSUS of the two: the gold relations the
second reading also has. Its recall there is recall on facts two readers agree the text
asserts; its relations that neither reading marks are the false facts no convention explains.

Usage: .venv/bin/python benchmarks/annotator_agreement.py [--list] [--no-extract]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus.frontmatter import CorpusDocument
from corpus.gold import load_gold
from extract.evaluate import CORPUS_DIR
from extract.evaluate.agreement import as_extraction, consensus, false_against_both
from extract.evaluate.corpus import gold_documents
from extract.evaluate.scoring import GoldDoc, Score, format_table, score_corpus, score_document
from graph.model import Extraction

SECOND_DIR = CORPUS_DIR / "second_reading"


def _summary(label: str, score: Score) -> str:
    e, r = score.entity_total, score.relation_total
    return (f"{label}: entities P {e.precision:.3f} R {e.recall:.3f} F1 {e.f1:.3f}; "
            f"relations P {r.precision:.3f} R {r.recall:.3f} F1 {r.f1:.3f} "
            f"(tp {r.tp} fp {r.fp} fn {r.fn})")


def _load() -> tuple[dict[str, CorpusDocument], list[GoldDoc], list[GoldDoc]]:
    """The documents, and the first gold and the second reading of each document read twice,
    in the same order."""
    documents, gold = gold_documents()
    second = sorted((GoldDoc(g.doc_id, g.entities, g.relations)
                     for g in load_gold(SECOND_DIR, documents)), key=lambda g: g.doc_id)
    first_by_id = {g.doc_id: g for g in gold}
    first = [first_by_id[g.doc_id] for g in second]
    return documents, first, second


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", action="store_true", help="print every disagreement")
    parser.add_argument("--no-extract", action="store_true", help="agreement only")
    args = parser.parse_args()
    documents, first, second = _load()
    if not second:
        print(f"no second readings in {SECOND_DIR}")
        return
    short = ", ".join(g.doc_id.split("-")[0] for g in second)
    print(f"documents read twice: {len(second)} ({short})")
    agreement = Score()
    for f, s in zip(first, second, strict=True):
        score_document(as_extraction(s), f, agreement)
    print(format_table(agreement))
    print(_summary("second reading vs first gold", agreement))
    if args.list:
        for line in agreement.misses:
            print("  " + line.replace("FP", "second only").replace("FN", "first only"))
    agreed = [consensus(f, s) for f, s in zip(first, second, strict=True)]
    print(f"relations: first gold {sum(len(f.relations) for f in first)}, second reading "
          f"{sum(len(s.relations) for s in second)}, marked by both "
          f"{sum(len(a.relations) for a in agreed)}")
    if args.no_extract:
        return
    from extract.extractor import Extractor
    extractor = Extractor()
    results = {}
    pairs = ((documents[g.doc_id].body, documents[g.doc_id].meta) for g in first)
    for result in extractor.extract_many(pairs):
        if isinstance(result, Extraction):
            results[result.document.id] = result
    on_first = score_corpus(results, first)
    on_second = score_corpus(results, second)
    on_both = score_corpus(results, agreed)
    print(_summary("extractor vs first gold", on_first))
    print(_summary("extractor vs second reading", on_second))
    r = on_both.relation_total
    print(f"extractor on the consensus: relation recall {r.recall:.3f} ({r.tp} of {r.tp + r.fn})")
    unexplained = false_against_both(results, zip(first, second, strict=True))
    total = sum(len(x.relations) for x in results.values())
    print(f"extracted relations neither reading marks: {sum(unexplained.values())} of {total} "
          f"({', '.join(f'{t} {n}' for t, n in sorted(unexplained.items()))})")


if __name__ == "__main__":
    main()
