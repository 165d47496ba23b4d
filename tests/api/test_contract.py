"""schemathesis against the live app's /openapi.json over HTTP (embedded store, the seed articles): no 5xx,
and no status, media type or body that the OpenAPI does not declare for the route."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from bench.load_test import serve
from core.settings import Settings
from graph import open_store
from loaders.load import load_paths
from tests.conftest import SEEDS

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    """The URL of a server over the seeds."""
    store = open_store(Settings(store="embedded", data_dir=Path(tempfile.mkdtemp())))
    store.init_schema()
    load_paths(store, [SEEDS])
    server, url = serve(store)
    try:
        yield url
    finally:
        server.should_exit = True


def test_api_contract(base: str) -> None:
    """Every operation, with generated parameters and bodies (the pytest plugin does not run on pytest 9)."""
    api_schema = schemathesis.openapi.from_url(f"{base}/openapi.json")
    failures = []
    calls: list[str] = []
    for result in api_schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case: schemathesis.Case) -> None:
            calls.append(case.operation.label)
            case.call_and_validate(checks=CHECKS)

        try:
            check()
        except (Exception, FailureGroup) as exc:  # collect every operation's failure, then report them together
            failures.append(f"{operation.label}: {' | '.join(str(exc).splitlines()[:8]) or type(exc).__name__}")
    assert not failures, "\n".join(failures)
    assert len(set(calls)) >= 20 and len(calls) > 100, (len(set(calls)), len(calls))


def _failure_without(base: str, operation_id: str, status: str, media: str | None = None, **case: dict) -> str:
    """The checks' failure once ``operation_id`` no longer declares ``status`` (or, given, its ``media`` type)."""
    spec = httpx.get(f"{base}/openapi.json").json()
    operation = next(op for item in spec["paths"].values() for op in item.values() if op["operationId"] == operation_id)
    if media is None:
        del operation["responses"][status]
    else:
        del operation["responses"][status]["content"][media]
    schema = schemathesis.openapi.from_dict(spec)
    call = schema.make_case(operation=schema.find_operation_by_id(operation_id), **case)
    with pytest.raises(FailureGroup) as failed:
        call.call_and_validate(base_url=base, checks=CHECKS)
    return str(failed.value)


def test_the_contract_fails_on_an_undeclared_status_or_media_type(base: str) -> None:
    missing = {"path_parameters": {"article_id": "no-such-article"}}
    said = _failure_without(base, "getArticle", "404", **missing)
    assert "404" in said and "Undocumented status code" in said
    said = _failure_without(base, "getOntology", "200", "text/turtle")
    assert "text/turtle" in said and "Undocumented Content-Type" in said


NEGOTIATED = [
    ("getEntity", {"path_parameters": {"entity_id": "moldova"}}),
    ("getOntology", {}),
    ("getShapes", {}),
    ("getVoid", {}),
    ("querySparql", {"query": {"query": "SELECT ?s WHERE { ?s ?p ?o } LIMIT 2"}}),
    ("querySparql", {"query": {"query": "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 2"}}),
]
ACCEPTS = ["*/*", "text/turtle", "application/ld+json", "application/n-triples", "application/json", "image/png"]


@pytest.mark.parametrize("accept", ACCEPTS)
def test_negotiated_routes_answer_only_what_they_declare(base: str, accept: str) -> None:
    """What schemathesis does not vary: the Accept header. Each answer, a 406 too, is declared."""
    schema = schemathesis.openapi.from_url(f"{base}/openapi.json")
    statuses = set()
    for operation_id, case in NEGOTIATED:
        call = schema.make_case(operation=schema.find_operation_by_id(operation_id), headers={"Accept": accept}, **case)
        statuses.add(call.call_and_validate(base_url=base, checks=CHECKS).status_code)
    assert statuses <= {200, 406}
    if accept == "*/*":
        assert statuses == {200}
    if accept == "image/png":  # no route offers it
        assert statuses == {406}
