"""The Python share of a bulk load: fact ids, evidence rows and fact rows of generated relations, in CPU seconds.

    .venv/bin/python -m bench.rows_bench --relations 20000

Run on an older tree (``PYTHONPATH=<tree>``) for a baseline: before ``graph.rows.keyed`` the row builders took
the relations themselves.
"""

from __future__ import annotations

import argparse
import time

import graph.rows as rows
from bench.graph_gen import SyntheticGraph, batches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relations", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    n = args.relations
    spec = SyntheticGraph(states=n // 50, territories=n // 20, persons=n // 20, relations=n)
    [(_, relations)] = list(batches(spec, batch=n))
    best = float("inf")
    for _ in range(args.repeat):
        started = time.process_time()
        given = rows.keyed(relations) if hasattr(rows, "keyed") else relations
        rows.evidence_rows(given)
        rows.fact_rows(given)
        best = min(best, time.process_time() - started)
    print(f"rows of {n:,} relations: {best:.3f} s CPU (best of {args.repeat}), {n / best:,.0f} rel/s")


if __name__ == "__main__":
    main()
