"""`tkg serve`: the JSON API and the graph browser on one uvicorn server."""

from __future__ import annotations

from typing import Annotated

import typer

from api.settings import Settings


def serve(
    host: Annotated[str | None, typer.Option(help="address to bind (default: TKG_HOST)")] = None,
    port: Annotated[int | None, typer.Option(help="port to bind (default: TKG_PORT)")] = None,
) -> None:
    """Serve the API (/api, /docs) and the pages until interrupted."""
    import uvicorn

    from api.app import create_app

    overrides = {k: v for k, v in (("host", host), ("port", port)) if v is not None}
    settings = Settings.model_validate(overrides)  # TKG_* first, options override
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port,
                log_level="info")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
