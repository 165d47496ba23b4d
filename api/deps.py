"""Dependencies shared by the routers."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Query, Request

from graph import GraphStore
from kg.errors import BadInput

MAX_LIMIT = 200


def get_store(request: Request) -> GraphStore:
    return request.app.state.store


StoreDep = Annotated[GraphStore, Depends(get_store)]


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
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        kind, _, value = text.partition(":")
        offset = int(value)
        if kind != "o" or offset < 0:
            raise ValueError
        return offset
    except ValueError:
        raise BadInput(f"cursor {cursor!r} is not one this API gave") from None


def page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="items per page")] = 50,
    cursor: Annotated[str | None, Query(description="the next_cursor of the previous page")] = None,
) -> PageParams:
    return PageParams(skip=decode_cursor(cursor) if cursor else 0, limit=limit)


PageDep = Annotated[PageParams, Depends(page_params)]
