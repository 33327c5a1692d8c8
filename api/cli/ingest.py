"""`tkg ingest`, `tkg forget`, `tkg export` and `tkg import`: fill the graph, take a document
back out, and move the whole graph to other tools and back.

`tkg ingest` exits with the number of documents that failed (capped at 100), like
`tkg extract`, so scripts can tell "all landed" from "some were refused"; a store that goes
away ends the run with exit code 2 and a line naming the document it reached.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from api.ingest_lock import ingest_lock
from api.ingest_runner import BATCH_DOCUMENTS, IngestSummary, notify_ingest, run_ingest
from api.settings import Settings
from api.wiring import open_store, report_incomplete
from graph.exchange import export_graph
from graph.exchange.jsonl import import_jsonl
from graph.ingest import forget
from graph.stores.falkor import FalkorStore

MAX_EXIT = 100
_out = Console()
_err = Console(stderr=True, soft_wrap=True)


class ExportFormat(StrEnum):
    ftm = "ftm"
    graphml = "graphml"
    csv = "csv"
    cypher = "cypher"
    jsonl = "jsonl"


def _settings() -> Settings:
    # model_validate reads TKG_* like Settings() and keeps mypy's pydantic-free view typed
    return Settings.model_validate({})


def print_summary(summary: IngestSummary, console: Console) -> None:
    table = Table(title=f"ingest: {summary.documents} documents in {summary.seconds:.1f} s")
    table.add_column("")
    table.add_column("count", justify="right")
    rate = summary.written / summary.seconds if summary.seconds else 0.0
    for label, value in (("written", summary.written),
                         ("  of which replaced an earlier version", summary.replaced),
                         ("skipped (unchanged)", summary.skipped_unchanged),
                         ("entities written", summary.entities),
                         ("relations written", summary.relations),
                         ("rows left out (do not fit the model)", len(summary.problems)),
                         ("failed", summary.failed)):
        table.add_row(label, str(value))
    table.add_row("documents/s", f"{rate:.1f}")
    table.add_row("time extracting / writing (s)",
                  f"{summary.extract_seconds:.1f} / {summary.write_seconds:.1f}")
    console.print(table)


def ingest_command(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Documents (.md with front matter, .txt, .html, .pdf) or folders of them, "
             "read recursively (default: the TKG_CORPUS_DIR setting, corpus/documents)")] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1,
                                         help="Extraction processes (spaCy n_process)")] = 1,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1,
                                            help="Documents written per batch")
                          ] = BATCH_DOCUMENTS,
    verbose: Annotated[bool, typer.Option("--verbose", "-v",
                                          help="List rows left out because they do not fit "
                                               "the model")] = False,
    include_invented: Annotated[bool, typer.Option(
        "--include-invented", help="Also write documents marked `invented: true` (evaluation "
                                   "documents about events that did not happen)")] = False,
    wait: Annotated[bool, typer.Option("--wait/--no-wait",
                                       help="When another ingest is writing to the same data "
                                            "folder: wait for it (default) or stop")] = True,
) -> None:
    """Extract documents and write them to the graph; unchanged documents are skipped."""
    settings = _settings()
    with ingest_lock(settings.ingest_lock_dir, wait=wait,
                     on_wait=lambda m: _err.print(m, highlight=False)), \
            open_store(settings) as store:
        summary = run_ingest(store, paths or [settings.corpus_dir], workers=workers,
                             model_name=settings.spacy_model, console=_err,
                             progress=_err.is_terminal, batch_size=batch_size,
                             include_invented=include_invented)
        if isinstance(store, FalkorStore):
            report_incomplete(store)  # says what is still incomplete, or clears the note
    for where, reason in summary.skipped:
        _err.print(f"skipped: {where}: {reason}", highlight=False)
    for where, detail in summary.failures:
        text = detail if detail.startswith(where) else f"{where}: {detail}"
        _err.print(f"[bold red]failed:[/] {text}", highlight=False)
    if verbose:
        for problem in summary.problems:
            _err.print(f"left out: {problem}", highlight=False)
    print_summary(summary, _out)
    if summary.documents == 0:
        given = ", ".join(str(p) for p in paths or [settings.corpus_dir])
        _err.print(f"[bold red]no documents found[/] in {given} ({len(summary.skipped)} files "
                   "skipped, listed above); tkg reads .md, .txt, .html and .pdf files, in "
                   "folders and their subfolders", highlight=False)
        raise typer.Exit(code=1)
    if summary.failures:
        raise typer.Exit(code=min(summary.failed, MAX_EXIT))


def forget_command(
    doc_id: Annotated[str, typer.Argument(help="Id of a document in the graph")],
) -> None:
    """Remove a document and every fact only it supports; shared facts keep other sources."""
    with open_store(_settings()) as store:
        removed = forget(store, doc_id)
    notify_ingest()
    _out.print(f"forgot {doc_id}: {removed['nodes']} nodes and {removed['relationships']} "
               "relationships only it supported were removed")


def export_command(
    out: Annotated[Path, typer.Argument(help="Output file (a folder for csv)")],
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f",
                                              help="ftm, graphml, csv (neo4j-admin), cypher, "
                                                   "or jsonl (lossless; what `tkg import` "
                                                   "reads)")] = ExportFormat.jsonl,
) -> None:
    """Write the whole graph in an exchange format."""
    with open_store(_settings()) as store:
        counts = export_graph(store, fmt.value, out)
    details = ", ".join(f"{n} {what}" for what, n in counts.items())
    _out.print(f"exported {fmt.value} to {out}: {details}")


def import_command(
    path: Annotated[Path, typer.Argument(help="A `tkg export --format jsonl` file")],
) -> None:
    """Load our own export into an empty graph (refuses a graph that holds anything)."""
    with open_store(_settings()) as store:
        counts = import_jsonl(store, path)
    notify_ingest()
    _out.print(f"imported {path}: {counts['nodes']} nodes, {counts['relationships']} "
               f"relationships, {counts.get('judgments', 0)} judgments")


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
    app.command("forget")(forget_command)
    app.command("export")(export_command)
    app.command("import")(import_command)
