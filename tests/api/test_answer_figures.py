"""Answers that choose among what the sources say: the figure a journalist would quote when sentences differ,
a deployment that ended, either place of "X or Y", and "according to" a source. On articles written for the
test, through HTTP, on both stores."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from api.app import create_app
from graph import GraphStore
from loaders.load import load_paths
from tests.api.served import served_client

ARTICLES = [
    {  # the headline's rounded figure comes first in source order
        "id": "early",
        "title": "Norway sends nearly 600 soldiers to Latvia",
        "published": "2024-03-01",
        "text": "Norway sends nearly 600 soldiers to Latvia\n\nThe contingent will guard the border for two years.\n",
    },
    {
        "id": "later",
        "title": "A border watch",
        "published": "2024-03-05",
        "text": "A border watch\n\nNorway has deployed 587 soldiers to Latvia, the defence ministry in Oslo said.\n",
    },
    {
        "id": "rough",
        "title": "Guards",
        "published": "2024-03-06",
        "text": "Guards\n\nAbout 610 Norwegian soldiers are stationed in Latvia.\n",
    },
    {
        "id": "home",
        "title": "The last soldiers go home",
        "published": "2024-04-02",
        "text": "The last soldiers go home\n\n"
        "Norway no longer has troops in Latvia since March 2024, the ministry said.\n",
    },
    {
        "id": "north",
        "title": "Talks in the north",
        "published": "2023-06-01",
        "text": "Talks in the north\n\n"
        "Sweden asked Norway to withdraw its troops from Finland in 2023, Foreign Minister Karin Berg said.\n",
    },
]


@pytest.fixture
def asked(store: GraphStore, tmp_path: Path):  # type: ignore[no-untyped-def]
    for article in ARTICLES:
        (tmp_path / f"{article['id']}.json").write_text(json.dumps(article))
    assert load_paths(store, [tmp_path]).failures == []

    def ask(*questions: str) -> list[dict[str, Any]]:
        with served_client(create_app(store=store)) as client:
            responses = [client.get("/ask", params={"q": q}) for q in questions]
        assert all(r.status_code == 200 for r in responses), [r.text for r in responses]
        return [r.json() for r in responses]

    return ask


def test_the_figure_a_journalist_would_quote_and_the_others(asked) -> None:  # type: ignore[no-untyped-def]
    [answer] = asked("How many Norwegian soldiers are in Latvia?")
    [fact] = answer["rows"]
    assert fact["qualifiers"]["troops"] == 587  # the body sentence's exact figure, not the headline's
    assert answer["summary"] == (
        "587 (Norway in Latvia; also reported: nearly 600 in a headline of early, about 610 in a sentence of rough)"
    )
    by_article = {e["article"]: e["qualifiers"]["troops"] for e in fact["evidence"]}
    assert by_article == {"early": 600, "later": 587, "rough": 610}  # each sentence keeps its own


def test_when_the_troops_left(asked) -> None:  # type: ignore[no-untyped-def]
    counted, withdrew, asked_then = asked(
        "How many Norwegian soldiers went to Latvia in 2024, and when did they leave?",
        "Did Norway withdraw its troops from Latvia?",
        "Who asked Norway to leave Finland, and were they withdrawn?",
    )
    assert counted["summary"].startswith("587 (Norway in Latvia")
    then = counted["follow_up"]
    assert then["understood"]["polarity"] == "negated" and then["understood"]["predicates"][0] == "DEPLOYED_IN"
    assert [e["id"] for e in then["understood"]["objects"]] == ["latvia"]  # the first question's place
    assert then["summary"] == "2024-03 (Norway → Latvia)"
    assert [e["article"] for f in then["rows"] for e in f["evidence"]] == ["home"]
    assert withdrew["verdict"] == "yes" and withdrew["rows"][0]["status"] == "denied"
    # Asked to leave Finland; the graph holds no withdrawal from Finland, and troops held there once say nothing.
    assert asked_then["summary"] == "Sweden"
    assert asked_then["follow_up"]["verdict"] == "not in the graph"


def test_either_place_and_what_the_graph_holds_beyond_them(asked) -> None:  # type: ignore[no-untyped-def]
    either, neither, unknown = asked(
        "Who has called on Norway to pull its forces out of Finland or Estonia?",
        "Who asked Norway to withdraw from Latvia or Estonia?",
        "Who asked Norway to leave Estonia?",
    )
    assert either["summary"] == "Sweden" and "nothing about Estonia" in either["message"]
    assert neither["rows"] == [] and neither["message"].startswith(
        "Nothing in the graph asserts this concerning Latvia or Estonia. Beyond that, it holds: Sweden (Finland, 2023)."
    )
    assert unknown["rows"] == [] and unknown["message"] == "The graph holds nothing about Estonia yet."


def test_according_to_a_source(asked) -> None:  # type: ignore[no-untyped-def]
    cited, uncited = asked(
        "Who asked Norway to leave, according to Sweden?",
        "Who asked Norway to leave, according to the Danish government?",
    )
    assert [e["id"] for e in cited["understood"]["sources"]] == ["sweden"] and cited["summary"] == "Sweden"
    assert cited["understood"]["places"] == [] and "according to Sweden" in cited["description"]
    assert uncited["rows"] == [] and "according to Denmark. Beyond that, it holds: Sweden" in uncited["message"]


def test_according_to_a_person(asked) -> None:  # type: ignore[no-untyped-def]
    [by_name] = asked("Who asked Norway to leave, according to Karin Berg?")  # a person, found by name
    assert by_name["summary"] == "Sweden" and [e["id"] for e in by_name["understood"]["sources"]] == ["karin-berg"]


def _ask_one_article(store: GraphStore, tmp_path: Path) -> dict[str, Any]:
    text = "Denmark sends nearly 300 soldiers to Estonia\n\nDenmark has deployed 296 soldiers to Estonia, it said.\n"
    (tmp_path / "one.txt").write_text(text)
    assert load_paths(store, [tmp_path]).failures == []
    with served_client(create_app(store=store)) as client:
        return client.get("/ask", params={"q": "How many Danish soldiers are in Estonia?"}).json()


def test_a_body_sentence_gives_the_figure_over_its_own_headline(store: GraphStore, tmp_path: Path) -> None:
    assert _ask_one_article(store, tmp_path)["summary"].startswith("296 (Denmark in Estonia")


@pytest.mark.xfail(
    strict=True,
    reason="one article's sentences make one relation with one set of qualifiers (the body sentence's), and each "
    "cited sentence is stored with those (graph/rows.py evidence_rows), so the headline's own rounded figure is "
    "not shown as another report",
)
def test_a_headline_and_a_body_sentence_of_one_article(store: GraphStore, tmp_path: Path) -> None:
    answer = _ask_one_article(store, tmp_path)
    assert answer["summary"].startswith("296 (Denmark in Estonia; also reported: nearly 300 in a headline")
