"""Security headers on every response: no MIME sniffing, no framing, and a Content-Security-Policy.

The page and the entity pages load only this server's own files, so the policy allows nothing else. /docs and
/redoc load the vendored Swagger UI and ReDoc; their policy allows no other host either, only their inline
styles and ReDoc's worker.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from starlette.datastructures import MutableHeaders


def _policy(**directives: str) -> str:
    return "; ".join(f"{name.replace('_', '-')} {value}" for name, value in directives.items())


_COMMON = {"object_src": "'none'", "base_uri": "'none'", "form_action": "'self'", "frame_ancestors": "'none'"}
POLICY = _policy(
    default_src="'self'",
    script_src="'self'",
    style_src="'self'",
    img_src="'self' data:",
    **_COMMON,
)
# /docs and /redoc: the vendored Swagger UI and ReDoc, from this server only. Both set inline styles, and
# ReDoc runs its search in a worker made from a blob.
DOCS_POLICY = _policy(
    default_src="'self'",
    script_src="'self'",
    style_src="'self' 'unsafe-inline'",
    img_src="'self' data:",
    worker_src="'self' blob:",
    **_COMMON,
)


def security_headers(path: str, docs_paths: Iterable[str] = ()) -> dict[str, str]:
    """The headers every response to ``path`` carries."""
    return {
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Content-Security-Policy": DOCS_POLICY if path in docs_paths else POLICY,
    }


class SecurityHeaders:
    """ASGI middleware adding :func:`security_headers` to responses that do not set them already."""

    def __init__(self, app: Any, docs_paths: Iterable[str | None] = ()) -> None:
        self.app = app
        self.docs_paths = frozenset(path for path in docs_paths if path)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = security_headers(scope["path"], self.docs_paths)

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in extra.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)
