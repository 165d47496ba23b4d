"""Swagger UI at /docs and ReDoc at /redoc, from the vendored copies in static/vendor (nothing from a CDN)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import FileResponse

from api.routers.page import STATIC

router = APIRouter(include_in_schema=False)
DOCS_PATHS = ("/docs", "/redoc")


@router.get("/docs")
def swagger_ui() -> FileResponse:
    return FileResponse(STATIC / "docs.html", media_type="text/html")


@router.get("/redoc")
def redoc() -> FileResponse:
    return FileResponse(STATIC / "redoc.html", media_type="text/html")
