"""Neo4j stopped and restarted under a running API: /health says so, routes answer 503 rather than hang, and the
same app recovers by itself. A write during the outage is retried until the server is back, and nothing is lost.

No latency is asserted: a deadline only catches a hang, and is generous for a busy machine.
"""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from api.app import create_app
from core.settings import Settings
from graph import open_store
from tests.api.served import served_client
from tests.conftest import NEO4J_SCRIPT as SCRIPT
from tests.conftest import neo4j_server
from tests.graph.test_store import load_sample

T = TypeVar("T")
HANG = 120.0  # seconds a request may take before it counts as hung
RESTART = 600.0  # seconds the server may take to be back on a busy machine


@pytest.fixture
def own_neo4j(tmp_path: Path) -> Iterator[tuple[Settings, dict[str, str]]]:
    """A Neo4j server of this test's own, so stopping it disturbs no other test."""
    with neo4j_server(tmp_path / "neo4j", heap="512m") as server:
        yield server


def answered(call: Callable[[], T], deadline: float = HANG) -> T:
    """What ``call`` returns; the test fails if it has not returned within ``deadline`` seconds."""
    result: list[T] = []
    worker = threading.Thread(target=lambda: result.append(call()), daemon=True)
    worker.start()
    worker.join(deadline)
    assert result, f"no answer within {deadline:g} s: the call hangs (or raised)"
    return result[0]


def test_neo4j_down_then_back(own_neo4j: tuple[Settings, dict[str, str]]) -> None:
    settings, env = own_neo4j
    store = open_store(settings)
    store.init_schema()
    load_sample(store)
    with served_client(create_app(settings, store=store)) as client:
        assert client.get("/health").json()["status"] == "ok"
        before = client.get("/entities/russia").json()

        subprocess.run([SCRIPT, "stop"], env=env, capture_output=True, check=True)
        health = answered(lambda: client.get("/health"))
        assert health.status_code == 503 and health.json()["status"] == "unavailable"
        for path, params in (("/entities/russia", {}), ("/questions/deployments", {"actor": "russia"})):
            down = answered(lambda path=path, params=params: client.get(path, params=params))
            assert down.status_code == 503 and down.headers["content-type"].startswith("application/problem+json")

        subprocess.run([SCRIPT, "resume"], env=env, capture_output=True, check=True)
        deadline = time.monotonic() + RESTART
        while answered(lambda: client.get("/health")).status_code != 200:
            assert time.monotonic() < deadline, "the app did not recover"
            time.sleep(0.5)
        assert client.get("/entities/russia").json() == before  # the same app and store, no restart
    store.close()


def test_a_write_during_an_outage_is_retried_until_the_server_is_back(
    own_neo4j: tuple[Settings, dict[str, str]],
) -> None:
    settings, env = own_neo4j
    patient = settings.model_copy(update={"neo4j_retry_s": RESTART})
    store = open_store(patient)
    store.init_schema()
    subprocess.run([SCRIPT, "stop"], env=env, capture_output=True, check=True)
    outcome: list[object] = []

    def write() -> None:
        try:
            load_sample(store)
            outcome.append("done")
        except Exception as exc:  # reported by the assertion below
            outcome.append(exc)

    writer = threading.Thread(target=write)
    writer.start()  # against a stopped server: it can only wait and retry
    assert outcome == [], f"the write gave up instead of retrying: {outcome}"
    subprocess.run([SCRIPT, "resume"], env=env, capture_output=True, check=True)
    writer.join(RESTART + HANG)
    assert outcome == ["done"]
    written = store.counts()
    store.clear()
    load_sample(store)  # the same write on a server that stayed up
    assert written == store.counts() and written["DEPLOYED_IN"] == written["ADOPTED"] == 1
    store.close()
