"""The OpenAPI the server keeps to: its error responses, media types, security scheme and operation ids.

Routes declare the error statuses they return with :func:`errors` (problem+json, one ProblemDetails schema)
and the media types they serve with :func:`media`; :func:`install` adds the shared components and names
each operation after its route function, in camelCase (`get_entity` -> `getEntity`), and declares HEAD
beside every GET.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute

from api.models import Problem
from api.problems import MEDIA_TYPE

PROBLEM_SCHEMA = "ProblemDetails"
_PROBLEM_REF = {"$ref": f"#/components/schemas/{PROBLEM_SCHEMA}"}

#: What each error status means here; a route lists the ones it returns.
ERROR_STATUSES: dict[int, str] = {
    400: "a request this endpoint does not support",
    401: "no API key: `Authorization: Bearer <key>`",
    403: "the key may not do this, or writes are off",
    404: "nothing by that id or name",
    406: "none of the media types offered matches Accept",
    413: "the request body is too large",
    422: "a parameter, cursor or body that is not valid",
    503: "the store is unavailable, or a query ran past its time limit",
}

#: Every route that reads the store may answer these.
READ = (422, 503)
#: Every route that needs a key may answer these.
KEYED = (401, 403)


def errors(*statuses: int | Iterable[int]) -> dict[int | str, dict[str, Any]]:
    """``responses=`` for the error statuses given (ints or groups such as :data:`READ`), as problem+json."""
    flat = sorted({s for group in statuses for s in ([group] if isinstance(group, int) else group)})
    return {
        status: {"description": ERROR_STATUSES[status], "content": {MEDIA_TYPE: {"schema": _PROBLEM_REF}}}
        for status in flat
    }


def media(*types: str) -> dict[int | str, dict[str, Any]]:
    """``responses=`` declaring the media types a 200 answer comes in: JSON ones (JSON-LD, SPARQL results)
    are documents, the others text."""
    return {200: {"content": {t: {"schema": _document(t)} for t in types}}}


def _document(media_type: str) -> dict[str, Any]:
    return {"type": ["object", "array"]} if media_type.endswith("+json") else {"type": "string"}


def operation_id(route: APIRoute) -> str:
    """The route function's name in camelCase."""
    first, *rest = route.name.split("_")
    return first + "".join(word.capitalize() for word in rest)


def install(app: FastAPI) -> None:
    """Generate the OpenAPI once, with the ProblemDetails schema among its components."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            schema = Problem.model_json_schema()
            schema["title"] = PROBLEM_SCHEMA
            spec.setdefault("components", {}).setdefault("schemas", {})[PROBLEM_SCHEMA] = schema
            for operation in (op for item in spec["paths"].values() for op in item.values()):
                for status, response in operation["responses"].items():
                    _problem_media(int(status), response.get("content", {}))
            for item in spec["paths"].values():
                if "get" in item:
                    item["head"] = head_operation(item["get"])
            app.openapi_schema = spec
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def head_operation(get: dict[str, Any]) -> dict[str, Any]:
    """HEAD of a GET route (api.negotiation.HeadAndVary answers it): the same parameters, statuses and headers,
    no body. Its id is the GET's with `head` for its verb (`getEntity` -> `headEntity`)."""
    name = get["operationId"].removeprefix("get")
    return {
        **get,
        "operationId": "head" + name[:1].upper() + name[1:],
        "summary": f"Headers only: {get.get('summary', get['operationId'])}",
        "description": "The headers a GET answers with (media type, Vary), without the body.",
    }


def _problem_media(status: int, content: dict[str, Any]) -> None:
    """An error a route declares with a model of its own is problem+json: FastAPI puts the model's schema
    under application/json, which the server never sends for it."""
    if status >= 400 and MEDIA_TYPE in content and "application/json" in content:
        content[MEDIA_TYPE] = {"schema": content.pop("application/json")["schema"]}
