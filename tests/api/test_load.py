"""A bounded load test on both stores: 50 concurrent clients, each through every route twice, and no 5xx.

It asserts behaviour, not speed: every request is answered, none with a server error, each route as it
should be (the 30 s throughput run is bench/load_test.py).
"""

from __future__ import annotations

from bench.load_test import ROUTES, hammer, serve
from graph import GraphStore
from loaders.load import load_paths
from tests.conftest import SEEDS

CLIENTS = 50
ROUNDS = 2
HANG = 600  # seconds: only a hung server takes this long


def test_fifty_clients_get_no_server_error(store: GraphStore) -> None:
    load_paths(store, [SEEDS])
    server, base = serve(store)
    try:
        statuses, _, _ = hammer(base, clients=CLIENTS, seconds=HANG, requests=ROUNDS * len(ROUTES))
    finally:
        server.should_exit = True
    assert not [s for s in statuses if s >= 500], statuses  # 599: no answer at all
    unknown = sum(route == "/entities/atlantis" for route in ROUTES)
    assert statuses == {200: CLIENTS * ROUNDS * (len(ROUTES) - unknown), 404: CLIENTS * ROUNDS * unknown}
