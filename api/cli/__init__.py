"""The `tkg` command. Each module under api/cli/ registers its own commands."""

from __future__ import annotations

import sys

import typer
from rich.console import Console

from api.cli import corpus, curation, extract, ingest, neo4j, serve, store
from graph.errors import TkgError

app = typer.Typer(
    name="tkg",
    help="trilateral-kg: a knowledge graph of DPRK IT-worker networks from US, Japan and ROK "
    "government documents.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
for module in (store, neo4j, corpus, extract, ingest, serve, curation):
    module.register(app)

_err = Console(stderr=True, soft_wrap=True)


def main() -> None:
    """Entry point: our own errors become one clear line and an exit code, never a traceback."""
    try:
        code = app(standalone_mode=False)
        # In non-standalone mode click returns the code of a typer.Exit instead of raising it.
        if isinstance(code, int) and code:
            sys.exit(code)
    except TkgError as exc:
        _err.print(f"[bold red]error:[/] {exc.detail}", highlight=False)
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        _err.print("aborted")
        sys.exit(130)
    except Exception as exc:  # click usage errors arrive here in non-standalone mode
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        raise
