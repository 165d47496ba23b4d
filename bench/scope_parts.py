"""uninvited_presence on the embedded store, with its scope conditions written in and left out (the parameters ask
for no bound either way, so the rows are the same), alternating; each run and its EXPLAIN alone, in ms.

    PYTHONPATH=. .venv/bin/python bench/scope_parts.py --data /tmp/kg-1m --rounds 60   # a store of bench/api_stored.py
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import ladybug

from core.settings import Settings
from graph import open_store
from graph.ladybug.store import LadybugStore, _page_bound
from kg.scope import EVERYWHERE
from queries import load_query


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--actor", default="state-1234")
    parser.add_argument("--rounds", type=int, default=60)
    args = parser.parse_args()
    store = open_store(Settings(store="embedded", data_dir=args.data), read_only=True)
    assert isinstance(store, LadybugStore)
    conn = ladybug.Connection(store._db, num_threads=1)
    params = {"actor": args.actor, "skip": 0, "limit": 50, **EVERYWHERE}
    query = load_query("uninvited_presence", "ladybug", "label")
    left_out = query.statement(params, store._entity_table, _page_bound)
    written_in = query.statement({**params, "since": "x"}, store._entity_table, _page_bound)  # the text, every part
    timed: dict[str, list[float]] = {}
    for _ in range(args.rounds):
        for label, statement in (("written in", written_in), ("left out", left_out)):
            for kind, text in (("run", statement), ("EXPLAIN", f"EXPLAIN {statement}")):
                started = time.perf_counter()
                conn.execute(text, params).get_all()
                timed.setdefault(f"{kind} {label}", []).append((time.perf_counter() - started) * 1000)
    for label, values in timed.items():
        print(f"{label:20} best {min(values):6.2f}  median {statistics.median(values):6.2f}")


if __name__ == "__main__":
    main()
