"""Plain-English questions on the seed articles, through HTTP and through the CLI, on both stores."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from api.app import create_app
from graph import GraphStore
from tests.api.served import served_client
from tests.conftest import KG, SEEDS

PROBLEM = "application/problem+json"
Check = Callable[[dict[str, Any]], None]


@pytest.fixture(scope="module")
def client(seeded_store: GraphStore) -> Iterator[httpx.Client]:
    with served_client(create_app(store=seeded_store)) as test_client:
        yield test_client


def ask(client: httpx.Client, question: str) -> dict[str, Any]:
    response = client.get("/ask", params={"q": question})
    assert response.status_code == 200, response.text
    assert "route" not in response.text.lower()
    return response.json()


def names(facts: list[dict[str, Any]], side: str) -> set[str]:
    return {f[side]["name"] for f in facts}


def cited(answer: dict[str, Any]) -> None:
    """Every fact, asserted or not, cites at least one sentence of an article."""
    assert all(f["evidence"] and all(e["text"] and e["article"] for e in f["evidence"]) for f in answer["rows"])
    assert all(f["evidence"] for f in answer["unconfirmed"])


def wants_out(answer: dict[str, Any]) -> None:
    reading = answer["understood"]
    assert reading["predicates"][0] == "REQUESTED_WITHDRAWAL" and reading["focus"] == "subject"
    assert [e["id"] for e in reading["objects"]] == ["russia"] and [e["id"] for e in reading["places"]] == ["moldova"]
    assert names(answer["rows"], "subject") == {"Maia Sandu", "UN resolution (2018)"}
    assert all(f["qualifiers"]["territory"] == "moldova" for f in answer["rows"])
    [sandu] = [f for f in answer["rows"] if f["subject"]["name"] == "Maia Sandu"]
    assert sandu["qualifiers"]["years"] == [2020, 2021] and sandu["qualifiers"]["troops"] == 1500
    [evidence] = sandu["evidence"]
    assert evidence["article"] == "000_e57a5c32ea2b03d7" and "asked Russia to remove its" in evidence["text"]
    assert evidence["title"] == "Russia Only Sends Troops Where Invited? Not a Chance."


def condemned(answer: dict[str, Any]) -> None:
    assert answer["understood"]["wanted"] == "State" and answer["question"] == "which"
    assert names(answer["rows"], "subject") == {"United States"}  # the UN resolution is not a country
    assert "United States" in answer["summary"]


def invaded(answer: dict[str, Any]) -> None:
    assert answer["question"] == "when" and answer["summary"].startswith("2022-02-24 (Russia → Ukraine)")
    assert answer["rows"][0]["object"]["id"] == "ukraine" and answer["rows"][0]["date"] == "2022-02-24"


def annexed(answer: dict[str, Any]) -> None:
    assert answer["verdict"] == "yes" and answer["summary"] == "Yes"
    assert [(f["subject"]["id"], f["predicate"], f["object"]["id"]) for f in answer["rows"]] == [
        ("russia", "ANNEXED", "crimea")
    ]


def occupies(answer: dict[str, Any]) -> None:
    assert names(answer["rows"], "subject") == {"Russia"} and answer["rows"][0]["qualifiers"]["since"] == "2014"


def soldiers(answer: dict[str, Any]) -> None:
    assert answer["understood"]["troops"] is True
    assert answer["summary"] == "1,500 (Russia in Transnistria)"


def what_is(answer: dict[str, Any]) -> None:
    assert answer["entity"]["id"] == "transnistria" and answer["entity"]["wikidata"] == "Q907112"
    assert {"DEPLOYED_IN", "SUPPORTS"} <= {f["predicate"] for f in answer["rows"]}
    assert answer["entity"]["properties"]["part_of"] == "moldova"  # the seeds never assert it: known, not extracted
    assert "Whose troops are in Transnistria?" in answer["suggestions"]


def threatened(answer: dict[str, Any]) -> None:
    assert answer["understood"]["predicates"] == ["THREATENED"] and answer["understood"]["objects"] == []
    assert names(answer["rows"], "subject") == {"Russia"}
    assert {"germany", "ukraine"} <= {f["object"]["id"] for f in answer["rows"]}


def warned_of_germans(answer: dict[str, Any]) -> None:
    assert [e["id"] for e in answer["understood"]["about"]] == ["germany", "ukraine"]
    assert names(answer["rows"], "subject") == {"Russia"} and "germany" in {f["object"]["id"] for f in answer["rows"]}


def warned_of_nothing_held(answer: dict[str, Any]) -> None:
    """A that-clause naming what the graph does not hold gives no answer, not every threat."""
    assert answer["rows"] == [] and "Japan" in answer["message"]


def claimed_of_us_weapons(answer: dict[str, Any]) -> None:
    assert names(answer["rows"], "subject") == {"Sergey Shoigu"}


def claimed_of_nothing(answer: dict[str, Any]) -> None:
    """Every name the question gives must be in the claim: one naming Ukraine alone is not about Germany."""
    assert answer["rows"] == [] and answer["message"].startswith("Nothing in the graph asserts this.")


def described_group(answer: dict[str, Any]) -> None:
    reading = answer["understood"]
    assert [e["id"] for e in reading["subjects"]] == ["ukraine-defense-contact-group"]
    assert [e["id"] for e in reading["objects"]] == ["ukraine"]
    assert answer["verdict"] == "only claimed" and answer["rows"] == []


def refused_the_state(answer: dict[str, Any]) -> None:
    """Moldova's request is its president's: the refusal of it answers."""
    assert names(answer["rows"], "subject") == {"Russia"} and names(answer["rows"], "object") == {"Maia Sandu"}


def first_of_two(answer: dict[str, Any]) -> None:
    wants_out(answer)
    assert answer["understood"]["rest"] == "did the troops leave?"
    then = answer["follow_up"]["understood"]  # the troops Russia was asked to take out of Moldova
    assert then["polarity"] == "negated" and [e["id"] for e in then["subjects"]] == ["russia"]


def within_moldova(answer: dict[str, Any]) -> None:
    """A place the graph does not hold, part of one it does: the facts concerning that one, and a note."""
    assert names(answer["rows"], "subject") == {"Maia Sandu", "UN resolution (2018)"}
    assert "nothing about Gagauzia itself" in answer["message"] and "Moldova" in answer["message"]


# The phrasings a new user tried on the seeds, each read and answered from the graph.
PHRASINGS: list[tuple[str, Check]] = [
    ("who wants Russian troops out of Moldova", wants_out),
    ("Who asked Russia to leave Moldova?", wants_out),
    ("which countries condemned Russia", condemned),
    ("when did Russia invade Ukraine", invaded),
    ("did Russia annex Crimea", annexed),
    ("Was Crimea annexed by Russia?", annexed),
    ("who occupies Crimea", occupies),
    ("how many Russian soldiers are in Transnistria", soldiers),
    ("what is Transnistria", what_is),
    ("Transnistria", what_is),
    ("transnistra", what_is),  # misspelt
    ("who threatened foreign troops", threatened),
    ("Who warned that German troops in Ukraine would be targets?", warned_of_germans),
    ("Who warned that Japanese troops would be targets?", warned_of_nothing_held),
    ("Who claimed that the United States supplies weapons to Ukraine?", claimed_of_us_weapons),
    ("Who claimed that Germany sent weapons to Ukraine?", claimed_of_nothing),
    ("Did the Ukraine defense group supply weapons to Ukraine?", described_group),
    ("Who rejected Moldova's demand to pull out its troops?", refused_the_state),
    ("Who asked Russia to leave Moldova, and did the troops leave?", first_of_two),
    ("Who asked Russia to leave Gagauzia?", within_moldova),
]


@pytest.mark.parametrize(("question", "check"), PHRASINGS, ids=[q for q, _ in PHRASINGS])
def test_phrasings_over_http(client: httpx.Client, question: str, check: Check) -> None:
    answer = ask(client, question)
    check(answer)
    cited(answer)


def test_asserted_facts_come_first_and_the_rest_stands_apart(client: httpx.Client) -> None:
    answer = ask(client, "Did Russia send troops to the Donetsk People's Republic?")
    assert answer["rows"] == [] and answer["verdict"] == "denied" and answer["summary"] == "Denied"
    statuses = {(f["subject"]["id"], f["status"]) for f in answer["unconfirmed"]}
    assert ("russia", "denied") in statuses and ("vladimir-putin", "unconfirmed") in statuses
    answer = ask(client, "Where does Russia have troops?")
    assert all(f["status"] == "asserted" for f in answer["rows"]) and "transnistria" in answer["summary"].lower()
    assert {"denied"} <= {f["status"] for f in answer["unconfirmed"]}
    assert not {f["fact_id"] for f in answer["rows"]} & {f["fact_id"] for f in answer["unconfirmed"]}


def test_the_section_apart_is_titled_by_the_polarity_asked_about(client: httpx.Client) -> None:
    affirmed = ask(client, "Did Russia send troops to the Donetsk People's Republic?")
    assert affirmed["apart_title"].startswith("Not asserted:")
    # Asked whether it withdrew, the troops the sources place there stand apart, and are not called "not asserted".
    withdrawn = ask(client, "Did Russia withdraw its troops from Transnistria?")
    assert withdrawn["understood"]["polarity"] == "negated" and withdrawn["rows"] == []
    assert withdrawn["apart_title"] == "Short of a stated denial or withdrawal"
    assert ("transnistria", "asserted") in {(f["object"]["id"], f["status"]) for f in withdrawn["unconfirmed"]}
    assert "short of a stated denial or withdrawal is listed apart" in withdrawn["message"]


@pytest.mark.parametrize(
    "question",
    [
        "Did Russia deny having troops in Transnistria?",
        "Where does Russia deny having troops?",
        "Which countries denied sending soldiers?",
    ],
)
def test_a_question_about_a_denial_asks_for_denied_facts(client: httpx.Client, question: str) -> None:
    answer = ask(client, question)
    assert answer["understood"]["polarity"] == "negated", question
    assert all(f["status"] != "asserted" or f["polarity"] == "negated" for f in answer["rows"])


def test_an_official_acts_for_the_state(client: httpx.Client) -> None:
    answer = ask(client, "Did Russia recognize the Donetsk People's Republic?")
    assert answer["verdict"] == "yes" and names(answer["rows"], "subject") == {"Vladimir Putin"}


def test_named_questions_stay_as_shortcuts(client: httpx.Client) -> None:
    answer = ask(client, "Where does Russia keep troops without the host's consent?")
    assert answer["question"] == "uninvited_presence" and "Transnistria" in answer["summary"]
    answer = ask(client, "What did Lavrov claim?")
    assert answer["question"] == "claims" and answer["rows"][0]["claim"]["verdict"] == "False"
    answer = ask(client, "How is Transnistria connected to Moldova?")
    path = answer["path"]["node_ids"]
    assert path[0] == "transnistria" and path[-1] == "moldova" and len(path) <= 3
    named = client.get("/questions/withdrawal_requests", params={"actor": "russia"}).json()
    assert names(named["rows"], "subject") == {"Maia Sandu", "UN resolution (2018)"}


def test_a_question_it_cannot_read_says_what_it_understood(client: httpx.Client) -> None:
    response = client.get("/ask", params={"q": "What is the weather like in Chisinau?"})
    assert response.status_code == 422 and response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert [e["id"] for e in body["understood"]["subjects"]] == ["moldova"] and "Moldova" in body["detail"]
    assert "Who occupies Moldova?" in body["suggestions"]
    assert "route" not in response.text.lower()
    for suggestion in body["suggestions"]:  # every question suggested is one it can read and answer
        assert ask(client, suggestion)["rows"], suggestion


def test_a_place_the_graph_lacks_gets_questions_about_the_state_it_is_in(client: httpx.Client) -> None:
    response = client.get("/ask", params={"q": "Is Gagauzia calm these days?"})
    assert response.status_code == 422
    body = response.json()
    assert "nothing about Gagauzia" in body["detail"] and body["suggestions"]
    assert all("Moldova" in suggestion for suggestion in body["suggestions"])
    for suggestion in body["suggestions"]:
        assert ask(client, suggestion)["rows"], suggestion


def test_an_unknown_name_is_404_with_close_questions(client: httpx.Client) -> None:
    response = client.get("/ask", params={"q": "Who asked Vorlandia to leave?"})
    assert response.status_code == 404 and response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert "Vorlandia" in body["detail"] and body["suggestions"] and "route" not in response.text.lower()


def test_a_name_the_graph_holds_nothing_about_gets_a_helpful_answer(client: httpx.Client) -> None:
    answer = ask(client, "Who recognized Kosovo?")
    assert answer["rows"] == [] and "Kosovo" in answer["message"] and answer["suggestions"]


def test_openapi_documents_the_answer_and_its_problems(client: httpx.Client) -> None:
    ask_op = client.get("/openapi.json").json()["paths"]["/ask"]["get"]
    assert {"200", "404", "422"} <= set(ask_op["responses"])
    assert PROBLEM in ask_op["responses"]["422"]["content"]


# -- the CLI ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cli_env(seeded_store: GraphStore, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The environment a `kg` process needs to read the seeds: the same Neo4j, or an embedded copy it loads."""
    if seeded_store.dialect == "neo4j":
        settings = request.getfixturevalue("neo4j_settings")
        return {
            **os.environ,
            "KG_STORE": "neo4j",
            "NEO4J_URI": settings.neo4j_uri,
            "NEO4J_USER": settings.neo4j_user,
            "NEO4J_PASSWORD": settings.neo4j_password.get_secret_value(),
            "NEO4J_DATABASE": settings.neo4j_database,
        }
    env = {**os.environ, "KG_STORE": "embedded", "KG_DATA_DIR": str(tmp_path_factory.mktemp("cli-seeds"))}
    loaded = subprocess.run([KG, "load", str(SEEDS)], env=env, capture_output=True, text=True, check=False)
    assert loaded.returncode == 0, loaded.stderr
    return env


