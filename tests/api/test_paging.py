"""Lists page with next_cursor and keep the facts of a territory and a period, on both stores over HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from api.app import create_app
from api.deps import encode_cursor
from graph import GraphStore
from kg import qualified
from kg.scope import EVERYWHERE
from tests.api.served import served_client
from tests.api.test_routes import assert_problem

QUESTIONS = [
    ("deployments", {"actor": "russia"}),
    ("uninvited_presence", {"actor": "russia"}),
    ("claims", {"actor": "russia"}),
    ("withdrawal_requests", {"actor": "russia"}),
]


@pytest.fixture(scope="module")
def client(seeded_store: GraphStore) -> Iterator[httpx.Client]:
    with served_client(create_app(store=seeded_store)) as test_client:
        yield test_client


def facts(body: dict) -> list[dict]:
    """The facts of a page: a list's items, a timeline's events, an entity's relations (in their groups'
    order), or a named question's rows and unconfirmed ones."""
    for key in ("items", "events"):
        if key in body:
            return body[key]
    if "groups" in body:
        return [fact for group in body["groups"].values() for fact in group]
    return body["rows"] + body["unconfirmed"]


def walk(client: httpx.Client, path: str, params: dict, limit: int, key: str = "fact_id") -> list[str]:
    """The ids of every page's items, following next_cursor to the end."""
    seen: list[str] = []
    cursor = None
    for _ in range(50):
        body = client.get(path, params={**params, "limit": limit, **({"cursor": cursor} if cursor else {})}).json()
        page = facts(body)
        assert len(page) <= limit
        seen += [item[key] for item in page]
        cursor = body["next_cursor"]
        if cursor is None:
            return seen
        assert len(page) == limit  # only a full page promises more
    raise AssertionError("next_cursor never ran out")


@pytest.mark.parametrize(("name", "params"), QUESTIONS, ids=[q for q, _ in QUESTIONS])
def test_a_named_question_pages_through_all_its_facts_once(client: httpx.Client, name: str, params: dict) -> None:
    whole = client.get(f"/questions/{name}", params={**params, "limit": 200}).json()
    everything = [f["fact_id"] for f in facts(whole)]
    assert len(everything) >= 2 and whole["next_cursor"] is None
    pages = walk(client, f"/questions/{name}", params, limit=1)
    assert sorted(pages) == sorted(everything) and len(set(pages)) == len(pages)


@pytest.mark.parametrize("view", ["relations", "timeline"])
def test_an_entitys_relations_and_timeline_page_in_order(client: httpx.Client, view: str) -> None:
    whole = client.get(f"/entities/russia/{view}", params={"limit": 200}).json()
    everything = [f["fact_id"] for f in facts(whole)]
    assert len(everything) > 6 and whole["next_cursor"] is None
    assert walk(client, f"/entities/russia/{view}", {}, limit=3) == everything
    first = client.get(f"/entities/russia/{view}", params={"limit": 3}).json()
    assert len(facts(first)) == 3 and first["next_cursor"]
    if view == "timeline":
        dates = [f["date"] for f in facts(whole)]
        assert all(dates) and dates == sorted(dates)
    else:
        keys = [(f["predicate"], f["direction"], f["fact_id"]) for f in facts(whole)]
        assert keys == sorted(keys) and {"in", "out"} == {d for _, d, _ in keys}


def test_uninvited_presence_is_paged_by_its_query_one_row_a_presence(seeded_store: GraphStore) -> None:
    whole = seeded_store.query("uninvited_presence", actor="russia", skip=0, limit=200, **EVERYWHERE)
    ids = [row["relation"]["fact_id"] for row in whole]
    assert len(ids) > 3 and len(set(ids)) == len(ids)  # the reasons come grouped with their presence
    assert all(row["reasons"] for row in whole)
    page = seeded_store.query("uninvited_presence", actor="russia", skip=1, limit=2, **EVERYWHERE)
    assert [row["relation"]["fact_id"] for row in page] == ids[1:3]


