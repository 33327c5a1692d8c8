"""`tkg store start|stop|status`, `tkg query` (read-only Cypher) and `tkg stats`."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from api.services.cypher import run_cypher
from api.settings import Settings
from api.wiring import open_store
from graph.errors import InvalidInput
from graph.stores.falkor_server import server_status, start_server, stop_server

console = Console()
store_app = typer.Typer(help="Start, stop and inspect the embedded FalkorDB store.",
                        no_args_is_help=True)


@store_app.command("start")
def start() -> None:
    """Start the embedded store in the background (reuses one that already runs)."""
    settings = Settings()
    paths, started = start_server(settings.data_dir)
    state = "started" if started else "already running"
    console.print(f"embedded FalkorDB {state}: socket {paths.socket}, data {paths.data_dir}")


@store_app.command("stop")
def stop() -> None:
    """Stop the embedded store; its data stays in the data folder."""
    settings = Settings()
    if stop_server(settings.data_dir):
        console.print(f"stopped the embedded store of {settings.data_dir}")
    else:
        console.print(f"no embedded store runs for {settings.data_dir}")


@store_app.command("status")
def status() -> None:
    """Say whether the embedded store runs, and where its data is."""
    settings = Settings()
    if settings.neo4j_uri:
        console.print(f"TKG_NEO4J_URI is set: the store is Neo4j at {settings.neo4j_uri}")
    st = server_status(settings.data_dir)
    if st.running:
        console.print(f"embedded store running (pid {st.pid}), socket {st.socket}, "
                      f"data {st.data_dir}")
    else:
        console.print(f"embedded store not running; data folder {st.data_dir}")
        raise typer.Exit(3)


def parse_param(text: str) -> tuple[str, Any]:
    """`k=v` -> (k, v), where v is read as JSON when it parses (numbers, lists), else text."""
    if "=" not in text:
        raise InvalidInput(f"--param takes key=value, got {text!r}")
    key, raw = text.split("=", 1)
    if not key.isidentifier():
        raise InvalidInput(f"parameter name {key!r} is not a valid identifier")
    try:
        value: Any = json.loads(raw)
    except json.JSONDecodeError:
        value = raw
    return key, value


def _cell(value: Any) -> str:
    if isinstance(value, dict) and value.get("_type") == "node":
        props = value["properties"]
        return f"({':'.join(value['labels'])} {props.get('id', '')} {props.get('name', '')})"
    if isinstance(value, dict) and value.get("_type") == "relationship":
        return f"[:{value['type']}]"
    if isinstance(value, dict) and value.get("_type") == "path":
        return " - ".join(str(n["properties"].get("name", n["properties"].get("id")))
                          for n in value["nodes"])
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value


def query(
    cypher: Annotated[str, typer.Argument(help="A read-only Cypher statement")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p",
                                                    help="key=value, repeatable")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table or json")] = "table",
) -> None:
    """Run read-only Cypher; any write is refused and nothing is written."""
    if fmt not in ("table", "json"):
        raise InvalidInput("--format must be table or json")
    params = dict(parse_param(p) for p in (param or []))
    settings = Settings()
    with open_store(settings) as store:
        # The same door as POST /api/cypher: procedure list, EXPLAIN rules, limits.
        result = run_cypher(store, cypher, params, timeout_ms=settings.query_timeout_ms,
                            row_cap=settings.query_row_cap)
    if fmt == "json":
        typer.echo(json.dumps({"columns": result.columns, "rows": result.rows,
                               "truncated": result.truncated}, ensure_ascii=False, indent=2))
        return
    table = Table(*result.columns)
    for row in result.rows:
        table.add_row(*(_cell(v) for v in row), style=None)
    console.print(table)
    note = " (truncated)" if result.truncated else ""
    console.print(f"{len(result.rows)} rows{note}")


def stats() -> None:
    """Counts of nodes by label and relationships by type."""
    settings = Settings()
    with open_store(settings) as store:
        counts = store.counts()
        where = store.description
    table = Table("kind", "name", "count", title=where)
    for label, n in counts["nodes"].items():
        table.add_row("node", label, str(n))
    for rtype, n in counts["relationships"].items():
        table.add_row("relationship", rtype, str(n))
    console.print(table)
    total_n = sum(counts["nodes"].values())
    total_r = sum(counts["relationships"].values())
    console.print(f"{total_n} nodes, {total_r} relationships")


def register(app: typer.Typer) -> None:
    app.add_typer(store_app, name="store")
    app.command("query")(query)
    app.command("stats")(stats)
