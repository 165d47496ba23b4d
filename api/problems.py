"""RFC 9457 problem+json for every error the API returns."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from api.headers import security_headers
from core.errors import (
    BadInput,
    BadQuery,
    KGError,
    NotAcceptable,
    NotFound,
    NotSupported,
    QueryTimeout,
    ReadOnlyViolation,
    StoreUnavailable,
)

MEDIA_TYPE = "application/problem+json"
log = logging.getLogger("kg.api")


class Unauthorized(KGError):
    """No credentials were given (401)."""


class Forbidden(KGError):
    """The credentials given may not do this (403)."""


# Checked in order: the first class an error is an instance of gives its status.
_STATUS: dict[type[KGError], int] = {
    Unauthorized: 401,
    Forbidden: 403,
    ReadOnlyViolation: 403,
    NotAcceptable: 406,
    NotFound: 404,
    NotSupported: 400,
    BadQuery: 400,
    BadInput: 422,
    QueryTimeout: 503,
    StoreUnavailable: 503,
}


def problem(status: int, detail: str | None, request: Request, **extra: Any) -> JSONResponse:
    body = {
        "type": "about:blank",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "instance": request.url.path,
        **extra,
    }
    return JSONResponse(body, status_code=status, media_type=MEDIA_TYPE)


def status_of(error: KGError) -> int:
    return next((code for kind, code in _STATUS.items() if isinstance(error, kind)), 500)


def install(app: FastAPI) -> None:
    """Register the handlers that turn errors into problem+json."""

    @app.exception_handler(KGError)
    async def project_error(request: Request, exc: KGError) -> JSONResponse:
        if isinstance(exc, StoreUnavailable):
            # Where the store is and what its driver said are for the operator's log, not for clients.
            log.warning("%s %s: %s", request.method, request.url.path, exc)
            return problem(503, "the graph store is unavailable; try again shortly", request)
        response = problem(status_of(exc), str(exc), request)
        if isinstance(exc, Unauthorized):
            response.headers["WWW-Authenticate"] = 'Bearer realm="kg"'
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        reasons = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        return problem(422, reasons, request, errors=[{"loc": e["loc"], "msg": e["msg"]} for e in exc.errors()])

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        return problem(exc.status_code, str(exc.detail), request)

    @app.exception_handler(Exception)
    async def unhandled(request: Request, exc: Exception) -> JSONResponse:
        # Starlette's outermost middleware answers with this, outside the other middleware (so it adds the
        # security headers itself), then re-raises the error for the server's log.
        response = problem(500, "an unexpected error; it has been logged", request)
        response.headers.update(security_headers(request.url.path))
        return response


class _BodyTooLarge(BaseException):  # noqa: N818 - not an error to handle: it unwinds the app to the middleware
    """Raised while reading a body past the limit; a BaseException so body parsers do not swallow it."""


class BodySizeLimit:
    """Refuse request bodies over ``max_bytes`` with 413 problem+json, whether or not they declare a length."""

    def __init__(self, app: Any, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(scope, receive, send)
            return
        received = 0
        started = False

        async def counted() -> dict[str, Any]:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_bytes:
                raise _BodyTooLarge
            return message

        async def watched(message: dict[str, Any]) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except _BodyTooLarge:
            if not started:
                await self._refuse(scope, receive, send)

    async def _refuse(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        body = {
            "type": "about:blank",
            "title": "Content Too Large",
            "status": 413,
            "detail": f"the request body is over {self.max_bytes} bytes",
            "instance": scope.get("path"),
        }
        await JSONResponse(body, status_code=413, media_type=MEDIA_TYPE)(scope, receive, send)
