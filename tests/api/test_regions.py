"""A group of states named as a place ("in the South Caucasus") stands for its states that the graph holds,
declared once in schema/phrases.yaml. On the seed articles, over HTTP on a loopback port, on both stores."""

from __future__ import annotations

import httpx


def test_a_region_keeps_the_answer_within_its_states(api: httpx.Client) -> None:
    everywhere = api.get("/ask", params={"q": "Where does Russia have troops?"}).json()
    assert {"Moldova", "Crimea"} <= {f["object"]["name"] for f in everywhere["rows"]}
    answer = api.get("/ask", params={"q": "Where does Russia have troops in the South Caucasus?"}).json()
    assert [e["id"] for e in answer["understood"]["places"]] == ["georgia"]  # the seeds hold no Armenia, Azerbaijan
    assert answer["summary"] == "Abkhazia; Georgia; South Ossetia"  # Georgia and its parts, nothing else
    assert answer["message"] is None


def test_a_region_is_a_territory_filter(api: httpx.Client) -> None:
    found = api.get("/relations", params={"predicate": "OCCUPIES", "territory": "South Caucasus"})
    assert found.status_code == 200, found.text
    assert {f["object"]["id"] for f in found.json()["items"]} == {"georgia", "abkhazia", "south-ossetia"}
    everywhere = api.get("/relations", params={"predicate": "OCCUPIES"}).json()["items"]
    assert {"crimea", "moldova"} <= {f["object"]["id"] for f in everywhere}
