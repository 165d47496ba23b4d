"""Fixtures: a `store` parametrised over the embedded store and a real Neo4j server.

Neo4j comes from NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD when set (as .ci/run does); otherwise
the session starts one with scripts/neo4j-server and stops it at the end.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from core.settings import Settings
from graph import GraphStore, open_store

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT.parent / "shared" / "seeds"
# The project's command line, as installed beside the interpreter that runs the tests.
KG = str(Path(sys.executable).parent / "kg")
SERVER_VERSIONS: dict[str, str] = {}


def _parse_env(text: str) -> dict[str, str]:
    env = {}
    for line in text.splitlines():
        if line.startswith("export ") and "=" in line:
            key, _, value = line.removeprefix("export ").partition("=")
            env[key] = value
    return env


NEO4J_SCRIPT = str(PROJECT / "scripts" / "neo4j-server")


@contextmanager
def neo4j_server(home: Path, heap: str = "1g") -> Iterator[tuple[Settings, dict[str, str]]]:
    """A fresh Neo4j server from scripts/neo4j-server, its settings, and the env that controls it."""
    env = {**os.environ, "KG_NEO4J_HOME": str(home), "KG_NEO4J_HEAP": heap, "KG_PYTHON": sys.executable}
    started = subprocess.run([NEO4J_SCRIPT, "start"], env=env, capture_output=True, text=True, check=False)
    if started.returncode != 0:
        pytest.fail(f"could not start Neo4j: {started.stderr[-2000:]}")
    values = _parse_env(started.stdout)
    try:
        yield (
            Settings(
                store="neo4j",
                neo4j_uri=values["NEO4J_URI"],
                neo4j_user=values["NEO4J_USER"],
                neo4j_password=values["NEO4J_PASSWORD"],
                neo4j_database=values["NEO4J_DATABASE"],
                neo4j_read_user=values["NEO4J_READ_USER"],
                neo4j_read_password=values["NEO4J_READ_PASSWORD"],
            ),
            env,
        )
    finally:
        subprocess.run([NEO4J_SCRIPT, "stop"], env=env, capture_output=True, check=False)


@pytest.fixture(scope="session")
def neo4j_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    if os.environ.get("NEO4J_URI"):
        yield Settings(store="neo4j")
        return
    with neo4j_server(tmp_path_factory.mktemp("neo4j")) as (settings, _):
        yield settings


@pytest.fixture(params=["embedded", "neo4j"])
def store_settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """Settings for a fresh, empty store of each backend."""
    if request.param == "neo4j":
        return request.getfixturevalue("neo4j_settings")
    return Settings(store="embedded", data_dir=tmp_path / "data")


@pytest.fixture
def store(store_settings: Settings) -> Iterator[GraphStore]:
    """An empty store with the schema created, on each backend."""
    with open_store(store_settings) as opened:
        opened.init_schema()
        opened.clear()
        SERVER_VERSIONS[store_settings.store] = opened.server_version()
        yield opened


@pytest.fixture(scope="module", params=["embedded", "neo4j"])
def seeded_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    """A store of each backend with the seed articles loaded, shared by a module's tests."""
    from loaders.load import load_paths

    if request.param == "neo4j":
        settings = request.getfixturevalue("neo4j_settings")
    else:
        settings = Settings(store="embedded", data_dir=tmp_path_factory.mktemp("seeded"))
    with open_store(settings) as opened:
        opened.init_schema()
        opened.clear()
        summary = load_paths(opened, [SEEDS])
        assert summary.failures == [] and summary.articles == 5
        SERVER_VERSIONS[settings.store] = opened.server_version()
        yield opened


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for backend, version in sorted(SERVER_VERSIONS.items()):
        terminalreporter.write_line(f"store {backend}: {version}")


def graph_state(store: GraphStore) -> tuple[dict[str, int], list[tuple[str, tuple[str, ...]]]]:
    """Counts, and every fact with its evidence ids (sorted), for comparing two stores' contents."""
    facts = sorted((row["fact_id"], tuple(sorted(row["evidence_ids"]))) for rows in store.iter_facts() for row in rows)
    return store.counts(), facts
