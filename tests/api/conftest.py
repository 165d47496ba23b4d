"""Fixtures of the API tests: the app served over HTTP on the seeded store."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from api.app import create_app
from graph import GraphStore
from tests.api.served import served_client


@pytest.fixture(scope="module")
def api(seeded_store: GraphStore) -> Iterator[httpx.Client]:
    """The API over HTTP on the seeded store (each store in turn), one server per test module."""
    with served_client(create_app(store=seeded_store)) as client:
        yield client
