"""POST /cypher on both stores: reads answer; writes and file access are refused; the graph is unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import neo4j
import pytest

from api.app import create_app
from core.errors import QueryFailed
from core.settings import Settings
from graph import GraphStore, open_store
from tests.api.served import served_client
from tests.conftest import graph_state
from tests.graph.test_store import load_sample

WRITES = [
    "CREATE (:State {id: 'atlantis', name: 'Atlantis'})",
    "MERGE (:State {id: 'atlantis'})",
    "MATCH (n:State {id: 'russia'}) SET n.name = 'Changed' RETURN n.name",
    "MATCH (n:State {id: 'moldova'}) DETACH DELETE n",
    "MATCH ()-[r:DEPLOYED_IN]->() DELETE r",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "LOAD FROM '/etc/passwd' RETURN *",
    "COPY State FROM '/tmp/x.csv'",
    # LadybugDB runs these inside a READ ONLY transaction (IMPORT DATABASE even writes): refused before.
    "COPY (MATCH (n:State) RETURN n.id) TO '/tmp/kg-spy.csv'",
    "EXPORT DATABASE '/tmp/kg-spy'",
    "IMPORT DATABASE '/tmp/kg-spy'",
    "MATCH (n:State) RETURN n // LOAD is fine in a comment\nUNION ALL MATCH (n:State) RETURN n",
]


@pytest.fixture
def client(store: GraphStore) -> Iterator[httpx.Client]:
    load_sample(store)
    settings = Settings(store="embedded", cypher_timeout_s=1.0, cypher_max_rows=3)
    with served_client(create_app(settings, store=store)) as test_client:
        yield test_client


def test_a_read_query_answers(client: httpx.Client) -> None:
    body = client.post("/cypher", json={"query": "MATCH (n:State) RETURN n.id AS id ORDER BY id"}).json()
    assert body == {"columns": ["id"], "rows": [{"id": "moldova"}, {"id": "russia"}], "truncated": False}
    param = client.post(
        "/cypher", json={"query": "MATCH (n:State {id: $id}) RETURN n.name AS name", "params": {"id": "russia"}}
    ).json()
    assert param["rows"] == [{"name": "Russia"}]


def test_rows_are_capped(client: httpx.Client) -> None:
    body = client.post("/cypher", json={"query": "UNWIND range(1, 10) AS x RETURN x"}).json()
    assert [r["x"] for r in body["rows"]] == [1, 2, 3] and body["truncated"] is True


@pytest.mark.parametrize("query", WRITES)
def test_writes_and_file_access_are_refused(client: httpx.Client, store: GraphStore, query: str) -> None:
    before = store.counts()
    refused = client.post("/cypher", json={"query": query})
    if "UNION ALL" in query:  # a read that only mentions LOAD in a comment is allowed
        assert refused.status_code == 200
        return
    assert refused.status_code == 403, refused.text
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert store.counts() == before
    assert store.query("entity", id="russia")[0]["name"] == "Russia"


def test_a_long_query_is_stopped(client: httpx.Client) -> None:
    # Heavy to run, light to plan: LadybugDB builds a range's list while planning, before the time limit applies.
    query = "UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y RETURN sum(x + y) AS s"
    slow = client.post("/cypher", json={"query": query})
    assert slow.status_code == 503, slow.text
    assert "1 s" in slow.json()["detail"]


def test_bad_cypher_is_a_problem(client: httpx.Client) -> None:
    broken = client.post("/cypher", json={"query": "MATCH (n RETURN n"})
    assert broken.status_code == 422 and broken.headers["content-type"].startswith("application/problem+json")
    assert client.post("/cypher", json={"query": ""}).status_code == 422


@pytest.mark.parametrize(
    "params",
    ['{"a": [-267, 1.8e189, "s"]}', '{"a": "\\udb82"}', '{"a": {"nested": [1, "x", null]}}'],
)
def test_parameters_the_store_cannot_take_are_a_client_error(client: httpx.Client, params: str) -> None:
    # Found by schemathesis: mixed lists, lone surrogates and the like once gave a 500.
    body = '{"query": "RETURN $a AS a", "params": ' + params + "}"
    refused = client.post("/cypher", content=body, headers={"content-type": "application/json"})
    assert refused.status_code in (200, 422), refused.text


def test_calls_that_write_are_refused(client: httpx.Client, store: GraphStore) -> None:
    before = store.counts()
    setting = client.post("/cypher", json={"query": "CALL threads = 1"})
    assert setting.status_code == 403
    if store.dialect == "neo4j":  # a procedure that writes, refused by the READ access mode
        created = client.post("/cypher", json={"query": "CALL db.createLabel('Spy')"})
        assert created.status_code == 403, created.text
        labels = client.post("/cypher", json={"query": "CALL db.labels() YIELD label RETURN label"}).json()
        assert "Spy" not in [r["label"] for r in labels["rows"]]
    assert store.counts() == before


# Found by probing: LadybugDB ran every statement of a string, so COMMIT ended the read-only transaction
# and the next statement wrote; a nameless node then made GET /entities fail for everyone.
SEVERAL_STATEMENTS = [
    "COMMIT; CREATE (n:State {id: 'x'}) RETURN n.id",
    "ROLLBACK; CREATE (n:Territory {id: 'y'}) RETURN n.id",
    "ROLLBACK; MATCH (a:Article {id: 'a1'}) DETACH DELETE a",
    "COMMIT; MATCH (e:Evidence) DETACH DELETE e",
    "MATCH (n:State) RETURN n.id; MATCH (n:State {id: 'moldova'}) DETACH DELETE n",
]


@pytest.mark.parametrize("query", SEVERAL_STATEMENTS)
def test_several_statements_are_refused_and_change_nothing(client: httpx.Client, store: GraphStore, query: str) -> None:
    before = graph_state(store)
    refused = client.post("/cypher", json={"query": query})
    # One statement per query on both stores (403); on Neo4j, COMMIT and ROLLBACK are not Cypher at all (422).
    expected = 422 if store.dialect == "neo4j" and query.startswith(("COMMIT", "ROLLBACK")) else 403
    assert refused.status_code == expected, refused.text
    assert refused.headers["content-type"].startswith("application/problem+json")
    if expected == 403:
        assert "one statement" in refused.json()["detail"]
    assert graph_state(store) == before
    assert client.get("/entities").status_code == 200


# Found by probing Neo4j, where the API connected as the admin user: a READ transaction lets these through.
# Neo4j Community has no roles; the database's own planner classifies them, and the API refuses all but reads.
ADMIN_COMMANDS = [
    "SHOW SETTINGS YIELD name, value RETURN name, value",
    "SHOW USERS",
    "CALL dbms.listConfig() YIELD name, value RETURN name, value",
    "CALL db.clearQueryCaches()",
    "SHOW TRANSACTIONS",
    "SHOW TRANSACTIONS YIELD transactionId AS id TERMINATE TRANSACTIONS id YIELD message RETURN message",
    "SHOW DATABASES",
    "CALL dbms.listConnections()",
    "CALL db.stats.collect('QUERIES')",
    "CALL db.stats.retrieve('QUERIES')",
    "CREATE INDEX spy FOR (n:State) ON (n.wikidata)",
    "CALL db.createLabel('Spy')",
    "LOAD CSV FROM 'http://127.0.0.1:9/secret' AS line RETURN line",
]


Neo4jClient = tuple[httpx.Client, GraphStore]


@pytest.fixture
def neo4j_client(neo4j_settings: Settings) -> Iterator[Neo4jClient]:
    with open_store(neo4j_settings) as store:
        store.init_schema()
        store.clear()
        load_sample(store)
        settings = neo4j_settings.model_copy(update={"cypher_timeout_s": 5.0})
        with served_client(create_app(settings, store=store)) as test_client:
            yield test_client, store


@pytest.mark.parametrize("query", ADMIN_COMMANDS)
def test_admin_and_schema_commands_are_refused_on_neo4j(neo4j_client: Neo4jClient, query: str) -> None:
    client, store = neo4j_client
    before = graph_state(store)
    refused = client.post("/cypher", json={"query": query})
    assert refused.status_code == 403, refused.text
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert graph_state(store) == before


def test_another_clients_transaction_cannot_be_terminated(neo4j_client: Neo4jClient, neo4j_settings: Settings) -> None:
    client, _ = neo4j_client
    auth = (neo4j_settings.neo4j_user, neo4j_settings.neo4j_password.get_secret_value())
    with neo4j.GraphDatabase.driver(neo4j_settings.neo4j_uri, auth=auth) as driver, driver.session() as session:
        victim = session.begin_transaction()
        victim.run("MATCH (n:State) RETURN count(n)").consume()
        [row] = victim.run(
            "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery STARTS WITH 'SHOW'"
            " RETURN transactionId"
        ).data()
        refused = client.post("/cypher", json={"query": f"TERMINATE TRANSACTIONS '{row['transactionId']}'"})
        assert refused.status_code == 403, refused.text
        assert victim.run("RETURN 1 AS one").single()["one"] == 1  # still open
        victim.rollback()


def test_graph_reads_and_procedures_that_read_still_answer_on_neo4j(neo4j_client: Neo4jClient) -> None:
    client, _ = neo4j_client
    labels = client.post("/cypher", json={"query": "CALL db.labels() YIELD label RETURN label ORDER BY label"})
    assert labels.status_code == 200, labels.text
    assert "State" in [r["label"] for r in labels.json()["rows"]]
    path = client.post("/cypher", json={"query": "MATCH p = (:State)-[:DEPLOYED_IN]->() RETURN length(p) AS n"})
    assert path.json()["rows"] == [{"n": 1}]


def test_without_write_keys_the_embedded_store_is_opened_read_only(tmp_path: Path) -> None:
    # With no key that may write, the database handle itself refuses writes, whatever reaches it.
    app = create_app(Settings(store="embedded", data_dir=tmp_path))
    with served_client(app) as client:
        with pytest.raises(QueryFailed, match="read-only"):
            load_sample(app.state.store)
        assert client.get("/entities").json() == {"items": [], "next_cursor": None}
