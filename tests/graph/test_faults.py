"""Neo4j stopped and restarted under a running API: /health says so, routes answer 503 fast, then recover."""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph import open_store
from kg.settings import Settings
from tests.conftest import NEO4J_SCRIPT as SCRIPT
from tests.conftest import neo4j_server
from tests.graph.test_store import load_sample


@pytest.fixture
def own_neo4j(tmp_path: Path) -> Iterator[tuple[Settings, dict[str, str]]]:
    """A Neo4j server of this test's own, so stopping it disturbs no other test."""
    with neo4j_server(tmp_path / "neo4j", heap="512m") as server:
        yield server


def test_neo4j_down_then_back(own_neo4j: tuple[Settings, dict[str, str]]) -> None:
    settings, env = own_neo4j
    store = open_store(settings)
    store.init_schema()
    load_sample(store)
    with TestClient(create_app(settings, store=store)) as client:
        assert client.get("/health").json()["status"] == "ok"
        assert client.get("/entities/russia").status_code == 200

        subprocess.run([SCRIPT, "stop"], env=env, capture_output=True, check=True)

        def timed(path: str, **params: str) -> tuple[object, float]:
            started = time.monotonic()
            response = client.get(path, params=params)
            return response, time.monotonic() - started

        health, seconds = timed("/health")
        assert health.status_code == 503 and health.json()["status"] == "unavailable" and seconds < 3
        down, seconds = timed("/entities/russia")
        assert down.status_code == 503 and down.headers["content-type"].startswith("application/problem+json")
        assert seconds < 3, f"a failing request took {seconds:.1f} s"
        print(f"failing requests answered 503 in {seconds:.2f} s")
        question, seconds = timed("/questions/deployments", actor="russia")
        assert question.status_code == 503 and seconds < 3

        subprocess.run([SCRIPT, "resume"], env=env, capture_output=True, check=True)
        deadline = time.monotonic() + 60
        while client.get("/health").status_code != 200:
            assert time.monotonic() < deadline, "the app did not recover"
            time.sleep(0.5)
        assert client.get("/entities/russia").json()["name"] == "Russia"
    store.close()


def test_a_write_during_an_outage_is_retried_until_the_server_is_back(
    own_neo4j: tuple[Settings, dict[str, str]],
) -> None:
    settings, env = own_neo4j
    patient = settings.model_copy(update={"neo4j_retry_s": 90.0})
    store = open_store(patient)
    store.init_schema()
    subprocess.run([SCRIPT, "stop"], env=env, capture_output=True, check=True)
    outcome: list[object] = []
    writer = threading.Thread(target=lambda: outcome.append(load_sample(store) or "done"))
    writer.start()
    time.sleep(3)
    assert writer.is_alive(), "the write gave up instead of retrying"
    subprocess.run([SCRIPT, "resume"], env=env, capture_output=True, check=True)
    writer.join(timeout=120)
    assert outcome == ["done"]
    assert store.counts()["DEPLOYED_IN"] == 1
    store.close()
