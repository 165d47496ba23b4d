"""A named query past query_timeout_s is stopped: QueryTimeout from the store, 503 problem+json from the API,
one line from the CLI, on both stores. The API is asked over HTTP, served on a loopback port.

The graph makes uninvited_presence join every deployment of one actor with every request to leave (a million
rows), far more than a millisecond's work on any machine; the limit is a millisecond.
"""

from __future__ import annotations

import os
import subprocess

import pytest

from api.app import create_app
from core.errors import QueryTimeout
from core.settings import Settings
from graph import open_store
from kg.scope import EVERYWHERE
from schema.records import Article, Entity
from tests.api.served import served_client
from tests.conftest import KG
from tests.graph.test_paths import _relation

PROBLEM = "application/problem+json"
#: Deployments, and requests to leave the state they are all part of: SIDE * SIDE rows to join.
SIDE = 1000
TINY = {"query_timeout_s": 0.001}
QUESTION = "Where does Vorland keep troops without the host's consent?"


@pytest.fixture(scope="module", params=["embedded", "neo4j"])
def slow(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The settings of a store holding the graph (closed: the API and the CLI open it themselves)."""
    if request.param == "neo4j":
        settings: Settings = request.getfixturevalue("neo4j_settings")
    else:
        settings = Settings(store="embedded", data_dir=tmp_path_factory.mktemp("slow"))
    actor = Entity("vorland", "State", "Vorland")
    host = Entity("host", "State", "Hostland")
    places = [Entity(f"place-{i}", "Territory", f"Place {i}", (), None, {"part_of": "host"}) for i in range(SIDE)]
    people = [Entity(f"person-{i}", "Person", f"Person {i}") for i in range(SIDE)]
    relations = [_relation("DEPLOYED_IN", actor, place) for place in places]
    relations += [_relation("REQUESTED_WITHDRAWAL", person, actor, territory="host") for person in people]
    with open_store(settings) as store:
        store.init_schema()
        store.clear()
        report = Article("report", "A report", "Example Wire", None, "2023-01-01", "dd")
        store.upsert([report], [actor, host, *places, *people], relations)
    return settings


def test_the_store_stops_a_named_query_past_its_time_limit(slow: Settings) -> None:
    with open_store(slow.model_copy(update=TINY)) as store:
        assert store.query_timeout == 0.001
        with pytest.raises(QueryTimeout, match=r"^the query uninvited_presence ran past 0\.001 s"):
            store.query("uninvited_presence", actor="vorland", skip=0, limit=10, **EVERYWHERE)
        store.query_timeout = 30.0
        assert [row["name"] for row in store.query("entity", id="vorland")] == ["Vorland"]  # the store goes on


def test_the_api_answers_503_past_the_time_limit(slow: Settings) -> None:
    with served_client(create_app(slow.model_copy(update=TINY))) as client:
        stopped = client.get("/questions/uninvited_presence", params={"actor": "vorland"})
        assert stopped.status_code == 503, stopped.text
        assert stopped.headers["content-type"].startswith(PROBLEM)
        assert "ran past 0.001 s" in stopped.json()["detail"]
        declared = client.get("/openapi.json").json()["paths"]["/questions/{name}"]["get"]["responses"]
        assert PROBLEM in declared["503"]["content"]


def test_the_cli_says_so_in_one_line(slow: Settings) -> None:
    env = {**os.environ, "KG_QUERY_TIMEOUT_S": "0.001", "KG_STORE": slow.store, "KG_DATA_DIR": str(slow.data_dir)}
    if slow.store == "neo4j":
        env |= {
            "NEO4J_URI": slow.neo4j_uri,
            "NEO4J_USER": slow.neo4j_user,
            "NEO4J_PASSWORD": slow.neo4j_password.get_secret_value(),
            "NEO4J_DATABASE": slow.neo4j_database,
        }
    done = subprocess.run([KG, "ask", QUESTION], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 1, done.stdout + done.stderr
    [line] = done.stderr.splitlines()
    assert line.startswith("kg: the query ") and "ran past 0.001 s" in line