def kg_ask(env: dict[str, str], question: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([KG, "ask", question], env=env, capture_output=True, text=True, check=False)
    assert "route" not in (done.stdout + done.stderr).lower() and "Traceback" not in done.stderr
    return done


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who wants Russian troops out of Moldova", "Answer: Maia Sandu; UN resolution (2018)"),
        ("which countries condemned Russia", "Answer: United States"),
        ("when did Russia invade Ukraine", "Answer: 2022-02-24 (Russia → Ukraine)"),
        ("did Russia annex Crimea", "Answer: Yes"),
        ("who occupies Crimea", "• Russia OCCUPIES Crimea (since=2014)"),
        ("how many Russian soldiers are in Transnistria", "Answer: 1,500 (Russia in Transnistria)"),
        ("what is Transnistria", "Transnistria (Territory)"),
        ("Transnistria", "part_of: Moldova"),
        ("who threatened foreign troops", "• Russia THREATENED Germany"),
        ("Who asked Russia to leave Moldova?", "• Maia Sandu REQUESTED_WITHDRAWAL Russia (territory=Moldova"),
    ],
)
def test_phrasings_through_the_cli(cli_env: dict[str, str], question: str, expected: str) -> None:
    done = kg_ask(cli_env, question)
    assert done.returncode == 0, done.stderr
    assert expected in done.stdout
    assert "    “" in done.stdout and "    — " in done.stdout  # a quoted sentence and its source


def test_cli_sets_apart_what_is_not_asserted(cli_env: dict[str, str]) -> None:
    done = kg_ask(cli_env, "Did Russia send troops to the Donetsk People's Republic?")
    assert done.returncode == 0 and "Answer: Denied" in done.stdout
    head, _, apart = done.stdout.partition("Not asserted: denied, planned, conditional or only claimed:")
    assert "• [denied] Russia DEPLOYED_IN Donetsk People's Republic" in apart
    assert not [line for line in head.splitlines() if line.startswith("•")]


def test_cli_question_it_cannot_read(cli_env: dict[str, str]) -> None:
    done = kg_ask(cli_env, "What is the weather like in Chisinau?")
    assert done.returncode == 1 and "I recognised Moldova" in done.stdout
    assert "Questions the graph can answer:" in done.stdout and "Who occupies Moldova?" in done.stdout
