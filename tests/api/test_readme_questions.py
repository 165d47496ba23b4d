"""The README's questions, on the data its first command loads (`kg load`: the example articles), asked over
HTTP on a loopback port and through the CLI."""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api.app import create_app
from core.settings import Settings
from graph import GraphStore, open_store
from loaders.load import example_corpus, load_paths
from tests.api.served import served_client
from tests.conftest import KG, PROJECT

ASKING = PROJECT.joinpath("README.md").read_text(encoding="utf-8").split("## Asking", 1)[1].split("\n## ", 1)[0]
TABLE_QUESTIONS = re.findall(r"^\| ([^|`]+?) \| ", ASKING, re.M)[1:]  # past the header row
CONSOLE = re.search(r"```console\n\$ \.venv/bin/kg ask \"(?P<q>[^\"]+)\"\n(?P<out>.*?)```", ASKING, re.S)


@pytest.fixture(scope="module", params=["embedded", "neo4j"])
def examples_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    if request.param == "neo4j":
        settings = request.getfixturevalue("neo4j_settings")
    else:
        settings = Settings(store="embedded", data_dir=tmp_path_factory.mktemp("examples"))
    with open_store(settings) as opened:
        opened.init_schema()
        opened.clear()
        assert load_paths(opened, [example_corpus()]).failures == []
        yield opened


@pytest.fixture(scope="module")
def client(examples_store: GraphStore) -> Iterator[httpx.Client]:
    with served_client(create_app(store=examples_store)) as http:
        yield http


def test_the_readme_lists_its_questions() -> None:
    assert len(TABLE_QUESTIONS) >= 10 and "Who asked Russia to leave?" in TABLE_QUESTIONS and CONSOLE


@pytest.mark.parametrize("question", TABLE_QUESTIONS)
def test_each_readme_question_is_answered_from_the_examples(client: httpx.Client, question: str) -> None:
    response = client.get("/ask", params={"q": question})
    assert response.status_code == 200, response.text
    answer = response.json()
    assert answer["rows"] or answer["entity"], answer
    assert all(f["evidence"] for f in answer["rows"])


def test_the_donetsk_question_says_the_examples_hold_nothing_about_it(client: httpx.Client) -> None:
    answer = client.get("/ask", params={"q": "Who recognized the Donetsk People's Republic?"}).json()
    assert answer["rows"] == [] and "Donetsk People's Republic" in answer["message"]


def test_the_readme_console_example_is_what_kg_prints(tmp_path: Path) -> None:
    assert CONSOLE is not None
    env = {**os.environ, "KG_STORE": "embedded", "KG_DATA_DIR": str(tmp_path)}
    assert subprocess.run([KG, "load"], env=env, capture_output=True, check=False).returncode == 0
    done = subprocess.run([KG, "ask", CONSOLE["q"]], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout == CONSOLE["out"]


def test_the_second_question_is_answered_with_the_troops_of_the_place_asked_about(client: httpx.Client) -> None:
    question = "Who asked Russia to leave Moldova, and how many troops does it have there?"
    assert question in ASKING
    answer = client.get("/ask", params={"q": question}).json()
    assert answer["summary"] == "Maia Sandu; OSCE; UN General Assembly resolution (2018)"
    then = answer["follow_up"]
    assert then["description"] == "Russia keeps military forces in Moldova [DEPLOYED_IN]"
    assert then["summary"] == "1,500 (Russia in Transnistria)"  # Moldova's own facts give no number; its part's do
