"""Where a bulk load's time goes on the embedded store: each kind of statement's wall and CPU time, and Python's.

    .venv/bin/python -m bench.load_profile --relations 100000
    .venv/bin/python -m bench.load_profile --relations 100000 --archive   # kg bulk-import's path

Writes the suite's load graph (``bench.suite``: entities grow with relations) in upserts of ``--write-batch``
relations into a fresh LadybugDB store, the graph generated before the clock starts. With ``--archive``, the
whole graph goes through the bulk import instead (planned, then COPYed in one transaction; planning is
counted as Python). A statement's CPU time
includes the store's own threads; Python's is the rest of the process's CPU time.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from bench.graph_gen import SyntheticGraph, batches, entities
from graph.archive import plan_archive
from graph.ladybug.archive_import import CopyImport
from graph.ladybug.store import LadybugStore


def kind(statement: str) -> str:
    """A statement's kind: a COPY or key lookup by its table, any other by its first words."""
    if statement.startswith("LOAD FROM"):
        return "lookup " + statement.split()[4].split("{")[0]
    if statement.startswith("COPY"):
        return statement.split("(")[0]
    return " ".join(statement.split()[:4])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relations", type=int, default=100_000)
    parser.add_argument("--write-batch", type=int, default=50_000)
    parser.add_argument("--archive", action="store_true", help="through the bulk import (kg bulk-import)")
    args = parser.parse_args()
    n = args.relations
    spec = SyntheticGraph(states=n // 50, territories=n // 20, persons=n // 20, relations=n)
    wall: Counter[str] = Counter()
    cpu: Counter[str] = Counter()
    calls: Counter[str] = Counter()
    execute = LadybugStore._execute

    def timed(self: LadybugStore, conn: Any, statement: str, params: Any, **options: Any) -> Any:
        started, used = time.perf_counter(), time.process_time()
        try:
            return execute(self, conn, statement, params, **options)
        finally:
            wall[kind(statement)] += time.perf_counter() - started
            cpu[kind(statement)] += time.process_time() - used
            calls[kind(statement)] += 1

    path = Path(tempfile.mkdtemp(prefix="kg-load-profile-")) / "graph"
    generated = list(batches(spec, batch=args.write_batch))
    if args.archive:
        articles = [a for batch_articles, _ in generated for a in batch_articles]
        relations = [r for _, batch_relations in generated for r in batch_relations]
        del generated
        LadybugStore._execute = timed  # type: ignore[method-assign]
        started, used = time.perf_counter(), time.process_time()
        CopyImport(path).run(plan_archive(articles, entities(spec), relations))
        how = "one bulk import"
    else:
        store = LadybugStore(path)
        store.init_schema()
        LadybugStore._execute = timed  # type: ignore[method-assign]
        started, used = time.perf_counter(), time.process_time()
        store.upsert_entities(entities(spec))
        for articles, relations in generated:
            store.upsert(articles, (), relations)
        store.close()
        how = f"upserts of {args.write_batch:,}"
    seconds, process = time.perf_counter() - started, time.process_time() - used
    python = process - sum(cpu.values())
    print(
        f"{n:,} relations in {how}: {seconds:.1f} s ({process:.1f} s CPU), {n / seconds:,.0f} relations/s; "
        f"store {sum(wall.values()):.1f} s ({sum(cpu.values()):.1f} s CPU), Python {python:.1f} s CPU"
    )
    for name, spent in wall.most_common():
        print(f"{spent:8.2f} s {cpu[name]:7.2f} s CPU {calls[name]:5d}x  {name}")


if __name__ == "__main__":
    main()
