"""The OpenAPI document: readable operation ids, errors as problem+json, real media types, key security."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from api.app import create_app
from core.settings import Settings
from graph import open_store
from tests.api.served import served_client

PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The document as the server gives it (an empty embedded store: the document does not depend on it)."""
    with open_store(Settings(store="embedded", data_dir=tmp_path_factory.mktemp("openapi"))) as store:
        store.init_schema()
        with served_client(create_app(store=store)) as client:
            yield client.get("/openapi.json").json()


def operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {
        op["operationId"]: (method.upper(), path, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
    }


def test_operation_ids_are_readable_and_unique(spec: dict[str, Any]) -> None:
    ids = [op["operationId"] for item in spec["paths"].values() for op in item.values()]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"[a-z]+(?:[A-Z][a-z]+)*", i) for i in ids), ids
    assert {"listQuestions", "answerQuestion", "getEntity", "listRelations", "listArticles", "querySparql"} <= set(ids)


def test_every_error_is_problem_json(spec: dict[str, Any]) -> None:
    assert spec["components"]["schemas"]["ProblemDetails"]["required"] == ["title", "status"]
    for operation_id, (_, path, op) in operations(spec).items():
        params = op.get("parameters", []) or op.get("requestBody")
        assert not params or "422" in op["responses"], operation_id
        assert "{" not in path or "404" in op["responses"], operation_id
        for status, response in op["responses"].items():
            # /health answers 503 with its Health body
            if int(status) >= 400 and operation_id not in ("getHealth", "headHealth"):
                assert list(response["content"]) == [PROBLEM], (operation_id, status)
                assert response["content"][PROBLEM]["schema"]["$ref"].split("/")[-1] in {
                    "ProblemDetails",
                    "Unanswerable",
                }


def test_rdf_documents_declare_their_media_types(spec: dict[str, Any]) -> None:
    by_id = operations(spec)
    for operation_id in ("getOntology", "getShapes", "getVoid"):
        op = by_id[operation_id][2]
        assert {"text/turtle", "application/ld+json", "application/n-triples"} == set(op["responses"]["200"]["content"])
        assert "406" in op["responses"]
    entity = set(by_id["getEntity"][2]["responses"]["200"]["content"])
    assert {"application/json", "text/turtle", "application/ld+json", "application/n-triples", "text/html"} == entity


def test_writes_take_a_key_by_security_scheme(spec: dict[str, Any]) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert schemes["bearerKey"] == {**schemes["bearerKey"], "type": "http", "scheme": "bearer"}
    for operation_id, (_, _, op) in operations(spec).items():
        keyed = operation_id in ("postArticle", "deleteArticle")
        assert bool(op.get("security")) == keyed, operation_id
        assert all(p["name"].lower() not in ("authorization", "x-api-key") for p in op.get("parameters", []))
        if keyed:
            assert {"bearerKey"} in [set(s) for s in op["security"]] and {"401", "403"} <= set(op["responses"])


def test_every_get_declares_its_head(spec: dict[str, Any]) -> None:
    for path, item in spec["paths"].items():
        if "get" in item:
            get, head = item["get"], item["head"]
            assert set(head["responses"]) == set(get["responses"]), path
            assert head.get("parameters") == get.get("parameters") and head["operationId"].startswith("head"), path
    assert {"headEntity", "headExportGraph", "headListRelations"} <= set(operations(spec))