def test_a_shortest_path_pages_its_steps_in_order(client: httpx.Client) -> None:
    path = {"from": "transnistria", "to": "moldova"}
    whole = client.get("/questions/shortest_path", params=path).json()
    steps = whole["path"]["fact_ids"]
    assert len(steps) >= 2 and [f["fact_id"] for f in facts(whole)] == steps
    assert walk(client, "/questions/shortest_path", path, limit=1) == steps
    last = client.get("/questions/shortest_path", params={**path, "limit": 1, "cursor": encode_cursor(len(steps))})
    assert facts(last.json()) == [] and last.json()["path"]["fact_ids"] == steps  # the path on every page


def _path(client: httpx.Client, ends: tuple[str, str], **scope: str) -> tuple[list[str], list[dict]]:
    """The ids of the entities along the shortest path in scope ([] when there is none), and its facts."""
    response = client.get("/questions/shortest_path", params={"from": ends[0], "to": ends[1], **scope})
    assert response.status_code == 200, response.text
    body = response.json()
    found = body["path"]["node_ids"] if body["path"] else []
    assert len(facts(body)) == max(len(found) - 1, 0) and body["next_cursor"] is None
    return found, facts(body)


def test_a_shortest_path_in_a_period_takes_only_steps_dated_in_it(client: httpx.Client) -> None:
    # Maia Sandu holds office in Moldova (undated); she asked Russia to leave in 2020-2021, and Russia had
    # troops in Moldova in 2020
    ends = ("maia-sandu", "moldova")
    assert _path(client, ends)[0] == ["maia-sandu", "moldova"]
    found, steps = _path(client, ends, since="2020", until="2021")
    assert found == ["maia-sandu", "russia", "moldova"]
    assert all(qualified.in_period(f["qualifiers"], "2020", "2021") for f in steps)
    assert _path(client, ends, until="2010") == ([], [])
    scoped = {"from": ends[0], "to": ends[1], "since": "2020", "until": "2021"}
    assert walk(client, "/questions/shortest_path", scoped, limit=1) == [f["fact_id"] for f in steps]


def test_a_shortest_path_in_a_territory_takes_only_steps_about_it(client: httpx.Client) -> None:
    # The United States condemned Russia over Georgia, and over nothing in Moldova
    ends = ("united-states", "russia")
    assert _path(client, ends)[0] == ["united-states", "russia"]
    found, steps = _path(client, ends, territory="Georgia")
    assert found == ["united-states", "russia"] and [f["qualifiers"]["territory"] for f in steps] == ["georgia"]
    assert _path(client, ("united-states", "russia"), territory="moldova") == ([], [])
    # Transnistria, part of Moldova, reaches it through Russia on steps that all touch Moldova's land
    found, steps = _path(client, ("transnistria", "moldova"), territory="moldova")
    assert len(found) == 3 and all(_about(f, {"moldova", "transnistria"}) for f in steps)
    assert _path(client, ("transnistria", "moldova"), territory="ukraine") == ([], [])


def test_relations_page_through_a_territory(client: httpx.Client) -> None:
    body = client.get("/relations", params={"territory": "ukraine", "limit": 200}).json()
    whole = [f["fact_id"] for f in body["items"]]
    assert len(whole) >= 4
    assert walk(client, "/relations", {"territory": "ukraine"}, limit=3) == whole


def _about(fact: dict, places: set[str]) -> bool:
    where = qualified.place(fact["qualifiers"] or {})
    return bool({fact["subject"]["id"], fact["object"]["id"], where} & places)


def test_a_territory_by_name_or_id_keeps_it_and_its_parts(client: httpx.Client) -> None:
    by_id = client.get("/questions/deployments", params={"actor": "russia", "territory": "moldova"}).json()
    by_name = client.get("/questions/deployments", params={"actor": "russia", "territory": "Moldova"}).json()
    assert by_id["rows"] == by_name["rows"]
    places = {f["object"]["id"] for f in by_id["rows"]}
    assert places == {"moldova", "transnistria"}  # Transnistria is part of Moldova in the gazetteer
    everywhere = client.get("/questions/deployments", params={"actor": "russia"}).json()["rows"]
    assert len(everywhere) > len(by_id["rows"])
    related = client.get("/relations", params={"territory": "transnistria", "limit": 200}).json()["items"]
    assert related and all(_about(f, {"transnistria"}) for f in related)


