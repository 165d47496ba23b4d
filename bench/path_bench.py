"""The shortest_path question on a generated graph: pairs at distance 1-4, unfiltered and in a period.

    .venv/bin/python -m bench.path_bench --relations 10000
    scripts/neo4j-server start && source .neo4j/neo4j.env && .venv/bin/python -m bench.path_bench --neo4j

Builds the graph of bench.graph_gen in a fresh store (the same shape as bench.export_bench), finds for each
distance one pair of entities that far apart (breadth-first over the generated relations, either direction),
then times the shortest_path question (kg.paths) with no scope, with a period that every dated step falls in,
with a territory that few steps are about (no path: every candidate looked at), and with a wide one (every
territory a part of it). Figures are the best of ``--repeat``; a query stopped at the time limit
(KG_QUERY_TIMEOUT_S) shows the limit, and "stopped" for its length.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import defaultdict, deque
from pathlib import Path

from bench.graph_gen import SyntheticGraph, batches, benchmark_graph, build_and_report
from core.errors import QueryTimeout
from core.settings import Settings
from graph import GraphStore, open_store
from kg.paths import shortest_path
from kg.scope import EVERYWHERE

PERIOD = {**EVERYWHERE, "since": "1990", "until": "2030", "since_year": 1990, "until_year": 2030}
#: A territory few steps are about: the search finds no path, so it looks at every candidate.
PLACE = {**EVERYWHERE, "territory": "territory-0", "territories": ["territory-0"]}


def wide(spec: SyntheticGraph) -> dict:
    """A territory whose parts are every territory: many steps are about it, so the search reaches far."""
    return {**PLACE, "territories": [f"territory-{i}" for i in range(spec.territories)]}


def pairs(spec: SyntheticGraph, distances: range) -> dict[int, tuple[str, str]]:
    """For each distance, a (from, to) pair that far apart, from the busiest entity outwards."""
    links: dict[str, set[str]] = defaultdict(set)
    for _, relations in batches(spec):
        for r in relations:
            links[r.subject_id].add(r.object_id)
            links[r.object_id].add(r.subject_id)
    start = max(sorted(links), key=lambda e: len(links[e]))
    depth = {start: 0}
    queue = deque([start])
    while queue:
        here = queue.popleft()
        for there in sorted(links[here]):
            if there not in depth:
                depth[there] = depth[here] + 1
                queue.append(there)
    found: dict[int, tuple[str, str]] = {}
    for entity, d in depth.items():
        if d in distances and d not in found:
            found[d] = (start, entity)
    return found


def timed(store: GraphStore, ends: tuple[str, str], scope: dict, repeat: int) -> tuple[float, int | str | None]:
    """Best seconds of the query, and the length of the path it found (None: no path; "stopped": it ran past
    the store's query_timeout, query_timeout_s)."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        try:
            rows = shortest_path(store, *ends, skip=0, limit=100, **scope)
        except QueryTimeout:
            return store.query_timeout, "stopped"
        best = min(best, time.perf_counter() - started)
    return best, (len(rows[0]["fact_ids"]) if rows else None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relations", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--max-distance", type=int, default=4)
    parser.add_argument("--neo4j", action="store_true", help="use the Neo4j in NEO4J_URI (its database is CLEARED)")
    args = parser.parse_args()
    settings = Settings(store="neo4j" if args.neo4j else "embedded", data_dir=Path(tempfile.mkdtemp()))
    spec = benchmark_graph(args.relations)
    with open_store(settings) as store:
        build_and_report(store, spec, settings.store)
        columns = ("unfiltered s", "len", "period s", "len", "territory s", "len", "wide s", "len")
        print(f"{'distance':>8} {'from':>12} {'to':>16} " + " ".join(f"{c:>{max(len(c), 4)}}" for c in columns))
        for d, ends in sorted(pairs(spec, range(1, args.max_distance + 1)).items()):
            plain, plain_len = timed(store, ends, EVERYWHERE, args.repeat)
            print(f"{d:8d} {ends[0]:>12} {ends[1]:>16} {plain:13.3f} {plain_len!s:>4}", end=" ", flush=True)
            scoped, scoped_len = timed(store, ends, PERIOD, args.repeat)
            print(f"{scoped:9.3f} {scoped_len!s:>4}", end=" ", flush=True)
            placed, placed_len = timed(store, ends, PLACE, args.repeat)
            print(f"{placed:11.3f} {placed_len!s:>4}", end=" ", flush=True)
            spread, spread_len = timed(store, ends, wide(spec), args.repeat)
            print(f"{spread:6.3f} {spread_len!s:>4}", flush=True)


if __name__ == "__main__":
    main()
