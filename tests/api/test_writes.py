"""Authenticated writes, body size cap and CORS, over HTTP on both stores."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from api.app import create_app
from core.settings import Settings
from graph import GraphStore
from tests.api.served import served_client

KEY = "test-key-0123456789"
ARTICLE = {
    "id": "posted-1",
    "title": "A Posted Report On Troops In Moldova",
    "text": "Moldova's President Maia Sandu asked Russia to withdraw its 1,500 troops from Transnistria in 2023.",
    "published": "2023-05-02",
}
ORIGIN = "https://newsroom.example"


@pytest.fixture
def client(store: GraphStore) -> Iterator[httpx.Client]:
    settings = Settings(store="embedded", api_keys=[KEY], max_body_bytes=4000, cors_origins=[ORIGIN])
    with served_client(create_app(settings, store=store)) as test_client:
        yield test_client


def askers(client: httpx.Client) -> set[str]:
    answer = client.get("/questions/withdrawal_requests", params={"actor": "russia"})
    return {row["subject"]["name"] for row in answer.json()["rows"]} if answer.status_code == 200 else set()


def test_writes_need_a_valid_key(client: httpx.Client) -> None:
    missing = client.post("/articles", json=ARTICLE)
    assert missing.status_code == 401 and missing.headers["www-authenticate"].startswith("Bearer")
    assert missing.headers["content-type"].startswith("application/problem+json")
    assert client.post("/articles", json=ARTICLE, headers={"X-API-Key": "wrong"}).status_code == 403
    assert client.delete("/articles/posted-1").status_code == 401
    assert askers(client) == set()


def test_writes_are_off_without_keys(store: GraphStore) -> None:
    with served_client(create_app(Settings(store="embedded"), store=store)) as client:
        refused = client.post("/articles", json=ARTICLE, headers={"X-API-Key": KEY})
        assert refused.status_code == 403 and "disabled" in refused.json()["detail"]


def test_post_replace_and_delete(client: httpx.Client) -> None:
    auth = {"Authorization": f"Bearer {KEY}"}
    created = client.post("/articles", json=ARTICLE, headers=auth)
    assert created.status_code == 201 and created.json()["written"] and created.json()["relations"] >= 2
    assert askers(client) == {"Maia Sandu"}
    again = client.post("/articles", json=ARTICLE, headers=auth).json()
    assert (again["written"], again["replaced"]) == (False, False)
    changed = ARTICLE | {"text": "The OSCE called for the withdrawal of Russian forces from Moldova."}
    replaced = client.post("/articles", json=changed, headers=auth).json()
    assert replaced["replaced"] and askers(client) == {"OSCE"}
    deleted = client.delete("/articles/posted-1", headers=auth)
    assert deleted.status_code == 200 and deleted.json()["relations"] >= 1
    assert askers(client) == set()
    assert client.delete("/articles/posted-1", headers=auth).status_code == 404


def test_bad_bodies_are_refused_and_nothing_is_lost(client: httpx.Client) -> None:
    auth = {"X-API-Key": KEY}
    assert client.post("/articles", json=ARTICLE, headers=auth).status_code == 201
    for body in ({"id": "x"}, {"id": "bad id!", "text": "t"}, ARTICLE | {"text": "   "}):
        refused = client.post("/articles", json=body, headers=auth)
        assert refused.status_code == 422 and refused.headers["content-type"].startswith("application/problem+json")
    too_big = client.post("/articles", json=ARTICLE | {"text": "x" * 5000}, headers=auth)
    assert too_big.status_code == 413 and too_big.headers["content-type"].startswith("application/problem+json")

    def chunks() -> Iterator[bytes]:
        yield b'{"id": "chunked", "text": "'
        for _ in range(10):
            yield b"y" * 1000
        yield b'"}'

    streamed = client.post("/articles", content=chunks(), headers=auth | {"content-type": "application/json"})
    assert streamed.status_code == 413
    assert askers(client) == {"Maia Sandu"}


def test_cors_only_for_configured_origins(client: httpx.Client, store: GraphStore) -> None:
    preflight = client.options("/articles", headers={"Origin": ORIGIN, "Access-Control-Request-Method": "POST"})
    assert preflight.headers["access-control-allow-origin"] == ORIGIN
    other = client.get("/health", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in other.headers
    with served_client(create_app(Settings(store="embedded"), store=store)) as plain:
        assert "access-control-allow-origin" not in plain.get("/health", headers={"Origin": ORIGIN}).headers
