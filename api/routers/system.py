"""Store statistics and health."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from api.deps import StoreDep
from api.models import Health, Stats
from api.openapi import errors
from core.errors import KGError

router = APIRouter(tags=["system"])


@router.get(
    "/stats",
    response_model=Stats,
    summary="Node counts per type and relation counts per predicate",
    responses=errors(503),
)
def get_stats(store: StoreDep) -> Stats:
    return Stats(store=store.server_version(), counts=store.counts())


@router.get("/health", response_model=Health, responses={503: {"model": Health}}, summary="Is the store reachable?")
def get_health(store: StoreDep) -> Health | JSONResponse:
    try:
        return Health(status="ok", store=store.server_version())
    except KGError as exc:
        body = Health(status="unavailable", store=store.dialect, detail=str(exc))
        return JSONResponse(body.model_dump(), status_code=503)
