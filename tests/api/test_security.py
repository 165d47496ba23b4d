"""Security over real HTTP on loopback: SPARQL federation refused, runaway queries stopped, settings from the
environment, problem+json for every error, the Bearer scheme, and the security headers."""

from __future__ import annotations

import os
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from api.app import create_app
from core.settings import Settings
from graph import GraphStore, open_store
from loaders.load import load_paths
from tests.api.served import served
from tests.conftest import KG, SEEDS

KEY = "security-test-key-0123456789"
PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    with open_store(Settings(store="embedded", data_dir=tmp_path_factory.mktemp("security"))) as store:
        store.init_schema()
        assert load_paths(store, [SEEDS]).articles == 5
        yield store


@pytest.fixture(scope="module")
def app(seeded: GraphStore) -> FastAPI:
    return create_app(Settings(store="embedded", api_keys=[KEY]), store=seeded)


@pytest.fixture(scope="module")
def api(app: FastAPI) -> Iterator[httpx.Client]:
    with served(app) as base, httpx.Client(base_url=base, timeout=120) as client:
        yield client


# --- SPARQL: no federation ---------------------------------------------------------------------------------


class _Listener(BaseHTTPRequestHandler):
    """A loopback "internal service": it records every request and answers a SPARQL result."""

    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the handler's protocol
        self.hits.append(self.path)
        body = b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"internal"}}]}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def internal_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Listener)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _Listener.hits = []
    try:
        yield f"http://127.0.0.1:{server.server_port}/internal"
    finally:
        server.shutdown()
        server.server_close()


def federated_queries(url: str) -> list[str]:
    return [
        f"SELECT ?x WHERE {{ SERVICE <{url}> {{ ?x ?y ?z }} }}",
        f"select ?x where {{ service silent <{url}> {{ ?x ?y ?z }} }}",
        f"PREFIX in: <{url.rsplit('/', 1)[0]}/> SELECT ?x WHERE {{ SERVICE in:internal {{ ?x ?y ?z }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o OPTIONAL {{ SERVICE <{url}> {{ ?s ?q ?x }} }} }} LIMIT 1",
        f"SELECT * WHERE {{ {{ SELECT ?x WHERE {{ SERVICE <{url}> {{ ?x ?y ?z }} }} }} }}",
        f"ASK {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{url}> {{ ?s ?y ?z }} }} }}",
        f"CONSTRUCT {{ ?x ?y ?z }} WHERE {{ SERVICE <{url}> {{ ?x ?y ?z }} }}",
        f"SELECT ?x WHERE {{ VALUES ?where {{ <{url}> }} SERVICE ?where {{ ?x ?y ?z }} }}",
        # A codepoint escape is decoded before the query is parsed: this is SERVICE too.
        f"SELECT ?x WHERE {{ \\u0053ERVICE <{url}> {{ ?x ?y ?z }} }}",
    ]


def test_sparql_service_is_refused_and_the_address_never_contacted(api: httpx.Client, internal_url: str) -> None:
    for query in federated_queries(internal_url):
        for response in (
            api.get("/sparql", params={"query": query}),
            api.post("/sparql", content=query, headers={"content-type": "application/sparql-query"}),
        ):
            assert response.status_code == 400, (query, response.text)
            assert response.headers["content-type"].startswith(PROBLEM)
            assert "SERVICE" in response.json()["detail"] and "internal" not in response.text.replace(query, "")
    assert _Listener.hits == []


def test_sparql_that_only_mentions_service_in_a_literal_or_comment_runs(api: httpx.Client, internal_url: str) -> None:
    query = f'SELECT ?s WHERE {{ ?s ?p "SERVICE <{internal_url}> {{ ?x ?y ?z }}" }}  # SERVICE <{internal_url}>\n'
    response = api.get("/sparql", params={"query": query})
    assert response.status_code == 200 and response.json()["results"]["bindings"] == []
    assert _Listener.hits == []


# --- SPARQL: runaway queries are stopped --------------------------------------------------------------------

# Four copies of the whole graph crossed and counted: days of work, all of it before the first answer.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
RUNAWAY_SORTED = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i LIMIT 1"


