"""Latency and throughput of the main question routes on a generated graph, on either store.

    .venv/bin/python -m bench.api_bench --store embedded --relations 100000
    source .neo4j/neo4j.env && .venv/bin/python -m bench.api_bench --store neo4j --relations 100000

The Neo4j run CLEARS the database it is pointed at (use scripts/neo4j-server). The API is served
by uvicorn on a free loopback port; a bounded number of requests come from a few client threads.
Beside each route, the same named query called directly on the store gives the baseline.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
import uvicorn

from api.app import create_app
from bench.graph_gen import SyntheticGraph, batches, benchmark_graph, entities
from core.settings import Settings
from graph import GraphStore, open_store
from kg import named


def build(store: GraphStore, spec: SyntheticGraph) -> tuple[int, float]:
    store.init_schema()
    store.clear()
    started = time.perf_counter()
    store.upsert_entities(entities(spec))
    written = 0
    for articles, relations in batches(spec):
        store.upsert_articles(articles)
        written += store.upsert_relations(relations)[0]
        print(f"  written {written} relations", end="\r", flush=True)
    print()
    return written, time.perf_counter() - started


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def serve(store: GraphStore) -> tuple[uvicorn.Server, str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    server = uvicorn.Server(uvicorn.Config(create_app(store=store), host="127.0.0.1", port=port, log_level="error"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


@dataclass(frozen=True)
class RouteStats:
    route: str
    direct_p50: float
    direct_p99: float
    api_p50: float
    api_p99: float
    api_rps: float


def question_draws(spec: SyntheticGraph, seed: int = 3) -> dict[str, Callable[[], tuple[str, dict[str, str]]]]:
    """For each main question, a function drawing its parameters from the generated graph."""
    rng = random.Random(seed)
    return {
        "withdrawal_requests": lambda: ("withdrawal_requests", {"actor": f"state-{rng.randrange(spec.states)}"}),
        "deployments": lambda: ("deployments", {"actor": f"state-{rng.randrange(spec.states)}"}),
        "recognized_by": lambda: ("recognized_by", {"entity": f"territory-{rng.randrange(spec.territories)}"}),
        "condemned_by": lambda: ("condemned_by", {"actor": f"state-{rng.randrange(spec.states)}"}),
        "uninvited_presence": lambda: ("uninvited_presence", {"actor": f"state-{rng.randrange(spec.states)}"}),
    }


def time_routes(store: GraphStore, spec: SyntheticGraph, requests: int, clients: int) -> list[RouteStats]:
    """Each main question: direct calls on the store, then ``requests`` HTTP calls from ``clients`` threads."""
    server, base = serve(store)
    stats = []
    try:
        for name, draw in question_draws(spec).items():
            calls = [draw() for _ in range(requests)]
            direct = []
            for question, params in calls[: max(20, requests // 4)]:
                t = time.perf_counter()
                named.answer_question(store, question, params, limit=50)
                direct.append((time.perf_counter() - t) * 1000)

            def call(item: tuple[str, dict[str, str]], client: httpx.Client) -> float:
                question, params = item
                t = time.perf_counter()
                response = client.get(f"{base}/questions/{question}", params={**params, "limit": 50})
                response.raise_for_status()
                return (time.perf_counter() - t) * 1000

            with httpx.Client(timeout=30) as client, ThreadPoolExecutor(clients) as pool:
                started = time.perf_counter()
                latencies = list(pool.map(lambda item: call(item, client), calls))
                elapsed = time.perf_counter() - started
            stats.append(
                RouteStats(
                    name,
                    statistics.median(direct),
                    percentile(direct, 0.99),
                    statistics.median(latencies),
                    percentile(latencies, 0.99),
                    len(calls) / elapsed,
                )
            )
    finally:
        server.should_exit = True
    return stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", choices=["embedded", "neo4j"], default="embedded")
    parser.add_argument("--relations", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=400, help="requests per route")
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()

    spec = benchmark_graph(args.relations)
    settings = (
        Settings(store="embedded", data_dir=Path(tempfile.mkdtemp()))
        if args.store == "embedded"
        else Settings(store="neo4j")
    )
    store = open_store(settings)
    written, seconds = build(store, spec)
    print(f"{store.server_version()}: {written} relations written in {seconds:.0f} s ({written / seconds:.0f}/s)")
    print(f"\n{'route':22} {'direct p50':>10} {'direct p99':>10} {'API p50':>9} {'API p99':>9} {'API req/s':>9}  (ms)")
    try:
        for r in time_routes(store, spec, args.requests, args.clients):
            print(
                f"{r.route:22} {r.direct_p50:10.1f} {r.direct_p99:10.1f} "
                f"{r.api_p50:9.1f} {r.api_p99:9.1f} {r.api_rps:9.0f}"
            )
    finally:
        store.close()


if __name__ == "__main__":
    main()
