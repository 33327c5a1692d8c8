"""Dev misses of "same node as English" for the Japanese or Korean pipeline, one line each.

    .venv/bin/python benchmarks/same_node_misses.py --lang ja|ko

For each gold entity of a DEV document of the language whose gold name is also the gold
name of an entity of a DEV English document, and whose node is not the English one: the
native name(s), the English gold name, the node the English extraction gave it and the node
(with its name) the native extraction gave. The English side is read from the dev split
only, so nothing of the test split is printed, and the documents of corpus/fresh.txt
are skipped.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extract.evaluate import CORPUS_DIR, fresh_ids
from extract.extractor import Extractor
from extract.lang.entity_match import match_entities, name_key
from extract.lang.evaluation import split_documents
from graph.model import Extraction


def english_side(extractor: Extractor) -> dict[str, set[str]]:
    """Gold name key -> every node the dev English extraction gives an entity of that name."""
    docs, gold = split_documents(CORPUS_DIR, "en")
    results = {r.document.id: r for r in extractor.extract_many(
        (docs[g.doc_id].body, docs[g.doc_id].meta) for g in gold) if isinstance(r, Extraction)}
    out: dict[str, set[str]] = {}
    for g in gold:
        result = results.get(g.doc_id)
        if result is None:
            continue
        matched = match_entities(result.entities, g.entities)
        for entity in g.entities:
            if entity.id in matched:
                out.setdefault(name_key(entity.name), set()).add(matched[entity.id])
    return out


def main(lang: str, only: list[str]) -> None:
    extractor = Extractor()
    english = english_side(extractor)
    split_nodes = sorted(k for k, v in english.items() if len(v) > 1)
    for key in split_nodes:
        print(f"EN SPLIT {key}: {sorted(english[key])}")
    docs, gold = split_documents(CORPUS_DIR, lang)
    fresh = fresh_ids(CORPUS_DIR)
    same = total = 0
    for g in gold:
        if only and not any(part in g.doc_id for part in only):
            continue
        if g.doc_id in fresh:
            continue  # measured, never read: its names would show its gold to rule writers
        result = extractor.extract(docs[g.doc_id].body, docs[g.doc_id].meta)
        matched = match_entities(result.entities, g.entities)
        by_id = {e.id: e for e in result.entities}
        for entity in g.entities:
            nodes = english.get(name_key(entity.name))
            if nodes is None or entity.type in ("Country", "Payment"):
                continue
            total += 1
            mine = matched.get(entity.id)
            if mine in nodes:
                same += 1
                continue
            got = by_id[mine] if mine else None
            print(f"{g.doc_id} [{entity.type}] {entity.name!r} aliases={entity.aliases} "
                  f"EN={sorted(nodes)} GOT={mine} "
                  f"{(got.name, got.aliases) if got else 'unmatched'}")
    print(f"{lang} dev same node (dev English only): {same}/{total}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=("ja", "ko"), required=True)
    parser.add_argument("--only", nargs="*", default=[],
                        help="score only dev documents whose id contains one of these")
    args = parser.parse_args()
    main(args.lang, args.only)
