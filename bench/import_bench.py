"""Neo4j's offline bulk path on the benchmark graph: plan the rows, write the CSV files, neo4j-admin import, init.

    scripts/neo4j-server start && source .neo4j/neo4j.env && .venv/bin/python -m bench.import_bench --relations 100000
    .venv/bin/python -m bench.import_bench --relations 100000 --bolt   # first the same graph over Bolt, then import

The project's server (scripts/neo4j-server, KG_NEO4J_HOME) is stopped for the import and resumed after: its
database is REPLACED. Relations per second count planning, the files, the import and `kg init` (constraints and
indexes built from the data), not the server's stop and start.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import tempfile
import time
from pathlib import Path

from bench.graph_gen import SyntheticGraph, batches, entities, write_graph
from core.settings import Settings
from graph import open_store
from graph.archive import plan_archive
from graph.neo4j.admin_import import run_import, write_import_files

SCRIPT = str(Path(__file__).resolve().parents[1] / "scripts" / "neo4j-server")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relations", type=int, default=100_000)
    parser.add_argument("--bolt", action="store_true", help="first load the same graph over Bolt (kg load's path)")
    args = parser.parse_args()
    n = args.relations
    spec = SyntheticGraph(states=n // 50, territories=n // 20, persons=n // 20, relations=n)
    settings = Settings(store="neo4j")
    if args.bolt:
        with open_store(settings) as store:
            print(f"Bolt, upserts of 50,000: {write_graph(store, spec, batch=50_000):,.0f} rel/s")
    articles, relations = [], []
    for batch_articles, batch_relations in batches(spec, batch=50_000):
        articles += batch_articles
        relations += batch_relations
    steps: dict[str, float] = {}

    started = time.perf_counter()
    plan = plan_archive(articles, entities(spec), relations)
    steps["plan"] = time.perf_counter() - started
    started = time.perf_counter()
    files = write_import_files(plan, Path(tempfile.mkdtemp(prefix="kg-bench-import-")))
    steps["csv"] = time.perf_counter() - started
    subprocess.run([SCRIPT, "stop"], check=True)
    started = time.perf_counter()
    run_import([SCRIPT, "admin"], settings.neo4j_database, files, replace=True)
    steps["neo4j-admin import"] = time.perf_counter() - started
    subprocess.run([SCRIPT, "resume"], check=True)
    with open_store(settings) as store:
        started = time.perf_counter()
        store.init_schema()
        steps["init"] = time.perf_counter() - started
        stored = sum(store.counts()[pred] for pred in plan.facts)
    total = sum(steps.values())
    print(f"{plan.relations:,} relations ({stored:,} stored) in {total:.1f} s: {plan.relations / total:,.0f} rel/s")
    print(", ".join(f"{step} {seconds:.1f} s" for step, seconds in steps.items()))
    print(f"peak RSS of this process (the records and the plan in memory): {_peak_mb():.0f} MB")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
