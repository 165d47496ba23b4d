"""A bounded load test on both stores: 50 concurrent clients, zero 5xx (the 30 s run is bench/load_test.py)."""

from __future__ import annotations

from bench.load_test import hammer, serve
from graph import GraphStore
from loaders.load import load_paths
from tests.conftest import SEEDS


def test_fifty_clients_get_no_server_error(store: GraphStore) -> None:
    load_paths(store, [SEEDS])
    server, base = serve(store)
    try:
        statuses, latencies, _ = hammer(base, clients=50, seconds=5)
    finally:
        server.should_exit = True
    assert sum(statuses.values()) > 100
    assert not [s for s in statuses if s >= 500], statuses
    assert statuses[404] > 0 and statuses[200] > 0  # the unknown entity and the rest
