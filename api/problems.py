"""RFC 9457 problem+json for every error the API returns."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from kg.errors import BadInput, KGError, NotFound, StoreUnavailable
from rdf.sparql import QueryTimeout

MEDIA_TYPE = "application/problem+json"


class NotAcceptable(KGError):
    """No media type the resource offers matches the Accept header."""

    def __init__(self, offered: list[str]) -> None:
        super().__init__(f"acceptable types here: {', '.join(offered)}")


# Checked in order: the first class an error is an instance of gives its status.
_STATUS: dict[type[KGError], int] = {
    NotAcceptable: 406,
    NotFound: 404,
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
        return problem(status_of(exc), str(exc), request)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        reasons = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        return problem(422, reasons, request, errors=[{"loc": e["loc"], "msg": e["msg"]} for e in exc.errors()])

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        return problem(exc.status_code, str(exc.detail), request)
