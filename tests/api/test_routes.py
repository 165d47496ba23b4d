"""Every route over HTTP (served on a loopback port), on both stores loaded with the seed articles."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from api.app import create_app
from graph import GraphStore
from schema import ONTOLOGY
from tests.api.served import served_client

PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def client(seeded_store: GraphStore) -> Iterator[httpx.Client]:
    with served_client(create_app(store=seeded_store)) as test_client:
        yield test_client


def assert_problem(response, status: int) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert body["status"] == status and body["title"] and body["detail"]
    return body


def test_uninvited_presence(client: httpx.Client) -> None:
    answer = client.get("/questions/uninvited_presence", params={"actor": "russia"}).json()
    reasons = {row["object"]["id"]: {r["subject"]["name"] for r in row["reasons"]} for row in answer["rows"]}
    assert {"Maia Sandu", "UN resolution (2018)"} <= reasons["transnistria"]
    assert reasons["abkhazia"] == reasons["south-ossetia"] == {"United States"}
    assert "UN General Assembly resolution (2022-10-12)" in reasons["crimea"]
    # the four regions' annexation was only announced ("attempted"), which implies no occupation
    assert not {"luhansk-oblast", "donetsk-oblast", "zaporizhzhia-oblast", "kherson-oblast"} & set(reasons)
    assert all(row["evidence"] and all(r["evidence"] for r in row["reasons"]) for row in answer["rows"])
    verdicts = {(c["subject"]["name"], c["claim"]["verdict"]) for c in answer["claims"]}
    assert ("Sergei Lavrov", "False") in verdicts  # his fact-checked claim, among his others


def test_questions_list_and_errors(client: httpx.Client) -> None:
    names = {q["name"] for q in client.get("/questions").json()}
    assert {"withdrawal_requests", "deployments", "uninvited_presence", "shortest_path"} <= names
    assert_problem(client.get("/questions/no_such_question", params={"actor": "russia"}), 404)
    assert_problem(client.get("/questions/deployments"), 422)
    assert_problem(client.get("/questions/deployments", params={"actor": "nowhere"}), 404)


def test_shortest_path(client: httpx.Client) -> None:
    answer = client.get("/questions/shortest_path", params={"from": "transnistria", "to": "moldova"}).json()
    path = answer["path"]["node_ids"]  # the seeds never assert that Transnistria is part of Moldova
    assert path[0] == "transnistria" and path[-1] == "moldova" and len(path) == len(answer["rows"]) + 1
    assert all(row["evidence"] for row in answer["rows"])


def test_entities_search_and_pagination(client: httpx.Client) -> None:
    first = client.get("/entities", params={"q": "russ", "limit": 1}).json()
    assert [e["id"] for e in first["items"]] == ["russia"]
    assert first["next_cursor"]
    states = client.get("/entities", params={"type": "State", "limit": 200}).json()
    assert {"russia", "ukraine", "moldova", "georgia"} <= {e["id"] for e in states["items"]}
    assert states["next_cursor"] is None
    page1 = client.get("/entities", params={"limit": 5}).json()
    page2 = client.get("/entities", params={"limit": 5, "cursor": page1["next_cursor"]}).json()
    assert not {e["id"] for e in page1["items"]} & {e["id"] for e in page2["items"]}
    assert_problem(client.get("/entities", params={"cursor": "not-a-cursor"}), 422)
    assert_problem(client.get("/entities", params={"type": "Planet"}), 422)
    assert_problem(client.get("/entities", params={"limit": 0}), 422)


def test_entity_relations_and_timeline(client: httpx.Client) -> None:
    entity = client.get("/entities/transnistria").json()
    assert entity["wikidata"] == "Q907112" and entity["type"] == "Territory"
    view = client.get("/entities/transnistria/relations").json()
    assert {"DEPLOYED_IN", "SUPPORTS"} <= set(view["groups"])
    assert all(f["evidence"] for group in view["groups"].values() for f in group)
    events = client.get("/entities/russia/timeline").json()["events"]
    dates = [e["date"] for e in events]
    assert dates == sorted(dates) and "2008-08" in dates
    assert_problem(client.get("/entities/atlantis"), 404)
    assert_problem(client.get("/entities/atlantis/relations"), 404)
    assert_problem(client.get("/entities/atlantis/timeline"), 404)


def test_relations_filters(client: httpx.Client) -> None:
    invaded = client.get("/relations", params={"predicate": "INVADED", "subject": "russia"}).json()["items"]
    assert {f["object"]["id"] for f in invaded} >= {"georgia", "ukraine"}
    recent = client.get("/relations", params={"predicate": "INVADED", "since": "2020"}).json()["items"]
    assert {f["object"]["id"] for f in recent if f["polarity"] == "affirmed"} == {"ukraine"}
    old = client.get("/relations", params={"predicate": "INVADED", "until": "2010"}).json()["items"]
    assert "georgia" in {f["object"]["id"] for f in old}
    assert_problem(client.get("/relations", params={"predicate": "LIKES"}), 422)
    assert_problem(client.get("/relations", params={"since": "last year"}), 422)


def test_fact_evidence(client: httpx.Client) -> None:
    [fact] = client.get("/relations", params={"predicate": "SUPPORTS", "object": "transnistria"}).json()["items"]
    again = client.get(f"/facts/{fact['fact_id']}/evidence").json()
    assert again["evidence"] == fact["evidence"] and "propping up" in again["evidence"][0]["text"]
    assert_problem(client.get("/facts/0000000000000000/evidence"), 404)


def test_articles(client: httpx.Client) -> None:
    page = client.get("/articles", params={"limit": 10}).json()
    assert len(page["items"]) == 5 and page["next_cursor"] is None
    article = client.get("/articles/003_17444226340e8484").json()
    assert article["evidence"] > 10 and len(article["sha256"]) == 64
    assert_problem(client.get("/articles/nope"), 404)


def test_stats_and_health(client: httpx.Client) -> None:
    stats = client.get("/stats").json()
    assert stats["counts"]["Article"] == 5 and set(ONTOLOGY.predicate_names) <= set(stats["counts"])
    health = client.get("/health").json()
    assert health["status"] == "ok" and health["store"]


def test_openapi_describes_every_route(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {
        "/ask",
        "/questions/{name}",
        "/entities",
        "/entities/{entity_id}",
        "/entities/{entity_id}/relations",
        "/entities/{entity_id}/timeline",
        "/relations",
        "/facts/{fact_id}/evidence",
        "/articles",
        "/articles/{article_id}",
        "/stats",
        "/health",
        "/questions",
    } <= paths
    assert set(spec["components"]["schemas"]["PredicateName"]["enum"]) == set(ONTOLOGY.predicate_names)
