"""HTTP semantics of readable resources: HEAD answered like GET, and `Vary: Accept` where the type is negotiated.

A route whose body is costly to make (the dump) asks :func:`head_only` and, for HEAD, answers its headers
without making it.

A route that chooses its media type by the Accept header declares it once, with the :data:`NEGOTIATED`
dependency; every answer of that route, an error too, then carries `Vary: Accept`, so that a cache keeps
one answer per type.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Query, Request
from fastapi.responses import Response
from pyoxigraph import Triple
from starlette.datastructures import MutableHeaders

from api.openapi import READ, errors
from api.problems import NotAcceptable
from rdf.conneg import best_match
from rdf.export import FORMATS, serialize_triples
from rdf.vocab import Vocabulary

T = TypeVar("T")
Describe = Callable[[Vocabulary], list[Triple]]

_STATE_KEY = "varies_by_accept"
_HEAD_KEY = "head_only"


def head_only(request: Request) -> bool:
    """Whether the request is a HEAD (run as GET by :class:`HeadAndVary`): its body will not be sent."""
    return bool(getattr(request.state, _HEAD_KEY, False))


def varies_by_accept(request: Request) -> None:
    """Mark the request's answer as chosen by its Accept header."""
    setattr(request.state, _STATE_KEY, True)


NEGOTIATED = Depends(varies_by_accept)


class HeadAndVary:
    """ASGI middleware: HEAD runs the GET route and sends its headers only; `Vary: Accept` where marked."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        head = scope["method"] == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}
        scope.setdefault("state", {})[_HEAD_KEY] = head
        finished = False

        async def send_headers_only(message: dict[str, Any]) -> None:
            nonlocal finished
            if message["type"] == "http.response.start" and scope["state"].get(_STATE_KEY):
                headers = MutableHeaders(scope=message)
                present = [v.strip().lower() for v in headers.get("vary", "").split(",") if v.strip()]
                if "accept" not in present and "*" not in present:
                    headers["Vary"] = ", ".join([headers["vary"], "Accept"] if present else ["Accept"])
            if message["type"] == "http.response.body" and head:
                if finished:
                    return
                finished = True  # the rest of a streamed body is not sent
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app(scope, receive, send_headers_only)


#: The RDF types a resource is described in, with their dump format names.
RDF_TYPES = {media: name for name, (_, media, graphs) in FORMATS.items() if not graphs}
#: What a fact, evidence or article IRI answers with: its JSON view (for a browser's text/html too) or its triples.
RESOURCE_TYPES = ["application/json", *RDF_TYPES, "text/html"]
FORMAT_NAMES = {"json": "application/json", **{name: media for media, name in RDF_TYPES.items()}}
FormatQuery = Annotated[
    str | None, Query(pattern="^(" + "|".join(FORMAT_NAMES) + ")$", description="overrides the Accept header")
]


def choose(request: Request, offered: list[str], format: str | None = None) -> str:
    """The offered type the request prefers (``format`` names one outright); NotAcceptable otherwise."""
    media = best_match(FORMAT_NAMES[format] if format else request.headers.get("accept", "*/*"), offered)
    if media is None:
        raise NotAcceptable(offered)
    return media


def rdf_or_json(request: Request, media: str, json_view: Callable[[], T], describe: Describe) -> T | Response:
    """A resource's JSON view, or its triples from ``describe`` when ``media`` is an RDF type."""
    if media not in RDF_TYPES:
        return json_view()
    vocab = request.app.state.vocab
    return Response(serialize_triples(describe(vocab), RDF_TYPES[media], vocab), media_type=media)


def negotiated_responses(offered: list[str], *statuses: int | Iterable[int]) -> dict[int | str, dict[str, Any]]:
    """OpenAPI declarations of a negotiated route: the types it answers with, and its problems (406 among them)."""
    return {200: {"content": {media: {} for media in offered}}, **errors(READ, 406, *statuses)}
