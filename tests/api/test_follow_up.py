"""A second question joined to the first (", and how many troops does it have there?") is answered too, its
pronouns read as the first question's names; one it cannot read leaves a note. On the seed articles, over
HTTP on a loopback port, on both stores, and through the CLI."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import httpx

from tests.api.test_questions import ask
from tests.conftest import KG, SEEDS


def ids(refs: list[dict[str, Any]]) -> list[str]:
    return [ref["id"] for ref in refs]


def test_it_is_the_first_questions_actor(api: httpx.Client) -> None:
    answer = ask(api, "Where does Russia have troops, and how many does it have in Transnistria?")
    assert answer["description"].startswith("Where Russia keeps military forces")
    assert "Transnistria" in answer["summary"] and "Only the first question" not in (answer["message"] or "")
    then = answer["follow_up"]
    assert then["asked"] == "how many does it have in Transnistria?"
    assert ids(then["understood"]["subjects"]) == ["russia"] and ids(then["understood"]["objects"]) == ["transnistria"]
    assert then["summary"] == "1,500 (Russia in Transnistria)"
    assert {(f["subject"]["id"], f["object"]["id"]) for f in then["rows"]} == {("russia", "transnistria")}
    assert then["follow_up"] is None


def test_there_is_the_first_questions_place(api: httpx.Client) -> None:
    answer = ask(api, "Who asked Russia to leave Moldova, and how many troops does it have there?")
    assert {f["subject"]["name"] for f in answer["rows"]} == {"Maia Sandu", "UN resolution (2018)"}
    then = answer["follow_up"]
    assert ids(then["understood"]["subjects"]) == ["russia"] and ids(then["understood"]["objects"]) == ["moldova"]
    assert then["summary"] == "1,500 (Russia in Moldova)"
    assert {f["subject"]["id"] for f in then["rows"]} == {"russia"}


def test_a_bare_count_counts_the_actors_troops(api: httpx.Client) -> None:
    then = ask(api, "Who asked Russia to leave Moldova, and how many were there?")["follow_up"]
    assert then["understood"]["troops"] and ids(then["understood"]["subjects"]) == ["russia"]
    assert then["summary"] == "1,500 (Russia in Moldova)"


def test_a_second_question_it_cannot_read_leaves_a_note(api: httpx.Client) -> None:
    answer = ask(api, "Who asked Russia to leave Moldova, and what did the press make of it?")
    assert answer["follow_up"] is None and answer["rows"]
    assert "ask the second on its own: 'what did the press make of it?'" in answer["message"]


def test_they_are_the_troops_and_leaving_ends_their_deployment(api: httpx.Client) -> None:
    """ "When did they leave?": the first question's troops, in its place, no longer there."""
    then = ask(api, "Who asked Russia to leave Moldova, and when did they leave?")["follow_up"]
    reading = then["understood"]
    assert then["asked"] == "when did they leave?" and reading["kind"] == "when"
    assert reading["predicates"][0] == "DEPLOYED_IN" and reading["polarity"] == "negated"
    assert ids(reading["subjects"]) == ["russia"] and ids(reading["objects"]) == ["moldova"]
    assert then["rows"] == [] and then["message"].startswith("Nothing in the graph asserts this.")
    assert {f["status"] for f in then["unconfirmed"]} == {"asserted"}  # the troops the sources say are there


def test_the_cli_prints_both_answers(tmp_path: Path) -> None:
    env = {**os.environ, "KG_STORE": "embedded", "KG_DATA_DIR": str(tmp_path / "data")}
    loaded = subprocess.run([KG, "load", str(SEEDS)], env=env, capture_output=True, text=True, check=False)
    assert loaded.returncode == 0, loaded.stderr
    question = "Where does Russia have troops, and how many does it have in Transnistria?"
    done = subprocess.run([KG, "ask", question], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    at = lines.index("how many does it have in Transnistria?")
    assert lines[1].startswith("Read as: Where Russia keeps military forces") and lines[at - 1] == ""
    assert lines[at + 1 : at + 3] == [
        "Read as: Russia keeps military forces in Transnistria [DEPLOYED_IN]",
        "Answer: 1,500 (Russia in Transnistria)",
    ]


def test_a_second_question_that_names_nothing_is_not_asked_of_everything(api: httpx.Client) -> None:
    answer = ask(api, "Who asked Russia to leave Moldova, and was anyone else asked?")
    assert answer["follow_up"] is None
    assert "ask the second on its own: 'was anyone else asked?'" in answer["message"]


def test_whether_the_claims_found_were_true(api: httpx.Client) -> None:
    """ "Was the claim true?" is asked of the claims the first question found, by their verdicts."""
    answer = ask(api, "What did Lavrov claim, and was the claim true?")
    then = answer["follow_up"]
    assert then["asked"] == "was the claim true?" and then["question"] == "claims"
    assert then["summary"].startswith("False") and "Lavrov" in then["summary"]
    assert {f["fact_id"] for f in then["rows"]} <= {f["fact_id"] for f in answer["rows"] + (answer["claims"] or [])}
    none_found = ask(api, "Who claimed that Moldova sent troops to Crimea, and was it true?")["follow_up"]
    assert none_found["rows"] == [] and none_found["message"].startswith("The first question found no claim")
