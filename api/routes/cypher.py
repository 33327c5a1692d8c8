"""POST /api/cypher: the read-only door for analysts."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from api.deps import SettingsDep, StoreDep
from api.errors_http import error_responses
from api.heavy_pool import HeavyQueryPool
from api.routes import examples, json_of
from api.schemas import CypherIn, CypherOut
from api.services.cypher import run_cypher

router = APIRouter(prefix="/api", tags=["cypher"])


@router.post("/cypher", summary="Run read-only Cypher; any write is refused (403)",
             response_model=CypherOut,
             responses={**examples.ok(examples.CYPHER),
                        **error_responses(400, 403, 429, 503, 504)})
async def cypher(request: Request, store: StoreDep, settings: SettingsDep,
                 body: CypherIn) -> Response:
    """Rows as a table plus a graph form (nodes, edges) of every node, relationship and path
    in them; time limit and row cap come from the settings. Queries run in a small pool of
    their own (TKG_CYPHER_WORKERS); when it is full the answer is 429."""
    pool: HeavyQueryPool = request.app.state.cypher_pool
    result = await pool.run(lambda: run_cypher(
        store, body.query, body.params, timeout_ms=settings.query_timeout_ms,
        row_cap=settings.query_row_cap))
    return json_of(result)
