"""`tkg extract FILE...`: run the extraction pipeline over statements and print the facts.

Each file succeeds or fails on its own: a failure is one line on stderr (and an entry in the
JSON `errors` list), never a traceback, and the exit code is the number of failed files
(capped at 100) so scripts can tell "all good" from "some files were refused".
"""

from __future__ import annotations

import re
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from api.settings import Settings
from extract.jsonio import dumps, report
from extract.reader import read_statement
from graph.errors import DocumentError
from graph.model import DocumentMeta, Extraction

MAX_EXIT = 100


class OutputFormat(StrEnum):
    json = "json"
    table = "table"


def _tables(console: Console, extraction: Extraction) -> None:
    names = {e.id: e.name for e in extraction.entities}
    meta = extraction.document
    entities = Table(title=f"{meta.id}: {len(extraction.entities)} entities", show_lines=False)
    for column in ("type", "name", "id", "mentions", "conf"):
        entities.add_column(column)
    for e in extraction.entities:
        entities.add_row(e.type, e.name, e.id, str(len(e.mentions)), f"{e.confidence:.2f}")
    console.print(entities)
    relations = Table(title=f"{meta.id}: {len(extraction.relations)} relations")
    for column in ("type", "source", "target", "properties", "conf"):
        relations.add_column(column)
    for r in extraction.relations:
        props = ", ".join(f"{k}={v}" for k, v in r.properties.items())
        relations.add_row(r.type, names.get(r.source, r.source), names.get(r.target, r.target),
                          props, f"{r.confidence:.2f}")
    console.print(relations)


def extract_command(
    files: Annotated[list[Path], typer.Argument(help="Statements: .md with front matter, or "
                                                     "plain text (.txt, .html; id = file name)")],
    output: Annotated[OutputFormat, typer.Option(
        "--format", "-f", help="json (default) or table")] = OutputFormat.json,
    model: Annotated[str | None, typer.Option("--model", help="spaCy model package "
                                              "(default: the TKG_SPACY_MODEL setting)")] = None,
) -> None:
    """Extract entities and relations from statement files."""
    err = Console(stderr=True)
    errors: list[tuple[str, str]] = []
    readable: list[tuple[str, str, DocumentMeta]] = []
    for path in files:
        try:
            body, meta = read_statement(path)
        except DocumentError as exc:
            errors.append((str(path), exc.detail))
            continue
        readable.append((str(path), body, meta))
    extractions: list[Extraction] = []
    if readable:
        # model_validate reads TKG_* like Settings() and keeps mypy's pydantic-free view typed
        from extract.extractor import Extractor  # spaCy loads only when a command needs it

        extractor = Extractor(model or Settings.model_validate({}).spacy_model)
        results = extractor.extract_many((body, meta) for _, body, meta in readable)
        for (path_text, _, _), result in zip(readable, results, strict=True):
            if isinstance(result, DocumentError):
                errors.append((path_text, result.detail))
            else:
                extractions.append(result)
    errors = [(file, _without_path(file, detail)) for file, detail in errors]
    for file, detail in errors:
        err.print(f"[bold red]error:[/] {file}: {detail}", highlight=False, soft_wrap=True)
    if output is OutputFormat.json:
        sys.stdout.write(dumps(report(extractions, errors)) + "\n")
    else:
        console = Console()
        for extraction in extractions:
            _tables(console, extraction)
    if errors:
        raise typer.Exit(code=min(len(errors), MAX_EXIT))


def _without_path(file: str, detail: str) -> str:
    """Details from the reader start with the path; the error line already names the file."""
    if detail.startswith(f"{file}:"):
        rest = detail[len(file) + 1:].lstrip()
        line = re.match(r"(\d+):\s*", rest)
        return f"line {line.group(1)}: {rest[line.end():]}" if line else rest
    return detail


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_command)