def test_runaway_sparql_queries_are_stopped_and_the_endpoint_answers_again(api: httpx.Client, app: FastAPI) -> None:
    endpoint = app.state.sparql
    assert api.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).status_code == 200  # the copy is made
    endpoint.timeout = 2.0
    try:
        for round_ in range(2):  # twice: the slots the first round used are free again
            with ThreadPoolExecutor(3) as pool:
                statuses = list(
                    pool.map(lambda q: api.get("/sparql", params={"query": q}).status_code, [RUNAWAY, RUNAWAY_SORTED])
                )
            assert statuses == [503, 503], (round_, statuses)
            # A generous limit for the fast query: a runaway one still holding a slot would take days.
            endpoint.timeout = 60.0
            fast = api.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
            assert fast.status_code == 200 and fast.json()["boolean"] is True, fast.text
            endpoint.timeout = 2.0
    finally:
        endpoint.timeout = 10.0


def test_a_posted_runaway_query_does_not_hold_up_other_requests(api: httpx.Client, app: FastAPI) -> None:
    endpoint = app.state.sparql
    endpoint.timeout = 20.0
    try:
        with ThreadPoolExecutor(1) as pool:
            posted = pool.submit(
                api.post, "/sparql", content=RUNAWAY, headers={"content-type": "application/sparql-query"}
            )
            time.sleep(1)  # let it reach the worker
            # Half the query's limit: a server waiting on the query in its event loop would not answer in time.
            assert httpx.get(f"{api.base_url}/entities", timeout=10).status_code == 200
            assert posted.result().status_code == 503
    finally:
        endpoint.timeout = 10.0


# --- Settings from the environment --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("KG_API_KEYS", "abc", ["abc"]),
        ("KG_API_KEYS", "a,b", ["a", "b"]),
        ("KG_API_KEYS", " a , b ,", ["a", "b"]),
        ("KG_API_KEYS", '["a", "b"]', ["a", "b"]),
        ("KG_API_KEYS", "", []),
        ("KG_CORS_ORIGINS", "http://x", ["http://x"]),
        ("KG_CORS_ORIGINS", "http://x,https://y.example", ["http://x", "https://y.example"]),
    ],
)
def test_list_settings_read_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, expected: list[str]
) -> None:
    monkeypatch.setenv(variable, value)
    settings = Settings()
    assert getattr(settings, variable.removeprefix("KG_").lower()) == expected


@pytest.mark.parametrize(
    "variables",
    [{"KG_API_KEYS": "abc"}, {"KG_API_KEYS": "a,b"}, {"KG_CORS_ORIGINS": "http://x"}, {"KG_API_KEYS": '["a"]'}],
)
def test_the_cli_starts_with_list_settings_in_the_environment(tmp_path: Path, variables: dict[str, str]) -> None:
    env = {**os.environ, "KG_STORE": "embedded", "KG_DATA_DIR": str(tmp_path), **variables}
    done = subprocess.run([KG, "init"], env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-2000:]
    assert "types ready" in done.stdout


