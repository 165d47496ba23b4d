"""schemathesis against /openapi.json: no 5xx and no response that breaks the schema (embedded store)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from bench.load_test import serve
from core.settings import Settings
from graph import open_store
from loaders.load import load_paths
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def api_schema() -> Iterator[schemathesis.BaseSchema]:
    store = open_store(Settings(store="embedded", data_dir=Path(tempfile.mkdtemp())))
    store.init_schema()
    load_paths(store, [SEEDS])
    server, base = serve(store)
    try:
        yield schemathesis.openapi.from_url(f"{base}/openapi.json")
    finally:
        server.should_exit = True


def test_api_contract(api_schema: schemathesis.BaseSchema) -> None:
    """Every operation, with generated parameters and bodies (the pytest plugin does not run on pytest 9)."""
    failures = []
    calls: list[str] = []
    for result in api_schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case: schemathesis.Case) -> None:
            calls.append(case.operation.label)
            case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])

        try:
            check()
        except Exception as exc:  # collect every operation's failure, then report them together
            failures.append(f"{operation.label}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
    assert not failures, "\n".join(failures)
    assert len(set(calls)) >= 20 and len(calls) > 100, (len(set(calls)), len(calls))