def test_a_territory_filter_reads_the_territory_qualifier(client: httpx.Client) -> None:
    asked = client.get("/questions/withdrawal_requests", params={"actor": "russia", "territory": "moldova"}).json()
    assert asked["rows"] and all(_about(f, {"moldova", "transnistria"}) for f in asked["rows"])
    assert any(f["qualifiers"].get("territory") == "moldova" for f in asked["rows"])


def test_a_period_keeps_events_in_it_and_states_begun_by_its_end(client: httpx.Client) -> None:
    since = client.get("/questions/withdrawal_requests", params={"actor": "russia", "since": "2020"}).json()["rows"]
    assert since and all(qualified.in_period(f["qualifiers"], "2020", None) for f in since)
    everything = client.get("/questions/withdrawal_requests", params={"actor": "russia"}).json()["rows"]
    assert len(since) < len(everything)
    old = client.get("/questions/withdrawal_requests", params={"actor": "russia", "until": "2010"}).json()
    assert old["rows"] == []
    # Russia has occupied Crimea since 2014: an occupation still holds in 2020, and not in 2010
    held = client.get("/questions/deployments", params={"actor": "russia", "since": "2020"}).json()["rows"]
    assert "crimea" in {f["object"]["id"] for f in held}
    before = client.get("/questions/deployments", params={"actor": "russia", "until": "2010"}).json()["rows"]
    assert "crimea" not in {f["object"]["id"] for f in before}
    month = client.get("/relations", params={"since": "2022-10", "until": "2022-10", "limit": 200}).json()["items"]
    assert month and all(qualified.in_period(f["qualifiers"], "2022-10", "2022-10") for f in month)


def test_articles_of_a_period_and_a_territory(client: httpx.Client) -> None:
    everything = client.get("/articles", params={"limit": 200}).json()["items"]
    dated = [a["id"] for a in everything if a["published"]]
    assert dated and len(dated) < len(everything)  # most seed articles carry no date
    since = client.get("/articles", params={"since": "2026-02", "limit": 200}).json()["items"]
    assert [a["id"] for a in since] == dated  # an undated article is in no period
    day = client.get("/articles", params={"since": "2026-02-02", "until": "2026-02-02"}).json()["items"]
    assert [a["id"] for a in day] == dated
    assert client.get("/articles", params={"until": "2026-01"}).json()["items"] == []
    cited = client.get("/articles", params={"territory": "crimea", "limit": 200}).json()["items"]
    facts = client.get("/relations", params={"territory": "crimea", "limit": 200}).json()["items"]
    assert {a["id"] for a in cited} == {e["article"] for f in facts for e in f["evidence"]}
    assert 1 < len(cited) < len(everything)
    assert walk(client, "/articles", {"territory": "Crimea"}, limit=1, key="id") == [a["id"] for a in cited]


def test_entities_within_a_territory(client: httpx.Client) -> None:
    within = client.get("/entities", params={"territory": "Moldova", "limit": 200}).json()["items"]
    assert {"moldova", "transnistria"} <= {e["id"] for e in within}
    assert all(e["type"] == "Territory" or e["id"] == "moldova" for e in within)
    named = client.get("/entities", params={"territory": "moldova", "q": "trans"}).json()["items"]
    assert [e["id"] for e in named] == ["transnistria"]


def test_filters_refuse_what_they_cannot_read(client: httpx.Client) -> None:
    assert (
        "no-such-place"
        in assert_problem(client.get("/relations", params={"territory": "no-such-place"}), 404)["detail"]
    )
    assert_problem(client.get("/questions/deployments", params={"actor": "russia", "territory": "Atlantis Major"}), 404)
    assert_problem(client.get("/questions/deployments", params={"actor": "russia", "since": "spring"}), 422)
    assert_problem(client.get("/relations", params={"until": "2020-1"}), 422)
    assert_problem(client.get("/articles", params={"territory": "no-such-place"}), 404)
    assert_problem(client.get("/entities", params={"territory": ""}), 422)
    path = {"from": "transnistria", "to": "moldova"}
    assert_problem(client.get("/questions/shortest_path", params={**path, "since": "spring"}), 422)
    assert_problem(client.get("/questions/shortest_path", params={**path, "territory": "Atlantis Major"}), 404)
    assert client.get("/questions/shortest_path", params=path).json()["next_cursor"] is None