def test_a_bad_list_setting_is_one_line_from_the_cli(tmp_path: Path) -> None:
    env = {**os.environ, "KG_STORE": "embedded", "KG_DATA_DIR": str(tmp_path), "KG_API_KEYS": '["a"'}
    for command in (["init"], ["serve", "--port", "1"]):
        done = subprocess.run([KG, *command], env=env, capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 1 and done.stderr.count("\n") == 1, done.stderr[-2000:]
        assert done.stderr.startswith("kg: bad setting: KG_API_KEYS")


def test_kg_serve_takes_comma_separated_keys_from_the_environment(tmp_path: Path) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    env = {**os.environ, "KG_STORE": "embedded", "KG_DATA_DIR": str(tmp_path), "KG_API_KEYS": "first, second"}
    server = subprocess.Popen(
        [KG, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    try:
        base, deadline = f"http://127.0.0.1:{port}", time.monotonic() + 60
        while time.monotonic() < deadline and server.poll() is None:
            try:
                httpx.get(f"{base}/openapi.json", timeout=5)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        assert server.poll() is None, server.stderr.read() if server.stderr else ""
        for key, status in (("second", 404), ("first", 404), ("first, second", 403)):
            answer = httpx.delete(f"{base}/articles/none", headers={"Authorization": f"Bearer {key}"}, timeout=30)
            assert answer.status_code == status, (key, answer.text)
    finally:
        server.terminate()
        server.wait(timeout=30)


# --- Errors: problem+json, nothing internal ------------------------------------------------------------------


def test_an_unhandled_error_answers_500_problem_json_without_details(seeded: GraphStore) -> None:
    app = create_app(Settings(store="embedded"), store=seeded)

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret detail at /srv/kg/internal.py line 42")

    with served(app) as base:
        response = httpx.get(f"{base}/boom", timeout=30)
    assert response.status_code == 500
    assert response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert body["status"] == 500 and body["title"] == "Internal Server Error"
    assert "secret" not in response.text and "internal.py" not in response.text
    assert response.headers["x-content-type-options"] == "nosniff"


class _Relay:
    """A TCP relay on loopback in front of Neo4j that can be cut, as an outage would."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = [self.listener]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            self.sockets += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass

    def cut(self) -> None:
        for sock in self.sockets:
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()


def test_the_store_unavailable_detail_is_short_and_generic(neo4j_settings: Settings) -> None:
    host, _, port = neo4j_settings.neo4j_uri.removeprefix("bolt://").removeprefix("neo4j://").partition(":")
    relay = _Relay((host, int(port or 7687)))
    relayed = neo4j_settings.model_copy(update={"neo4j_uri": f"bolt://127.0.0.1:{relay.port}"})
    with open_store(relayed) as store, served(create_app(relayed, store=store)) as base:
        assert httpx.get(f"{base}/entities", timeout=60).status_code == 200
        relay.cut()
        response = httpx.get(f"{base}/entities", timeout=60)
    assert response.status_code == 503 and response.headers["content-type"].startswith(PROBLEM)
    detail = response.json()["detail"]
    assert "\n" not in detail and len(detail) < 120, detail
    for leak in ("bolt", "127.0.0.1", str(relay.port), "Neo4j", "resolved"):
        assert leak not in response.text, response.text


# --- Auth: the Bearer scheme ---------------------------------------------------------------------------------


def test_a_key_needs_the_bearer_scheme(api: httpx.Client) -> None:
    # Deleting an article that does not exist: 404 once the key is accepted, and nothing changes.
    for header in (KEY, f"Basic {KEY}", f"Token {KEY}", f"Bearer{KEY}", "Bearer"):
        refused = api.delete("/articles/no-such-article", headers={"Authorization": header})
        assert refused.status_code == 401, (header, refused.status_code)
        assert refused.headers["www-authenticate"].startswith("Bearer")
        assert refused.headers["content-type"].startswith(PROBLEM)
    for header in (f"Bearer {KEY}", f"bearer {KEY}"):
        assert api.delete("/articles/no-such-article", headers={"Authorization": header}).status_code == 404
    assert api.delete("/articles/no-such-article", headers={"X-API-Key": KEY}).status_code == 404
    assert api.delete("/articles/no-such-article", headers={"Authorization": "Bearer wrong"}).status_code == 403


# --- Security headers ------------------------------------------------------------------------------------------


def _directives(policy: str) -> dict[str, list[str]]:
    parts = (part.split() for part in policy.split(";") if part.strip())
    return {words[0]: words[1:] for words in parts}


def test_every_response_carries_the_security_headers(api: httpx.Client) -> None:
    for path in ("/", "/entities/russia", "/entities/no-such-entity", "/sparql", "/static/app.js", "/openapi.json"):
        response = api.get(path, headers={"accept": "text/html" if path == "/" else "*/*"})
        assert response.headers["x-content-type-options"] == "nosniff", path
        assert response.headers["x-frame-options"] == "DENY", path
        policy = _directives(response.headers["content-security-policy"])
        assert policy["frame-ancestors"] == ["'none'"], path
    page = _directives(api.get("/").headers["content-security-policy"])
    assert page["default-src"] == ["'self'"] and page["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in page.get("script-src", []) and "'unsafe-eval'" not in page.get("script-src", [])
