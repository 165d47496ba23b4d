"""Read-only Cypher for power users: the store keeps the transaction read-only; a time limit and a row cap."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.encoders import jsonable_encoder
from pydantic import BaseModel, Field

from api.deps import StoreDep
from api.openapi import READ, errors
from core.errors import BadInput, QueryFailed, QueryTimeout, ReadOnlyViolation

router = APIRouter(tags=["cypher"])


class CypherQuery(BaseModel):
    query: str = Field(min_length=1, max_length=20_000, description="Cypher in the store's dialect")
    params: dict[str, Any] = Field(default_factory=dict, description="query parameters ($name)")


class CypherResult(BaseModel):
    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool = Field(description="more rows than the cap; only the first ones are here")


@router.post(
    "/cypher",
    response_model=CypherResult,
    summary="Run a read-only Cypher query",
    responses=errors(READ, 403, 413),
)
def run_cypher(request: Request, store: StoreDep, body: CypherQuery) -> CypherResult:
    settings = request.app.state.settings
    try:
        columns, rows, truncated = store.run_read_only(
            body.query, body.params, timeout=settings.cypher_timeout_s, max_rows=settings.cypher_max_rows
        )
    except (ReadOnlyViolation, QueryTimeout):
        raise
    except QueryFailed as exc:  # the caller's query is wrong: their error, not the server's
        raise BadInput(f"the query failed: {exc}") from None
    return CypherResult(columns=columns, rows=jsonable_encoder(rows), truncated=truncated)
