"""The main question routes against a stored graph, built once: p50/p99 of one client as the suite measures them,
and the process's CPU time per request (client, server and store together), which the machine's load
disturbs far less than wall time. Prints one JSON line. Run by its path, it measures the code PYTHONPATH names,
so two checkouts can be run in turn on one store (a worktree of the older commit in /tmp/kg-before):

    PYTHONPATH=. .venv/bin/python bench/api_stored.py --data /tmp/kg-1m    # builds the store when absent
    PYTHONPATH=/tmp/kg-before .venv/bin/python bench/api_stored.py --data /tmp/kg-1m

The graph is the suite's (entities grow with relations), loaded by the bulk import, as `kg bulk-import` does.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import httpx

from bench.api_bench import percentile, question_draws, serve
from bench.graph_gen import SyntheticGraph, batches, entities
from core.settings import Settings
from graph import archive_importer, open_store
from graph.archive import plan_archive
from kg import named


def build(settings: Settings, spec: SyntheticGraph) -> None:
    articles, relations = [], []
    for batch_articles, batch_relations in batches(spec, batch=50_000):
        articles += batch_articles
        relations += batch_relations
    print(archive_importer(settings).run(plan_archive(articles, entities(spec), relations)), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="the store's directory (built when absent)")
    parser.add_argument("--relations", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=200, help="requests per route")
    parser.add_argument("--label", default="")
    args = parser.parse_args()
    n = args.relations
    spec = SyntheticGraph(states=n // 50, territories=n // 20, persons=n // 20, relations=n)
    settings = Settings(store="embedded", data_dir=args.data)
    if not args.data.exists():
        build(settings, spec)
    store = open_store(settings, read_only=True)  # as `kg serve` opens it
    load = os.getloadavg()[0]
    server, base = serve(store)
    routes = {}
    with httpx.Client(timeout=30) as client:
        for name, draw in question_draws(spec).items():
            calls = [draw() for _ in range(args.requests)]
            direct, wall, cpu = [], [], []
            for question, params in calls[: max(20, args.requests // 4)]:  # as time_routes: in-process first
                t = time.perf_counter()
                named.answer_question(store, question, params, limit=50)
                direct.append((time.perf_counter() - t) * 1000)
            for question, params in calls:
                t, c = time.perf_counter(), time.process_time()
                client.get(f"{base}/questions/{question}", params={**params, "limit": 50}).raise_for_status()
                wall.append((time.perf_counter() - t) * 1000)
                cpu.append((time.process_time() - c) * 1000)
            routes[name] = {
                "api_p50": percentile(wall, 0.5),
                "api_p99": percentile(wall, 0.99),
                "cpu_p50": percentile(cpu, 0.5),
                "cpu_p99": percentile(cpu, 0.99),
                "in_process_p50": percentile(direct, 0.5),
            }
    server.should_exit = True
    store.close()
    print(json.dumps({"label": args.label, "load": [round(load, 1), round(os.getloadavg()[0], 1)], "routes": routes}))


if __name__ == "__main__":
    main()
