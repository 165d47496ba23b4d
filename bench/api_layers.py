"""Where a question route's time goes on the embedded store: the answer made in-process, its JSON, and the
HTTP round trip from one client, beside a bare FastAPI route with a Pydantic answer on the same machine.

    .venv/bin/python -m bench.api_layers --relations 100000 --data /tmp/kg-layers   # builds once, then reuses
"""

from __future__ import annotations

import argparse
import socket
import statistics
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from fastapi import FastAPI
from pydantic import BaseModel

from api.app import create_app
from bench.api_bench import build, percentile, question_draws
from bench.graph_gen import benchmark_graph
from core.settings import Settings
from graph import open_store
from kg import named


def serve(app: Any) -> tuple[uvicorn.Server, str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def ms(values: list[float]) -> str:
    return f"p50 {statistics.median(values):6.2f} p99 {percentile(values, 0.99):6.2f}"


class Bare(BaseModel):
    name: str
    rows: list[dict[str, str]]


def bare_app() -> FastAPI:
    app = FastAPI()

    @app.get("/x", response_model=Bare)
    def answer(actor: str) -> Bare:
        return Bare(name=actor, rows=[{"a": "b"}] * 12)

    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relations", type=int, default=100_000)
    parser.add_argument("--data", type=Path, required=True, help="the store's directory (built when absent)")
    parser.add_argument("--requests", type=int, default=200, help="requests per route")
    args = parser.parse_args()
    spec = benchmark_graph(args.relations)
    fresh = not args.data.exists()
    store = open_store(Settings(store="embedded", data_dir=args.data))
    if fresh:
        written, seconds = build(store, spec)
        print(f"built {written} relations in {seconds:.0f} s")
    server, base = serve(create_app(store=store))
    with httpx.Client(base_url=base, timeout=30) as client:
        for name, draw in question_draws(spec).items():
            calls = [draw() for _ in range(args.requests)]
            for question, params in calls[:10]:  # warm: each thread's connection prepares its statements once
                client.get(f"/questions/{question}", params={**params, "limit": 50})
            direct, dump, http = [], [], []
            for question, params in calls:
                t = time.perf_counter()
                answer = named.answer_question(store, question, params, limit=50)
                direct.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                answer.model_dump_json()
                dump.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                client.get(f"/questions/{question}", params={**params, "limit": 50}).raise_for_status()
                http.append((time.perf_counter() - t) * 1000)
            print(f"{name:20} answer {ms(direct)} | JSON {ms(dump)} | HTTP {ms(http)}")
    server.should_exit = True
    bare, bare_base = serve(bare_app())
    with httpx.Client(base_url=bare_base, timeout=30) as client:
        http = []
        for _ in range(args.requests):
            t = time.perf_counter()
            client.get("/x", params={"actor": "state-1"}).raise_for_status()
            http.append((time.perf_counter() - t) * 1000)
        print(f"{'bare FastAPI route':20} HTTP {ms(http)}")
    bare.should_exit = True


if __name__ == "__main__":
    main()
