"""Questions in wordings the reader was not written for (other verbs, "has anyone", "how big", "the Houthis'
backers", "which countries host ..."), each answered from the graph. On an article written for the test,
through HTTP on the real embedded store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from api.app import create_app
from core.settings import Settings
from graph import open_store
from loaders.load import load_paths
from tests.api.served import served_client
from tests.api.test_questions import PROBLEM, ask

ARTICLE = (
    "A harbour, a garrison and a ledger\n\n"
    "The government of Niger ordered the United States to withdraw its troops from Niger in 2024. "
    "Iraq asked Turkey to pull its soldiers out of Iraq. "
    "The United States has 28,500 troops stationed in South Korea. "
    "Egypt delivered weapons to Somalia. "
    "Germany condemned Russia. "
    "Iran supports the Houthis in Yemen. "
    "Saudi Arabia keeps troops in Yemen. "
    "Nicaragua recognized Abkhazia as an independent state. "
    "Israel asked UNIFIL to leave southern Lebanon, but UNIFIL refused. "
    "Chad's president, Idriss Kabore, met the envoys. "
    "The Chadian foreign ministry spokesperson Amina Toure said talks would go on.\n"
)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    articles = tmp_path_factory.mktemp("articles")
    (articles / "harbour.txt").write_text(ARTICLE)
    settings = Settings(store="embedded", data_dir=tmp_path_factory.mktemp("store"))
    with open_store(settings) as store:
        store.init_schema()
        assert load_paths(store, [Path(articles)]).failures == []
        with served_client(create_app(store=store)) as served:
            yield served


def subjects(answer: dict[str, Any]) -> set[str]:
    return {f["subject"]["id"] for f in answer["rows"]}


def objects(answer: dict[str, Any]) -> set[str]:
    return {f["object"]["id"] for f in answer["rows"]}


@pytest.mark.parametrize(
    ("question", "side", "expected"),
    [
        ("who told the americans to get out of niger", subjects, {"niger"}),
        ("Has anyone asked Turkey to remove its forces from Iraq?", subjects, {"iraq"}),
        ("Which countries host US troops?", objects, {"niger", "south-korea"}),
        ("Who are the Houthis' backers?", subjects, {"iran"}),
        ("who arms somalia", subjects, {"egypt"}),
        ("who slammed Russia", subjects, {"germany"}),
        ("List the countries that recognise Abkhazia", subjects, {"nicaragua"}),
        ("Who demanded the departure of the UN peacekeepers from southern Lebanon?", subjects, {"israel"}),
        ("Whom does Iran back in Yemen?", objects, {"houthis"}),
        ("Who refused to leave southern Lebanon?", subjects, {"unifil"}),
    ],
)
def test_a_wording_of_its_own_is_answered_from_the_graph(
    client: httpx.Client, question: str, side: Any, expected: set[str]
) -> None:
    answer = ask(client, question)
    assert side(answer) == expected, answer["understood"]
    assert all(f["evidence"] for f in answer["rows"])


@pytest.mark.parametrize(
    ("question", "holders"),
    [
        ("Who is the president of Chad?", {"idriss-kabore"}),
        ("Who is Chad's foreign ministry spokesman?", {"amina-toure"}),
        ("who is chad's vice president", set()),  # a lesser post is another post
    ],
)
def test_the_post_asked_is_the_post_held(client: httpx.Client, question: str, holders: set[str]) -> None:
    answer = ask(client, question)
    assert subjects(answer) == holders, answer["understood"]
    assert objects(answer) <= {"chad"}


def test_how_big_asks_for_the_number(client: httpx.Client) -> None:
    answer = ask(client, "how big is the US troop presence in South Korea")
    assert answer["understood"]["troops"] is True
    assert answer["summary"] == "28,500 (United States in South Korea)"


def test_a_question_it_cannot_read_says_what_it_can_answer(client: httpx.Client) -> None:
    response = client.get("/ask", params={"q": "What is the mood in Niger these days?"})
    assert response.status_code == 422 and response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert "Niger" in body["detail"] and body["suggestions"]
    assert "route" not in response.text.lower()
    for suggestion in body["suggestions"]:  # each suggestion is read and answered
        assert ask(client, suggestion)["rows"], suggestion
