"""Synthesize a corpus of statement-like documents with exact gold annotations.

The real corpus is a few dozen documents; the synthetic one lets us measure extraction
and graph loading at any scale with gold that is right by construction. Output uses the
very formats of corpus/documents and corpus/gold, so every tool reads it unchanged:

    out_dir/documents/<id>.md   Markdown with YAML front matter
    out_dir/gold/<id>.jsonl     one gold record per document

The same seed gives byte-identical output: one random generator builds the world, and each
document gets its own generator seeded from (seed, index).
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from corpus.synth_courts import indictment, sentencing
from corpus.synth_docs import Header, advisory, joint_statement, sanctions_release
from corpus.synth_text import DocumentWriter
from corpus.synth_world import World, build_world
from graph.errors import InvalidInput

DOC_TYPE_WEIGHTS = {"sanctions_release": 25, "indictment": 22, "sentencing": 20,
                    "advisory": 18, "joint_statement": 15}
PROGRESS_EVERY = 50


@dataclass
class SynthSummary:
    """What was written, for the CLI and the benchmark."""

    documents_dir: Path
    gold_dir: Path
    documents: int = 0
    words: int = 0
    doc_types: Counter[str] = field(default_factory=Counter)


def synthesize(n_docs: int, seed: int, out_dir: Path, *, overwrite: bool = False,
               progress: Callable[[int], None] | None = None) -> SynthSummary:
    """Write `n_docs` documents and their gold under `out_dir`.

    Refuses a folder that already holds documents unless `overwrite`, in which case only
    `*.md` under documents/ and `*.jsonl` under gold/ are removed first. `progress` is
    called with the number of documents written since its last call.
    """
    if n_docs < 1:
        raise InvalidInput(f"the number of documents must be at least 1, got {n_docs}")
    summary = SynthSummary(out_dir / "documents", out_dir / "gold")
    prepare_output(out_dir, overwrite)
    world = build_world(random.Random(seed), n_docs)
    width = max(5, len(str(n_docs)))
    tag = str(seed).replace("-", "m")
    kinds, weights = list(DOC_TYPE_WEIGHTS), list(DOC_TYPE_WEIGHTS.values())
    pending = 0
    for index in range(n_docs):
        rng = random.Random(f"{seed}:{index}")
        doc_type = rng.choices(kinds, weights)[0]
        doc_id = f"synth-{tag}-{index + 1:0{width}d}"
        writer = DocumentWriter(rng)
        header = _compose(doc_type, writer, rng, world)
        body = writer.body()
        (summary.documents_dir / f"{doc_id}.md").write_text(
            front_matter(doc_id, doc_type, header) + body, encoding="utf-8", newline="\n")
        (summary.gold_dir / f"{doc_id}.jsonl").write_text(
            json.dumps(writer.gold(doc_id), ensure_ascii=False) + "\n", encoding="utf-8",
            newline="\n")
        summary.documents += 1
        summary.words += len(body.split())
        summary.doc_types[doc_type] += 1
        pending += 1
        if progress is not None and (pending == PROGRESS_EVERY or index == n_docs - 1):
            progress(pending)
            pending = 0
    return summary


def _compose(doc_type: str, writer: DocumentWriter, rng: random.Random, world: World) -> Header:
    """Pick an event of the world for this kind of document and write about it."""
    if doc_type == "sanctions_release":
        return sanctions_release(writer, rng, world, rng.choice(world.designations))
    if doc_type == "indictment":
        return indictment(writer, rng, world, rng.choice(world.cases))
    if doc_type == "sentencing":
        return sentencing(writer, rng, world, rng.choice(world.cases))
    if doc_type == "advisory":
        return advisory(writer, rng, world, rng.choice(world.advisories))
    return joint_statement(writer, rng, world, rng.choice(world.statements))


def front_matter(doc_id: str, doc_type: str, header: Header) -> str:
    """YAML written by hand: faster than a dumper, and its layout never changes.

    Strings are JSON-quoted, which is valid YAML for any text.
    """
    lines = ["---", f"id: {doc_id}", f"title: {_quote(header.title)}", "issuers:"]
    lines += [f"  - {{country: {country}, agency: {_quote(agency)}}}"
              for country, agency in header.issuers]
    lines += [f"date: {header.date.isoformat()}", f"doc_type: {doc_type}", "language: en",
              "source_urls:", f"  - https://synthetic.invalid/{doc_id}", "---", ""]
    return "\n".join(lines)


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def prepare_output(out_dir: Path, overwrite: bool) -> None:
    """Create documents/ and gold/, refusing (or with `overwrite`, clearing) earlier output.

    Only our own file patterns are removed, so a mistaken --out never deletes anything else.
    """
    targets = ((out_dir / "documents", "*.md"), (out_dir / "gold", "*.jsonl"))
    existing = [p for folder, pattern in targets if folder.is_dir()
                for p in sorted(folder.glob(pattern))]
    if existing and not overwrite:
        raise InvalidInput(f"{out_dir} already holds {len(existing)} synthesized files; "
                           "choose an empty folder or pass --force to replace them")
    for path in existing:
        path.unlink()
    for folder, _pattern in targets:
        folder.mkdir(parents=True, exist_ok=True)
