"""`tkg judge confirm|reject|merge|split|rate` and `tkg judgments list`: analysts' judgments.

The CLI writes to the store directly, so it needs no API key: whoever can run `tkg` on the
data folder can already change the graph. Judgments are kept apart from what documents
state; see graph/curation.py.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from api.cli.ingest import _settings
from api.services import judgments as judgment_service
from api.wiring import open_store
from graph import curation
from graph.curation import Judgment

_out = Console()
judge_app = typer.Typer(help="Record an analyst's judgment (kept apart from extracted facts).",
                        no_args_is_help=True)
judgments_app = typer.Typer(help="Read the judgments on record.", no_args_is_help=True)

Reason = Annotated[str, typer.Option("--reason", "-r", help="why (required)")]
By = Annotated[str, typer.Option("--by", help="who judges")]


def _done(j: Judgment) -> None:
    _out.print(f"recorded {j.kind} {j.id} by {j.author} at {j.at}")


def _fact(kind: str, rel_type: str, source: str, target: str, reason: str, by: str) -> None:
    with open_store(_settings()) as store:
        _done(curation.judge_fact(store, kind, rel_type, source, target, reason, by))


@judge_app.command("confirm")
def confirm(rel_type: Annotated[str, typer.Argument(help="relationship type, e.g. EMPLOYED_AT")],
            source: Annotated[str, typer.Argument(help="source entity id")],
            target: Annotated[str, typer.Argument(help="target entity id")],
            reason: Reason, by: By = curation.DEFAULT_AUTHOR) -> None:
    """An analyst checked the fact against its source: it holds."""
    _fact("confirm", rel_type, source, target, reason, by)


@judge_app.command("reject")
def reject(rel_type: Annotated[str, typer.Argument(help="relationship type, e.g. EMPLOYED_AT")],
           source: Annotated[str, typer.Argument(help="source entity id")],
           target: Annotated[str, typer.Argument(help="target entity id")],
           reason: Reason, by: By = curation.DEFAULT_AUTHOR) -> None:
    """The fact is wrong: hidden from dossiers from now on, even after re-ingest."""
    _fact("reject", rel_type, source, target, reason, by)


def _pair(kind: str, left: str, right: str, reason: str, by: str) -> None:
    with open_store(_settings()) as store:
        j = curation.judge_pair(store, kind, left, right, reason, by)
        members = curation.load_verdicts(store).cluster(left)
    _done(j)
    _out.print(f"{left} now reads as one with: {', '.join(members)}")


@judge_app.command("merge")
def merge(left: Annotated[str, typer.Argument(help="an entity id")],
          right: Annotated[str, typer.Argument(help="another entity id of the same thing")],
          reason: Reason, by: By = curation.DEFAULT_AUTHOR) -> None:
    """The two ids are one entity (refused if a split keeps them apart)."""
    _pair("merge", left, right, reason, by)


@judge_app.command("split")
def split(left: Annotated[str, typer.Argument(help="an entity id")],
          right: Annotated[str, typer.Argument(help="an entity id wrongly merged with it")],
          reason: Reason, by: By = curation.DEFAULT_AUTHOR) -> None:
    """The two ids are not one entity: undoes a merge and blocks merging them again."""
    _pair("split", left, right, reason, by)


@judge_app.command("rate")
def rate(document: Annotated[str, typer.Argument(help="a document id")],
         reliability: Annotated[str, typer.Argument(
             help="government_release, court_record, news_report or unverified")],
         reason: Reason, by: By = curation.DEFAULT_AUTHOR) -> None:
    """Rate what a document is worth as a source."""
    with open_store(_settings()) as store:
        _done(curation.rate_document(store, document, reliability, reason, by))


@judgments_app.command("list")
def list_command(
    kind: Annotated[str | None, typer.Option(help="confirm, reject, merge, split or rate")] = None,
    entity: Annotated[str | None, typer.Option(help="only those naming this entity's cluster")
                      ] = None,
    document: Annotated[str | None, typer.Option(help="only ratings of this document")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table or json")] = "table",
) -> None:
    """Judgments newest first, with who, when and why."""
    with open_store(_settings()) as store:
        items, total = judgment_service.list_judgments(store, kind=kind, entity=entity,
                                                       document=document, limit=100_000)
    if fmt == "json":
        typer.echo(json.dumps([i.model_dump() for i in items], ensure_ascii=False, indent=2))
        return
    table = Table("when", "who", "kind", "what", "why", "current")
    for i in items:
        what = (f"{i.source} -[{i.rel_type}]-> {i.target}" if i.rel_type else
                f"{i.left} = {i.right}" if i.kind == "merge" else
                f"{i.left} ≠ {i.right}" if i.kind == "split" else
                f"{i.document}: {i.reliability}")
        table.add_row(i.at[:19], i.author, i.kind, what, i.reason, "yes" if i.current else "no")
    _out.print(table)
    _out.print(f"{total} judgments")


def register(app: typer.Typer) -> None:
    app.add_typer(judge_app, name="judge")
    app.add_typer(judgments_app, name="judgments")
