"""Where relation recall is lost: each missed gold relation of the DEV split (or of a
private document with a hand-written expectation list) put in one of four bins, printed.

    .venv/bin/python benchmarks/recall_breakdown.py [--lang en] [--docs PREFIX ...]
    .venv/bin/python benchmarks/recall_breakdown.py --expect FILE.tsv DOC.md ...

- no entity: an end of the gold relation is not among the extracted entities (the frame
  would have had no argument);
- no frame: both ends are entities but no frame of that relation type had both in its roles;
- gate: a frame had both ends but something dropped the relation: `modality` (plan, offer,
  negation, quote), `frame` (the frame's own condition or the wrong role), `model` (the
  model refused the signature) or `floor` (the calibration's write floor);
- wrong type/direction: the pair is related, with another type or the other way round.

Only the dev split is read (the test split is never listed here), and of it not the fresh
documents of corpus/fresh.txt unless `--fresh` is given: rule authors must not read them.
An expectation file has one relation a line: `TYPE<TAB>source name<TAB>target name` (names
as written in the text); lines under a `# DOC-ID` heading belong to that document.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

# the checkout this script is in, before any installed copy: run from a worktree, it must
# read that worktree's rules and corpus, not the editable install's
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus.frontmatter import read_document
from extract import relations as rel
from extract.evaluate import DEV_DIR, fresh_ids, gold_documents
from extract.evaluate.corpus import in_language
from extract.evaluate.scoring import match_entities, name_key
from extract.extractor import Extractor
from graph.model import ExtractedEntity, ExtractedRelation

_seen: dict[str, Any] = {}


def _instrument() -> None:
    """Keep every frame hit and the full entity set of the last document extracted."""
    original_hits = rel._hits
    original_extract = rel.extract_relations

    # a partial reading (only=..., the defendants' second pass) must not overwrite what the
    # full reading of the document kept
    def hits(context: rel.DocContext, only: frozenset[str] | None = None) -> list[rel.Hit]:
        found = original_hits(context, only)
        if only is None:
            _seen["hits"] = found
        return found

    def extract(context: rel.DocContext, model: Any = None,
                only: frozenset[str] | None = None) -> Any:
        if only is None:
            _seen["entities"] = dict(context.entities)
            _seen["sentences"] = [set(context.sentence_entities(i))
                                  for i in range(len(context.mentions.sentences))]
        return original_extract(context, model, only)

    rel._hits = hits  # type: ignore[assignment]
    rel.extract_relations = extract  # type: ignore[assignment]
    import extract.extractor as ex
    ex.extract_relations = extract  # type: ignore[assignment]


def classify(gold_rel: ExtractedRelation, to_extracted: dict[str, list[str]],
             result: Any) -> str:
    sources, targets = to_extracted.get(gold_rel.source, []), to_extracted.get(
        gold_rel.target, [])
    if not sources or not targets:
        return "no entity"
    pairs = {(s, t) for s in sources for t in targets}
    for r in result.rejected:
        if r.type == gold_rel.type and (r.source, r.target) in pairs:
            return "gate: floor" if r.reason.startswith("low confidence") else "gate: model"
    fired = ""
    for hit in result.breakdown_hits:
        if not any(y.type == gold_rel.type for y in hit.frame.yields):
            continue
        ids = {e for es in hit.roles.values() for e in es}
        if ids & set(sources) and ids & set(targets):
            if hit.reading.modality == "":
                return f"gate: modality ({hit.reading.reason})"
            fired = f"gate: frame ({hit.frame.name})"
    if fired:
        return fired
    for r in result.relations:
        if (r.source, r.target) in pairs or (r.target, r.source) in pairs:
            return "wrong type/direction"
    if result.breakdown_sentences is None:  # a Japanese or Korean document: not instrumented
        return "no frame"
    together = any(s & set(sources) and s & set(targets) for s in result.breakdown_sentences)
    return "no frame (one sentence)" if together else "no frame (apart)"


def breakdown(items: list[tuple[str, list[ExtractedEntity], list[ExtractedRelation],
                                Any]], unexpected: bool = False) -> None:
    """Print the missed relations by cause. With `unexpected` the gold comes from an
    expectation list, its ids the extracted entities' own (`_from_expectations`: names match
    no better by key, which a Japanese name does not have), and every extracted relation the
    list does not hold is printed too (the false ones of a private probe, read by hand)."""
    bins: Counter[str] = Counter()
    extra = []
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    lines = []
    for doc_id, gold_entities, gold_relations, result in items:
        extracted = list(_seen_entities(result).values())
        mapping = ({e.id: "gold:" + e.id for e in extracted} if unexpected
                   else match_entities(extracted, gold_entities))
        to_extracted: dict[str, list[str]] = defaultdict(list)
        for e, g in mapping.items():
            to_extracted[g].append(e)
        got = {(r.type, mapping.get(r.source), mapping.get(r.target)) for r in result.relations}
        names = {g.id: g.name for g in gold_entities}
        wanted = {(g.type, g.source, g.target) for g in gold_relations}
        by_id = _seen_entities(result)
        extra += [f"{doc_id}: {r.type} {by_id[r.source].name!r} -> {by_id[r.target].name!r}"
                  for r in result.relations
                  if (r.type, mapping.get(r.source), mapping.get(r.target)) not in wanted]
        for g in gold_relations:
            if (g.type, g.source, g.target) in got:
                bins["found"] += 1
                continue
            where = classify(g, to_extracted, result)
            key = where.split(" (")[0] if where.startswith("gate: modality") else where
            bins[key] += 1
            by_type[g.type][key.split(":")[0].split(" (")[0]] += 1
            lines.append(f"{doc_id}: {g.type} {names.get(g.source)!r} -> "
                         f"{names.get(g.target)!r}: {where}")
    print("\n".join(lines))
    print("\n-- missed relations by cause")
    for key, n in bins.most_common():
        print(f"{key:<28}{n:>5}")
    if unexpected:
        print(f"\n-- extracted, not expected: {len(extra)}")
        print("\n".join(extra))
    print("\n-- by type (no entity / no frame / gate / wrong type)")
    for t in sorted(by_type):
        c = by_type[t]
        print(f"{t:<24}{c['no entity']:>5}{c['no frame']:>5}{c['gate']:>5}"
              f"{c['wrong type/direction']:>5}")


def _seen_entities(result: Any) -> dict[str, ExtractedEntity]:
    return result.breakdown_entities  # type: ignore[no-any-return]


def _run(extractor: Extractor, body: str, meta: Any) -> Any:
    # a Japanese or Korean document is read by its own pipeline (extract/lang/), which the
    # instrument does not see: it leaves nothing here, and its final entities are all there is
    _seen.clear()
    result = extractor.extract(body, meta)
    # a case is made while the relations are read: the final list adds it
    result.breakdown_entities = {**_seen.get("entities", {}),
                                 **{e.id: e for e in result.entities}}
    result.breakdown_hits = _seen.get("hits", [])
    result.breakdown_sentences = _seen.get("sentences")
    return result


def _expectations(path: Path) -> dict[str, list[tuple[str, str, str]]]:
    found: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    doc = ""
    for line in path.read_text().splitlines():
        if line.startswith("# "):
            doc = line[2:].strip()
        elif line.strip() and not line.startswith("#"):
            rtype, source, target = (p.strip() for p in line.split("\t"))
            found[doc].append((rtype, source, target))
    return found


def _from_expectations(expect: list[tuple[str, str, str]], result: Any
                       ) -> tuple[list[ExtractedEntity], list[ExtractedRelation]]:
    """Gold entities made from the names: typed and named like the extracted entity of that
    name or alias (a Japanese or Korean name is most often an alias of an English-named
    entity). Names are told apart by their text as well as their key: a key drops every
    character outside Latin script, so all katakana names would otherwise share one."""
    entities: dict[str, ExtractedEntity] = {}
    by_name: dict[str, ExtractedEntity] = {}
    for e in result.breakdown_entities.values():
        for n in (e.name, *e.aliases):
            by_name.setdefault(n, e)
            by_name.setdefault(name_key(n) or n, e)
    gold_relations = []
    for rtype, source, target in expect:
        ids = []
        for name in (source, target):
            e = by_name.get(name) or by_name.get(name_key(name) or name)
            gid = "gold:" + (e.id if e else name)
            entities.setdefault(gid, ExtractedEntity(gid, e.type if e else "?",
                                                     e.name if e else name))
            ids.append(gid)
        gold_relations.append(ExtractedRelation(rtype, ids[0], ids[1], {}, 1.0, []))
    return list(entities.values()), gold_relations


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en")
    parser.add_argument("--docs", nargs="*", default=[], help="dev document id prefixes")
    parser.add_argument("--fresh", action="store_true",
                        help="also list the fresh documents (corpus/fresh.txt), which rule "
                             "authors must not read")
    parser.add_argument("--expect", type=Path, help="expectations for the files given")
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    _instrument()
    extractor = Extractor()
    items = []
    if args.expect:
        expected = _expectations(args.expect)
        for path in args.files:
            doc = read_document(path)
            result = _run(extractor, doc.body, doc.meta)
            ents, rels = _from_expectations(expected.get(path.stem, []), result)
            items.append((path.stem, ents, rels, result))
        breakdown(items, unexpected=True)
        return
    else:
        documents, gold = gold_documents(DEV_DIR)
        fresh = set() if args.fresh else fresh_ids(DEV_DIR)
        skipped = 0
        for g in in_language(gold, documents, args.lang):
            if args.docs and not any(g.doc_id.startswith(p) for p in args.docs):
                continue
            if g.doc_id in fresh:
                skipped += 1
                continue
            d = documents[g.doc_id]
            items.append((g.doc_id, g.entities, g.relations, _run(extractor, d.body, d.meta)))
        if skipped:
            print(f"{skipped} fresh documents (corpus/fresh.txt) left out; --fresh lists them")
    breakdown(items)


if __name__ == "__main__":
    main()
