"""Dependencies shared by the routers."""

from __future__ import annotations

import base64
import hmac
import re
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Query, Request, Security
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from api.problems import Forbidden, Unauthorized
from core.errors import BadInput
from graph import GraphStore
from kg.scope import Scope

MAX_LIMIT = 200
#: The deepest offset a cursor may hold: far past any list this API serves, and well inside the stores'
#: 64-bit integers (a larger one reached LadybugDB's binding and came back as a 500).
MAX_OFFSET = 10**12
_CURSOR = re.compile(r"o:(\d{1,13})")


async def get_store(request: Request) -> GraphStore:
    """The app's store. Cheap dependencies are coroutines: FastAPI runs a plain function in a worker thread."""
    return request.app.state.store


StoreDep = Annotated[GraphStore, Depends(get_store)]

_BEARER = HTTPBearer(
    auto_error=False,
    scheme_name="bearerKey",
    bearerFormat="API key",
    description="`Authorization: Bearer <key>`, a key from KG_API_KEYS",
)
_API_KEY = APIKeyHeader(
    name="X-API-Key", auto_error=False, scheme_name="apiKeyHeader", description="a key from KG_API_KEYS"
)


def require_key(
    request: Request,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Security(_BEARER)],
    api_key: Annotated[str | None, Security(_API_KEY)],
) -> None:
    """A key from KG_API_KEYS, as `Authorization: Bearer <key>` or `X-API-Key: <key>`; 401 or 403 otherwise."""
    keys: list[str] = request.app.state.settings.api_keys
    if not keys:
        raise Forbidden("writes are disabled: the server has no KG_API_KEYS")
    given = api_key or (bearer.credentials.strip() if bearer else None)
    if not given:
        scheme = "Authorization needs the Bearer scheme" if "authorization" in request.headers else "a key is needed"
        raise Unauthorized(f"{scheme}: Authorization: Bearer <key>, or X-API-Key: <key>")
    if not any(hmac.compare_digest(given.encode(), key.encode()) for key in keys):
        raise Forbidden("that API key is not allowed to write")


@dataclass(frozen=True)
class PageParams:
    """Where a page starts and how long it is. Cursors are opaque to clients."""

    skip: int
    limit: int

    def next_cursor(self, returned: int) -> str | None:
        return encode_cursor(self.skip + self.limit) if returned >= self.limit else None


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    """The offset in a cursor; BadInput unless the cursor is one this API could have given."""
    try:
        found = _CURSOR.fullmatch(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("ascii"))
    except ValueError:  # not base64, or not ASCII
        found = None
    if found is None or int(found[1]) > MAX_OFFSET:
        raise BadInput(f"cursor {cursor!r} is not one this API gave")
    return int(found[1])


async def page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="items per page")] = 50,
    cursor: Annotated[str | None, Query(max_length=64, description="the next_cursor of the previous page")] = None,
) -> PageParams:
    return PageParams(skip=decode_cursor(cursor) if cursor else 0, limit=limit)


PageDep = Annotated[PageParams, Depends(page_params)]

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


TerritoryParam = Annotated[
    str | None,
    Query(min_length=1, max_length=200, description="an entity id or name: that territory, or a part of it"),
]


async def fact_filter(
    territory: TerritoryParam = None,
    since: Annotated[
        str | None, Query(pattern=DATE, description="the event on or after (YYYY[-MM[-DD]]), or ongoing then")
    ] = None,
    until: Annotated[str | None, Query(pattern=DATE, description="the event, or its start, on or before")] = None,
) -> Scope:
    return Scope(territory=territory, since=since, until=until)


FilterDep = Annotated[Scope, Depends(fact_filter)]
