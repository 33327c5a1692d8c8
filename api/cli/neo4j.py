"""`tkg neo4j start|stop|status`: the local Neo4j 5 Community server, run by our launcher."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from api.settings import Settings
from api.wiring import neo4j_options
from graph.exchange.neo4j_csv import ARRAY_DELIMITER
from graph.stores.neo4j_import import admin_import
from graph.stores.neo4j_server import (
    Neo4jServer,
    running_server,
    start_server,
    stop_server,
)

console = Console()
neo4j_app = typer.Typer(help="Start, stop and inspect the local Neo4j server "
                        "(used when TKG_STORE=neo4j; needs Java 17).", no_args_is_help=True)


def _describe(server: Neo4jServer) -> str:
    browser = f", Browser {server.browser_url}" if server.browser_url else ""
    return (f"Bolt {server.uri}{browser}, user neo4j, password in {server.paths.password_file}, "
            f"data {server.paths.home}")


@neo4j_app.command("start")
def start() -> None:
    """Start the local Neo4j in the background (reuses one that already runs)."""
    settings = Settings()
    server, started = start_server(settings.neo4j_dir, neo4j_options(settings))
    state = f"started (pid {server.pid})" if started else f"already running (pid {server.pid})"
    console.print(f"local Neo4j {state}: {_describe(server)}", highlight=False)
    if settings.store != "neo4j" and not settings.neo4j_uri:
        console.print("note: TKG_STORE is not neo4j, so other tkg commands still use the "
                      "embedded store; set TKG_STORE=neo4j to use this server", highlight=False)


@neo4j_app.command("stop")
def stop() -> None:
    """Stop the local Neo4j (SIGTERM, a clean shutdown); its data stays in the data folder."""
    settings = Settings()
    if stop_server(settings.neo4j_dir):
        console.print(f"stopped the local Neo4j of {settings.neo4j_dir}", highlight=False)
    else:
        console.print(f"no local Neo4j runs for {settings.neo4j_dir}", highlight=False)


@neo4j_app.command("status")
def status() -> None:
    """Say whether the local Neo4j runs, where to reach it and where its data is."""
    settings = Settings()
    if settings.neo4j_uri:
        console.print(f"TKG_NEO4J_URI is set: the store is Neo4j at {settings.neo4j_uri}",
                      highlight=False)
    server = running_server(settings.neo4j_dir)
    if server is None:
        console.print(f"local Neo4j not running; data folder {settings.neo4j_dir}",
                      highlight=False)
        raise typer.Exit(3)
    console.print(f"local Neo4j running (pid {server.pid}): {_describe(server)}",
                  highlight=False)


@neo4j_app.command("import-csv")
def import_csv(
    folder: Annotated[Path, typer.Argument(help="A folder written by `tkg export --format csv`")],
    replace: Annotated[bool, typer.Option("--replace",
                                          help="Replace a database that holds data")] = False,
) -> None:
    """Bulk-load CSV files into the local Neo4j with neo4j-admin (stop the server first)."""
    settings = Settings()
    summary = admin_import(settings.neo4j_dir, folder, neo4j_options(settings),
                           replace=replace, array_delimiter=ARRAY_DELIMITER)
    console.print(summary, highlight=False)
    console.print("start the server with `tkg neo4j start`", highlight=False)


def register(app: typer.Typer) -> None:
    app.add_typer(neo4j_app, name="neo4j")
