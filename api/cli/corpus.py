"""`tkg corpus check` and `tkg synth`: check the corpus and gold, synthesize a larger one.

Problems are printed one per line as `file:line: message` (plain text, never wrapped) so
editors and CI can jump to them; the summary is a table for people.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from corpus.check import Problem, load_corpus
from corpus.frontmatter import CorpusDocument
from corpus.gold import GoldReport, check_gold
from corpus.synth import prepare_output, synthesize
from graph.errors import InvalidInput

DEFAULT_DOCUMENTS = Path("corpus/documents")
TEST_DOCUMENTS = Path("corpus/test/documents")  # the held-out split (corpus/test/README.md)

corpus_app = typer.Typer(help="Check the document corpus and its gold annotations.",
                         no_args_is_help=True)
_out = Console()


@corpus_app.command("check")
def check(
    folders: list[Path] | None = typer.Argument(
        None, help="Folders of *.md documents; default: corpus/documents."),
    gold: Path | None = typer.Option(
        None, "--gold", help="Gold folder or .jsonl file (one folder only); default: a sibling "
        "gold/ folder of each document folder."),
    test: bool = typer.Option(
        False, "--test", help="Also check the held-out test split, corpus/test/documents "
        "with corpus/test/gold."),
) -> None:
    """Check documents (and gold annotations); exit 1 and list problems if any."""
    chosen = list(folders or [DEFAULT_DOCUMENTS])
    if test and TEST_DOCUMENTS not in chosen:
        chosen.append(TEST_DOCUMENTS)
    if gold is not None and len(chosen) > 1:
        raise InvalidInput("--gold names the gold of one folder; check folders one at a time")
    problems: list[Problem] = []
    documents: dict[str, CorpusDocument] = {}
    reports: list[GoldReport] = []
    for folder in chosen:
        corpus = load_corpus(folder)
        problems.extend(corpus.problems)
        for doc_id, doc in corpus.documents.items():
            if doc_id in documents:
                # Scoring pairs gold with documents by id, across the dev and test splits too.
                problems.append(Problem(doc.path, doc.line_of("id"), f"id {doc_id!r} is also "
                                        f"used by {documents[doc_id].path}"))
            documents.setdefault(doc_id, doc)
        gold_path = gold if gold is not None else folder.parent / "gold"
        if gold is not None and not gold.exists():
            problems.append(Problem(gold, 0, "gold folder or file does not exist"))
        elif gold_path.exists():
            report = check_gold(gold_path, corpus.documents)
            problems.extend(report.problems)
            reports.append(report)
    for problem in problems:
        typer.echo(str(problem))
    if problems:
        # An error, not typer.Exit: main() maps our errors to exit codes (exit 1 here).
        shown = ", ".join(str(f) for f in chosen)
        raise InvalidInput(f"{len(problems)} problem(s) found in {shown}")
    _summary(documents, _merge(reports) if reports else None)


def _merge(reports: list[GoldReport]) -> GoldReport:
    """One report with the documents and counts of several gold folders."""
    merged = GoldReport()
    for report in reports:
        merged.documents.extend(report.documents)
        merged.entity_counts.update(report.entity_counts)
        merged.relation_counts.update(report.relation_counts)
    return merged


def _summary(documents: dict[str, CorpusDocument], report: GoldReport | None) -> None:
    by_type = Counter(doc.meta.doc_type for doc in documents.values())
    table = Table(title=f"{len(documents)} documents OK", show_lines=False)
    table.add_column("kind")
    table.add_column("type")
    table.add_column("count", justify="right")
    for doc_type, n in sorted(by_type.items()):
        table.add_row("document", doc_type, str(n))
    if report is not None:
        table.add_row("gold", "documents annotated", str(len(report.documents)), end_section=True)
        for label, n in sorted(report.entity_counts.items()):
            table.add_row("entity", label, str(n))
        for rel_type, n in sorted(report.relation_counts.items()):
            table.add_row("relation", rel_type, str(n))
    _out.print(table)


def synth(
    docs: int = typer.Option(100, "--docs", min=1, help="Number of documents to write."),
    seed: int = typer.Option(0, "--seed", help="Random seed; the same seed gives the same files."),
    out: Path = typer.Option(Path("data/synth"), "--out",
                             help="Output folder (documents/ and gold/ are created in it)."),
    force: bool = typer.Option(False, "--force",
                               help="Replace *.md and *.jsonl already in the output folder."),
) -> None:
    """Synthesize a corpus with exact gold annotations, for tests and benchmarks."""
    prepare_output(out, force)  # fail before drawing a progress bar
    columns = (TextColumn("synthesizing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=_out, transient=False) as progress:
        task = progress.add_task("synth", total=docs)
        summary = synthesize(docs, seed, out, overwrite=force,
                             progress=lambda n: progress.advance(task, n))
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(summary.doc_types.items()))
    _out.print(f"wrote {summary.documents} documents ({summary.words} words) to "
               f"{summary.documents_dir} and gold to {summary.gold_dir}: {kinds}",
               highlight=False)


def register(app: typer.Typer) -> None:
    """`tkg corpus …` and the top-level `tkg synth`."""
    app.add_typer(corpus_app, name="corpus")
    app.command("synth")(synth)
