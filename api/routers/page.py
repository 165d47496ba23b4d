"""The journalists' page at `/` (plain HTML, CSS and JavaScript; nothing fetched from elsewhere)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

STATIC = Path(__file__).resolve().parent.parent / "static"

router = APIRouter(include_in_schema=False)


@router.get("/")
def index() -> FileResponse:
    """The page; `/?q=…` opens with a question answered, `/?entity=…` with an entity."""
    return FileResponse(STATIC / "index.html", media_type="text/html")
