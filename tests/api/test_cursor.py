"""Page cursors: what the API gave back works; anything else, however large, is a 422 problem."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import httpx
import pytest

from api.app import create_app
from api.deps import encode_cursor
from graph import GraphStore
from tests.api.served import served_client
from tests.graph.test_store import load_sample


@pytest.fixture
def client(store: GraphStore) -> Iterator[httpx.Client]:
    load_sample(store)
    with served_client(create_app(store=store)) as test_client:
        yield test_client


def _raw(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


# Found by probing: an offset past 64 bits reached the store and came back as a 500 with a pybind11 message.
BAD_CURSORS = [
    "99999999999999999999999",
    encode_cursor(10**23),
    encode_cursor(2**63),
    _raw("o:-1"),
    _raw("o:1_000"),
    _raw("o: 7"),
    _raw("o:" + "9" * 5000),
    "x" * 5000,
]


@pytest.mark.parametrize("path", ["/entities", "/articles", "/relations"])
@pytest.mark.parametrize("cursor", BAD_CURSORS)
def test_a_cursor_the_api_did_not_give_is_a_422(client: httpx.Client, path: str, cursor: str) -> None:
    refused = client.get(path, params={"cursor": cursor})
    assert refused.status_code == 422, refused.text
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert "pybind" not in refused.text and "C++" not in refused.text


def test_a_cursor_past_the_end_is_an_empty_page(client: httpx.Client) -> None:
    # Deeper ones once crashed the embedded store: tests/api/test_serve.py sends them to a real server.
    page = client.get("/entities", params={"cursor": encode_cursor(500)})
    assert page.status_code == 200 and page.json() == {"items": [], "next_cursor": None}
