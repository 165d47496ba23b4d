"""A bounded load test: N concurrent clients for T seconds against the main routes, on loopback.

    .venv/bin/python -m bench.load_test --clients 50 --seconds 30            # embedded, the seed articles
    source .neo4j/neo4j.env && .venv/bin/python -m bench.load_test --store neo4j --clients 50 --seconds 30

Counts responses by status class; any 5xx is a failure (exit 1).
"""

from __future__ import annotations

import argparse
import socket
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import uvicorn

from api.app import create_app
from core.settings import Settings
from graph import GraphStore, open_store
from loaders.load import load_paths

ROUTES = [
    "/ask?q=Who asked Russia to leave?",
    "/questions/deployments?actor=russia",
    "/questions/uninvited_presence?actor=russia",
    "/entities/transnistria/relations",
    "/entities?q=russ",
    "/relations?predicate=OCCUPIES",
    "/entities/atlantis",
    "/health",
]


def serve(store: GraphStore) -> tuple[uvicorn.Server, str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    config = uvicorn.Config(
        create_app(Settings(store="embedded"), store=store),
        host="127.0.0.1",
        port=port,
        log_level="error",
        limit_concurrency=200,
    )
    server = uvicorn.Server(config)
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def hammer(
    base: str, clients: int, seconds: float, requests: int | None = None
) -> tuple[Counter[int], list[float], float]:
    """Run the clients for ``seconds``, or until each has made ``requests``; return status counts, latencies
    in ms and the elapsed time."""
    statuses: Counter[int] = Counter()
    latencies: list[float] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client(n: int) -> None:
        with httpx.Client(base_url=base, timeout=30) as http:
            i = n
            while time.monotonic() < stop_at and (requests is None or i < n + requests):
                started = time.perf_counter()
                try:
                    status = http.get(ROUTES[i % len(ROUTES)]).status_code
                except httpx.HTTPError:
                    status = 599
                with lock:
                    statuses[status] += 1
                    latencies.append((time.perf_counter() - started) * 1000)
                i += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return statuses, latencies, time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", choices=["embedded", "neo4j"], default="embedded")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    settings = (
        Settings(store="embedded", data_dir=Path(tempfile.mkdtemp()))
        if args.store == "embedded"
        else Settings(store="neo4j")
    )
    store = open_store(settings)
    store.init_schema()
    store.clear()
    load_paths(store, [Path(__file__).resolve().parents[2] / "shared" / "seeds"])
    server, base = serve(store)
    statuses, latencies, elapsed = hammer(base, args.clients, args.seconds)
    server.should_exit = True
    errors = sum(n for status, n in statuses.items() if status >= 500)
    ordered = sorted(latencies)
    print(
        f"{store.server_version()}: {args.clients} clients for {elapsed:.0f} s, {len(latencies)} requests, "
        f"{len(latencies) / elapsed:.0f} req/s"
    )
    print(f"p50 {statistics.median(ordered):.1f} ms, p99 {ordered[int(0.99 * (len(ordered) - 1))]:.1f} ms")
    print(f"statuses {dict(sorted(statuses.items()))}, 5xx {errors}")
    store.close()
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
