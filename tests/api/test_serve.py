"""A real `kg serve` on loopback outlives the requests that once crashed it (a segfault in LadybugDB)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api.deps import encode_cursor
from core.settings import Settings
from graph import open_store
from tests.graph.test_store import load_sample


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    with open_store(Settings(store="embedded", data_dir=tmp_path)) as store:
        store.init_schema()
        load_sample(store)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KG_", "NEO4J_"))}
    env |= {"KG_STORE": "embedded", "KG_DATA_DIR": str(tmp_path)}
    command = [sys.executable, "-m", "kg.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60  # a generous start-up deadline: a hang is the failure here
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"{base}/health").status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.2)
    try:
        yield process, base
    finally:
        process.terminate()
        process.wait(timeout=30)


# The probe's sequence ended in a segfault: LadybugDB 0.22's top-k (ORDER BY with SKIP and LIMIT) crashes
# on a large SKIP, from about 6,000 for the API's own lists.
DEEP_PAGES = [encode_cursor(n) for n in (7_000, 300_000, 10**9)]
TOP_K_QUERIES = [
    "RETURN 1 AS x ORDER BY x SKIP 300000 LIMIT 1",
    "MATCH (n:State) RETURN n.id ORDER BY n.id SKIP 300000 LIMIT 5",
]


def test_deep_pages_and_large_skips_do_not_crash_the_server(server: tuple[subprocess.Popen[bytes], str]) -> None:
    process, base = server
    for cursor in DEEP_PAGES:
        for path in ("/entities", "/articles", "/relations"):
            page = httpx.get(f"{base}{path}", params={"cursor": cursor}, timeout=60)
            assert page.json() == {"items": [], "next_cursor": None}, (path, cursor)
    for query in TOP_K_QUERIES:
        answer = httpx.post(f"{base}/cypher", json={"query": query}, timeout=60)
        assert answer.json()["rows"] == [], query
    assert process.poll() is None
    assert httpx.get(f"{base}/health").status_code == 200
